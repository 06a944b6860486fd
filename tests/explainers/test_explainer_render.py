"""Server-rendered explainers: meaningful HTML without JavaScript, checked with lxml."""
import json

import pytest
from lxml import html as lxml_html

from feder.explainers import PageRenderer, scan
from feder.explainers.numbers import format_money, format_number

ALL = "```bani\n```\n\n```funnel\n```\n\n```stakeholders\n```\n\n```qualification\n```\n"


def render(markdown, lang="de"):
    renderer = PageRenderer(lang)
    result = scan(markdown, path="posts/x.de.md")
    assert result.problems == []
    fragment = "".join(renderer.render(block) for block in result.blocks)
    return lxml_html.fragment_fromstring(fragment, create_parent="div"), renderer


def visible(element):
    """Elements a browser without JavaScript shows: not inside anything `hidden`."""
    return not any(node.get("hidden") is not None for node in [element, *element.iterancestors()])


def test_all_explainers_render_with_unique_ids_and_record_their_use():
    root, renderer = render(ALL + ALL)
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids))
    sections = root.xpath("//section[@data-feder-explainer]")
    assert [s.get("id") for s in sections] == [
        "explainer-bani-1", "explainer-funnel-1", "explainer-stakeholders-1", "explainer-qualification-1",
        "explainer-bani-2", "explainer-funnel-2", "explainer-stakeholders-2", "explainer-qualification-2",
    ]
    assert renderer.used == {"bani", "funnel", "stakeholders", "qualification"}
    # Every id reference points inside the same explainer.
    for section in sections:
        for attribute in ("aria-controls", "aria-labelledby", "aria-describedby", "for"):
            for value in section.xpath(f".//@{attribute} | @{attribute}"):
                for target in value.split():
                    assert section.xpath(f"descendant-or-self::*[@id='{target}']"), (attribute, target)
    # Two of a kind get distinguishable names.
    titles = [root.get_element_by_id(f"{s.get('id')}-title").text_content() for s in sections]
    assert titles[1] == "Sales Funnel" and titles[5] == "Sales Funnel (2)"


def test_no_script_and_no_event_handler_attributes():
    root, _ = render(ALL)
    assert root.xpath("//script") == []
    assert [a for a in root.xpath("//@*") if a.attrname.lower().startswith("on")] == []


def test_bani_is_a_definition_list_of_four_traits_in_the_page_language():
    root, _ = render("```bani\n```\n", "de")
    terms = [dt.text_content() for dt in root.xpath("//dl[@class='feder-bani__traits']//dt")]
    assert terms == [
        "Brittle (brüchig)", "Anxious (ängstlich)", "Non-linear (nichtlinear)", "Incomprehensible (unverständlich)",
    ]
    assert all(visible(dt) for dt in root.xpath("//dt"))
    tabs = root.xpath("//*[@role='tab']")
    assert [t.get("tabindex") for t in tabs] == ["0", "-1", "-1", "-1"]
    assert not visible(root.xpath("//*[@role='tablist']")[0])
    en, _ = render("```bani\nselected: anxious\n```\n", "en")
    assert [t.get("tabindex") for t in en.xpath("//*[@role='tab']")] == ["-1", "0", "-1", "-1"]
    assert en.xpath("//*[@role='tab']/@aria-selected") == [], "no selected tab before the script adds the tabpanels"
    assert en.xpath("//caption")[0].text_content() == "BANI and the older VUCA model"


def test_funnel_default_scenario_is_a_table_and_results_are_live():
    root, _ = render("```funnel\n```\n", "de")
    rows = root.xpath("//table[contains(@class,'feder-funnel__table')]/tbody/tr")
    cells = [(r.xpath("th")[0].text_content(), r.xpath("td")[0].text_content()) for r in rows]
    assert cells == [
        ("Awareness", "10.000"), ("Lead", "500"), ("MQL", "200"), ("SQL", "100"), ("Opportunity", "60"),
        ("Kunde", "15"),
    ]
    outputs = {dd.get("data-feder-out"): dd.text_content() for dd in root.xpath("//dd[@data-feder-out]")}
    assert outputs["customers"] == "15"
    assert outputs["overall"] == "0,15\u00a0%"
    assert outputs["first_year_revenue"] == format_money(75_000, "de") == "75.000\u00a0€"
    assert outputs["clv"] == "9.000\u00a0€"
    live = root.xpath("//*[@aria-live='polite']")
    assert len(live) == 2 and all(visible(region) for region in live)


