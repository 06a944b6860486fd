"""Gate 4 (static half): every page carries a Content-Security-Policy that allows only its own scripts.

The browser half (zero `securitypolicyviolation` events) is in test_browser.py.
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import re
import sys

import lxml.html
import pytest

from tests.support.tools import REPO

spec = importlib.util.spec_from_file_location("feder_hooks_csp", REPO / "hooks" / "csp.py")
csp = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = csp  # as MkDocs loads hooks (dataclasses need it)
spec.loader.exec_module(csp)

# The tokenizer tests trust whatever a page has; the trusted list is tested in tests/security/test_policy.py.
EVERYTHING = [csp.TrustedScript("any", re.compile(r".*", re.DOTALL))]

PAGE = """<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>t</title>
  <script>var a = "</div>" && 1 < 2;</script>
  <script src="x.js"></script>
  <script id="__config" type="application/json">{"a": 1}</script>
  <script type="module">import "./m.js"</script>
</head>
<body><p>ä &amp; ö</p><script>var a = "</div>" && 1 < 2;</script><script type="text/javascript">ümlaut()</script></body>
</html>
"""


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for directive in filter(None, (part.strip() for part in policy.split(";"))):
        name, *sources = directive.split()
        assert name not in parsed, f"directive {name} twice in {policy}"
        parsed[name] = sources
    return parsed


def meta_policy(document: lxml.html.HtmlElement) -> str:
    metas = document.xpath('//meta[translate(@http-equiv, "CONTENT-SECURITYPOLICY", "content-securitypolicy")'
                           ' = "content-security-policy"]')
    assert len(metas) == 1, f"{len(metas)} CSP meta elements"
    return metas[0].get("content")


# The hook -------------------------------------------------------------------------------------

def test_hook_hashes_each_executable_inline_script_once_and_skips_data_blocks():
    policy = directives(csp.policy_for(PAGE, EVERYTHING).policy)
    assert policy["script-src"] == [
        "'self'", "'wasm-unsafe-eval'",
        sha256('var a = "</div>" && 1 < 2;'), sha256('import "./m.js"'), sha256("ümlaut()"),
    ]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.parametrize("type_attribute, runs", [
    (None, True), ("", True), ("text/javascript", True), ("module", True), (" Text/JavaScript ; charset=utf-8", True),
    ("application/json", False), ("application/ld+json", False), ("text/x-template", False),
])
def test_which_scripts_run(type_attribute, runs):
    assert csp.is_executable(type_attribute) is runs


def test_hook_puts_the_policy_before_every_script_and_stylesheet():
    document = lxml.html.document_fromstring(csp.add_policy(PAGE, csp.policy_for(PAGE, EVERYTHING).policy))
    head = document.find("head")
    assert [child.tag for child in head][:2] == ["meta", "meta"]
    assert head[0].get("charset") == "utf-8" and head[1].get("http-equiv") == "Content-Security-Policy"
    assert directives(meta_policy(document))["script-src"][0] == "'self'"


def test_hook_leaves_pages_alone_under_mkdocs_serve():
    """`mkdocs serve` injects a live-reload script that no hash could allow."""
    csp.on_startup(command="serve", dirty=False)
    try:
        assert csp._protect(PAGE, "x.md") == PAGE
    finally:
        csp.on_startup(command="build", dirty=False)


# The gate on the built site -------------------------------------------------------------------

def executable_inline_scripts(document: lxml.html.HtmlElement) -> list[str]:
    """An independent reading of the page (lxml, not the hook's parser)."""
    return [s.text or "" for s in document.iter("script") if s.get("src") is None and csp.is_executable(s.get("type"))]


def test_gate_every_page_allows_exactly_its_own_inline_scripts(built_site):
    problems = []
    for path in built_site.html_files:
        name = path.relative_to(built_site.root).as_posix()
        document = built_site.parse(path)
        policy = directives(meta_policy(document))
        # 'wasm-unsafe-eval': the search (Pagefind) compiles WebAssembly; no eval, no inline script.
        hashes = dict.fromkeys(sha256(text) for text in executable_inline_scripts(document))
        expected = ["'self'", "'wasm-unsafe-eval'", *hashes]
        if policy.get("default-src") != ["'self'"]:
            problems.append(f"{name}: default-src is {policy.get('default-src')}, expected 'self'")
        if policy.get("script-src") != expected:
            problems.append(f"{name}: script-src is {policy.get('script-src')}, expected {expected}")
        for directive, sources in policy.items():
            unsafe = [s for s in sources if s.startswith("'unsafe-") or s in ("*", "http:", "https:")]
            if unsafe and not (directive.startswith("style-src") and unsafe == ["'unsafe-inline'"]):
                problems.append(f"{name}: {directive} allows {unsafe}")
    assert not problems, "\n".join(problems)


def test_gate_the_policy_comes_before_any_script_or_stylesheet(built_site):
    late = []
    for path in built_site.html_files:
        head = built_site.parse(path).find("head")
        tags = [(child.tag, child.get("http-equiv") or child.get("rel") or "")
                for child in head if isinstance(child.tag, str)]
        position = next(i for i, (_, kind) in enumerate(tags) if kind.lower() == "content-security-policy")
        if any(tag in ("script", "style") or kind == "stylesheet" for tag, kind in tags[:position]):
            late.append(path.relative_to(built_site.root).as_posix())
    assert late == []


def test_gate_no_inline_event_handlers(built_site):
    """`onclick=` and friends would need 'unsafe-hashes'; the policy blocks them, so none may exist."""
    found = []
    for path in built_site.html_files:
        for element in built_site.parse(path).iter():
            if isinstance(element.tag, str):
                found += [f"{path.relative_to(built_site.root)}:{element.sourceline}: {name}" for name in element.attrib
                          if name.lower().startswith("on")]
    assert found == []

