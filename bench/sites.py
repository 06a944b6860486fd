"""The sites a benchmark builds from one corpus: ours, the floor, and (optionally) the peers.

Each site is a folder with its own `mkdocs.yml`. Ours and the floor inherit the
repository's `mkdocs.yml` (`INHERIT`), so theme, Markdown extensions and
validation settings are the same ones the real blog uses; only what makes them
different is overridden:

- **ours**: the repository's configuration as it is (every plugin), the corpus's
  posts in `posts/`, the repository's `docs/`.
- **floor**: plain MkDocs with the Material theme and no plugins (nor hooks) at all; the same
  post files are ordinary pages in `docs/posts/`. Posts are kept out of the nav,
  as ours are (a nav with thousands of entries on every page would make the floor
  quadratic, i.e. slower than it needs to be).
- **peers**: Material's own blog and tags plugins and mkdocs-rss-plugin, with the
  same post files as blog posts, in one language (see `bench/peers.py`).

A corpus is a folder with `posts/` and optionally `authors.yml` (the one from
`bench/corpus.py` has it; `../shared/bench/make_corpus.py` names only `redaktion`,
which the repository's `authors.yml` defines).
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

FLOOR_HOME = "# feder\n\nDie Startseite der Untergrenze.\n"


@dataclass(frozen=True)
class Site:
    name: str
    root: Path

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"


def post_files(corpus: Path) -> list[Path]:
    posts = corpus / "posts"
    if not posts.is_dir():
        raise SystemExit(f"{corpus}: no posts/ folder; make one with bench/corpus.py or ../shared/bench/make_corpus.py")
    return sorted(path for path in posts.rglob("*.md") if path.is_file())


def repo_config() -> dict:
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python/name: not needed here
    return yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader) or {}


def repo_hooks() -> list[str]:
    """The repository's `hooks:`, as absolute paths (relative ones would resolve against the bench site)."""
    return [str(REPO / hook) for hook in repo_config().get("hooks") or []]


def without_cards() -> list:
    """The repository's `plugins:` with feder's preview cards switched off (the baseline of their cost)."""
    plugins = []
    for plugin in repo_config().get("plugins") or []:
        if isinstance(plugin, dict) and "feder" in plugin:
            plugin = {"feder": {**(plugin["feder"] or {}), "cards": False}}
        plugins.append(plugin)
    return plugins


def _write_config(path: Path, settings: dict) -> None:
    # JSON is YAML: no PyYAML needed here, and the file stays readable.
    path.write_text(json.dumps(settings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _fresh(root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)


def make_ours(corpus: Path, root: Path, *, cards: bool = True) -> Site:
    _fresh(root)
    shutil.copytree(REPO / "docs", root / "docs")
    shutil.copytree(corpus / "posts", root / "posts")
    authors = corpus / "authors.yml" if (corpus / "authors.yml").is_file() else REPO / "authors.yml"
    shutil.copyfile(authors, root / "authors.yml")
    if (REPO / "tags.yml").is_file():
        shutil.copyfile(REPO / "tags.yml", root / "tags.yml")
    # `watch` names folders of the repository; the plugin adds posts/ and authors.yml itself.
    settings = {"INHERIT": str(REPO / "mkdocs.yml"), "watch": [], "hooks": repo_hooks()}
    if not cards:
        settings["plugins"] = without_cards()
    _write_config(root / "mkdocs.yml", settings)
    return Site("ours" if cards else "ours-nocards", root)


def make_floor(corpus: Path, root: Path) -> Site:
    _fresh(root)
    shutil.copytree(REPO / "docs", root / "docs")
    (root / "docs" / "index.md").write_text(FLOOR_HOME, encoding="utf-8")
    shutil.copytree(corpus / "posts", root / "docs" / "posts")
    _write_config(root / "mkdocs.yml", {
        "INHERIT": str(REPO / "mkdocs.yml"),
        "plugins": [],
        "hooks": [],
        "watch": [],
        "nav": ["index.md", "about.md"],
        "not_in_nav": "/posts/\n/en/\n/impressum.md\n/datenschutz.md\n",
    })
    return Site("floor", root)
