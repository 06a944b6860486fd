"""Active content in rendered posts and pages: anything that could run as script, or act for it.

Posts and pages are content: their raw HTML, `attr_list` attributes and link targets
reach the page as written. What could run, embed another page, or send a reader
elsewhere without a click is refused, each with what to do instead:

- elements: `<script>`, embedded pages and objects (`<iframe>`, `<frame>`, `<object>`,
  `<embed>`, `<applet>`, `<portal>`), `<base>`, `<meta>`, `<link>`, and `<html>`,
  `<head>`, `<body>` (whose attributes a browser merges into the page's own);
- attributes: event handlers (`on…=`), `srcdoc`, a `<form action>` or `formaction`
  that sends input to another site, and SVG animations that set a link;
- URLs in any attribute that takes one (`href`, `src`, `xlink:href`, `srcset`, …)
  with a script scheme (`javascript:`, `vbscript:`), also entity-encoded or broken
  up by tabs and newlines as browsers read them (`jav&#x09;ascript:`), and `data:`
  URLs that are not images.

The rendered HTML is parsed with lxml. Where lxml and browsers read HTML differently,
the check errs towards finding more: the text of raw-text elements (`<style>`,
`<textarea>`, `<noscript>` …), comments, processing instructions and attribute values
that contain markup are parsed again and checked too (inside `<svg>` or `<math>`, or in
another parser, that text may be markup), and `<html>`/`<head>`/`<body>` tags are found
in the text, because lxml drops them. Ordinary HTML that authors write (`<figure>`,
`<details>`, `<abbr>`, `<sup>`, tables, images, links) has none of this.
"""
from __future__ import annotations

import dataclasses
import html as htmlcodec
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from feder.content.documents import RenderedDocument
from feder.content.problems import Problem
from feder.content.urls import url_scheme

EXPLAINER_ADVICE = (
    "interactive parts belong in an explainer (```funnel, ```bani, …); otherwise link to the page that has them"
)
LINK_ADVICE = "link to it instead: [text](https://…)"

REFUSED_ELEMENTS: dict[str, tuple[str, str]] = {
    "script": ("a script", EXPLAINER_ADVICE),
    "iframe": ("an embedded page", LINK_ADVICE),
    "frame": ("an embedded page", LINK_ADVICE),
    "frameset": ("an embedded page", LINK_ADVICE),
    "portal": ("an embedded page", LINK_ADVICE),
    "fencedframe": ("an embedded page", LINK_ADVICE),
    "object": ("an embedded object", "use an image, or " + LINK_ADVICE),
    "embed": ("an embedded object", "use an image, or " + LINK_ADVICE),
    "applet": ("an embedded object", LINK_ADVICE),
    "base": ("a base URL for every link of the page", "remove it; write each link in full"),
    "meta": ("page metadata", "remove it; title, summary and the other facts of a post go in its frontmatter"),
    "link": ("a resource loaded into the page", LINK_ADVICE),
}
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "mocha"})
URL_ATTRIBUTES = frozenset({
    "href", "src", "action", "formaction", "poster", "data", "cite", "background", "lowsrc", "dynsrc",
    "longdesc", "usemap", "icon", "manifest", "codebase", "archive", "classid", "profile", "ping",
    "xlink:href", "srcset", "imagesrcset", "itemtype", "itemid",
})
URL_LIST_ATTRIBUTES = frozenset({"srcset", "imagesrcset", "ping", "archive"})
SVG_ANIMATIONS = frozenset({"set", "animate", "animatemotion", "animatetransform"})
SVG_ANIMATION_VALUES = ("to", "from", "by", "values")
RAW_TEXT = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"}
)
"""Elements whose content browsers read as text in HTML, but not inside `<svg>` or `<math>`."""

