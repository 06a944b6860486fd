"""The caches of one build, as the `feder` plugin uses them: one object, a few calls."""
from __future__ import annotations

from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from feder.cache.render import RenderCache, environment
from feder.cache.store import EntryStore
from feder.cache.templates import use_bytecode_cache

log = get_plugin_logger(__name__)

PACKAGE = Path(__file__).resolve().parents[1]
"""The feder package: its code and templates are part of every key."""


class BuildCache:
    def __init__(self, root: Path | None, config: MkDocsConfig) -> None:
        """`root` is the cache folder; None switches caching off."""
        self.root = root
        self.render: RenderCache | None = None
        if root is not None:
            fingerprint = environment(config, [PACKAGE])
            self.render = RenderCache(EntryStore(root / "render", fingerprint), fingerprint, config)
            self.render.start()

    def markdown(self, markdown: str, page: Page, files: Files) -> str:
        return self.render.markdown(markdown, page, files) if self.render else markdown

    def content(self, html: str, page: Page, files: Files) -> str:
        return self.render.content(html, page, files) if self.render else html

    def env(self, env: jinja2.Environment) -> None:
        if self.root is not None:
            use_bytecode_cache(env, self.root / "jinja")

    def finish(self, *, prune: bool) -> None:
        if self.render is not None:
            self.render.stop()
            self.render.finish(prune=prune)
            log.debug(f"rendered posts: {self.render.hits} from the cache, {self.render.misses} rendered")

    def abort(self) -> None:
        if self.render is not None:
            self.render.stop()
