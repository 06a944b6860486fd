"""A post's HTML as it goes into a feed: without scripts and page furniture, links absolute.

Feed readers show the HTML on another site, run no scripts and resolve no relative
links, so the HTML rendered for the post page is transformed step by step: the
transforms features register (the explainers' static form, through `feder.registry`),
then, in one pass over the parsed HTML, whatever could still run removed
(`without_active_content`) and every link and image URL made absolute (`publishable`).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from urllib.parse import urljoin

import lxml.html
from lxml.html.defs import link_attrs

from feder.content.activecontent import URL_ATTRIBUTES, is_non_image_data_url, is_script_url
from feder.content.html import drop_element, inner_html, post_description
from feder.content.posts import Post
from feder.content.urls import Urls

HtmlTransform = Callable[[str], str]
"""Rendered post HTML (a fragment) -> the HTML to publish in feeds."""

# Elements a feed must not carry: the W3C feed validator flags them as dangerous
# markup, and readers strip them anyway. `headerlink` is the ¶ after each heading.
_DROPPED = (
    "script", "noscript", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta",
    "portal",
)


def without_active_content(html: str) -> str:
    """`html` without scripts, embedded objects, comments, event handlers, `srcdoc`, script and non-image
    `data:` URLs (however written, `feder.content.activecontent`) and ¶ anchors.

    Posts with active content do not build; this is the second line, for feed readers that
    show the HTML on their own pages.
    """
    if not html.strip():
        return html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    _drop_active_elements(root)
    _remove_active_attributes(root)
    return inner_html(root)


def publishable(html: str, page_url: str, site_url: str) -> str:
    """`without_active_content(html)` with every link and image URL absolute (`site_url` ends with `/`),
    from one parse of the HTML."""
    if not html.strip():
        return html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    base = urljoin(site_url, page_url)
    _drop_active_elements(root)
    if root.xpath(_LINKS_BEYOND_ATTRIBUTES):
        _remove_active_attributes(root)
        root.rewrite_links(lambda link: urljoin(base, link), resolve_base_href=False)
        return inner_html(root)
    # What `rewrite_links` does where every link is a whole attribute value, in the same pass
    # over the attributes as the removal of active ones.
    for value in root.xpath(_ATTRIBUTES):
        name, element = value.attrname, value.getparent()
        if _is_active_attribute(name, value):
            del element.attrib[name]
        elif name in link_attrs:  # for lxml's `iterlinks`, the attributes whose whole value is a link
            link = str(value)
            absolute = urljoin(base, link.strip())
            if absolute != link:
                element.set(name, absolute)
    return inner_html(root)


_ATTRIBUTES = "descendant-or-self::*/@*"
_LINKS_BEYOND_ATTRIBUTES = "boolean(descendant-or-self::*[@style or self::param])"
"""Links in CSS and in `<param>` (`<style>` and `<object>` are dropped before): only lxml's own walk
(`rewrite_links`) finds those."""


def _drop_active_elements(root: lxml.html.HtmlElement) -> None:
    doomed = root.xpath(
        " | ".join(f"//{tag}" for tag in _DROPPED)
        + " | //a[contains(concat(' ', @class, ' '), ' headerlink ')]"
        + " | //comment()"  # `<!-- more -->`, and no conditional comments for old readers
    )
    for element in doomed:
        drop_element(element)


def _remove_active_attributes(root: lxml.html.HtmlElement) -> None:
    for value in root.xpath(_ATTRIBUTES):
        if _is_active_attribute(value.attrname, value):
            del value.getparent().attrib[value.attrname]


def _is_active_attribute(name: str, value: str) -> bool:
    """Event handlers, `srcdoc`, and script or non-image `data:` URLs."""
    lowered = name.lower()
    return lowered.startswith("on") or lowered == "srcdoc" or (
        lowered in URL_ATTRIBUTES and (is_script_url(value) or is_non_image_data_url(value))
    )


class FeedContent:
    """Feed HTML and summaries of posts, each computed once per build (a post is in many feeds)."""

    def __init__(
        self, rendered: Mapping[Post, str], urls: Urls, site_url: str,
        transforms: Sequence[HtmlTransform] = (), memo: MutableMapping[str, str] | None = None,
    ) -> None:
        """`transforms`: the features' (`feder.registry`), applied first; whatever could still run is
        removed after them (`publishable`). `memo` keeps results across builds (feder.cache); it must be
        specific to this code's version."""
        self.rendered = rendered
        self.urls = urls
        self.site_url = site_url
        self.transforms = tuple(transforms)
        self.memo = memo
        self._html: dict[Post, str] = {}

    def html(self, post: Post) -> str:
        """The post's full HTML for feeds, every link and image URL absolute."""
        if post not in self._html:
            html = self.rendered.get(post, "")
            url = self.urls.post(post.lang, post.slug)
            key = _key(html, url, self.site_url) if self.memo is not None else ""
            found = self.memo.get(key) if self.memo is not None else None
            if found is None:
                for transform in self.transforms:
                    html = transform(html)
                found = publishable(html, url, self.site_url)
                if self.memo is not None:
                    self.memo[key] = found
            self._html[post] = found
        return self._html[post]

    def summary(self, post: Post) -> str:
        """Plain text: the author's summary, or else the text of the excerpt."""
        return post_description(post, self.rendered.get(post, ""))

    def url(self, path: str) -> str:
        return urljoin(self.site_url, path)


def _key(html: str, url: str, site_url: str) -> str:
    return hashlib.sha256("\0".join((html, url, site_url)).encode("utf-8", "surrogatepass")).hexdigest()
