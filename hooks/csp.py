"""A Content-Security-Policy for every page, as a <meta> tag.

GitHub Pages cannot send response headers, so each HTML page carries its own
policy in `<meta http-equiv="Content-Security-Policy">`. Scripts may come only
from the site itself (which may compile WebAssembly, for the search), plus the
inline scripts that page actually contains,
each allowed by the sha256 hash of its exact text: an injected inline script,
an event-handler attribute or a `javascript:` URL does not run.

Registered under `hooks:` in mkdocs.yml. It runs after every other handler, so
it hashes the final HTML that is written to site/.
"""
from __future__ import annotations

import base64
import hashlib
import re
from html import unescape
from typing import Callable, MutableMapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.pages import Page

log = get_plugin_logger(__name__)

# Everything else falls back to default-src 'self'.
BASE_POLICY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'self'",)),
    # Material's stylesheets draw their icons as `data:` SVG masks; no other image source is needed.
    ("img-src", ("'self'", "data:")),
    ("style-src", ("'self'",)),
    ("object-src", ("'none'",)),
    ("base-uri", ("'self'",)),
    ("form-action", ("'self'",)),
)

# The site's search (Pagefind, feder-search) compiles its WebAssembly module in the page;
# 'wasm-unsafe-eval' allows that and nothing else (no eval, no inline script).
SCRIPT_SOURCES = ("'wasm-unsafe-eval'",)

# `type` values of <script> that the browser executes; every other type is a data block
# (e.g. Material's `application/json` config), which CSP does not govern and we do not hash.
# https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
JAVASCRIPT_TYPES = frozenset(
    {
        "", "module", "importmap", "speculationrules",
        "application/ecmascript", "application/javascript", "application/x-ecmascript",
        "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
        "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
        "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
    }
)

CHARSET_META = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE | re.ASCII)
HEAD_TAG = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE | re.ASCII)

_serving = False


def is_executable(type_attribute: str | None) -> bool:
    """Whether a <script> with this `type` runs (and so needs a hash) or is inert data."""
    if type_attribute is None:
        return True
    essence = type_attribute.split(";")[0].strip().lower()
    return essence in JAVASCRIPT_TYPES


# The HTML tokenizer, as far as inline scripts are concerned
# (https://html.spec.whatwg.org/multipage/parsing.html#tokenization): a tag's attribute
# values may hold `<` and `>`; comments, doctypes and processing instructions hide what is
# inside them; and the content of a few elements is text up to their end tag, not markup.
_SPACE = r"[\t\n\f\r ]"
_ATTRIBUTE_NAME = r"[^\t\n\f\r />][^\t\n\f\r />=]*+"  # its first character may be `=`
_ATTRIBUTES = (
    rf"(?:(?:{_SPACE}|/)*+"                                   # between attributes
    rf"{_ATTRIBUTE_NAME}"
    rf"(?:{_SPACE}*+={_SPACE}*+(?:\"[^\"]*+\"?|'[^']*+'?|[^\t\n\f\r >]*+))?+"  # = value
    rf")*+(?:{_SPACE}|/)*+"
)
# Raw text and RCDATA elements; `noscript` too, as in every browser that runs scripts.
_TEXT_ELEMENTS = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript")
_TEXT_ELEMENT_NAME = rf"(?i:{'|'.join(_TEXT_ELEMENTS)})(?=[\t\n\f\r />]|\Z)"
_NOT_TEXT_ELEMENT = re.compile(
    # Everything up to the next start tag of a text element, in one match: text, comments
    # (also `<!-->` and one never closed), doctypes and `<?…>`, end tags, other start tags,
    # and a `<` that opens nothing.
    r"(?:[^<]++"
    r"|<!--(?:>|->|.*?(?:--!?>|\Z))"
    r"|<[!?][^>]*+>?"
    rf"|</[a-zA-Z][^\t\n\f\r />]*+{_ATTRIBUTES}>?"
    r"|</[^>]*+>?"
    rf"|<(?!{_TEXT_ELEMENT_NAME})[a-zA-Z][^\t\n\f\r />]*+{_ATTRIBUTES}(?:>|\Z)"
    r"|<(?![a-zA-Z!?/])"
    r")*+",
    re.DOTALL,
)
_TEXT_ELEMENT_START = re.compile(rf"<({_TEXT_ELEMENT_NAME})({_ATTRIBUTES})(?:>|\Z)")
_TEXT_ELEMENT_END = {name: re.compile(rf"</{name}(?=[\t\n\f\r />])", re.IGNORECASE) for name in _TEXT_ELEMENTS}
_ATTRIBUTE = re.compile(  # one attribute, its name and value captured
    rf"({_ATTRIBUTE_NAME})"
    rf"(?:{_SPACE}*+={_SPACE}*+(?:\"([^\"]*+)\"?|'([^']*+)'?|([^\t\n\f\r >]*+)))?+"
)


