"""Gates 3, 4 (browser half) and 5 in headless Chromium.

3. No third-party requests: the set of other hosts contacted is empty.
4. Content-Security-Policy: zero `securitypolicyviolation` events.
5. Accessibility: axe-core finds no serious or critical violation.

Visited in both languages: the home page, the archive, a tag page, an author page, the
static pages, the newest post and one post of every distinct set of scripts, styles
and custom elements (so every explainer is loaded), the 404 page, and the search with
a typed query.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest

from tests.support.browser import SiteServer, Visitor, launch
from tests.support.tools import chromium, node_module

pytestmark = pytest.mark.browser

AXE = "axe-core/axe.min.js"


def page_signature(path: Path, url: str) -> tuple:
    """What a page loads beyond text: scripts, stylesheets, custom elements (explainers)."""
    document = lxml.html.parse(str(path)).getroot()
    scripts = sorted(urljoin(f"/{url}", s.get("src")) for s in document.iter("script") if s.get("src"))
    styles = sorted(
        urljoin(f"/{url}", link.get("href")) for link in document.iter("link") if link.get("rel") == "stylesheet"
    )
    custom = sorted({el.tag for el in document.iter() if isinstance(el.tag, str) and "-" in el.tag})
    classes = sorted({c for el in document.iter() if isinstance(el.tag, str) for c in el.get("class", "").split()
                      if "explainer" in c})
    return tuple(scripts), tuple(styles), tuple(custom), tuple(classes)


def pages_to_visit(site) -> list[str]:
    chosen: list[str] = []
    for lang in site.languages:
        prefix = site.prefix(lang)
        others = tuple(site.prefix(o) for o in site.languages if o != lang and site.prefix(o))
        urls = [site.url_of(p) for p in site.html_files if p.name == "index.html"]
        urls = [u for u in urls if u.startswith(prefix) and not u.startswith(others)]
        kinds: dict[str, list[str]] = {}
        for url in urls:
            head = url[len(prefix):].split("/", 1)[0]
            kinds.setdefault(head, []).append(url)
        posts = sorted(kinds.pop("posts", []))
        kinds.pop("page", None)  # further home pages: the same template as the first
        for head, group in sorted(kinds.items()):
            if head in ("authors", "tags"):
                index = [u for u in group if u == f"{prefix}{head}/"]
                entries = [u for u in group if u != f"{prefix}{head}/"]
                chosen += index + entries[:1]
            else:
                chosen += group
        newest = newest_post(site, lang)
        seen: set[tuple] = set()
        for url in ([newest] if newest else []) + posts:
            signature = page_signature(site.file_of(url), url)
            if url == newest or signature not in seen:
                seen.add(signature)
                if url not in chosen:
                    chosen.append(url)
    chosen.append("404.html")
    return chosen


def newest_post(site, lang: str) -> str | None:
    """The first post linked from the language's home page (lists are newest first)."""
    home = site.parse(site.file_of(site.prefix(lang)))
    for a in home.iter("a"):
        target = urljoin(f"/{site.prefix(lang)}", a.get("href", ""))
        if re.fullmatch(rf"/{re.escape(site.prefix(lang))}posts/[^/]+/", target):
            return target.lstrip("/")
    return None


def search_query(site, lang: str) -> str:
    """The longest word of the title of the language's newest post."""
    newest = newest_post(site, lang)
    if newest is not None:
        title = site.parse(site.file_of(newest)).find(".//h1").text_content()
        words = re.findall(r"[^\W\d_]{4,}", title)
        if words:
            return max(words, key=len)
    pytest.fail(f"no {lang} post title to search for")


@pytest.fixture(scope="module")
def site_browser(request):
    chromium()  # skip (or fail under CI) before starting Playwright when there is no browser
    browser = launch(request.getfixturevalue("playwright_driver"))
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def browser_run(built_site, site_browser):
    axe = node_module(AXE).read_text(encoding="utf-8")
    searches: dict[str, tuple[str, list[str]]] = {}
    with SiteServer(built_site.root, built_site.base_path) as server, Visitor(server, site_browser, axe) as visitor:
        for url in pages_to_visit(built_site):
            visitor.visit(url)
        for lang in built_site.languages:
            query = search_query(built_site, lang)
            searches[lang] = (query, visitor.search(built_site.prefix(lang), query))
        return server.base_url, visitor.seen, searches


def test_instruments_see_third_party_requests_and_violations(tmp_path, site_browser):
    """The recording works: a page with a tracker pixel and an unhashed inline script is caught."""
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'self'; img-src 'self' https:\">"
        "<title>t</title></head><body><main><h1>t</h1><img src='https://tracker.example/p.gif' alt=''>"
        "<script>document.title = 'x'</script></main></body></html>",
        encoding="utf-8",
    )
    with SiteServer(tmp_path) as server, Visitor(server, site_browser) as visitor:
        visitor.visit("")
    assert set(visitor.seen.other_hosts) == {"tracker.example"}
    assert [v["directive"] for v in visitor.seen.violations] == ["script-src-elem"]


def test_gate_no_request_to_another_host(browser_run):
    _, seen, _ = browser_run
    assert len(seen.visited) >= 10, seen.visited
    assert dict(seen.other_hosts) == {}


def test_gate_no_content_security_policy_violations(browser_run):
    _, seen, _ = browser_run
    assert seen.violations == []


def test_no_script_errors_and_no_failed_requests(browser_run):
    _, seen, _ = browser_run
    assert (seen.script_errors, seen.failed) == ([], [])


def test_gate_no_serious_accessibility_violations(browser_run):
    _, seen, _ = browser_run
    found = {page: violations for page, violations in seen.axe.items() if violations}
    report = "\n".join(
        f"{page}: {v['impact']} {v['id']}: {v['help']} at {v['targets']}\n    {v['summary']}"
        for page, violations in found.items() for v in violations
    )
    assert not found, report
    assert any("search:" in page for page in seen.axe), "axe also ran with search results open"


def test_search_finds_pages_in_the_page_language(browser_run, built_site):
    base_url, _, searches = browser_run
    for lang, (query, results) in searches.items():
        assert results, f"searching {query!r} on the {lang} home page found nothing"
        own = base_url + built_site.prefix(lang)
        others = [base_url + built_site.prefix(o) for o in built_site.languages if o != lang and built_site.prefix(o)]
        wrong = [r for r in results if not r.startswith(own) or any(r.startswith(o) for o in others)]
        assert wrong == [], f"{lang} search for {query!r} led to other languages"
