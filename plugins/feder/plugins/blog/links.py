"""Links between pages in every form authors write them (`feder.content.links`), handed to MkDocs.

A Markdown extension rewrites each link to another page of the site into the path of
the target's source file, just before MkDocs' own relative-path step (priority 0):
MkDocs then resolves it, checks its `#anchor` and writes the relative URL, exactly as
for a link written as a file name. A site path to a file in docs/ (`/assets/logo.png`)
becomes its relative source path the same way; a link to a file feder writes (a feed,
the sitemap) becomes its address under `site_url`, since MkDocs knows no such file.
Links that lead nowhere are left as written: `feder.content.linkcheck` has reported
them before the build started, and MkDocs' own validation stays on behind it.
"""
from __future__ import annotations

import posixpath
from typing import Iterable
from urllib.parse import quote, urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import Element

from markdown import Markdown  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.treeprocessors import Treeprocessor  # type: ignore[import-untyped]
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from feder.content.links import FileTarget, LinkablePage, LinkTarget, PageLinks
from feder.plugins.blog.files import url_of

PRIORITY = 1
"""Right before MkDocs' `relpath` tree processor (0), after every extension that makes links."""


class SiteLinks:
    """The site's pages as MkDocs has them, and the page being rendered."""

    def __init__(self, *, docs_dir: str, site_url: str) -> None:
        self.docs_dir = docs_dir
        self.site_url = site_url
        self.base_path = urlsplit(site_url).path
        self.page: Page | None = None
        """Set by the plugin before each page is rendered (`on_page_markdown`)."""
        self._files: Files | None = None
        self._posts: frozenset[str] = frozenset()
        self._links: PageLinks | None = None
        self._by_url: dict[str, File] = {}
        self._written: tuple[str, ...] = ()

    def use(self, files: Files, post_paths: Iterable[str], written: Iterable[str] = ()) -> None:
        """This build's files; posts are generated files named by their real path (`posts/x.de.md`);
        `written` are the files feder writes after the build (feeds, sitemap), relative to the site root."""
        self._files, self._posts, self._links, self._written = files, frozenset(post_paths), None, tuple(written)

    def rewrite(self, href: str) -> str | None:
        """`href` as the target's source path relative to the page's, or None to leave it as written."""
        page, links = self.page, self._site_links()
        if page is None or links is None or not urlsplit(href).path:
            return None  # a link within the page is MkDocs' business
        on = links.page(url_of(page.file)) or LinkablePage(url_of(page.file), self._source(page.file))
        target = links.resolve(href, on)
        if isinstance(target, LinkTarget):
            return self._relative(self._by_url[target.page.url].src_uri, href, target.anchor)
        file = links.resolve_file(href, on)
        if isinstance(file, FileTarget) and file.written:
            parts = urlsplit(href)
            return urlunsplit(urlsplit(urljoin(self.site_url, quote(file.path)))[:3] + (parts.query, parts.fragment))
        if isinstance(file, FileTarget) and href.startswith("/"):
            return self._relative(file.path, href, urlsplit(href).fragment)
        return None

    def _relative(self, src_uri: str, href: str, anchor: str) -> str:
        """`src_uri` relative to the page's source, as MkDocs resolves links to files."""
        assert self.page is not None
        path = posixpath.relpath(src_uri, posixpath.dirname(self.page.file.src_uri) or ".")
        return urlunsplit(("", "", quote(path), urlsplit(href).query, anchor))

    def _site_links(self) -> PageLinks | None:
        """Built at the first page: by then every plugin has added its files."""
        if self._links is None and self._files is not None:
            pages = self._files.documentation_pages(inclusion=lambda _: True)
            self._by_url = {url_of(file): file for file in pages}
            others = [file.src_uri for file in self._files if not file.is_documentation_page()]
            self._links = PageLinks(
                (LinkablePage(url, self._source(file)) for url, file in self._by_url.items()),
                docs_dir=self.docs_dir, base_path=self.base_path, files=others, written=self._written,
            )
        return self._links

    def _source(self, file: File) -> str | None:
        if file.generated_by is None:
            return posixpath.join(self.docs_dir, file.src_uri)
        return file.src_uri if file.src_uri in self._posts else None


class _Rewriter(Treeprocessor):
    def __init__(self, md: Markdown, links: SiteLinks) -> None:
        super().__init__(md)
        self.links = links

    def run(self, root: Element) -> None:
        for element in root.iter():
            key = "href" if element.tag == "a" else "src" if element.tag == "img" else None
            link = element.get(key) if key else None
            rewritten = self.links.rewrite(link) if link else None
            if key and rewritten is not None:
                element.set(key, rewritten)


class LinkExtension(Extension):
    """Registered by the `feder` plugin in `markdown_extensions`."""

    def __init__(self, links: SiteLinks) -> None:
        super().__init__()
        self.links = links

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_Rewriter(md, self.links), "feder_links", PRIORITY)

    def __repr__(self) -> str:
        """Stable across builds: it is part of the render cache's key (`feder.cache.render`)."""
        return f"{type(self).__module__}.{type(self).__name__}"
