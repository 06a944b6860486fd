"""Broken internal links: the same errors, at the author's line, from the build and from `feder check`."""
from __future__ import annotations

import lxml.html
import pytest
import yaml
from click.testing import CliRunner
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from feder.cli import main
from tests.support.sitebuilder import config_dict, make_site, post

SITE_URL = "https://example.org/feder/"
EXTENSIONS = ["toc", "attr_list", "md_in_html", "footnotes", "pymdownx.superfences"]

TARGETS = {
    "posts/bani-welt.de.md": post("BANI-Welt", body="Erst.\n\n## Über uns und Ärger\n\nText.[^1]\n\n[^1]: Fußnote.\n"),
    "posts/bani-welt.en.md": post("BANI world", body="First.\n\n## Results\n\nText.\n"),
    "posts/nur-deutsch.de.md": post("Nur deutsch", body="Text.\n", tags=["Vertrieb"]),
    "posts/entwurf.de.md": post("Entwurf", body="Text.\n", draft=True),
    "posts/geplant.de.md": post("Geplant", date="2099-01-01", body="Text.\n"),
    "docs/assets/logo.png": b"\x89PNG\r\n\x1a\n",
}


def check_problems(root, *args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check", *args], env={"GITHUB_ACTIONS": None}, catch_exceptions=False)
    return result.exit_code, result.stdout.splitlines()


@pytest.fixture
def both(tmp_path, mkdocs_log, monkeypatch):
    """Build `files` strictly and run `feder check` on them; both must report the same problems."""
    monkeypatch.chdir(tmp_path)

    def run(files: dict[str, str | bytes], **overrides) -> list[str]:
        site = make_site(tmp_path, {**TARGETS, **files})
        overrides = {"site_url": SITE_URL, "markdown_extensions": EXTENSIONS, **overrides}
        before, written = len(mkdocs_log.records), _snapshot(site.site_dir)
        with pytest.raises(Abort):
            site.build(**overrides)
        messages = [record.getMessage() for record in mkdocs_log.records[before:]]
        [build_error] = [m for m in messages if "problem(s) in the content" in m]
        assert messages[0] == build_error, "the content errors come first, before any warning of MkDocs"
        assert _snapshot(site.site_dir) == written, "nothing is written"
        code, lines = check_problems(tmp_path)
        assert code == 1
        assert lines == build_error.splitlines()[1:]
        return lines

    return run


def _snapshot(folder) -> dict[str, int]:
    return {path.as_posix(): path.stat().st_mtime_ns for path in folder.rglob("*")} if folder.exists() else {}


def clean(tmp_path, mkdocs_log, files, **overrides) -> None:
    """`files` pass `feder check` and the strict build without any warning."""
    site = make_site(tmp_path, {**TARGETS, **files})
    site.build(site_url=SITE_URL, markdown_extensions=EXTENSIONS, **overrides)
    assert mkdocs_log.messages == []
    assert check_problems(tmp_path) == (0, [])


def test_a_missing_page_in_each_form(both):
    lines = both({"posts/quelle.de.md": post("Quelle", body=(
        "Erst.\n\n[Datei](bani-wlt.de.md)\n\n[Pfad](/posts/bani-wlt/)\n\n[Relativ](../bani-wlt/)\n"
    ))})
    assert lines == [
        "posts/quelle.de.md:7: link: `bani-wlt.de.md` names the file posts/bani-wlt.de.md, which does not exist; "
        "did you mean bani-welt.de.md (/posts/bani-welt/)?",
        "posts/quelle.de.md:9: link: `/posts/bani-wlt/` leads to /posts/bani-wlt/, which is not a page of this site; "
        "did you mean /posts/bani-welt/ (bani-welt.de.md)?",
        "posts/quelle.de.md:11: link: `../bani-wlt/` leads to /posts/bani-wlt/, which is not a page of this site; "
        "did you mean /posts/bani-welt/ (bani-welt.de.md)?",
    ]


def test_a_missing_anchor_suggests_the_closest_heading(both):
    lines = both({"posts/quelle.de.md": post("Quelle", body=(
        "Erst.\n\n[Anker](/posts/bani-welt/#über-uns-und-ärger)\n\n[Hier](#fehlt)\n\n## Fazit\n"
    ))})
    assert lines == [
        "posts/quelle.de.md:7: link: `/posts/bani-welt/#über-uns-und-ärger`: /posts/bani-welt/ has no anchor "
        "#über-uns-und-ärger; did you mean #uber-uns-und-arger?",
        "posts/quelle.de.md:9: link: `#fehlt`: this page has no anchor #fehlt; an anchor is the id of a heading "
        "(## Fazit → #fazit), a footnote or an element with an id",
    ]


def test_an_english_page_links_a_post_without_english_version(both):
    lines = both({"posts/quelle.en.md": post("Source", body="First.\n\n[Relative](../nur-deutsch/)\n")})
    assert lines == [
        "posts/quelle.en.md:7: link: `../nur-deutsch/` leads to /en/posts/nur-deutsch/, which is not a page of this "
        "site; did you mean /posts/nur-deutsch/ (nur-deutsch.de.md, language de)?",
    ]


def test_links_to_posts_not_published_yet(both):
    lines = both({"posts/quelle.de.md": post("Quelle", body="[E](entwurf.de.md)\n\n[G](/posts/geplant/)\n")})
    assert [line.split(": ", 2)[:2] for line in lines] == [
        ["posts/quelle.de.md:5", "link"],
        ["posts/quelle.de.md:7", "link"],
    ]
    assert "not published yet: a draft (draft: true in posts/entwurf.de.md)" in lines[0]
    assert "not published yet: scheduled for 2099-01-01 00:00 (posts/geplant.de.md)" in lines[1]


def test_raw_html_reference_links_and_md_in_html(both):
    lines = both({"docs/about.md": (
        "# Über uns\n\n"
        '<div markdown>\n[Im Block](../posts/fehlt.de.md)\n</div>\n\n'
        '<a href="/posts/bani-welt/#nirgends">roh</a>\n\n'
        "[Verweis][v]\n\n[v]: /gibt-es-nicht/\n"
    )})
    assert [line.split(": ", 2)[0] for line in lines] == ["docs/about.md:4", "docs/about.md:7", "docs/about.md:11"]
    assert "did you mean ../posts/bani-welt.de.md (/posts/bani-welt/)?" not in lines[0]
    assert "#nirgends" in lines[1]


def test_list_pages_have_no_anchors_and_missing_files_are_named(both):
    lines = both({"posts/quelle.de.md": post("Quelle", body=(
        "[Archiv](/archive/#2024)\n\n![Bild](../assets/logo.pgn)\n"
    ))})
    assert lines == [
        "posts/quelle.de.md:5: link: `/archive/#2024`: /archive/ is a list page, made by a template; it has no "
        "anchors a link can use: link it without `#…`",
        "posts/quelle.de.md:7: link: `../assets/logo.pgn`: there is no file docs/assets/logo.pgn; did you mean "
        "../assets/logo.png (docs/assets/logo.png)?",
    ]


def test_every_valid_form_passes_both(tmp_path, mkdocs_log):
    clean(tmp_path, mkdocs_log, {
        "posts/quelle.de.md": post("Quelle", body=(
            "[Datei](bani-welt.de.md#uber-uns-und-arger) [Pfad](/posts/bani-welt/?x=1#uber-uns-und-arger) "
            "[Präfix](/feder/posts/bani-welt/index.html) [Fußnote](/posts/bani-welt/#fn:1) "
            "[Englisch](/en/posts/bani-welt/#results) [Start](/) [Archiv](/archive/) [Tags](/tags/vertrieb/) "
            "[Mail](mailto:a@example.org) [Extern](https://example.com/x/) [Hier](#zweiter-teil)\n\n"
            "## Zweiter Teil\n\n![Logo](../assets/logo.png)\n"
        )),
        "posts/quelle.en.md": post("Source", body="[German](/posts/nur-deutsch/) [Relative](../bani-welt/#results)\n"),
        "docs/about.md": "# Über uns\n\n[Beitrag](../posts/bani-welt.de.md) [Pfad](/posts/bani-welt/)\n",
    })


def test_drafts_link_drafts_and_scheduled_posts_link_earlier_ones(tmp_path, mkdocs_log):
    clean(tmp_path, mkdocs_log, {
        "posts/noch-ein-entwurf.de.md": post("Noch ein Entwurf", body="[E](entwurf.de.md)\n", draft=True),
        "posts/spaeter.de.md": post("Später", date="2099-02-01", body="[G](geplant.de.md)\n"),
    })


def test_feder_check_of_one_file_knows_the_whole_site(tmp_path, monkeypatch):
    make_site(tmp_path, {**TARGETS, "posts/quelle.de.md": post("Quelle", body="[A](/posts/bani-welt/#results)\n")})
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: T\nsite_url: {SITE_URL}\nplugins:\n  - feder:\n      default_author: redaktion\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, lines = check_problems(tmp_path, "posts/quelle.de.md")
    assert code == 1
    assert lines == [
        "posts/quelle.de.md:5: link: `/posts/bani-welt/#results`: /posts/bani-welt/ has no anchor #results; "
        "an anchor is the id of a heading (## Fazit → #fazit), a footnote or an element with an id",
    ]


def test_feeds_sitemap_and_docs_files_by_site_path(tmp_path, mkdocs_log):
    site = make_site(tmp_path)
    clean(tmp_path, mkdocs_log, {"posts/quelle.de.md": post("Quelle", tags=["Vertrieb"], body=(
        "[RSS](/feed.xml) [Atom](/feder/en/atom.xml) [Schlagwort](/tags/vertrieb/feed.xml) "
        "[Sitemap](../sitemap.xml) ![Logo](/assets/logo.png) [PDF](/feder/assets/logo.png?v=2)\n"
    ))})
    body = site.html("posts/quelle/").cssselect(".feder-post__body")[0]
    assert [a.get("href") for a in body.cssselect("a")] == [
        "https://example.org/feder/feed.xml", "https://example.org/feder/en/atom.xml",
        "https://example.org/feder/tags/vertrieb/feed.xml", "https://example.org/feder/sitemap.xml",
        "../../assets/logo.png?v=2",
    ]
    assert body.cssselect("img")[0].get("src") == "../../assets/logo.png"


def test_a_missing_feed_or_file_by_site_path(both):
    lines = both({"posts/quelle.de.md": post("Quelle", body="[RSS](/fead.xml)\n\n![Logo](/assets/nichts.svg)\n")})
    assert lines == [
        "posts/quelle.de.md:5: link: `/fead.xml`: there is no file docs/fead.xml; "
        "did you mean /feed.xml (written by feder)?",
        "posts/quelle.de.md:7: link: `/assets/nichts.svg`: there is no file docs/assets/nichts.svg; put the file in "
        "docs/ (e.g. docs/assets/) and link it from there",
    ]


def test_anchors_of_explainers(tmp_path, mkdocs_log, both):
    plugins = [{"search": {"lang": ["de", "en"]}}, {"feder": {"default_author": "redaktion"}}, "feder-explainers"]
    files = {
        "posts/erklaert.de.md": post("Erklärt", body="Text.\n\n```bani\nselected: anxious\n```\n"),
        "posts/quelle.de.md": post("Quelle", body="[BANI](erklaert.de.md#explainer-bani-1-anxious)\n"),
    }
    clean(tmp_path, mkdocs_log, files, plugins=plugins)
    files["posts/quelle.de.md"] = post("Quelle", body="[BANI](erklaert.de.md#explainer-bani-2)\n")
    assert both(files, plugins=plugins) == [
        "posts/quelle.de.md:5: link: `erklaert.de.md#explainer-bani-2`: /posts/erklaert/ has no anchor "
        "#explainer-bani-2; did you mean #explainer-bani-1?",
    ]


def test_headings_get_the_ids_of_the_sites_toc_settings(tmp_path, mkdocs_log):
    """A `toc` slugify with options (`!!python/object/apply:` in mkdocs.yml) keeps umlauts; feder check reads it."""
    site = make_site(
        tmp_path,
        {**TARGETS, "posts/quelle.de.md": post("Quelle", body="[Anker](bani-welt.de.md#über-uns-und-ärger)\n")},
    )
    config = (
        f"site_name: T\nsite_url: {SITE_URL}\ntheme: {{name: material, language: de, font: false}}\n"
        "plugins:\n  - search\n  - feder:\n      default_author: redaktion\nmarkdown_extensions:\n  - footnotes\n"
        "  - toc:\n      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n"
        "validation:\n  links: {not_found: warn, anchors: warn, absolute_links: warn, unrecognized_links: warn}\n"
    )
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    build(load_config(str(tmp_path / "mkdocs.yml"), strict=True))
    assert mkdocs_log.messages == []
    assert site.html("posts/bani-welt/").cssselect("h2")[0].get("id") == "über-uns-und-ärger"
    assert check_problems(tmp_path) == (0, [])


def serve_build(site, **overrides) -> None:
    """One build as `mkdocs serve` makes it (drafts shown, errors on the preview's problems page)."""
    settings = config_dict(site_url=SITE_URL, markdown_extensions=EXTENSIONS, **overrides)
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    config = load_config(str(site.root / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/feder/")


def test_the_preview_shows_drafts_so_links_to_them_work_there(tmp_path, mkdocs_log):
    site = make_site(
        tmp_path, {**TARGETS, "posts/quelle.de.md": post("Quelle", body="[E](entwurf.de.md) [G](/posts/geplant/)\n")}
    )
    serve_build(site)
    assert [a.get("href") for a in site.html("posts/quelle/").cssselect(".feder-post__body a")] == [
        "../entwurf/",
        "../geplant/",
    ]


def test_a_broken_link_shows_on_the_previews_problems_page(tmp_path, mkdocs_log):
    site = make_site(tmp_path, {**TARGETS, "posts/quelle.de.md": post("Quelle", body="[Kaputt](../bani-wlt/)\n")})
    serve_build(site)
    page = lxml.html.parse(str(site.site_dir / "404.html")).getroot()
    assert [code.text_content() for code in page.findall(".//li/code")] == [
        "posts/quelle.de.md:5: link: `../bani-wlt/` leads to /posts/bani-wlt/, which is not a page of this site; "
        "did you mean /posts/bani-welt/ (bani-welt.de.md)?",
    ]


def test_suggestions_on_a_large_site_compare_few_pages():
    from feder.content.linksuggest import Nearest

    nearest = Nearest([f"posts/beitrag-{number:05d}/" for number in range(3000)] + ["posts/bani-welt/", "about/"])
    assert nearest.closest("posts/bani-wlt/") == "posts/bani-welt/"
    assert nearest.closest("posts/beitrag-01234x/") == "posts/beitrag-01234/"
    assert nearest.closest("abut/") == "about/"
    assert nearest.closest("ganz-anders/") is None
