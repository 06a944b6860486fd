"""A Content-Security-Policy for every page, as a <meta> tag.

GitHub Pages cannot send response headers, so each HTML page carries its own
policy in `<meta http-equiv="Content-Security-Policy">`. Scripts may come only
from the site itself (which may compile WebAssembly, for the search), plus the
inline scripts that the theme's templates emit,
each allowed by the sha256 hash of its exact text: an injected inline script,
an event-handler attribute or a `javascript:` URL does not run.

The policy trusts templates, not pages: the inline scripts a page may have are
derived from the theme's script partials (`partials/javascripts/*.html`, where
Material keeps every inline script it emits), as patterns in which only a base
path may vary. An inline script in a page that matches none of them is never
hashed: the build fails and names the page's source file. Content cannot reach
this point with a script (feder refuses active content in posts and pages, see
`feder.content.activecontent`); this is the second line.

Registered under `hooks:` in mkdocs.yml. It runs after every other handler, so
it hashes the final HTML that is written to site/.
"""
from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.pages import Page

from feder.registry import registry_of

log = get_plugin_logger(__name__)

# Everything else falls back to default-src 'self'. Each page's script-src gets the
# hashes of its (trusted) inline scripts after the sources listed here.
BASE_POLICY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'self'",)),
    # The site's search (Pagefind, feder-search) compiles its WebAssembly module in the page;
    # 'wasm-unsafe-eval' allows that and nothing else (no eval, no inline script).
    ("script-src", ("'self'", "'wasm-unsafe-eval'")),
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

CHARSET_META = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE | re.ASCII)
HEAD_TAG = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE | re.ASCII)


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


# Trusted scripts: derived from the theme's templates ----------------------------------------

SCRIPT_PARTIALS = "partials/javascripts"
"""Where Material keeps the inline scripts of its pages, one partial per feature. feder's own
templates emit none (their scripts are files); a template that needs one belongs here too."""

BASE_PATH = r"[A-Za-z0-9._~/-]*"
"""What a template expression may print inside a trusted script: a relative or absolute
path (`..`, `../..`, `/feder/`). No quote, backslash, colon or percent sign: it can neither
end its JavaScript string nor make a `javascript:` URL."""

_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
_JINJA_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.DOTALL)


class UntrustableTemplate(ValueError):
    """A script partial whose inline script cannot be described by a pattern (a theme upgrade)."""


@dataclass(frozen=True)
class TrustedScript:
    template: str
    """The template it comes from, e.g. `partials/javascripts/base.html`."""
    pattern: re.Pattern[str]
    """Matches the whole text of the script as the template renders it."""

    def matches(self, script: str) -> bool:
        return self.pattern.fullmatch(script) is not None


def script_pattern(script: str, template: str) -> re.Pattern[str]:
    """The texts a template's inline script can render to: its text, with every `{{ … }}` a base path.

    An expression must be a whole JavaScript string (`"{{ base_url }}"`), and no `{% … %}` may
    be inside the script; anything else is refused, so that a new kind of inline script in the
    theme fails loudly instead of widening the policy.
    """
    if "{%" in script:
        raise UntrustableTemplate(
            f"{template}: an inline script with template logic inside cannot be trusted by a pattern"
        )
    parts: list[str] = []
    position = 0
    for expression in _JINJA_EXPRESSION.finditer(script):
        before, after = script[expression.start() - 1:expression.start()], script[expression.end():expression.end() + 1]
        if before != '"' or after != '"':
            raise UntrustableTemplate(
                f"{template}: `{expression.group(0)}` is not a whole JavaScript string in an inline script; "
                "only base paths in strings can be trusted"
            )
        parts += [re.escape(script[position:expression.start()]), BASE_PATH]
        position = expression.end()
    parts.append(re.escape(script[position:]))
    return re.compile("".join(parts))


def trusted_scripts(theme_dirs: Sequence[str | Path]) -> tuple[TrustedScript, ...]:
    """Every inline script of the theme's script partials; of two folders with one partial, the first wins."""
    partials: dict[str, Path] = {}
    for folder in theme_dirs:
        directory = Path(folder) / SCRIPT_PARTIALS
        for path in sorted(directory.glob("*.html")) if directory.is_dir() else ():
            partials.setdefault(f"{SCRIPT_PARTIALS}/{path.name}", path)
    trusted = []
    for name, path in sorted(partials.items()):
        source = _JINJA_COMMENT.sub("", path.read_text(encoding="utf-8"))
        trusted += [TrustedScript(name, script_pattern(script, name)) for script in inline_scripts(source)]
    return tuple(trusted)


def untrusted(scripts: Iterable[str], trusted: Sequence[TrustedScript]) -> list[str]:
    return [script for script in scripts if not any(known.matches(script) for known in trusted)]


# The policy -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PagePolicy:
    policy: str
    untrusted: tuple[str, ...] = ()
    """Inline scripts of the page that no template emits: not in the policy, and a build error."""


