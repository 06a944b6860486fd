"""Working with rendered post HTML: excerpts, plain text, and links that must work elsewhere.

A post's HTML is rendered for the post's own URL. Shown on a list page or in a
feed, its relative links must be rewritten for the new place.
"""
from __future__ import annotations

import posixpath
import re
from typing import Callable
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from feder.content.text import MORE

_MORE_HTML = re.compile(r"<!--\s*more\s*-->")


def excerpt_html(content: str) -> str:
    """The HTML before `<!-- more -->`, or else the first paragraph."""
    match = _MORE_HTML.search(content)
    if match:
        return content[: match.start()].strip()
    for element in _fragments(content):
        if isinstance(element, etree._Element) and element.tag == "p":
            return lxml.html.tostring(element, encoding="unicode", with_tail=False)
    return ""


def plain_text(html: str) -> str:
    """Text without markup, whitespace collapsed; for meta descriptions."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return " ".join(root.text_content().split())


def summary_text(summary: str | None, html: str) -> str:
    """A post's description as plain text: the author's summary, or else the text of its excerpt."""
    return summary or plain_text(excerpt_html(html))


def is_external(link: str) -> bool:
    """Links that point elsewhere (other host, other scheme) or to the site root."""
    parts = urlsplit(link)
    return bool(parts.scheme or parts.netloc or link.startswith("/"))


def relative_url(target: str, base: str) -> str:
    """`target` seen from page `base`, both relative to the site root (`posts/x/`, `page/2/`)."""
    path, _, fragment = target.partition("#")
    base_dir = base if base.endswith("/") or not base else posixpath.dirname(base) + "/"
    relative = posixpath.relpath("/" + path, "/" + base_dir)
    if (not path or path.endswith("/")) and not relative.endswith("/"):
        relative += "/"
    return relative + (f"#{fragment}" if fragment else "")


def rebase_links(html: str, from_url: str, to_url: str) -> str:
    """Rewrite the relative links of HTML rendered at `from_url` to work at `to_url`.

    Links are written as `../` up to the site root, then down to the target, so the
    result depends only on the depth of `to_url` and can be reused by every page
    at that depth.
    """
    if from_url == to_url:
        return html
    up = "../" * depth(to_url)

    def rebase(link: str) -> str:
        if is_external(link) or link.startswith(("mailto:", "tel:", "data:")):
            return link
        target = urljoin("/" + from_url, link)[1:]
        return (up + target) or "./"

    return rewrite_links(html, rebase)


def depth(url: str) -> int:
    """How many folders deep a page URL is: `` -> 0, `en/posts/x/` -> 3."""
    return url.count("/")


def absolute_links(html: str, page_url: str, site_url: str) -> str:
    """Make every link and image URL absolute, for feeds (`site_url` ends with `/`)."""
    base = urljoin(site_url, page_url)
    return rewrite_links(html, lambda link: urljoin(base, link))


def rewrite_links(html: str, rewrite: Callable[[str], str]) -> str:
    """Apply `rewrite` to every href, src and srcset URL in an HTML fragment."""
    if not html.strip():
        return html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    root.rewrite_links(rewrite, resolve_base_href=False)
    return inner_html(root)


def _fragments(html: str) -> list:
    if not html.strip():
        return []
    return lxml.html.fragments_fromstring(html)


def inner_html(root: etree._Element) -> str:
    """The HTML inside `root` (a container made by `fragment_fromstring(..., create_parent=...)`)."""
    head = root.text or ""
    return head + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)


def drop_element(element: etree._Element) -> None:
    """Remove an element but keep the text that follows it (lxml stores it as the element's tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def anchor_ids(root: etree._Element) -> set[str]:
    """The anchors of rendered HTML as MkDocs counts them: every `id`, and the `name` of every `<a>`."""
    found = {str(value) for value in root.xpath(".//@id | self::*/@id")}
    found.update(str(element.get("name")) for element in root.iter("a") if element.get("name"))
    return found
