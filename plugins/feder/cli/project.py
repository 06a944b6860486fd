"""The blog project the command works on: mkdocs.yml, the feder plugin's options, the content sources.

mkdocs.yml is read with PyYAML, not with MkDocs: loading MkDocs and its plugins
takes longer than checking a thousand posts. Only what `feder` needs is read:
the `feder` plugin's options and the names of the enabled plugins, as MkDocs
would key them, so that `check_site` runs exactly the checks of the build.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from feder.content.linksite import LinkOptions
from feder.content.loading import DEFAULT_CACHE_DIR, DEFAULT_DOCS_DIR, DEFAULT_PER_PAGE, SiteSources
from feder.content.rendering import MarkdownSettings, PythonCall, PythonName
from feder.content.yamlloader import SafeLoader

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")
PLUGIN = "feder"


class ProjectError(Exception):
    """mkdocs.yml is missing or unusable; the message says what to do."""


class _ConfigLoader(SafeLoader):
    """A safe loader that accepts the tags mkdocs.yml may contain without importing anything."""


def _env(loader: _ConfigLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`, as MkDocs resolves it."""
    if isinstance(node, yaml.ScalarNode):
        names: list[Any] = [loader.construct_scalar(node)]
    elif isinstance(node, yaml.SequenceNode):
        names = loader.construct_sequence(node)
    else:  # a mapping, refused in the words of PyYAML's construct_sequence
        message = "expected a sequence node, but found mapping"
        raise yaml.constructor.ConstructorError(None, None, message, node.start_mark)
    default = names.pop() if len(names) > 1 else None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            try:  # the variable's text is read as a YAML scalar: `false` is a boolean
                return yaml.load(os.environ[name], Loader=SafeLoader)
            except yaml.YAMLError:
                return os.environ[name]
    return default


_PYTHON_NAME = "tag:yaml.org,2002:python/name:"
_PYTHON_CALL = "tag:yaml.org,2002:python/object/apply:"


def _unknown(loader: _ConfigLoader, suffix: str, node: yaml.Node) -> Any:
    """Any other tag: `!!python/name:…` and `!!python/object/apply:…` (options of Markdown extensions)
    are imported when the Markdown renderer is built, not here; the others (`!relative`) are irrelevant to feder."""
    if suffix.startswith(_PYTHON_NAME):
        return PythonName(suffix[len(_PYTHON_NAME):])
    if suffix.startswith(_PYTHON_CALL):
        name = suffix[len(_PYTHON_CALL):]
        if isinstance(node, yaml.SequenceNode):
            return PythonCall(name, loader.construct_sequence(node, deep=True))
        if isinstance(node, yaml.MappingNode):
            value = loader.construct_mapping(node, deep=True)
            return PythonCall(name, value.get("args") or (), value.get("kwds") or {})
        return PythonCall(name)
    return None


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("", _unknown)


@dataclass(frozen=True)
class Project:
    config_file: Path
    options: dict[str, Any]
    """The `feder` plugin's options as written in mkdocs.yml."""
    plugin_names: tuple[str, ...]
    """Enabled plugins, named as MkDocs keys them (`material/offline` for `offline` under Material)."""
    sources: SiteSources
    markdown_extensions: Any = None
    """`markdown_extensions` as written in mkdocs.yml."""
    site_url: str = ""

    @property
    def root(self) -> Path:
        return self.config_file.parent

    def markdown_settings(self) -> MarkdownSettings:
        """The Markdown extensions the build renders pages with (MkDocs' built-in ones first)."""
        try:
            settings = MarkdownSettings.from_mkdocs_yml(self.markdown_extensions)
            settings.markdown()  # an extension that does not load fails here, as in MkDocs' validation
        except Exception as exc:  # ValueError, ImportError, an extension's own errors
            raise ProjectError(f"{self.config_file.name}: markdown_extensions cannot be used: {exc}") from exc
        return settings

    def link_options(self) -> LinkOptions:
        """The settings the build checks links with (`site_url`'s path, the list pages' size)."""
        per_page = self.options.get("per_page", DEFAULT_PER_PAGE)
        if not isinstance(per_page, int):
            per_page = DEFAULT_PER_PAGE
        return LinkOptions(urlsplit(self.site_url).path or "/", per_page)

    def cache_dir(self) -> Path | None:
        """Where the feder plugin keeps its cache (`cache`, `cache_dir`), or None when it is off."""
        if self.options.get("cache", True) is False:
            return None
        return self.root / str(self.options.get("cache_dir", DEFAULT_CACHE_DIR))


