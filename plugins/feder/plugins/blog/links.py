"""Links between pages in every form authors write them (`feder.content.links`), handed to MkDocs.

A Markdown extension rewrites each link to another page of the site into the path of
the target's source file, just before MkDocs' own relative-path step (priority 0):
MkDocs then resolves it, checks its `#anchor` and writes the relative URL, exactly as
for a link written as a file name. A site path to a file in docs/ (`/assets/logo.png`)
becomes its relative source path the same way; a link to a file feder writes (a feed,
the sitemap) becomes its address under `site_url`, since MkDocs knows no such file.
Links that lead nowhere are left as written: `feder.content.linkcheck` has reported
them before the build started, and MkDocs' own validation stays on behind it.

A link to a page that `mkdocs serve` keeps from its last build (`feder.cache.serve`:
the page is excluded from this build's work, not from the site) gets its final URL
right after MkDocs' step instead, exactly as MkDocs would write it: MkDocs would
otherwise note, for every such link, that it leads to an excluded file.

The document checks (`feder.checks`) read links as their authors wrote them, in the HTML
MkDocs rendered (`feder.plugins.blog.documents`). So where these steps or MkDocs' change
a link, the element keeps the URL as written in a temporary attribute (`AUTHORED`):
`authored_html` gives the HTML with the written URLs, exactly what `feder check`
renders, and `without_authored` the HTML MkDocs keeps, without the attribute.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from urllib.parse import quote, urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor, UnescapeTreeprocessor
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from feder.content.links import FileTarget, LinkablePage, LinkTarget, PageLinks
from feder.plugins.blog.files import url_of

PRIORITY = 1
"""Right before MkDocs' `relpath` tree processor (0), after every extension that makes links."""
FINAL_PRIORITY = -1
"""Right after MkDocs' `relpath`: links to kept pages get their final URL."""
AUTHORED_PRIORITY = -2
"""After every step that changes links: which links no longer read as written."""
KEPT = "feder-kept:"
"""Stands in for a link to a kept page while MkDocs' `relpath` runs, which leaves URLs with a scheme alone."""
AUTHORED = "data-feder-authored"
"""Holds a link's URL as written where the HTML has another; never in a page as written."""
_MARK = "\x03"
"""Around the written URL: Python-Markdown takes this character out of every source, so no
author can write an attribute that reads as ours."""
_AUTHORED = re.compile(f' {AUTHORED}="{_MARK}([^"{_MARK}]*){_MARK}"')
# A start tag the serializer wrote: its attribute values have `<`, `>` and `"` escaped.
_MARKED_TAG = re.compile(f'<(a|img)\\b[^<>]*? {AUTHORED}="{_MARK}[^<>]*>')


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
        self._kept: frozenset[str] = frozenset()
        self._final: dict[str, str] = {}

    def use(self, files: Files, post_paths: Iterable[str], written: Iterable[str] = ()) -> None:
        """This build's files; posts are generated files named by their real path (`posts/x.de.md`);
        `written` are the files feder writes after the build (feeds, sitemap), relative to the site root."""
        self._files, self._posts, self._links, self._written = files, frozenset(post_paths), None, tuple(written)
        self._kept, self._final = frozenset(), {}

    def keep(self, sources: Iterable[str]) -> None:
        """The source paths of the pages `mkdocs serve` keeps from its last build."""
        self._kept = frozenset(sources)

    def rewrite(self, href: str) -> str | None:
        """`href` as the target's source path relative to the page's, or None to leave it as written."""
        page, links = self.page, self._site_links()
        if page is None or links is None or not urlsplit(href).path:
            return None  # a link within the page is MkDocs' business
        on = links.page(url_of(page.file)) or LinkablePage(url_of(page.file), self._source(page.file))
        target = links.resolve(href, on)
        if isinstance(target, LinkTarget):
            found = self._by_url[target.page.url]
            if found.src_uri in self._kept:
                return self._stand_in(found, href, target.anchor)
            return self._relative(found.src_uri, href, target.anchor)
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

    def _stand_in(self, target: File, href: str, anchor: str) -> str:
        """A stand-in for the URL MkDocs writes for a link to `target` (`final` gives it)."""
        assert self.page is not None
        stand_in = f"{KEPT}{len(self._final)}"
        relative = get_relative_url(target.url, self.page.file.url)
        self._final[stand_in] = urlunsplit(("", "", relative, urlsplit(href).query, anchor))
        return stand_in

    def final(self, url: str) -> str | None:
        """The URL a stand-in stands for; None for any other URL."""
        return self._final.get(url) if url.startswith(KEPT) else None

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


