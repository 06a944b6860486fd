"""A small link checker over a built site: every internal link, source and #anchor resolves.

No network: a link to another host is not followed. A link to the site's own public
address (canonical, hreflang, sitemap, feeds) is internal and must resolve like a
relative one. Checked are
- HTML: every `href`, `src`, `srcset` and `action` (with the page's #anchors);
- CSS: every `url(...)`;
- XML (sitemap, feeds): every `href` attribute and every <loc>/<link>/<id> text that is a URL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.etree
import lxml.html

URL_ATTRIBUTES = ("href", "src", "action", "poster", "data")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
XML_URL_ELEMENTS = {"loc", "link", "id", "guid", "url", "comments"}
LOCAL_HOST = "http://site.invalid"
"""Built files get addresses on this host, below the site's public path, so URLs resolve as in a browser."""


@dataclass(frozen=True)
class Broken:
    source: str
    line: int | None
    url: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.url}: {self.reason}"


@dataclass
class LinkChecker:
    root: Path
    site_url: str
    """The site's public address (site_url); links to it are internal."""
    broken: list[Broken] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.public = self.site_url if self.site_url.endswith("/") else f"{self.site_url}/"
        self.local = LOCAL_HOST + urlsplit(self.public).path

    def check(self) -> list[Broken]:
        for path in sorted(self.root.rglob("*")):
            if path.suffix == ".html":
                self._check_html(path)
            elif path.suffix == ".css":
                self._check_css(path)
            elif path.suffix == ".xml":
                self._check_xml(path)
        return self.broken

    # Sources ------------------------------------------------------------------------------

    def _check_html(self, path: Path) -> None:
        document = lxml.html.parse(str(path)).getroot()
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            for name in URL_ATTRIBUTES:
                value = element.get(name)
                if value is not None and not (name == "data" and element.tag != "object"):
                    self._check(path, element.sourceline, value)
            for srcset in (element.get("srcset"), element.get("imagesrcset")):
                for candidate in (srcset or "").split(","):
                    if candidate.strip():
                        self._check(path, element.sourceline, candidate.split()[0])
            if element.tag == "meta" and (
                element.get("property") in ("og:url", "og:image") or element.get("name") == "twitter:image"
            ):
                self._check(path, element.sourceline, element.get("content", ""))

    def _check_css(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in CSS_URL.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            self._check(path, line, match.group(2).strip())

    def _check_xml(self, path: Path) -> None:
        try:
            tree = lxml.etree.parse(str(path))
        except lxml.etree.XMLSyntaxError as error:
            self._report(path, None, "", f"not well-formed XML: {error}")
            return
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            local = lxml.etree.QName(element).localname
            if element.get("href"):
                self._check(path, element.sourceline, element.get("href"), base=self.public)
            text = (element.text or "").strip()
            if local in XML_URL_ELEMENTS and text.startswith(("http://", "https://")):
                self._check(path, element.sourceline, text, base=self.public)

    # Resolution ---------------------------------------------------------------------------

    def _address(self, path: Path) -> str:
        relative = path.relative_to(self.root).as_posix()
        return self.local + ("" if relative == "." else relative)

    def _check(self, source: Path, line: int | None, url: str, base: str | None = None) -> None:
        url = original = url.strip()
        if not url or url.startswith(("mailto:", "tel:", "data:")):
            return
        if url.startswith("javascript:"):
            self._report(source, line, url, "javascript: URLs do not run under the Content-Security-Policy")
            return
        if base is None:
            base = self._address(source)
        elif base == self.public:
            base = self.local
        if url.startswith(self.public) or url == self.public.rstrip("/"):
            url = self.local + url[len(self.public):]
        absolute = urljoin(base, url)
        parts = urlsplit(absolute)
        url = original
        if not absolute.startswith(LOCAL_HOST + "/"):
            if parts.scheme in ("http", "https") and parts.hostname == urlsplit(self.public).hostname:
                self._report(
                    source, line, url, f"points to the site's host outside its path {urlsplit(self.public).path}"
                )
            return  # another host: not followed, no network
        if not (absolute + "/").startswith(self.local):
            self._report(source, line, url, f"points outside the site's path {urlsplit(self.public).path}")
            return
        target = self._target(unquote(parts.path[len(urlsplit(self.local).path):]))
        if target is None:
            self._report(source, line, url, "no such file in the built site")
        elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in anchors(target):
            in_file = target.relative_to(self.root).as_posix()
            self._report(source, line, url, f"no element with id '{unquote(parts.fragment)}' in {in_file}")

    def _target(self, relative: str) -> Path | None:
        path = self.root / relative
        if relative == "" or relative.endswith("/"):
            path = path / "index.html"
        elif path.is_dir():
            path = path / "index.html"  # GitHub Pages redirects /x to /x/
        try:
            path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return None  # above the site root
        return path if path.is_file() else None

    def _report(self, source: Path, line: int | None, url: str, reason: str) -> None:
        self.broken.append(Broken(source.relative_to(self.root).as_posix(), line, url, reason))


@cache
def anchors(path: Path) -> frozenset[str]:
    """Every fragment a browser can scroll to in a page: ids and <a name>."""
    document = lxml.html.parse(str(path)).getroot()
    ids = {element.get("id") for element in document.iter() if isinstance(element.tag, str) and element.get("id")}
    names = {a.get("name") for a in document.iter("a") if a.get("name")}
    return frozenset(ids | names)


def check_links(root: Path, site_url: str) -> list[Broken]:
    anchors.cache_clear()
    return LinkChecker(root, site_url).check()
