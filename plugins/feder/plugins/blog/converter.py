"""One Markdown converter for a build's posts, where MkDocs builds a new one for every page.

`Page.render` builds a Python-Markdown converter with every extension for each page,
which costs about as much as rendering a short post, and a post the render cache
answers for still gets one, for its empty placeholder. When every extension is one
whose state `Markdown.reset()` clears (`feder.content.rendering.REUSABLE`, and
feder's link extension), `PostPage` renders with one converter per build, reset
before each post, with MkDocs' four steps of its own (anchors in raw HTML, anchors,
relative links, the title) registered afresh for each post, so the page gets what
`Page.render` gives it; an empty text is not converted at all. Otherwise (another
extension, or an MkDocs without those steps) it is `Page.render`.
"""
from __future__ import annotations

import logging
from typing import Any

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents, get_toc

from feder.content.rendering import MarkdownSettings

try:  # MkDocs 1.6's own steps; not public API
    from mkdocs.structure.pages import (
        _ExtractAnchorsTreeprocessor,
        _ExtractTitleTreeprocessor,
        _RawHTMLPreprocessor,
        _RelativePathTreeprocessor,
    )
except ImportError:  # pragma: no cover - another MkDocs: every page renders as MkDocs renders it
    _MKDOCS_STEPS = False
else:
    _MKDOCS_STEPS = True

_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


class PostConverter:
    """The build's converter for posts; `trusted`: classes of extension objects that are reusable (feder's)."""

    def __init__(self, config: MkDocsConfig, trusted: tuple[type, ...] = ()) -> None:
        self.config = config
        others = [extension for extension in config.markdown_extensions if not isinstance(extension, trusted)]
        self.reusable = _MKDOCS_STEPS and MarkdownSettings.from_mkdocs(others, config.mdx_configs).reusable()
        self._markdown: markdown.Markdown | None = None

    def render(self, page: Page, files: Files) -> None:
        """What `page.render(config, files)` does, with this build's converter."""
        config = self.config
        if self._markdown is None:
            self._markdown = markdown.Markdown(
                extensions=config.markdown_extensions, extension_configs=config.mdx_configs or {},
            )
        md = self._markdown.reset()
        raw_html = _RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
        anchors._register(md)
        relative = _RelativePathTreeprocessor(page.file, files, config)
        relative._register(md)
        title = _ExtractTitleTreeprocessor()
        title._register(md)
        page.content = md.convert(page.markdown or "")
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = title.title
        page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
        if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = relative.links_to_anchors


class PostPage(Page):
    """A post, rendered with its build's `PostConverter` when that is reusable."""

    def __init__(self, file: Any, config: MkDocsConfig, converter: PostConverter) -> None:
        super().__init__(None, file, config)
        self.converter = converter

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown == "" and self.converter.reusable:  # the render cache's placeholder
            render_nothing(self)
        elif self.converter.reusable and config is self.converter.config:
            self.converter.render(self, files)
        else:
            super().render(config, files)


def render_nothing(page: Page) -> None:
    """What `Page.render` sets for an empty text, without building a converter for it."""
    page.content = ""
    page.toc = TableOfContents([])
    page._title_from_render = None
    page.present_anchor_ids = set()
    if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = {}
