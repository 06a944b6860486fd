"""The MkDocs adapter: blocks become explainers, assets only where used, errors fail the build."""
from __future__ import annotations

import sys
import types
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin

from conftest import MKDOCS_YML, build_site, write_site


def page(site: Path, name: str):
    return lxml_html.fromstring((site / name).read_bytes())


def assets(doc) -> list[str]:
    links = doc.xpath("//head/link[@rel='stylesheet']/@href | //head/script/@src")
    return [href for href in links if "feder/explainers" in href]


def test_blocks_become_explainers_in_order_and_code_stays_code(built_site):
    doc = page(built_site, "index.html")
    sections = doc.xpath("//section[@data-feder-explainer]")
    assert [s.get("data-feder-explainer") for s in sections] == ["bani", "funnel", "qualification", "stakeholders"]
    assert sections[2].getparent().tag == "li"  # the block indented in a list item stays in it
    codes = doc.xpath("//pre//code")
    assert len(codes) == 2
    assert "```funnel" in codes[0].text_content()  # the example inside ````markdown is shown as code
    assert "gewöhnlicher Codeblock" in codes[1].text_content()
    assert doc.xpath("//*[contains(text(), 'FederExplainerSlot')]") == []


def test_assets_are_linked_relative_to_the_page_and_exist(built_site):
    for name in ("index.html", "en/index.html", "zwei-funnels/index.html"):
        doc = page(built_site, name)
        used = {s.get("data-feder-explainer") for s in doc.xpath("//section[@data-feder-explainer]")}
        urls = assets(doc)
        files = {urlsplit(u).path.rsplit("/", 1)[-1] for u in urls}
        expected = {"explainers.css"} | {f"{n}.css" for n in used} | {f"{n}.js" for n in used}
        if used & {"bani", "funnel"}:
            expected.add("tabs.js")
        assert files == expected, name
        base = "http://127.0.0.1/" + name
        for url in urls:
            target = urlsplit(urljoin(base, url)).path.lstrip("/")
            assert (built_site / target).is_file(), url
            assert not url.startswith(("/", "http")), url
    assert assets(page(built_site, "ohne/index.html")) == []


def test_scripts_are_deferred_files_and_pages_have_no_inline_handlers(built_site):
    doc = page(built_site, "index.html")
    for script in doc.xpath("//script[contains(@src, 'feder/explainers')]"):
        assert script.get("defer") is not None and not (script.text or "").strip()
    for section in doc.xpath("//section[@data-feder-explainer]"):
        assert section.xpath(".//script") == []
        assert [a for a in section.xpath(".//@*") if a.attrname.startswith("on")] == []


def test_page_language_decides_the_text(built_site):
    german = page(built_site, "index.html").xpath("//section[@data-feder-explainer='bani']")[0]
    english = page(built_site, "en/index.html").xpath("//section[@data-feder-explainer='bani']")[0]
    assert german.get("lang") == "de" and "Die Antwort" in german.text_content()
    assert english.get("lang") == "en" and "The answer" in english.text_content()


def test_two_funnels_on_one_page_are_independent_instances(built_site):
    doc = page(built_site, "zwei-funnels/index.html")
    funnels = doc.xpath("//section[@data-feder-explainer='funnel']")
    assert [f.get("id") for f in funnels] == ["explainer-funnel-1", "explainer-funnel-2"]
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert [th.text_content() for th in funnels[1].xpath(".//tbody/tr/th")] == ["Besuch", "Lead", "Angebot", "Kunde"]


def test_bad_parameters_fail_the_build_with_every_problem(tmp_path, caplog):
    root = write_site(tmp_path, {
        "index.md": "---\ntitle: x\n---\n# A\n\n```funnel\nrates: [5, 40, 120, 60, 25]\n```\n",
        "b.md": "# B\n\n```funel\n```\n\n```bani\nselect: brittle\n```\n",
    })
    with pytest.raises(Abort):
        build_site(root)
    (message,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert message.startswith("3 explainer problems:\n")
    assert "docs/index.md:7: funnel.rates (item 3): 120 is outside 0–100 (a percentage)" in message
    assert 'docs/b.md:3: explainer: unknown explainer "funel"; did you mean "funnel"?' in message
    assert 'docs/b.md:7: bani.select: unknown parameter; did you mean "selected"?' in message
    assert not (tmp_path / "site" / "index.html").exists()


class StandInBlog(BasePlugin):
    """The interface of feder.plugins.blog.plugin.BlogPlugin that the adapter relies on."""

    def __init__(self):
        self.validators = []

    def add_validator(self, fn):
        self.validators.append(fn)

    def language_of(self, page):
        return "en" if page.file.src_uri == "index.md" else "de"


def test_with_the_blog_plugin_the_validator_is_registered_and_its_language_used(tmp_path, monkeypatch):
    module = types.ModuleType("feder.plugins.blog.plugin")
    module.BlogPlugin = StandInBlog
    monkeypatch.setitem(sys.modules, "feder.plugins.blog.plugin", module)
    # Listed as in the real mkdocs.yml: the blog plugin first, as `feder`.
    root = write_site(
        tmp_path, {"index.md": "# A\n\n```bani\n```\n"},
        MKDOCS_YML.replace("  - feder-explainers", "  - feder\n  - feder-explainers"),
    )
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"))
    blog = config.plugins["feder"]
    build(config)
    from feder.explainers import validate_posts

    assert blog.validators == [validate_posts]
    section = page(root / "site", "index.html").xpath("//section[@data-feder-explainer]")[0]
    assert section.get("lang") == "en"