class _Links(Treeprocessor):
    """Gives every link (`a` href, `img` src) the URL `change` makes of it, if it makes one; with
    `written`, first notes each link's URL in it (`_Authored` reads them)."""

    def __init__(
        self, md: Markdown, change: Callable[[str], str | None], written: dict[Element, str] | None = None,
    ) -> None:
        super().__init__(md)
        self.change = change
        self.written = written

    def run(self, root: Element) -> None:
        for element in root.iter():
            key = _url_attribute(element)
            link = element.get(key) if key else None
            if key is None or not link:
                continue
            if self.written is not None:
                self.written[element] = link
            changed = self.change(link)
            if changed is not None:
                element.set(key, changed)


class _Authored(Treeprocessor):
    """After every step that changes links: where a link's URL is no longer the one written, the
    element keeps the written one (`AUTHORED`)."""

    def __init__(self, md: Markdown, written: dict[Element, str]) -> None:
        super().__init__(md)
        self.written = written

    def run(self, root: Element) -> None:
        unescape = self._unescape()
        for element, link in self.written.items():
            # As Python-Markdown's `unescape` step leaves it, which runs after the one that noted it.
            written = unescape(link)
            if element.get(_url_attribute(element) or "") != written:
                element.set(AUTHORED, f"{_MARK}{written}{_MARK}")
        self.written.clear()

    def _unescape(self) -> Callable[[str], str]:
        step = self.md.treeprocessors["unescape"] if "unescape" in self.md.treeprocessors else None
        return step.unescape if isinstance(step, UnescapeTreeprocessor) else str


def _url_attribute(element: Element) -> str | None:
    return "href" if element.tag == "a" else "src" if element.tag == "img" else None


def authored_html(html: str) -> str:
    """A page's rendered HTML with every link as its author wrote it (the attribute taken out)."""
    return _MARKED_TAG.sub(_as_written, html) if _MARK in html else html


def without_authored(html: str) -> str:
    """A page's rendered HTML as MkDocs writes it: without the written URLs."""
    return _AUTHORED.sub("", html) if _MARK in html else html


def _as_written(match: re.Match[str]) -> str:
    tag = match.group(0)
    found = _AUTHORED.search(tag)
    assert found is not None
    key = "href" if match.group(1) == "a" else "src"
    tag = tag[: found.start()] + tag[found.end():]
    return re.sub(f' {key}="[^"]*"', lambda _: f' {key}="{found.group(1)}"', tag, count=1)


class LinkExtension(Extension):
    """Registered by the `feder` plugin in `markdown_extensions`."""

    def __init__(self, links: SiteLinks) -> None:
        super().__init__()
        self.links = links

    def extendMarkdown(self, md: Markdown) -> None:
        written: dict[Element, str] = {}
        md.treeprocessors.register(_Links(md, self.links.rewrite, written), "feder_links", PRIORITY)
        md.treeprocessors.register(_Links(md, self.links.final), "feder_kept_links", FINAL_PRIORITY)
        md.treeprocessors.register(_Authored(md, written), "feder_authored_links", AUTHORED_PRIORITY)

    def __repr__(self) -> str:
        """Stable across builds: it is part of the render cache's key (`feder.cache.render`)."""
        return f"{type(self).__module__}.{type(self).__name__}"