def find_config(start: Path) -> Path | None:
    """mkdocs.yml in `start` or the nearest folder above it."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
    return None


def load_project(config_file: Path | None = None, cwd: Path | None = None) -> Project:
    if config_file is None:
        start = (cwd or Path.cwd()).resolve()
        config_file = find_config(start)
        if config_file is None:
            raise ProjectError(
                f"no mkdocs.yml in {start} or any folder above it; run feder inside the blog's folder "
                "or pass --config-file path/to/mkdocs.yml"
            )
    config_file = config_file.resolve()
    config = read_config(config_file)
    plugins = list(_plugin_entries(config.get("plugins"), config_file))
    options = next((cfg for name, cfg in plugins if name == PLUGIN), None)
    if options is None:
        raise ProjectError(f"{config_file.name} does not enable the feder plugin; add '- feder' under plugins:")
    try:
        sources = SiteSources.from_options(config_file.parent, options, str(config.get("docs_dir") or DEFAULT_DOCS_DIR))
    except Exception as exc:  # an unknown time zone, a languages value that is not a list, …
        raise ProjectError(f"{config_file.name}: the options of the feder plugin are not usable: {exc}") from exc
    # MkDocs leaves a plugin switched off with `enabled: false` out of its collection.
    enabled = [name for name, cfg in plugins if cfg.get("enabled", True) is not False or name == PLUGIN]
    names = tuple(_keyed_names(enabled, _theme_name(config.get("theme"))))
    site_url = config.get("site_url")
    extensions = config.get("markdown_extensions")
    return Project(config_file, options, names, sources, extensions, site_url if isinstance(site_url, str) else "")


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as a mapping, with `INHERIT:` resolved as MkDocs does (the child wins)."""
    try:
        with config_file.open("rb") as stream:
            loaded: object = yaml.load(stream, Loader=_ConfigLoader)
    except OSError as exc:
        raise ProjectError(f"cannot read {config_file}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ProjectError(f"{config_file} is not valid YAML: {exc}") from exc
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ProjectError(f"{config_file} must hold settings as 'key: value' lines")
    config: dict[str, Any] = loaded
    parent = config.pop("INHERIT", None)
    if isinstance(parent, str):
        parent_file = (config_file.parent / parent).resolve()
        if not parent_file.is_file():
            raise ProjectError(f"{config_file.name}: the inherited file {parent} does not exist")
        config = _merge(read_config(parent_file), config)
    return config


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Mappings merge recursively, everything else is replaced (mergedeep's default, as MkDocs uses)."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _plugin_entries(value: Any, config_file: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, options) of each plugin, from the list or the mapping form of `plugins:`."""
    if value is None:
        return
    if isinstance(value, dict):
        entries = list(value.items())
    elif isinstance(value, list):
        entries = []
        for item in value:
            if isinstance(item, dict) and len(item) == 1:
                entries.append(next(iter(item.items())))
            elif isinstance(item, str):
                entries.append((item, {}))
            else:
                raise ProjectError(f"{config_file.name}: plugins: cannot read the entry {item!r}")
    else:
        raise ProjectError(f"{config_file.name}: plugins must be a list")
    for name, options in entries:
        yield str(name), options if isinstance(options, dict) else {}


def _theme_name(theme: Any) -> str | None:
    if isinstance(theme, str):
        return theme
    name = theme.get("name") if isinstance(theme, dict) else None
    return name if isinstance(name, str) else None


def _keyed_names(names: list[str], theme: str | None) -> list[str]:
    """Plugin names as keys of MkDocs' plugin collection.

    MkDocs prefers a theme's own plugin (`offline` → `material/offline`), strips a
    leading `/` that opts out of that, and numbers repeated instances (`x #2`).
    """
    installed = _installed_plugins() if theme and any("/" not in name for name in names) else set()
    keys: list[str] = []
    counts: dict[str, int] = {}
    for name in names:
        if name.startswith("/"):
            name = name[1:]
        elif "/" not in name and f"{theme}/{name}" in installed:
            name = f"{theme}/{name}"
        counts[name] = counts.get(name, 0) + 1
        keys.append(name if counts[name] == 1 else f"{name} #{counts[name]}")
    return keys


def _installed_plugins() -> set[str]:
    from importlib.metadata import entry_points

    return {entry.name for entry in entry_points(group="mkdocs.plugins")}
