"""The open page follows the preview by itself: to the problems when a post breaks, back when it is fixed."""
from __future__ import annotations

import pytest

from tests.serve.serving import WAIT
from tests.support.sitebuilder import post
from tests.support.tools import CHROMIUM_ARGS, chromium

pytestmark = pytest.mark.browser


@pytest.fixture
def browser(playwright_driver):
    browser = playwright_driver.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def test_the_open_page_shows_the_problems_in_its_language_and_the_post_again(preview, browser):
    preview.wait_for("en/posts/a/", lambda status, page: status == 200)
    page = browser.new_page()
    page.goto(preview.base_url + "en/posts/a/")
    assert page.locator("h1").first.inner_text() == "A post"

    preview.site.write({"posts/a.en.md": "---\ntitle: A post\ndate: 2024-03-31\ndraft: maybe\n---\nText.\n"})
    heading = page.locator("section:not([hidden]) h1")
    heading.wait_for(timeout=WAIT * 1000)
    assert heading.inner_text() == "The content has errors"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert "posts/a.en.md:4: draft:" in page.locator("li code").inner_text()

    preview.site.write({"posts/a.en.md": post("A post, fixed", body="Text.\n")})
    page.locator("h1", has_text="A post, fixed").wait_for(timeout=WAIT * 1000)
