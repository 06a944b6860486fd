"""The site's URL scheme. URLs are relative to the site root and end with `/`.

These URLs are the public interface of the site (feeds, links from elsewhere);
change them only with redirects.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from feder.content.languages import Languages

if TYPE_CHECKING:
    from feder.content.tags import TagIndex

WEB_SCHEMES = ("http", "https")
_URL_SPACE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


@dataclass(frozen=True)
class Urls:
    languages: Languages

    def home(self, lang: str, page: int = 1) -> str:
        return self._paged(self.languages.prefix(lang), page)

    def post(self, lang: str, slug: str) -> str:
        return f"{self.languages.prefix(lang)}posts/{slug}/"

    def archive(self, lang: str) -> str:
        return f"{self.languages.prefix(lang)}archive/"

    def author(self, lang: str, author_id: str, page: int = 1) -> str:
        return self._paged(f"{self.languages.prefix(lang)}authors/{author_id}/", page)

    def tags(self, lang: str) -> str:
        return f"{self.languages.prefix(lang)}tags/"

    def tag(self, lang: str, slug: str, page: int = 1) -> str:
        return self._paged(f"{self.languages.prefix(lang)}tags/{slug}/", page)

    def rss(self, lang: str) -> str:
        return f"{self.languages.prefix(lang)}feed.xml"

    def atom(self, lang: str) -> str:
        return f"{self.languages.prefix(lang)}atom.xml"

    def tag_rss(self, lang: str, slug: str) -> str:
        return f"{self.tag(lang, slug)}feed.xml"

    @staticmethod
    def sitemap() -> str:
        return "sitemap.xml"

    @staticmethod
    def _paged(base: str, page: int) -> str:
        return base if page == 1 else f"{base}page/{page}/"


def feed_paths(urls: Urls, languages: Iterable[str], tags: TagIndex | None) -> list[str]:
    """Where the feeds will be written; known before any post is rendered (and without the
    feeds' module, which `feder check` does not load)."""
    paths = []
    for lang in languages:
        paths += [urls.rss(lang), urls.atom(lang)]
        paths += [urls.tag_rss(lang, tag.slug(lang)) for tag in (tags.in_language(lang) if tags else [])]
    return paths


def page_file(url: str) -> str:
    """The file a page URL is written to: `en/posts/x/` -> `en/posts/x/index.html`."""
    return f"{url}index.html"


def source_uri(url: str) -> str:
    """A Markdown source path that MkDocs maps to `url`: `page/2/` -> `page/2/index.md`."""
    return f"{url}index.md"


def url_scheme(url: str) -> str | None:
    """The scheme a browser reads from `url` (lower case), or None for a relative URL.

    Browsers strip leading and trailing control characters and spaces and remove tabs
    and newlines anywhere before parsing, so `\x01jav\tascript:` is `javascript:`.
    """
    match = _SCHEME.match(_URL_SPACE.sub("", url).strip(_C0_AND_SPACE))
    return match.group(1).lower() if match else None


def content_url_problem(url: str, example: str) -> str | None:
    """Why a URL written in content (an avatar, a cover) cannot be used, or None: only paths of the
    site and http(s) addresses; a `javascript:` or `data:` URL would reach pages, feeds and JSON-LD."""
    scheme = url_scheme(url)
    if scheme is None or scheme in WEB_SCHEMES:
        return None
    shown = " ".join(url.split())[:40]
    return f"`{shown}` is a {scheme}: URL; expected a path in docs/ such as {example}, or an https:// address"
