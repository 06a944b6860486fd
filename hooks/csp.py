"""A Content-Security-Policy for every page, as a <meta> tag.

GitHub Pages cannot send response headers, so each HTML page carries its own
policy in `<meta http-equiv="Content-Security-Policy">`. Scripts may come only
from the site itself, plus the inline scripts that page actually contains,
each allowed by the sha256 hash of its exact text: an injected inline script,
an event-handler attribute or a `javascript:` URL does not run.

Registered under `hooks:` in mkdocs.yml. It runs after every other handler, so
it hashes the final HTML that is written to site/.
"""
from __future__ import annotations

import base64
import hashlib
import re
import html.parser
from html.parser import HTMLParser
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

_TAG_NAME = html.parser.tagfind_tolerant
"""How the parser reads a start tag's name (the same expression)."""

CHARSET_META = re.compile(rb"<meta\s+charset=[^>]*>", re.IGNORECASE)
HEAD_TAG = re.compile(rb"<head(\s[^>]*)?>", re.IGNORECASE)

_serving = False


def is_executable(type_attribute: str | None) -> bool:
    """Whether a <script> with this `type` runs (and so needs a hash) or is inert data."""
    if type_attribute is None:
        return True
    essence = type_attribute.split(";")[0].strip().lower()
    return essence in JAVASCRIPT_TYPES


class _InlineScripts(HTMLParser):
    """Collects the exact text of every executable inline <script>, as a browser tokenizes it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        attributes = dict(attrs)
        if "src" not in attributes and is_executable(attributes.get("type")):
            self._current = []

    def handle_data(self, data: str) -> None:
        # Script content is raw text: the parser neither decodes entities in it nor splits it at tags.
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None

    def parse_starttag(self, i: int) -> int:
        # Reading every tag's attributes is most of the parser's time, and only <script> and
        # <style> (whose content is raw text) change what follows: any other tag is skipped
        # whole, exactly where the full parse would end it.
        match = _TAG_NAME.match(self.rawdata, i + 1)
        if match is None or match.group(1).lower() in self.CDATA_CONTENT_ELEMENTS:
            return super().parse_starttag(i)
        end = self.check_for_whole_start_tag(i)
        if end >= 0:
            self.lasttag = match.group(1).lower()
        return end


def inline_scripts(html: str) -> list[str]:
    parser = _InlineScripts()
    parser.feed(html)
    parser.close()
    return parser.scripts


def script_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy_for(html: str) -> str:
    """The page's policy: the base policy plus a script-src with the hash of each inline script."""
    hashes = list(dict.fromkeys(script_hash(script) for script in inline_scripts(html)))
    directives = [*BASE_POLICY[:1], ("script-src", ("'self'", *hashes)), *BASE_POLICY[1:]]
    return "; ".join(" ".join((name, *sources)) for name, sources in directives)


def add_policy(html: str, memo: MutableMapping[str, str] | None = None) -> str:
    """The page with its policy as the first element after <meta charset> (before any script or style).

    `memo` keeps policies across builds, by the page's exact text (see `_memo`).
    """
    policy = _remembered(policy_for, html, memo)
    # The policy contains only ASCII names, quotes and base64: nothing to escape in an attribute.
    meta = f'\n  <meta http-equiv="Content-Security-Policy" content="{policy}">'.encode("utf-8")
    data = html.encode("utf-8")
    anchor = CHARSET_META.search(data) or HEAD_TAG.search(data)
    if anchor is None:
        raise ValueError("the page has neither <meta charset> nor <head>; cannot place its Content-Security-Policy")
    return (data[: anchor.end()] + meta + data[anchor.end():]).decode("utf-8")


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
    """The feder plugin's store of derived texts, if it caches (feder.cache): finding the inline
    scripts of a page takes longer than rendering it, and most pages are the same as last time."""
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
