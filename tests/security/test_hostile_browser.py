"""Nothing from content runs: every page of the hostile site in headless Chromium.

Every page is opened (and the site's search is used with a word of the payload, so
results with hostile titles are shown); any dialog, any Content-Security-
Policy violation (an injected handler or script the policy blocked) and any script error
fails the test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.browser import SiteServer, Visitor, launch
from tests.support.tools import chromium

pytestmark = pytest.mark.browser


class DialogWatch:
    """Records every alert/confirm/prompt a page opens, and closes it."""

    def __init__(self, visitor: Visitor) -> None:
        self.seen: list[str] = []
        visitor.page.on("dialog", lambda dialog: self._record(visitor, dialog))

    def _record(self, visitor: Visitor, dialog) -> None:
        self.seen.append(f"{visitor.page.url}: {dialog.type}({dialog.message!r})")
        dialog.dismiss()


@pytest.fixture(scope="module")
def hostile_browser(request):
    chromium()  # skip (or fail under CI) before starting Playwright when there is no browser
    browser = launch(request.getfixturevalue("playwright_driver"))
    yield browser
    browser.close()


def page_urls(site_dir: Path) -> list[str]:
    urls = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        urls.append(relative[: -len("index.html")] if path.name == "index.html" else relative)
    return urls


@pytest.fixture(scope="module")
def hostile_run(hostile_site, hostile_browser):
    site_dir = hostile_site.site.site_dir
    with SiteServer(site_dir, "/") as server, Visitor(server, hostile_browser) as visitor:
        dialogs = DialogWatch(visitor)
        for url in page_urls(site_dir):
            visitor.visit(url)
        searched = []
        if visitor.page.locator("[data-feder-search-open]").count():
            searched = visitor.search("", "onerror")
        return visitor.seen, dialogs.seen, searched


def test_the_instruments_see_a_dialog(tmp_path, hostile_browser):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>t</title></head>"
        "<body><script>alert('caught')</script></body></html>", encoding="utf-8",
    )
    with SiteServer(tmp_path) as server, Visitor(server, hostile_browser) as visitor:
        dialogs = DialogWatch(visitor)
        visitor.visit("")
    assert dialogs.seen and "caught" in dialogs.seen[0]


def test_every_page_was_opened(hostile_run, hostile_site):
    seen, _, _ = hostile_run
    urls = page_urls(hostile_site.site.site_dir)
    assert len(urls) > 20 and set(urls) <= {url.lstrip("/") for url in seen.visited}


def test_no_dialog_opens_on_any_page(hostile_run):
    _, dialogs, _ = hostile_run
    assert dialogs == []


def test_the_policy_blocks_nothing_because_nothing_was_injected(hostile_run):
    seen, _, _ = hostile_run
    assert seen.violations == []


def test_no_script_errors(hostile_run):
    seen, _, _ = hostile_run
    assert seen.script_errors == []


def test_search_results_with_hostile_titles_are_text(hostile_run, hostile_site):
    seen, dialogs, searched = hostile_run
    assert (hostile_site.site.site_dir / "pagefind").is_dir(), "the hostile site has no search index"
    assert searched, "searching a word of the payload found nothing"
    assert (dialogs, seen.violations) == ([], [])