_MARKUP = re.compile(r"<[a-zA-Z!/?]")
_DOCUMENT_TAG = re.compile(r"<(html|head|body)(?=[\t\n\f\r />])", re.IGNORECASE)
_URL_SPACE = re.compile(r"[\t\n\r]")
_MAX_DEPTH = 4


@dataclass(frozen=True)
class Finding:
    """One piece of active content: what it is, what to do instead, and how to find it in the source."""

    what: str
    advice: str
    needles: tuple[str, ...]
    """Regular expressions for the text as an author writes it, most specific first."""

    @property
    def message(self) -> str:
        return f"{self.what} is not allowed in posts and pages: nothing from content may run as script; {self.advice}"


# URLs -----------------------------------------------------------------------------------------

def _readings(value: str) -> list[str]:
    """The value as lxml decoded it, and decoded once more with HTML5's entities (libxml2 knows
    fewer than browsers: `javascript&colon;` must count as `javascript:`)."""
    again = htmlcodec.unescape(value) if "&" in value else value
    return [value] if again == value else [value, again]


def is_script_url(url: str) -> bool:
    """A URL that runs script when followed or loaded (`javascript:`, `vbscript:`), however written."""
    return script_scheme(url) is not None


def script_scheme(url: str) -> str | None:
    """The script scheme a browser reads from `url` (`javascript`), or None."""
    for reading in _readings(url):
        scheme = url_scheme(reading)
        if scheme in SCRIPT_SCHEMES:
            return scheme
    return None


def is_non_image_data_url(url: str) -> bool:
    for reading in _readings(url):
        if url_scheme(reading) == "data":
            media_type = _URL_SPACE.sub("", reading).strip().split(":", 1)[1].split(",", 1)[0].split(";", 1)[0]
            if not media_type.strip().lower().startswith("image/"):
                return True
    return False


def _urls(name: str, value: str) -> list[str]:
    if name in URL_LIST_ATTRIBUTES:
        # `srcset="a.png 1x, b.png 2x"`, `ping="a b"`: every word may be a URL (descriptors have no scheme).
        return [word.strip(",") for word in value.split()] or [value]
    return [value]


# Finding them -----------------------------------------------------------------------------------

def find_active_content(html: str) -> list[Finding]:
    """Every piece of active content in an HTML fragment, in document order."""
    if not html.strip():
        return []
    findings = [_document_tag(match.group(1).lower()) for match in _DOCUMENT_TAG.finditer(html)]
    return findings + list(_findings(html, 0))


def _findings(html: str, depth: int) -> Iterator[Finding]:
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except etree.ParserError:
        return
    for node in root.iter():
        if not isinstance(node.tag, str):  # a comment or processing instruction
            yield from _hidden(node.text or "", depth, (r"<!--", r"<\?"))
            continue
        tag = node.tag.lower()
        yield from _element(tag, node)
        if tag in RAW_TEXT and _MARKUP.search(node.text or ""):
            yield from _hidden(node.text or "", depth, (rf"<{re.escape(tag)}\b",))
        for name, value in node.attrib.items():
            lowered = name.lower()
            yield from _attribute(tag, lowered, value, node)
            if _MARKUP.search(value):  # before the needles are made: most values hold no markup
                yield from _hidden(value, depth, (rf"\b{re.escape(lowered)}\s*=", rf"<{re.escape(tag)}\b"))


def _hidden(text: str, depth: int, around: tuple[str, ...]) -> Iterator[Finding]:
    """Text that another reading of the page could take as markup, checked as markup; its findings
    are looked for in the source where they are written, else where the text is (`around`)."""
    if depth < _MAX_DEPTH and _MARKUP.search(text):
        for finding in _findings(text, depth + 1):
            yield dataclasses.replace(finding, needles=finding.needles + around)


