"""The search in Debian's Chromium, on a built site served over HTTP under /feder/.

Nothing of the search loads before it is opened; results are in the page's language;
the dialog works by keyboard alone (APG modal dialog) and axe finds nothing in it; the
page's Content-Security-Policy allows everything it does; indexed text stays text.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field

import pytest
from mkdocs.commands.build import build
from playwright.sync_api import expect

from tests.search.searchsite import HOSTILE_TITLE, SearchSite, serving
from tests.support.browser import REPORT_VIOLATIONS, SiteServer, launch
from tests.support.sitebuilder import make_site, post
from tests.support.tools import chromium, node_module

pytestmark = pytest.mark.browser

DIALOG = "[data-feder-search]"
STATUS = "[data-feder-search-status]"
RESULT_LINKS = ".feder-search__result a"
ACTIVE_INSIDE_DIALOG = "document.querySelector('[data-feder-search]').contains(document.activeElement)"


@dataclass
class Record:
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)


class Tab:
    """One fresh browser context and page over the served site, recording what happens."""

    def __init__(self, browser, server: SiteServer, *, javascript: bool = True) -> None:
        self.server = server
        self.record = Record()
        self.context = browser.new_context(
            service_workers="block", viewport={"width": 1280, "height": 900}, java_script_enabled=javascript,
        )
        self.context.expose_function("federViolation", lambda violation: self.record.violations.append(violation))
        self.context.add_init_script(REPORT_VIOLATIONS)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.record.requests.append(request.url))
        self.page.on("console", lambda message: self.record.console.append(f"{message.type}: {message.text}"))
        self.page.on("pageerror", lambda error: self.record.errors.append(str(error)))

    def open(self, url: str) -> None:
        self.page.goto(self.server.base_url + url, wait_until="networkidle")

    def search_requests(self) -> list[str]:
        """Requests for anything of a search index (`pagefind/`, `en/pagefind/`)."""
        return [url for url in self.record.requests if url.startswith(self.server.base_url) and "/pagefind/" in url]

    def type_query(self, query: str) -> None:
        self.page.locator("[data-feder-search-query]").press_sequentially(query, delay=20)
        # Locators, not wait_for_function: that evaluates a string, which the page policy forbids.
        self.page.locator(STATUS, has_text=query).wait_for()

    def result_links(self) -> list[str]:
        return self.page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")

    def active(self, script: str = "document.activeElement.id || document.activeElement.className"):
        return self.page.evaluate(script)

    def dialog_open(self) -> bool:
        return self.page.evaluate(f"document.querySelector('{DIALOG}').open")


@pytest.fixture(scope="module")
def search_browser(playwright_driver):
    chromium()
    browser = launch(playwright_driver)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def server(search_site):
    with SiteServer(search_site.site_dir, search_site.base_path) as running:
        yield running


@pytest.fixture
def tab(search_browser, server):
    opened = Tab(search_browser, server)
    yield opened
    opened.context.close()


@pytest.mark.parametrize("url, index, lang, query", [
    ("posts/vertrieb-01/", "pagefind/", "de", "vertrieb"), ("en/posts/vertrieb-01/", "en/pagefind/", "en", "sales"),
])
def test_nothing_of_the_search_is_requested_before_it_is_opened(tab, server, url, index, lang, query):
    tab.open(url)
    tab.page.hover("[data-feder-search-open]")
    tab.page.focus("[data-feder-search-open]")
    tab.page.wait_for_load_state("networkidle")
    assert tab.search_requests() == []
    tab.page.click("[data-feder-search-open]")
    tab.type_query(query)
    loaded = tab.search_requests()
    assert loaded and all(request.startswith(server.base_url + index) for request in loaded)
    names = {request.rsplit("/", 1)[-1].split("?")[0] for request in loaded}
    assert {"pagefind.js", f"wasm.{lang}.pagefind"} <= names


def test_a_search_on_a_german_page_lists_german_pages(tab, server):
    tab.open("posts/vertrieb-02/")
    tab.page.keyboard.press("/")
    tab.type_query("vertrieb")
    links = tab.result_links()
    assert len(links) == 10 and all(link.startswith(server.base_url) for link in links)
    assert [link for link in links if link.startswith(server.base_url + "en/")] == []
    status = tab.page.inner_text(STATUS)
    assert status == "14 Treffer für „vertrieb“"  # 12 posts, the one with markup in its title, "Über uns"
    dates = tab.page.eval_on_selector_all(".feder-search__date", "times => times.map(t => [t.dateTime, t.textContent])")
    assert ["2024-01-12", "12. Januar 2024"] in dates
    tab.page.click("[data-feder-search-more]")
    tab.page.locator(RESULT_LINKS).nth(10).wait_for()
    assert tab.active("document.activeElement.href") == tab.result_links()[10]  # focus on the first new result


def test_a_search_on_an_english_page_lists_english_pages(tab, server):
    tab.open("en/posts/vertrieb-01/")
    tab.page.keyboard.press("s")
    tab.type_query("sales")
    links = tab.result_links()
    assert links and all(link.startswith(server.base_url + "en/") for link in links)
    assert tab.page.inner_text(STATUS) == f"{len(links)} results for “sales”"
    assert tab.page.inner_text("#feder-search-title") == "Search"
    dates = tab.page.eval_on_selector_all(".feder-search__date", "times => times.map(t => t.textContent)")
    assert "January 1, 2024" in dates


def test_keyboard_alone_open_type_choose_and_go(tab, server):
    tab.open("posts/vertrieb-03/")
    tab.page.keyboard.press("f")
    assert tab.dialog_open() and tab.active() == "feder-search-query"
    tab.type_query("vertrieb")
    first, second = tab.result_links()[:2]
    tab.page.keyboard.press("ArrowDown")
    assert tab.active("document.activeElement.href") == first
    tab.page.keyboard.press("ArrowDown")
    assert tab.active("document.activeElement.href") == second
    tab.page.keyboard.press("ArrowUp")
    tab.page.keyboard.press("ArrowUp")
    assert tab.active() == "feder-search-query"
    tab.page.keyboard.press("ArrowDown")
    tab.page.keyboard.press("ArrowDown")
    with tab.page.expect_navigation():
        tab.page.keyboard.press("Enter")
    assert tab.page.url == second


def test_the_button_opens_and_escape_closes_and_returns_focus_to_it(tab):
    tab.open("about/")
    tab.page.focus("[data-feder-search-open]")
    tab.page.keyboard.press("Enter")
    assert tab.dialog_open() and tab.active() == "feder-search-query"
    tab.page.keyboard.type("kunden")
    tab.page.keyboard.press("Escape")  # in a search field, once is enough
    tab.page.locator(DIALOG).wait_for(state="hidden")
    expect(tab.page.locator("[data-feder-search-open]")).to_be_focused()


def test_tab_stays_inside_the_dialog(tab):
    tab.open("posts/vertrieb-04/")
    tab.page.keyboard.press("/")
    tab.type_query("vertrieb")
    stops = 2 + len(tab.result_links()) + 1  # close button, field, results, "more"
    seen = []
    for _ in range(stops + 2):
        tab.page.keyboard.press("Tab")
        assert tab.page.evaluate(ACTIVE_INSIDE_DIALOG)
        seen.append(tab.active("document.activeElement.outerHTML.slice(0, 60)"))
    assert seen[stops] == seen[0]  # round and back to the start
    tab.page.focus("[data-feder-search-close]")
    tab.page.keyboard.press("Shift+Tab")
    assert tab.page.evaluate("document.activeElement.hasAttribute('data-feder-search-more')")


def test_shortcuts_are_left_alone_while_the_reader_types(tab):
    tab.open("posts/vertrieb-01/")
    tab.page.evaluate(
        "document.querySelector('main').prepend(Object.assign(document.createElement('input'), {id: 'typing'}))"
    )
    tab.page.focus("#typing")
    tab.page.keyboard.type("s/f")
    assert not tab.dialog_open() and tab.page.input_value("#typing") == "s/f"


def test_axe_finds_nothing_in_the_open_dialog(tab):
    tab.open("posts/vertrieb-05/")
    tab.page.keyboard.press("/")
    tab.type_query("vertrieb")
    tab.page.evaluate(node_module("axe-core/axe.min.js").read_text(encoding="utf-8"))
    in_dialog = tab.page.evaluate(f"axe.run('{DIALOG}', {{resultTypes: ['violations']}})")["violations"]
    assert [(violation["id"], violation["impact"]) for violation in in_dialog] == []
    page = tab.page.evaluate("axe.run(document, {resultTypes: ['violations']})")["violations"]
    assert [v["id"] for v in page if v["impact"] in ("serious", "critical")] == []


def test_the_page_policy_allows_the_search(tab):
    tab.open("en/posts/vertrieb-02/")
    tab.page.keyboard.press("/")
    tab.type_query("customers")
    assert tab.record.violations == []
    assert [line for line in tab.record.console if "Content Security Policy" in line or line.startswith("error")] == []
    assert tab.record.errors == []


def test_indexed_text_stays_text(tab):
    tab.open("posts/vertrieb-01/")
    tab.page.keyboard.press("/")
    tab.type_query("titel")
    result = tab.page.locator(".feder-search__result", has_text="im Titel")
    assert result.locator("a").inner_text() == HOSTILE_TITLE
    assert result.locator("img, script, b").count() == 0
    assert result.locator("mark").count() >= 1
    assert "<img src=x" in result.locator(".feder-search__excerpt").inner_text()
    assert tab.page.evaluate("window.federHijacked") is None


def test_without_javascript_the_control_opens_the_archive(search_browser, server):
    tab = Tab(search_browser, server, javascript=False)
    try:
        tab.open("en/posts/vertrieb-01/")
        assert tab.page.is_hidden("[data-feder-search-open]")
        tab.page.click("[data-feder-search-link]")
        tab.page.wait_for_load_state()
        assert tab.page.url == server.base_url + "en/archive/"
    finally:
        tab.context.close()


def test_the_preview_says_when_its_index_is_older_than_the_page(search_browser, tmp_path):
    make_site(tmp_path, {"posts/a.de.md": post("Vertrieb A", body="Der Vertrieb.\n")})
    site = SearchSite(tmp_path)
    with serving(site) as (config, search):
        build(config)
        search.background.wait()
    stamp = site.site_dir / "pagefind" / "feder-index.json"
    with SiteServer(site.site_dir, site.base_path) as server:
        tab = Tab(search_browser, server)
        try:
            notice = tab.page.locator("[data-feder-search-notice]")
            tab.open("posts/a/")
            tab.page.keyboard.press("/")
            tab.type_query("vertrieb")  # the index is loaded once its age is known
            assert notice.is_hidden()

            stamp.write_text(json.dumps({"built": str(int(json.loads(stamp.read_text())["built"]) - 1)}))
            tab.open("posts/a/")
            tab.page.keyboard.press("/")
            tab.type_query("vertrieb")
            assert notice.inner_text().startswith("Der Suchindex ist älter als diese Seite")

            shutil.rmtree(site.site_dir / "pagefind")
            tab.open("posts/a/")
            tab.page.keyboard.press("/")
            notice.filter(has_text="Der Suchindex wird noch erstellt").wait_for()
        finally:
            tab.context.close()
