"""The explainers in Debian's Chromium, on the site built by MkDocs (conftest.built_site).

Every page is served from 127.0.0.1 by a stdlib server; any request to another host
is aborted and counted, and so are console errors, page errors and failed requests.
"""
from __future__ import annotations

import pytest

from feder.explainers.funnel_model import Scenario, compute
from feder.explainers.numbers import format_money, format_number
from tests.explainers.explainer_browser import (
    ALL_BUT_EXPLAINERS,
    EXPLAINERS_ONLY,
    Visit,
    axe_serious,
    open_visit,
    ready,
)
from tests.explainers.explainer_site import ENGLISH, GERMAN, TWO

pytestmark = pytest.mark.browser


def _fragment(visit: Visit) -> str:
    # page.url follows history.replaceState only after an event round trip; ask the page.
    return visit.page.evaluate("location.hash.slice(1)")


def _text(visit: Visit, selector: str) -> str:
    return visit.page.locator(selector).inner_text()


PAGES = [GERMAN, ENGLISH, TWO]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_clean_and_axe_finds_nothing_serious_in_explainers(visit, path):
    visit.open(path)
    ready(visit)
    assert axe_serious(visit, EXPLAINERS_ONLY) == []
    visit.assert_clean()


def test_rest_of_the_page_has_nothing_serious_for_axe(visit):
    visit.open(GERMAN)
    ready(visit)
    assert axe_serious(visit, ALL_BUT_EXPLAINERS) == []


@pytest.mark.parametrize("path", [GERMAN, ENGLISH])
def test_axe_and_layout_at_320_pixels(chromium, server, path):
    context, visit = open_visit(chromium, server, viewport={"width": 320, "height": 640})
    try:
        visit.open(path)
        ready(visit)
        overflowing = visit.page.evaluate(
            """() => [...document.querySelectorAll('[data-feder-explainer]')]
                 .filter(s => s.scrollWidth > s.clientWidth + 1 || s.getBoundingClientRect().right > 321)
                 .map(s => s.id)"""
        )
        assert overflowing == []
        assert axe_serious(visit, EXPLAINERS_ONLY) == []
        visit.assert_clean()
    finally:
        context.close()


def test_bani_tabs_follow_the_aria_pattern(visit):
    visit.open(GERMAN)
    ready(visit)
    page = visit.page
    root = "#explainer-bani-1"
    tabs = page.locator(f"{root} [role=tab]")
    assert tabs.count() == 4
    assert page.locator(f"{root} dl").count() == 0  # the list became panels

    def state():
        return (
            page.evaluate("document.activeElement.id"),
            [tabs.nth(i).get_attribute("aria-selected") for i in range(4)],
            [tabs.nth(i).get_attribute("tabindex") for i in range(4)],
            [page.locator(f"{root} [role=tabpanel]").nth(i).is_visible() for i in range(4)],
        )

    tabs.nth(0).focus()
    page.keyboard.press("ArrowRight")
    assert state() == (
        "explainer-bani-1-tab-anxious", ["false", "true", "false", "false"],
        ["-1", "0", "-1", "-1"], [False, True, False, False],
    )
    page.keyboard.press("End")
    assert state()[0] == "explainer-bani-1-tab-incomprehensible"
    page.keyboard.press("ArrowRight")  # wraps around
    assert state()[0] == "explainer-bani-1-tab-brittle"
    page.keyboard.press("ArrowLeft")
    assert state()[0] == "explainer-bani-1-tab-incomprehensible"
    page.keyboard.press("Home")
    assert state()[1] == ["true", "false", "false", "false"]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Tab")  # one tab stop for the tab list: next comes the open panel
    assert page.evaluate("document.activeElement.id") == "explainer-bani-1-brittle"
    panel = page.locator("#explainer-bani-1-brittle")
    assert panel.get_attribute("role") == "tabpanel"
    assert panel.get_attribute("aria-labelledby") == "explainer-bani-1-tab-brittle"

    toggle = page.locator(f"{root} .feder-explainer__toggle")
    comparison = page.locator("#explainer-bani-1-compare")
    assert toggle.get_attribute("aria-expanded") == "false" and not comparison.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and comparison.is_visible()
    assert "Volatility" in comparison.inner_text()
    visit.assert_clean()


