"""The caches of one build, as the `feder` plugin uses them: one object, a few calls."""
from __future__ import annotations

from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from feder import fingerprint
from feder.cache.cards import CardCache
from feder.cache.derived import DerivedStore
from feder.cache.pack import PackStore
from feder.cache.render import RenderCache, environment
from feder.cache.templates import use_bytecode_cache

log = get_plugin_logger(__name__)

PACKAGE = Path(__file__).resolve().parents[1]
"""The feder package: its code and templates are part of every key."""


class BuildCache:
    def __init__(self, root: Path | None, config: MkDocsConfig, trusted: tuple[type, ...] = ()) -> None:
        """`root` is the cache folder; None switches caching off. `trusted`: classes of Markdown extension
        objects safe for caching rendered pages (`feder.cache.extensions`)."""
        self.root = root
        self.render: RenderCache | None = None
        self.environment = ""
        self._derived: dict[str, DerivedStore] = {}
        self.cards = CardCache(root / "cards" if root is not None else None)
        if root is not None:
            self.environment = environment(config, [PACKAGE])
            self.render = RenderCache(PackStore(root / "render", self.environment), self.environment, config, trusted)
            self.render.start()
            if not self.render.enabled:
                log.debug(f"rendered pages are not cached; not known to be safe: {', '.join(self.render.untrusted)}")

    def derived(self, name: str) -> DerivedStore | None:
        """A store of texts derived from others (feed HTML, page policies), kept across builds.

        Keys must cover everything a value depends on except code and configuration,
        which the store's folder covers.
        """
        if self.root is None:
            return None
        if name not in self._derived:
            self._derived[name] = DerivedStore.open(self.root / "derived" / self.environment[:24] / f"{name}.json")
        return self._derived[name]

    @property
    def feed_html(self) -> DerivedStore | None:
        return self.derived("feed-html")

    def shared(self, config: MkDocsConfig, content_files: list[Path]) -> list[str]:
        """What every page of the site depends on, besides the posts: for incremental rebuilds."""
        return [
            self.environment,
            describe_config(config),
            fingerprint.tree(Path(config.docs_dir), (".md",)),
            fingerprint.files(content_files),
        ]

    def markdown(self, markdown: str, page: Page, files: Files) -> str:
        return self.render.markdown(markdown, page, files) if self.render else markdown

    def content(self, html: str, page: Page, files: Files) -> str:
        return self.render.content(html, page, files) if self.render else html

    def env(self, env: jinja2.Environment) -> None:
        if self.root is not None:
            use_bytecode_cache(env, self.root / "jinja")

    def finish(self, *, prune: bool, save: bool = True) -> None:
        """After a successful build; `save=False` defers writing derived texts (`serve`: until it stops)."""
        if self.render is not None:
            self.render.stop()
            self.render.finish(prune=prune)
            log.debug(f"rendered posts: {self.render.hits} from the cache, {self.render.misses} rendered")
        self.cards.finish(prune=prune)
        log.debug(f"preview cards: {self.cards.copied} from the cache, {self.cards.drawn} drawn")
        if save:
            for store in self._derived.values():
                store.save()

    def abort(self) -> None:
        if self.render is not None:
            self.render.stop()


def describe_config(config: MkDocsConfig) -> str:
    """The loaded configuration (after every plugin's `on_config`), e.g. the address `serve` uses."""
    skipped = {"plugins", "theme", "hooks", "watch", "site_dir", "dev_addr", "config_file_path"}
    values = {key: value for key, value in config.items() if key not in skipped}
    values["theme"] = {**dict(config.theme.items()), "dirs": list(config.theme.dirs)}
    # Hooks are in the plugin collection too, as modules without a `config`.
    values["plugins"] = {name: dict(getattr(plugin, "config", None) or {}) for name, plugin in config.plugins.items()}
    values["hooks"] = sorted(config.hooks or {})
    return fingerprint.describe(values)
