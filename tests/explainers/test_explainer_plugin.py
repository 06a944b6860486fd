"""The MkDocs adapter on a feder site: blocks become explainers, assets only where used,
bad parameters fail the build with every problem and `path:line`."""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html
from mkdocs.exceptions import Abort

from feder.checks import feature_checks, feature_validators
from feder.explainers import validate_posts
from tests.explainers.explainer_site import ABOUT, ENGLISH, GERMAN, PLAIN, TWO, build_explainer_site
from tests.support.sitebuilder import post


def page(site: Path, url: str):
    return lxml_html.fromstring((site / url / "index.html").read_bytes())


def assets(doc) -> list[str]:
    links = doc.xpath("//head/link[@rel='stylesheet']/@href | //head/script/@src")
    return [href for href in links if "feder/explainers" in href]


def test_blocks_become_explainers_in_order_and_code_stays_code(built_site):
    doc = page(built_site, GERMAN)
    sections = doc.xpath("//section[@data-feder-explainer]")
    assert [s.get("data-feder-explainer") for s in sections] == ["bani", "funnel", "qualification", "stakeholders"]
    assert sections[2].getparent().tag == "li"  # the block indented in a list item stays in it
    codes = doc.xpath("//pre//code")
    assert len(codes) == 2
    assert "```funnel" in codes[0].text_content()  # the example inside ````markdown is shown as code
    assert "gewöhnlicher Codeblock" in codes[1].text_content()
    assert doc.xpath("//*[contains(text(), 'FederExplainerSlot')]") == []


def test_assets_are_linked_relative_to_the_page_and_exist(built_site):
    for url in (GERMAN, ENGLISH, TWO, ABOUT):
        doc = page(built_site, url)
        used = {s.get("data-feder-explainer") for s in doc.xpath("//section[@data-feder-explainer]")}
        assert used, url
        links = assets(doc)
        names = {urlsplit(link).path.rsplit("/", 1)[-1] for link in links}
        expected = {"explainers.css"} | {f"{n}.css" for n in used} | {f"{n}.js" for n in used}
        if used & {"bani", "funnel"}:
            expected.add("tabs.js")
        assert names == expected, url
        for link in links:
            assert not link.startswith(("/", "http")), link
            target = urlsplit(urljoin("http://127.0.0.1/" + url, link)).path.lstrip("/")
            assert (built_site / target).is_file(), link
    assert assets(page(built_site, PLAIN)) == []
    assert assets(page(built_site, "")) == []  # the home page lists posts, it does not run explainers


def test_scripts_are_deferred_files_and_pages_have_no_inline_handlers(built_site):
    doc = page(built_site, GERMAN)
    scripts = doc.xpath("//script[contains(@src, 'feder/explainers')]")
    assert scripts
    for script in scripts:
        assert script.get("defer") is not None and not (script.text or "").strip()
    for section in doc.xpath("//section[@data-feder-explainer]"):
        assert section.xpath(".//script") == []
        assert [a for a in section.xpath(".//@*") if a.attrname.startswith("on")] == []


def test_page_language_decides_the_text(built_site):
    german = page(built_site, GERMAN).xpath("//section[@data-feder-explainer='bani']")[0]
    english = page(built_site, ENGLISH).xpath("//section[@data-feder-explainer='bani']")[0]
    assert german.get("lang") == "de" and "Die Antwort" in german.text_content()
    assert english.get("lang") == "en" and "The answer" in english.text_content()


def test_two_funnels_on_one_page_are_independent_instances(built_site):
    doc = page(built_site, TWO)
    funnels = doc.xpath("//section[@data-feder-explainer='funnel']")
    assert [f.get("id") for f in funnels] == ["explainer-funnel-1", "explainer-funnel-2"]
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert [th.text_content() for th in funnels[1].xpath(".//tbody/tr/th")] == ["Besuch", "Lead", "Angebot", "Kunde"]


def test_the_explainer_validator_is_a_site_check_when_the_plugin_is_on(tmp_path):
    from feder.content.loading import SiteSources

    sources = SiteSources.from_options(tmp_path, {})  # the tags file check needs to know where the site is
    with_explainers = feature_checks(["feder", "feder-explainers", "feder-search"])  # by entry point, as `feder check`
    assert validate_posts in feature_validators(with_explainers, sources)
    assert validate_posts not in feature_validators(feature_checks(["feder", "feder-search"]), sources)


def _errors(caplog) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)


def test_bad_post_parameters_fail_the_build_before_anything_is_written(tmp_path, caplog):
    body = "Absatz.\n\n```funnel\nrates: [5, 40, 120, 60, 25]\n```\n\n```funel\n```\n"
    with pytest.raises(Abort):
        build_explainer_site(tmp_path, {
            "posts/kaputt.de.md": post("Kaputt", body=body),
            "posts/auch.de.md": post("Auch", body="Text.\n\n```bani\nselect: brittle\n```\n"),
        })
    message = _errors(caplog)
    # post() writes 4 frontmatter lines (---, title, date, ---): the body starts on line 5.
    assert "posts/kaputt.de.md:8: funnel.rates (item 3): 120 is outside 0–100 (a percentage)" in message
    assert 'posts/kaputt.de.md:11: explainer: unknown explainer "funel"; did you mean "funnel"?' in message
    assert 'posts/auch.de.md:8: bani.select: unknown parameter; did you mean "selected"?' in message
    assert not (tmp_path / "site").exists()


def test_bad_parameters_in_a_page_fail_the_build_with_its_path(tmp_path, caplog):
    with pytest.raises(Abort):
        build_explainer_site(
            tmp_path, {"docs/about.md": "---\ntitle: x\n---\n# Über uns\n\n```qualification\nchecked: [money]\n```\n"}
        )
    message = _errors(caplog)
    assert 'docs/about.md:7: qualification.checked (item 1): got the text "money"; choose one of:' in message
    assert not (tmp_path / "site" / "about" / "index.html").exists()