def policy_for(html: str, trusted: Sequence[TrustedScript]) -> PagePolicy:
    """The page's policy: the base policy, and in script-src the hash of each trusted inline script."""
    scripts = list(dict.fromkeys(inline_scripts(html)))
    foreign = untrusted(scripts, trusted)
    hashes = tuple(script_hash(script) for script in scripts if script not in foreign)
    directives = [(name, (*sources, *hashes) if name == "script-src" else sources) for name, sources in BASE_POLICY]
    return PagePolicy("; ".join(" ".join((name, *sources)) for name, sources in directives), tuple(foreign))


def add_policy(html: str, policy: str) -> str:
    """The page with its policy as the first element after <meta charset> (before any script or style)."""
    # The policy contains only ASCII names, quotes and base64: nothing to escape in an attribute.
    meta = f'\n  <meta http-equiv="Content-Security-Policy" content="{policy}">'
    anchor = CHARSET_META.search(html) or HEAD_TAG.search(html)
    if anchor is None:
        raise ValueError("the page has neither <meta charset> nor <head>; cannot place its Content-Security-Policy")
    return html[: anchor.end()] + meta + html[anchor.end():]


# MkDocs events ----------------------------------------------------------------------------

class _Build:
    """What one build needs: the trusted scripts of its theme, the pages with foreign scripts."""

    def __init__(self, config: MkDocsConfig) -> None:
        self.trusted = trusted_scripts(list(config.theme.dirs))
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self.foreign: dict[str, tuple[str, ...]] = {}


_serving = False
_build: _Build | None = None


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


@event_priority(-1000)  # after every plugin's on_env: the theme's folders are final
def on_env(env, config: MkDocsConfig, files):
    global _build
    _build = _Build(config)
    return env


@event_priority(-1000)  # after every other handler: hash the HTML as it is written
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _protect(output, _source_name(page), _memo(config))


@event_priority(-1000)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html and extra HTML templates; not sitemap.xml.
    if not template_name.endswith(".html"):
        return output_content
    return _protect(output_content, template_name, _memo(config))


def on_post_build(config: MkDocsConfig) -> None:
    """All pages with inline scripts that no template emits, at once; they were written without them allowed."""
    if _build is None or not _build.foreign:
        return
    found = "\n".join(_foreign(name, scripts) for name, scripts in sorted(_build.foreign.items()))
    raise PluginError(
        f"{len(_build.foreign)} page(s) contain an inline script that no template emits; the page policy allows "
        "only the theme's own scripts. Put behaviour in an explainer or a script file, not into a page:\n" + found
    )


def _foreign(name: str, scripts: tuple[str, ...]) -> str:
    more = f" (and {len(scripts) - 1} more)" if len(scripts) > 1 else ""
    return f"{name}: inline script {_preview(scripts[0])}{more}"


def _source_name(page: Page) -> str:
    """The page's source as the author knows it: `docs/about.md`, `posts/x.de.md`."""
    source = page.file.abs_src_path
    if source and _build is not None:
        return Path(os.path.relpath(source, _build.root)).as_posix()
    return page.file.src_uri


def _preview(script: str) -> str:
    text = " ".join(script.split())
    return f"`{text[:60]}…`" if len(text) > 60 else f"`{text}`"


def _memo(config: MkDocsConfig) -> MutableMapping[str, str] | None:
    """A store of derived texts kept across builds (`feder.registry`), when feder caches: most pages
    are the same as last time, and hashing a page is about five times faster than finding its scripts."""
    return registry_of(config).derived("csp-policy")


def _page_policy(html: str, trusted: Sequence[TrustedScript], memo: MutableMapping[str, str] | None) -> PagePolicy:
    """Policies of pages without foreign scripts are remembered by the page's exact text (the
    memo's folder covers the theme, code and configuration, which decide what is trusted)."""
    key = hashlib.sha256(html.encode("utf-8")).hexdigest() if memo is not None else ""
    found = memo.get(key) if memo is not None else None
    if found is not None:
        return PagePolicy(found)
    policy = policy_for(html, trusted)
    if memo is not None and not policy.untrusted:
        memo[key] = policy.policy
    return policy


def _protect(html: str, name: str, memo: MutableMapping[str, str] | None = None) -> str:
    if _serving:
        # `mkdocs serve` injects its live-reload script, which differs per request and
        # could not be allowed by hash; the preview runs without a policy.
        return html
    if _build is None:
        raise PluginError("hooks/csp.py: on_env did not run before the first page; cannot know the theme's scripts")
    policy = _page_policy(html, _build.trusted, memo)
    if policy.untrusted:
        _build.foreign[name] = policy.untrusted
    try:
        return add_policy(html, policy.policy)
    except ValueError as error:
        log.warning(f"{name}: {error}")
        return html
