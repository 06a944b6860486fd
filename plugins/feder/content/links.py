"""Where a link written in a post or page leads. No MkDocs imports: the build and a link checker share it.

Authors link another page of the site in whichever of three forms comes to mind:

- the source file, relative to the file the link is in: `other-post.de.md`,
  `../docs/about.md`; from a page in `docs/` also relative to the docs folder, as
  MkDocs resolves it: `posts/other-post.de.md`;
- the site path: `/posts/other-post/`, `/en/posts/other-post/`, `/about/`, also with
  the path of `site_url` in front (`/feder/posts/other-post/`);
- the relative URL as it works on the built site: `../other-post/`, `../../about/`.

Each may end in `#anchor` (and `?query`). `PageLinks.resolve` turns any of them into
the target page's URL, or says that no such page exists.

Links to files that are not pages (images, downloads, feeds) are MkDocs' kind of link:
relative to the source file as MkDocs places it (a post `posts/x.de.md` sits at
`posts/` beside the docs folder's files), or a site path. `PageLinks.resolve_file` finds
them among the docs folder's files and the files feder writes (feeds, sitemap). The pages come from the
build's files (`feder.plugins.blog.links`) or, without MkDocs, from the content:
`post_page` for posts, `docs_page` for files in docs/, `LinkablePage(listing.url)`
for list pages.
"""
from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from feder.content.posts import Post
from feder.content.urls import Urls

_SOURCE_SUFFIX = ".md"
_INDEX_PAGE = "index.html"


@dataclass(frozen=True)
class LinkablePage:
    """A page of the site that links can lead to."""

    url: str
    """Relative to the site root: `` for the home page, `en/posts/x/` for a post."""
    source: str | None = None
    """The file the page is written in, relative to the project root (`posts/x.de.md`,
    `docs/en/about.md`); None for pages without a file of their own (home, tag, archive pages)."""


@dataclass(frozen=True)
class LinkTarget:
    """A link that leads to a page of the site."""

    page: LinkablePage
    anchor: str = ""
    """The part after `#`, or `` when the link has none."""


@dataclass(frozen=True)
class BrokenLink:
    """A link that is meant for a page of the site, but no page is there."""

    link: str
    url: str | None
    """The site-relative URL the link leads to (`posts/missing/`), for suggestions;
    None when the link names a source file (`missing.de.md`) or leaves the site (`../../../x/`)."""
    source: str | None = None
    """The source file a file link names, relative to the project root (`posts/missing.de.md`)."""


Resolved = LinkTarget | BrokenLink | None


@dataclass(frozen=True)
class FileTarget:
    """A link to a file of the site that is not a page."""

    path: str
    """Relative to the site root: a docs file by its path there (`assets/logo.png`), or a file
    feder writes (`en/feed.xml`)."""
    written: bool = False
    """True for a file feder writes (feeds, sitemap): it has no source in docs/."""


@dataclass(frozen=True)
class MissingFile:
    """A link to a file of the site that is not there."""

    link: str
    path: str | None
    """The path relative to the site root it was looked for at; None when the link climbs above it."""


ResolvedFile = FileTarget | MissingFile | None