def _element(tag: str, node: etree._Element) -> Iterator[Finding]:
    refused = REFUSED_ELEMENTS.get(tag)
    if refused is not None:
        what, advice = refused
        yield Finding(f"<{tag}> ({what})", advice, (rf"<{re.escape(tag)}(?=[\s/>]|$)",))
    elif tag == "form" and _elsewhere(node.get("action")):
        yield Finding(
            "<form> that sends its input to another site", "link to the form on its own site: [text](https://…)",
            (re.escape(node.get("action", "")), r"\baction\s*=", r"<form\b"),
        )
    elif tag in SVG_ANIMATIONS and _animated_attribute(node) in ("href", "xlink:href"):
        values = [node.get(name) or "" for name in SVG_ANIMATION_VALUES]
        if any(is_script_url(url) or is_non_image_data_url(url) for value in values for url in value.split(";")):
            yield Finding(
                f"<{tag}> that sets a link to a script", EXPLAINER_ADVICE, (r"javascript|vbscript|data:", rf"<{tag}\b")
            )


def _animated_attribute(node: etree._Element) -> str:
    """The attribute an SVG animation sets (lxml keeps the case of SVG attribute names)."""
    return (node.get("attributeName") or node.get("attributename") or "").strip().lower()


def _attribute(tag: str, name: str, value: str, node: etree._Element) -> Iterator[Finding]:
    if name.startswith("on"):
        yield Finding(
            f"the event handler {name}= (on <{tag}>)", "remove it; " + EXPLAINER_ADVICE, (rf"\b{re.escape(name)}\s*=",)
        )
    elif name == "srcdoc":
        yield Finding(f"srcdoc= (a page embedded in <{tag}>)", "remove it; " + LINK_ADVICE, (r"\bsrcdoc\s*=",))
    elif name in URL_ATTRIBUTES:
        for url in _urls(name, value):
            yield from _url(tag, name, url)
        if name == "formaction" and _elsewhere(value):
            yield Finding(
                f"formaction= on <{tag}> that sends input to another site", "link to the form on its own site: [text](https://…)",
                (re.escape(value), r"\bformaction\s*="),
            )


def _url(tag: str, name: str, url: str) -> Iterator[Finding]:
    if ":" not in url and "&" not in url:
        return  # a relative URL, the most common kind
    scheme = script_scheme(url)
    if scheme is not None:
        yield Finding(
            f"a {scheme}: URL (in {name}= of <{tag}>)",
            "it runs script when followed; link to a page instead: [text](https://…) or [text](other-post.md)",
            _url_needles(tag, name, url) + (re.escape(scheme),),
        )
    elif is_non_image_data_url(url):
        yield Finding(
            f"a data: URL that is not an image (in {name}= of <{tag}>)",
            "put the file into docs/assets/ and link to it",
            _url_needles(tag, name, url) + (r"data:",),
        )


def _url_needles(tag: str, name: str, url: str) -> tuple[str, ...]:
    """The URL as written (Markdown links keep it), else the attribute, else the tag."""
    written = (re.escape(url.strip()),) if url.strip() else ()
    return written + (rf"\b{re.escape(name)}\s*=", rf"<{re.escape(tag)}\b")


def _elsewhere(action: str | None) -> bool:
    """Whether a form's target is another site (an absolute URL or another host); a script URL
    is found as such (`_url`)."""
    if action is None or is_script_url(action):
        return False
    parts = urlsplit(_URL_SPACE.sub("", action).strip())
    return bool(parts.scheme or parts.netloc)


def _document_tag(tag: str) -> Finding:
    return Finding(
        f"<{tag}>", "a post or page is part of a page that has its own; remove the tag",
        (rf"<{tag}(?=[\s/>]|$)",),
    )


# The check ---------------------------------------------------------------------------------------

FIELD = "active content"


def refuse_active_content(documents: Sequence[RenderedDocument]) -> list[Problem]:
    """A document validator (`feder.checks`): every piece of active content, at its file line."""
    problems = []
    for document in documents:
        for finding in find_active_content(document.html):
            problems.append(Problem(document.path, document.line_of(finding.needles), FIELD, finding.message))
    return problems