def _expected(visitors=20_000, rates=(5, 40, 50, 60, 25)) -> dict:
    result = compute(Scenario(visitors, tuple(rates), 5_000, 3, 2_000, 20, 2, 3))
    return {
        "customers": format_number(result.customers, "de"),
        "first_year_revenue": format_money(result.first_year_revenue, "de"),
        "extra_customers": format_number(result.loop.extra_customers, "de"),
    }


def test_funnel_inputs_update_outputs_and_the_fragment(visit):
    visit.open(GERMAN)
    ready(visit)
    page = visit.page
    root = "#explainer-funnel-1"
    assert _text(visit, f"{root} [data-feder-out=customers]") == _expected()["customers"] == "30"

    page.locator(f"{root}-visitors").fill("12345")
    expected = _expected(visitors=12_345)
    assert _text(visit, f"{root} [data-feder-out=customers]") == expected["customers"]
    assert _text(visit, f"{root} [data-feder-out=first_year_revenue]") == expected["first_year_revenue"]
    assert _text(visit, f"{root} [data-feder-out=count-0]") == "12.345"

    slider = page.locator(f"{root}-rate-0-range")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.locator(f"{root}-rate-0-number").input_value() == "5.2"
    expected = _expected(visitors=12_345, rates=(5.2, 40, 50, 60, 25))
    assert _text(visit, f"{root} [data-feder-out=customers]") == expected["customers"]
    assert _text(visit, f"{root} [data-feder-out=rate-0]") == "5,2\u00a0%"

    fragment = _fragment(visit)
    assert "funnel-1.visitors=12345" in fragment and "funnel-1.rates=5.2%2C40%2C50%2C60%2C25" in fragment

    # An impossible value is flagged and does not change the result.
    page.locator(f"{root}-rate-1-number").fill("140")
    assert page.locator(f"{root}-rate-1-number").get_attribute("aria-invalid") == "true"
    assert _text(visit, f"{root} [data-feder-out=customers]") == expected["customers"]

    page.reload()
    ready(visit)
    assert page.locator(f"{root}-visitors").input_value() == "12345"
    assert page.locator(f"{root}-rate-0-range").input_value() == "5.2"
    assert _text(visit, f"{root} [data-feder-out=customers]") == expected["customers"]

    page.locator(f"{root} [data-feder-reset]").click()
    assert _text(visit, f"{root} [data-feder-out=customers]") == _expected()["customers"]
    assert _fragment(visit) == ""
    visit.assert_clean()


def test_fragment_restores_one_of_two_funnels(visit):
    visit.open(TWO + "#funnel-2.visitors=500&funnel-2.rates=10,50,100")
    ready(visit)
    assert _text(visit, "#explainer-funnel-2 [data-feder-out=count-0]") == "500"
    assert _text(visit, "#explainer-funnel-2 [data-feder-out=customers]") == "25"  # 500 × 10 % × 50 % × 100 %
    assert _text(visit, "#explainer-funnel-1 [data-feder-out=count-0]") == "10.000"  # untouched
    # Changing the first keeps the second's scenario in the fragment.
    visit.page.locator("#explainer-funnel-1-visitors").fill("300")
    fragment = _fragment(visit)
    assert "funnel-1.visitors=300" in fragment and "funnel-2.visitors=500" in fragment
    visit.assert_clean()


def test_funnel_loop_view_is_a_tab_and_counts_referrals(visit):
    visit.open(ENGLISH)
    ready(visit)
    page = visit.page
    root = "#explainer-funnel-1"
    loop_tab = page.locator(f"{root}-tab-loop")
    page.locator(f"{root}-tab-funnel").focus()
    page.keyboard.press("ArrowRight")
    assert loop_tab.get_attribute("aria-selected") == "true"
    assert page.locator(f"{root}-view-loop").is_visible() and not page.locator(f"{root}-view-funnel").is_visible()
    page.locator(f"{root}-referral-rate-number").fill("100")
    page.locator(f"{root}-leads-per-reference").fill("8")
    # 15 customers; referred leads enter at SQL and convert 60 % × 25 % = 15 %:
    # factor = 100 % × 8 leads × 15 % = 1.2, so the series is capped at 10 rounds.
    result = compute(Scenario(10_000, (5, 40, 50, 60, 25), 5_000, 3, 2_000, 100, 8, 3))
    assert _text(visit, f"{root} [data-feder-out=factor]") == format_number(result.loop.factor, "en", 3) == "1.2"
    assert _text(visit, f"{root} [data-feder-out=extra_customers]") == format_number(result.loop.extra_customers, "en")
    assert "at most 10 referral rounds" in _text(visit, f"{root} [data-feder-out=loop_cap]")
    visit.assert_clean()


