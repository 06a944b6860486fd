"""Working with rendered post HTML: excerpts, plain text, and links that must work elsewhere.

A post's HTML is rendered for the post's own URL. Shown on a list page or in a
feed, its relative links must be rewritten for the new place.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from feder.content.posts import Post

_MORE_HTML = re.compile(r"<!--\s*more\s*-->")


def excerpt_html(content: str) -> str:
    """The HTML before `<!-- more -->`, or else the first paragraph."""
    match = _MORE_HTML.search(content)
    if match:
        return content[: match.start()].strip()
    for element in _fragments(content):
        if isinstance(element, etree._Element) and element.tag == "p":
            paragraph: str = lxml.html.tostring(element, encoding="unicode", with_tail=False)
            return paragraph
    return ""


def post_description(post: Post, html: str) -> str:
    """A post's description (meta description, feed summary): the author's summary, or else the
    plain text of the excerpt of `html`, the post's rendered HTML."""
    return post.summary or plain_text(excerpt_html(html))


def plain_text(html: str) -> str:
    """Text without markup, whitespace collapsed; for meta descriptions."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return " ".join(root.text_content().split())


def is_external(link: str) -> bool:
    """Links that point elsewhere (other host, other scheme) or to the site root."""
    parts = urlsplit(link)
    return bool(parts.scheme or parts.netloc or link.startswith("/"))


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


def _fragments(html: str) -> list[etree._Element | str]:
    if not html.strip():
        return []
    # lxml-stubs type the result as one element; lxml returns the list (leading text first).
    return cast("list[etree._Element | str]", lxml.html.fragments_fromstring(html))


def xpath_elements(root: etree._Element, path: str) -> list[etree._Element]:
    """The elements `path` selects (lxml types an XPath result as anything an XPath can give)."""
    found = root.xpath(path)
    return [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []


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
    ids = root.xpath(".//@id | self::*/@id")
    found = {str(value) for value in ids} if isinstance(ids, list) else set()
    found.update(str(element.get("name")) for element in root.iter("a") if element.get("name"))
    return found
