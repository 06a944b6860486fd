"""The document checks of a build, on the HTML MkDocs renders for its pages: one render per page.

The document validators (`feder.checks`: active content, links and anchors, the features')
need every post and docs page rendered. `feder check` renders them itself
(`feder.content.rendering.DocumentRenderer`); the build takes MkDocs' own render of each
page instead of rendering it a second time:

- last in `on_page_markdown`: whether the Markdown MkDocs is about to render is the one
  `feder check` renders for the same document (the author's text after the features'
  transforms); only then is the page's HTML taken for the checks;
- in `on_page_content`, after the render cache and before any plugin puts its own HTML
  in (the explainers): the HTML with links as their authors wrote them
  (`feder.plugins.blog.links.authored_html`) becomes the page's `RenderedDocument`, and
  MkDocs keeps the HTML without the written URLs;
- in `on_env`, when MkDocs has rendered every page and written none: the documents it
  did not render (drafts and scheduled posts in `mkdocs build`, pages `mkdocs serve`
  keeps from its last build, pages left out by `exclude_docs`) are rendered by the
  `DocumentRenderer` (from its cache when unchanged), and the validators run over all
  of them; the build's renders are kept for `feder check`, which then renders nothing.

MkDocs' own messages about pages (links it cannot resolve) are held back while pages
render (`HeldMessages`): the content's problems come first, as when the checks ran before
rendering; with errors the build stops and the held messages go, as they never came.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from mkdocs.structure.pages import Page

from feder.checks import check_documents, site_documents
from feder.content.documents import Document, RenderedDocument
from feder.content.features import FeatureChecks
from feder.content.linksite import LinkOptions
from feder.content.loading import Content, SiteSources
from feder.content.problems import Problem, errors
from feder.content.rendering import DocumentRenderer
from feder.plugins.blog.files import url_of
from feder.plugins.blog.links import authored_html, without_authored

PAGE_MESSAGES = "mkdocs.structure.pages"
"""The logger of MkDocs' messages about a page's links while it renders."""


class HeldMessages(logging.Handler):
    """Records of MkDocs' page logger, kept from propagating until released (or dropped)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []
        self._propagate: bool | None = None

    def hold(self) -> None:
        logger = logging.getLogger(PAGE_MESSAGES)
        if self._propagate is None:
            self._propagate = logger.propagate
            logger.propagate = False
            logger.addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def let_through(self) -> None:
        """Every held record goes on to MkDocs' handlers, as when it was logged. (Not `release`:
        that is the lock's, which `logging.Handler.handle` calls.)"""
        records, self.records = self.records, []
        self._stop()
        logger = logging.getLogger(PAGE_MESSAGES)
        for record in records:
            logger.handle(record)

    def drop(self) -> None:
        self.records = []
        self._stop()

    def _stop(self) -> None:
        if self._propagate is not None:
            logger = logging.getLogger(PAGE_MESSAGES)
            logger.removeHandler(self)
            logger.propagate = self._propagate
            self._propagate = None


class BuildDocuments:
    """One build's posts and docs pages, collected as MkDocs renders them, and their checks."""

    def __init__(
        self, sources: SiteSources, content: Content, features: Sequence[FeatureChecks],
        renderer: DocumentRenderer, links: LinkOptions,
    ) -> None:
        self.sources = sources
        self.content = content
        self.features = list(features)
        self.renderer = renderer
        self.links = links
        self.documents = site_documents(sources, content)
        self._by_url = {document.url: document for document in self.documents}
        self._same_markdown: set[str] = set()
        self._rendered: dict[str, RenderedDocument] = {}
        self.messages = HeldMessages()
        self.messages.hold()

    # Page events --------------------------------------------------------------------------------

    def page_markdown(self, markdown: str, page: Page) -> None:
        """The Markdown MkDocs renders for `page`, after every plugin's change."""
        document = self._document(page)
        if document is not None and (
            markdown == document.markdown or markdown == self.renderer.prepared(document.markdown)
        ):
            self._same_markdown.add(document.url)

    def page_content(self, html: str, page: Page) -> str:
        """The page's HTML as rendered: kept for the checks; returned as MkDocs keeps it."""
        document = self._document(page)
        if document is not None and document.url in self._same_markdown:
            self._rendered[document.url] = RenderedDocument(document, authored_html(html))
        return without_authored(html)

    def _document(self, page: Page) -> Document | None:
        document = self._by_url.get(url_of(page.file))
        if document is None:
            return None
        if document.post is not None:
            return document if page.file.src_uri == document.path else None
        return document if page.file.generated_by is None else None

    # on_env -------------------------------------------------------------------------------------

    def check(self) -> list[Problem]:
        """The document checks over every document: MkDocs' renders, the others rendered now.
        With errors, MkDocs' held messages are dropped (the build stops)."""
        rendered = [self._rendered.get(document.url) or self.renderer.render(document) for document in self.documents]
        for document in self._rendered.values():
            self.renderer.remember(document)
        self._rendered, self._same_markdown = {}, set()
        problems = check_documents(self.sources, self.content, self.features, rendered, self.renderer, self.links)
        if errors(problems):
            self.messages.drop()
        return problems

    def release(self) -> None:
        """The checks passed: MkDocs' messages about pages follow."""
        self.messages.let_through()

    def drop(self) -> None:
        """The build failed: MkDocs' messages about pages go with it."""
        self.messages.drop()