def test_stakeholders_move_with_selects_and_announce_the_tactic(visit):
    visit.open(ENGLISH)
    ready(visit)
    page = visit.page
    root = "#explainer-stakeholders-1"
    cfo = f"{root} [data-feder-person='1']"
    assert page.locator(f"{root} [data-feder-quadrant=high_low] {cfo.split(' ', 1)[1]}").count() == 1
    support = page.locator(f"{root}-person-1-support")
    support.focus()
    page.keyboard.press("ArrowUp")  # a closed select changes with the arrow keys
    if support.input_value() != "high":
        support.select_option("high")
    assert page.locator(f"{root} [data-feder-quadrant=high_high] [data-feder-person='1']").count() == 1
    assert page.locator(f"{root} [data-feder-quadrant=high_low] li").count() == 0
    assert page.locator(f"{root} [data-feder-quadrant=high_low] .feder-stakeholders__empty").is_visible()
    status = _text(visit, f"{root} [data-feder-out=status]")
    assert status.startswith("CFO is now in: High influence, high support. Tactic: Involve closely")
    assert page.locator(f"{root} [data-feder-out=status]").get_attribute("aria-live") == "polite"
    visit.assert_clean()


def test_qualification_checkboxes_give_the_category(visit):
    visit.open(ENGLISH)
    ready(visit)
    page = visit.page
    root = "#explainer-qualification-1"
    category = f"{root} [data-feder-out=category]"
    assert _text(visit, category) == "C lead"
    for key, expected in (("budget", "C lead"), ("need", "B lead"), ("timing", "B lead"), ("authority", "A lead")):
        page.locator(f"{root}-{key}").focus()
        page.keyboard.press("Space")
        assert _text(visit, category) == expected, key
    assert _text(visit, f"{root} [data-feder-out=missing]") == "All criteria are clarified."
    assert "Hand over to sales" in _text(visit, f"{root} [data-feder-out=next]")
    assert page.locator(f"{root} .feder-qualification__current").get_attribute("data-feder-category") == "A"
    visit.assert_clean()


def test_without_javascript_the_static_content_is_shown(chromium, server):
    context, visit = open_visit(chromium, server, java_script_enabled=False)
    try:
        visit.open(GERMAN)
        page = visit.page
        assert page.locator("[data-feder-ready]").count() == 0
        assert page.locator("#explainer-bani-1 dl dt").count() == 4
        assert all(page.locator("#explainer-bani-1 dl dt").nth(i).is_visible() for i in range(4))
        assert page.locator("#explainer-bani-1-compare table").is_visible()
        assert page.locator("#explainer-funnel-1 table tbody tr").count() == 6
        assert page.locator("#explainer-funnel-1 [data-feder-out=customers]").is_visible()
        assert page.locator("#explainer-stakeholders-1 [data-feder-quadrant] li").count() == 5
        assert page.locator("#explainer-qualification-1 table").is_visible()
        # Controls that would do nothing are not shown.
        for selector in ("[role=tablist]", "input", "select", "button.feder-explainer__toggle", "[data-feder-reset]"):
            items = page.locator(f"[data-feder-explainer] {selector}")
            assert all(not items.nth(i).is_visible() for i in range(items.count())), selector
        visit.assert_clean()
    finally:
        context.close()


def test_print_shows_every_bani_trait_and_no_controls(visit):
    visit.open(GERMAN)
    ready(visit)
    page = visit.page
    page.emulate_media(media="print")
    panels = page.locator("#explainer-bani-1 [role=tabpanel]")
    assert all(panels.nth(i).is_visible() for i in range(4))
    assert not page.locator("#explainer-bani-1 [role=tablist]").is_visible()
    assert not page.locator("#explainer-funnel-1-visitors").is_visible()
    assert page.locator("#explainer-funnel-1-view-loop").is_visible()