def test_funnel_controls_are_native_labelled_inputs_hidden_without_javascript():
    root, _ = render("```funnel\nstages: [Visit, Lead, Deal]\nrates: [10, 20]\n```\n", "en")
    inputs = root.xpath("//input")
    assert {i.get("type") for i in inputs} == {"number", "range"}
    for element in inputs:
        labels = root.xpath(f"//label[@for='{element.get('id')}']")
        assert len(labels) == 1 and labels[0].text_content().strip()
        assert not visible(element)
    ranges = root.xpath("//input[@type='range']")
    assert [(r.get("min"), r.get("max"), r.get("value")) for r in ranges][:2] == [
        ("0", "100", "10.0"),
        ("0", "100", "20.0"),
    ]
    config = json.loads(root.xpath("//section")[0].get("data-feder-config"))
    assert config["defaults"]["rates"] == [10, 20] and config["stages"] == ["Visit", "Lead", "Deal"]


def test_stakeholders_grid_places_people_by_influence_and_support():
    root, _ = render(
        "```stakeholders\nstakeholders:\n"
        "  - {name: '<Anna & Co>', group: sponsor, influence: high, support: low}\n"
        "  - {name: Ben, group: opinion_leader, influence: low, support: high}\n```\n", "en")
    quadrant = {q.get("data-feder-quadrant"): q for q in root.xpath("//*[@data-feder-quadrant]")}
    assert [li.text_content() for li in quadrant["high_low"].xpath(".//li")] == ["<Anna & Co> (Sponsor)"]
    assert [li.text_content() for li in quadrant["low_high"].xpath(".//li")] == ["Ben (Opinion leader)"]
    assert quadrant["high_high"].xpath(".//p[contains(@class,'empty')]")[0].get("hidden") is None
    assert "Talk early and in person" in quadrant["high_low"].text_content()
    selects = root.xpath("//select")
    assert len(selects) == 4 and all(s.get("aria-labelledby") for s in selects)


def test_text_is_escaped():
    root, _ = render("```funnel\ntitle: '<script>alert(1)</script>'\n```\n", "en")
    assert root.xpath("//script") == []
    assert root.xpath("//p[@class='feder-explainer__title']")[0].text_content() == "<script>alert(1)</script>"


def test_qualification_shows_categories_and_the_example_lead():
    root, _ = render("```qualification\nchecked: [budget, need, timing]\n```\n", "de")
    rows = root.xpath("//table//tbody/tr/th")
    assert [r.text_content() for r in rows] == ["A-Lead", "B-Lead", "C-Lead"]
    result = root.xpath("//*[@data-feder-out='category']")[0]
    assert result.text_content() == "B-Lead" and visible(result)
    assert root.xpath("//*[@data-feder-out='missing']")[0].text_content() == "Noch zu klären: Unterschriftsberechtigung"
    boxes = root.xpath("//input[@type='checkbox']")
    assert [b.get("value") for b in boxes if b.get("checked") is not None] == ["budget", "need", "timing"]
    plain, _ = render("```qualification\n```\n", "de")
    assert not visible(plain.xpath("//*[@data-feder-out='category']")[0])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_both_languages_render(lang):
    root, _ = render(ALL, lang)
    assert {s.get("lang") for s in root.xpath("//section[@data-feder-explainer]")} == {lang}
    count = root.xpath("//*[@data-feder-out='count-0']")[0].text_content()
    assert count == format_number(10_000, lang)