class PageLinks:
    """Resolves links against every page of one site.

    `docs_dir` is the docs folder relative to the project root (`docs`): a page in it
    may also name files relative to that folder. `base_path` is the path of
    `site_url` (`/feder/`), which site paths may start with.
    """

    def __init__(
        self, pages: Iterable[LinkablePage], *, docs_dir: str = "docs", base_path: str = "/",
        files: Iterable[str] = (), written: Iterable[str] = (),
    ) -> None:
        """`files`: the docs folder's other files, relative to it (`assets/logo.png`); `written`:
        what feder writes besides pages, relative to the site root (`feed.xml`, `sitemap.xml`)."""
        self.docs_dir = docs_dir.strip("/")
        self.files = frozenset(files)
        self.written = frozenset(written)
        self.base_path = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
        self._by_url: dict[str, LinkablePage] = {}
        self._by_source: dict[str, LinkablePage] = {}
        self._by_docs_path: dict[str, LinkablePage] = {}
        for page in pages:
            self._by_url[page.url] = page
            if page.source is not None:
                self._by_source[page.source] = page
                self._by_docs_path[self._docs_path(page.source)] = page

    def page(self, url: str) -> LinkablePage | None:
        return self._by_url.get(url)

    def page_of_source(self, source: str) -> LinkablePage | None:
        """The page written in `source` (relative to the project root)."""
        return self._by_source.get(source)

    @property
    def urls(self) -> list[str]:
        """Every page's URL, e.g. for suggesting the closest one to a broken link."""
        return list(self._by_url)

    def resolve(self, link: str, on: LinkablePage) -> Resolved:
        """Where `link`, written on the page `on`, leads.

        A `LinkTarget` for a page of the site (the page itself for `#anchor`); a
        `BrokenLink` for a link meant for a page that does not exist; None for links
        that do not name a page: other hosts, `mailto:`, images and downloads.
        """
        parts = urlsplit(link)
        if parts.scheme or parts.netloc:
            return None
        path, anchor = unquote(parts.path), parts.fragment
        if not path:
            return LinkTarget(on, anchor)
        last = path.rstrip("/").rsplit("/", 1)[-1]
        if last.endswith(_SOURCE_SUFFIX) and not path.endswith("/"):
            return self._file_link(link, path, anchor, on)
        if "." in last and last != _INDEX_PAGE and not path.endswith("/"):
            return None  # an image, a feed, a download: not a page
        return self._url_link(link, path.removesuffix(_INDEX_PAGE), anchor, on)

    def resolve_file(self, link: str, on: LinkablePage) -> ResolvedFile:
        """Where a link to a file that is not a page leads (an image, a download, a feed), as MkDocs
        resolves it; None for links that are not such a link (pages, other hosts, `#anchor`)."""
        parts = urlsplit(link)
        path = unquote(parts.path)
        last = path.rsplit("/", 1)[-1]
        if parts.scheme or parts.netloc or "." not in last or last.endswith(_SOURCE_SUFFIX) or last == _INDEX_PAGE:
            return None
        candidates: list[str | None]
        if path.startswith("/"):
            candidates = [path[len(self.base_path):]] if path.startswith(self.base_path) else []
            candidates.append(path.lstrip("/"))
        elif on.source is None:
            return None
        else:
            candidates = [_join(posixpath.dirname(self._docs_path(on.source)), path)]
        for candidate in candidates:
            if candidate in self.written:
                return FileTarget(candidate, written=True)
            if candidate in self.files:
                return FileTarget(candidate)
        return MissingFile(link, candidates[0])

    def source_path(self, page: LinkablePage) -> str | None:
        """Where MkDocs places the page's source (files in docs/ relative to that folder), or None."""
        return self._docs_path(page.source) if page.source is not None else None

    # The three forms ---------------------------------------------------------------------------

    def _file_link(self, link: str, path: str, anchor: str, on: LinkablePage) -> Resolved:
        if path.startswith("/"):  # from the project root or the docs folder
            on_disk = in_docs = _join("", path.lstrip("/"))
        elif on.source is None:
            return BrokenLink(link, None)
        else:
            on_disk = _join(posixpath.dirname(on.source), path)
            in_docs = _join(posixpath.dirname(self._docs_path(on.source)), path)
        page = self._by_source.get(on_disk or "") or self._by_docs_path.get(in_docs or "")
        return LinkTarget(page, anchor) if page else BrokenLink(link, None, on_disk)

    def _url_link(self, link: str, path: str, anchor: str, on: LinkablePage) -> Resolved:
        candidates: list[str | None]
        if path.startswith("/"):
            candidates = [path[len(self.base_path):]] if path.startswith(self.base_path) else []
            candidates.append(path.lstrip("/"))
        else:
            candidates = [_join(on.url, path)]
        urls = [_page_url(candidate) for candidate in candidates if candidate is not None]
        for url in urls:
            if url in self._by_url:
                return LinkTarget(self._by_url[url], anchor)
        return BrokenLink(link, urls[0] if urls else None)

    def _docs_path(self, source: str) -> str:
        """A source path as MkDocs knows it: files in docs/ relative to that folder."""
        prefix = f"{self.docs_dir}/"
        return source[len(prefix):] if self.docs_dir and source.startswith(prefix) else source


def post_page(post: Post, urls: Urls) -> LinkablePage:
    return LinkablePage(urls.post(post.lang, post.slug), post.path)


def docs_page(path: str, docs_dir: str = "docs") -> LinkablePage:
    """A Markdown file in docs/, by its path there (`en/about.md`)."""
    return LinkablePage(docs_page_url(path), posixpath.join(docs_dir, path))


def docs_page_url(path: str) -> str:
    """The URL MkDocs gives a Markdown file in docs/ (directory URLs): `en/about.md` -> `en/about/`."""
    folder, _, stem = path.removesuffix(_SOURCE_SUFFIX).rpartition("/")
    url = folder if stem in ("index", "README") else posixpath.join(folder, stem)
    return f"{url}/" if url else ""


def _join(folder: str, path: str) -> str | None:
    """`path` relative to `folder`, normalized; None when it climbs above the root."""
    joined = posixpath.normpath(posixpath.join(folder, path))
    if joined == ".":
        return ""
    if joined == ".." or joined.startswith("../"):
        return None
    return joined


def _page_url(path: str) -> str:
    """A site-relative path as a page URL: folders end with `/`, the home page is ``."""
    path = path.strip("/")
    return f"{path}/" if path else ""