def _attributes(text: str) -> dict[str, str]:
    """A start tag's attributes by lower-case name; of two with one name, the first counts."""
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found.setdefault(name, unescape(value))
    return found


def inline_scripts(page: str) -> list[str]:
    """The exact text of every executable inline <script> of the page, as a browser tokenizes it.

    A script never closed is not run by the browser and not returned. Line breaks are
    normalised as the browser does before it hashes the text. Not modelled: the content
    of inline SVG and MathML, where `<script>` is parsed as markup, and a script whose
    text holds `<!--<script>` (the tokenizer's "double-escaped" states). In both the
    scripts found differ from the browser's, so their hashes do not match: the script
    is blocked, never a foreign one allowed.
    """
    scripts: list[str] = []
    position = 0
    while (element := _TEXT_ELEMENT_START.match(page, _NOT_TEXT_ELEMENT.match(page, position).end())) is not None:
        name = element.group(1).lower()
        closing = _TEXT_ELEMENT_END[name].search(page, element.end())
        if closing is None:
            break  # the rest of the page is this element's text
        if name == "script":
            attributes = _attributes(element.group(2))
            if "src" not in attributes and is_executable(attributes.get("type")):
                text = page[element.end():closing.start()]
                scripts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
        position = closing.start()
    return scripts


def script_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy_for(html: str) -> str:
    """The page's policy: the base policy plus a script-src with the hash of each inline script."""
    hashes = list(dict.fromkeys(script_hash(script) for script in inline_scripts(html)))
    directives = [*BASE_POLICY[:1], ("script-src", ("'self'", *SCRIPT_SOURCES, *hashes)), *BASE_POLICY[1:]]
    return "; ".join(" ".join((name, *sources)) for name, sources in directives)


def add_policy(html: str, memo: MutableMapping[str, str] | None = None) -> str:
    """The page with its policy as the first element after <meta charset> (before any script or style).

    `memo` keeps policies across builds, by the page's exact text (see `_memo`).
    """
    policy = _remembered(policy_for, html, memo)
    # The policy contains only ASCII names, quotes and base64: nothing to escape in an attribute.
    meta = f'\n  <meta http-equiv="Content-Security-Policy" content="{policy}">'
    anchor = CHARSET_META.search(html) or HEAD_TAG.search(html)
    if anchor is None:
        raise ValueError("the page has neither <meta charset> nor <head>; cannot place its Content-Security-Policy")
    return html[: anchor.end()] + meta + html[anchor.end():]


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


@event_priority(-1000)  # after every other handler: hash the HTML as it is written
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _protect(output, page.file.src_uri, _memo(config))


@event_priority(-1000)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html and extra HTML templates; not sitemap.xml.
    if not template_name.endswith(".html"):
        return output_content
    return _protect(output_content, template_name, _memo(config))


def _memo(config: MkDocsConfig) -> MutableMapping[str, str] | None:
    """The feder plugin's store of derived texts, if it caches (feder.cache): most pages are the
    same as last time, and hashing a page is about five times faster than finding its scripts."""
    cache = getattr(config.plugins.get("feder"), "cache", None)
    derived = getattr(cache, "derived", None)
    return derived("csp-policy") if derived is not None else None


def _remembered(compute: Callable[[str], str], html: str, memo: MutableMapping[str, str] | None) -> str:
    if memo is None:
        return compute(html)
    key = hashlib.sha256(html.encode("utf-8")).hexdigest()
    found = memo.get(key)
    if found is None:
        found = memo[key] = compute(html)
    return found


def _protect(html: str, name: str, memo: MutableMapping[str, str] | None = None) -> str:
    if _serving:
        # `mkdocs serve` injects its live-reload script, which differs per request and
        # could not be allowed by hash; the preview runs without a policy.
        return html
    try:
        return add_policy(html, memo)
    except ValueError as error:
        log.warning(f"{name}: {error}")
        return html
