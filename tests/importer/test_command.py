"""`feder import`: copied Blogger, Wix and WordPress pages become posts that pass `feder check`."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import frontmatter
import lxml.html
import markdown
import pytest

from conftest import FIXTURES, post

EXTENSIONS = ["toc", "admonition", "attr_list", "md_in_html", "tables", "footnotes", "pymdownx.superfences"]


def imported(blog, *names: str, args: tuple[str, ...] = ()):
    paths = []
    for name in names:
        shutil.copy(FIXTURES / name, blog.root / name)
        paths.append(name)
    return blog.feder("import", *paths, *args)


def load(blog, name: str):
    return frontmatter.loads(blog.read(name))


def html(body: str) -> lxml.html.HtmlElement:
    """The body as the site renders it (Python-Markdown with the site's extensions)."""
    return lxml.html.fragment_fromstring(markdown.markdown(body, extensions=EXTENSIONS), create_parent="div")


def assert_passes_check(blog):
    result = blog.feder("check")
    assert (result.exit_code, result.stdout) == (0, ""), result.stdout


def test_blogger_page_with_several_posts(blog):
    result = imported(blog, "blogger-de-mehrere.txt")
    assert result.exit_code == 0, result.output
    assert blog.post_files() == [
        "posts/big-data-vom-cio-zum-cmo.de.md",
        "posts/kurz-notiert-messe-nachlese.de.md",
        "posts/vertrieb-im-silicon-valley.de.md",
    ]
    assert_passes_check(blog)

    first = load(blog, "posts/big-data-vom-cio-zum-cmo.de.md")
    assert first["title"] == "Big Data: Vom CIO zum CMO"
    assert first["date"] == dt.date(2013, 3, 16)
    assert first["authors"] == ["max"]  # "Eingestellt von Max Mustermann um 10:15"
    assert first["tags"] == ["Big Data", "Marketing", "CMO", "Digitalisierung"]
    page = html(first.content)
    assert page.xpath("//h2/text()") == ["Warum das Marketing übernimmt"]
    assert [li.text_content() for li in page.xpath("//ul/li")] == [
        "Welche Daten über unsere Kunden haben wir schon?",
        "Wer im Unternehmen darf sie nutzen?",
        "Was würden wir anders machen, wenn wir mehr wüssten?",
    ]
    for debris in ("#BigData", "Eingestellt von", "BlogThis", "Labels:", "Vertriebsnotizen", "Keine Kommentare"):
        assert debris not in blog.read("posts/big-data-vom-cio-zum-cmo.de.md")
    assert first.content.index("<!-- more -->") > first.content.index("Lange war Big Data")

    second = load(blog, "posts/vertrieb-im-silicon-valley.de.md")
    assert (second["date"], second["tags"]) == (dt.date(2013, 3, 8), ["Vertrieb", "SiliconValley"])
    assert [li.text_content() for li in html(second.content).xpath("//ol/li")][0] == "Spezialisierte Rollen statt Einzelkämpfer"
    assert "Toller Beitrag" not in second.content  # the comments stay behind
    assert second.content.rstrip().endswith("Die Disziplin ist es.")

    third = load(blog, "posts/kurz-notiert-messe-nachlese.de.md")
    assert third["date"] == dt.date(2013, 3, 4)
    assert "Blog-Archiv" not in third.content and "Über mich" not in third.content


def test_hashtags_become_tags_deduplicated_by_slug(blog):
    (blog.root / "tags.txt").write_text(
        "16.03.2013\nTitel\nText über #Vertrieb und #vertrieb.\n#BigData #Big_Data #KI\nLabels: Big Data, ki\n",
        encoding="utf-8",
    )
    assert blog.feder("import", "tags.txt").exit_code == 0
    written = load(blog, "posts/titel.de.md")
    assert written["tags"] == ["Vertrieb", "Big Data", "KI"]
    assert written.content.strip() == "Text über Vertrieb und vertrieb."


def test_hashtags_take_the_spelling_of_the_blogs_existing_tags(blog):
    blog.write({"posts/alt.de.md": post("Alt", tags='["Big Data", "Silicon Valley"]')})
    assert imported(blog, "blogger-de-mehrere.txt").exit_code == 0
    assert load(blog, "posts/big-data-vom-cio-zum-cmo.de.md")["tags"] == ["Big Data", "Marketing", "CMO", "Digitalisierung"]
    assert load(blog, "posts/vertrieb-im-silicon-valley.de.md")["tags"] == ["Vertrieb", "Silicon Valley"]


def test_wix_page(blog):
    result = imported(blog, "wix-de.txt")
    assert result.exit_code == 0, result.output
    assert_passes_check(blog)
    [name] = blog.post_files()
    assert name == "posts/kundenbeziehungen-in-unsicheren-zeiten.de.md"
    written = load(blog, name)
    assert written["title"] == "Kundenbeziehungen in unsicheren Zeiten"
    assert written["authors"] == ["max"]  # the author line above the date
    assert written["tags"] == ["Kundenmanagement", "Vertrieb", "Digitalisierung"]
    page = html(written.content)
    assert page.xpath("//h2/text()") == [
        "I – Vertrauen entsteht vor der Krise", "II – Breite statt Abhängigkeit", "III – Ehrlichkeit bei Lieferproblemen",
    ]
    assert len(page.xpath("//ul/li")) == 3
    text = blog.read(name)
    for debris in ("top of page", "bottom of page", "129 Ansichten", "0 Kommentare", "Alle ansehen",
                   "Aktuelle Beiträge", "Suche", "Lesezeit", "Gefällt mir", "Kontakt", "45 Ansichten"):
        assert debris not in text
    assert '<!-- TODO (feder import): image "IMG_2041.jpg", caption "Foto: Unser Messestand auf der CeBIT 2013"' in text


def test_wordpress_page_in_english(blog):
    result = imported(blog, "wordpress-en.txt")
    assert result.exit_code == 0, result.output
    assert_passes_check(blog)
    assert blog.post_files() == ["posts/the-crm-nobody-uses.en.md", "posts/why-your-funnel-leaks.en.md"]
    funnel = load(blog, "posts/why-your-funnel-leaks.en.md")
    assert (funnel["title"], funnel["date"], funnel["authors"]) == ("Why Your Funnel Leaks", dt.date(2013, 3, 16), ["max"])
    assert funnel["tags"] == ["Sales Funnel", "Lead Qualification"]
    page = html(funnel.content)
    assert page.xpath("//h2/text()") == ["Where leads get lost", "What to do about it"]
    assert len(page.xpath("//ol/li")) == 3
    # Text that looks like HTML stays text; a web address becomes a link.
    [paragraph] = [p for p in page.xpath("//p") if "spreadsheets" in p.text_content()]
    assert paragraph.text_content().startswith("Use <b>one</b> list of leads")
    assert paragraph.xpath(".//a/@href") == ["https://example.com/funnel_guide"]
    assert not page.xpath("//b")
    crm = load(blog, "posts/the-crm-nobody-uses.en.md")
    assert crm["authors"] == ["redaktion"]  # "by admin" is nobody known: the default author
    assert crm["tags"] == ["CRM", "SalesTech"]
    assert [li.text_content() for li in html(crm.content).xpath("//ul/li")][0] == "it costs time and gives nothing back"
    assert "Big data for marketers" not in blog.read("posts/why-your-funnel-leaks.en.md")  # "Related" entry
    assert "! line 36: the byline names 'admin', who is not in authors.yml" in result.stdout


def test_wordpress_page_in_german_with_update(blog):
    assert imported(blog, "wordpress-de.txt").exit_code == 0
    assert_passes_check(blog)
    written = load(blog, "posts/stakeholder-im-blick.de.md")
    assert (written["date"], written["updated"]) == (dt.date(2015, 5, 5), dt.date(2015, 5, 12))
    assert written["tags"] == ["Change Management", "Stakeholder"]
    assert written["authors"] == ["max"]


def test_plain_notes_with_several_dated_posts(blog):
    assert imported(blog, "notizen-mehrere.txt").exit_code == 0
    assert_passes_check(blog)
    first = load(blog, "posts/checkliste-fuer-das-jahresgespraech.de.md")
    second = load(blog, "posts/warum-rabatte-selten-helfen.de.md")
    assert (first["date"], first["authors"]) == (dt.date(2013, 3, 16), ["max"])  # signed at its end
    assert (second["date"], second["authors"]) == (dt.date(2013, 4, 2), ["redaktion"])
    assert "Max Mustermann" not in first.content
    assert second["tags"] == ["Preisstrategie", "Vertrieb"]


def test_blogger_page_in_english(blog):
    assert imported(blog, "blogger-en.txt").exit_code == 0
    assert_passes_check(blog)
    written = load(blog, "posts/customer-lifetime-value-in-plain-words.en.md")
    assert (written["date"], written["authors"], written["tags"]) == (dt.date(2013, 3, 16), ["max"], ["CLV", "Marketing"])
    assert "Newer Post" not in written.content and "Share to" not in written.content


def test_all_fixtures_at_once_pass_check(blog):
    names = sorted(path.name for path in FIXTURES.glob("*.txt") if path.name != "ohne-datum.txt")
    result = imported(blog, *names)
    assert result.exit_code == 0, result.output
    assert len(blog.post_files()) == 10
    assert_passes_check(blog)


def test_without_a_date_the_file_is_not_imported(blog):
    result = imported(blog, "ohne-datum.txt", "wordpress-de.txt")
    assert result.exit_code == 1
    assert "ohne-datum.txt: not imported: no date found" in result.stdout
    assert "--date YYYY-MM-DD" in result.stdout
    assert blog.post_files() == ["posts/stakeholder-im-blick.de.md"]  # the other file still is


def test_date_option_for_a_file_without_date(blog):
    result = imported(blog, "ohne-datum.txt", args=("--date", "2012-05-01"))
    assert result.exit_code == 0
    written = load(blog, "posts/gedanken-zum-vertrieb-von-morgen.de.md")
    assert written["date"] == dt.date(2012, 5, 1)
    assert_passes_check(blog)


def test_never_overwrites_adds_a_number(blog):
    blog.write({"posts/stakeholder-im-blick.en.md": post("Other post")})
    assert imported(blog, "wordpress-de.txt").exit_code == 0
    result = imported(blog, "wordpress-de.txt")
    assert result.exit_code == 0
    assert blog.post_files() == [
        "posts/stakeholder-im-blick-2.de.md", "posts/stakeholder-im-blick-3.de.md", "posts/stakeholder-im-blick.en.md",
    ]
    assert "the slug stakeholder-im-blick is taken; used stakeholder-im-blick-3" in result.stdout
    assert_passes_check(blog)


def test_report_per_input(blog):
    result = imported(blog, "wix-de.txt", "wordpress-en.txt")
    out = result.stdout
    assert "wix-de.txt: 1 post(s), looks like a Wix page" in out
    assert "wordpress-en.txt: 2 post(s), looks like a WordPress page" in out
    assert "    posts/kundenbeziehungen-in-unsicheren-zeiten.de.md" not in out
    assert "  posts/kundenbeziehungen-in-unsicheren-zeiten.de.md" in out
    assert "! line 18: image \"IMG_2041.jpg\", caption \"Foto: Unser Messestand auf der CeBIT 2013\" kept as a TODO comment" in out
    assert "! line 4: ignored 2 line(s) of text before the first post: 'Über uns', 'Kontakt'" in out
    assert "line 8: date 2013-03-16 from '16. März 2013'" in out
    assert out.rstrip().splitlines()[-2].startswith("Wrote 3 post(s) from 2 file(s);")


def test_json_report(blog):
    result = imported(blog, "notizen-mehrere.txt", args=("--format", "json"))
    report = json.loads(result.stdout)
    [entry] = report["inputs"]
    assert [p["path"] for p in entry["posts"]] == [
        "posts/checkliste-fuer-das-jahresgespraech.de.md", "posts/warum-rabatte-selten-helfen.de.md",
    ]
    assert report["problems"] == []


def test_language_and_author_options(blog):
    result = imported(blog, "notizen-mehrere.txt", args=("--lang", "en", "--author", "max"))
    assert result.exit_code == 0
    assert blog.post_files() == [
        "posts/checkliste-fuer-das-jahresgespraech.en.md", "posts/warum-rabatte-selten-helfen.en.md",
    ]
    assert load(blog, "posts/warum-rabatte-selten-helfen.en.md")["authors"] == ["max"]


def test_out_folder_and_dry_run(blog):
    assert imported(blog, "wordpress-de.txt", args=("--dry-run",)).exit_code == 0
    assert blog.post_files() == []
    result = imported(blog, "wordpress-de.txt", args=("--out", "posts/alt"))
    assert result.exit_code == 0
    assert blog.post_files() == ["posts/alt/stakeholder-im-blick.de.md"]


@pytest.mark.parametrize("args, said", [
    (("--author", "niemand"), "unknown author 'niemand'"),
    (("--lang", "fr"), "unknown language 'fr'"),
])
def test_usage_errors(blog, args, said):
    result = imported(blog, "wordpress-de.txt", args=args)
    assert result.exit_code == 2
    assert said in result.stderr
    assert blog.post_files() == []


def test_windows_encoded_input(blog):
    (blog.root / "alt.txt").write_bytes("16.03.2013\nÜber Größe\nGrößer ist nicht immer besser, auch im Vertrieb.\n".encode("cp1252"))
    result = blog.feder("import", "alt.txt")
    assert result.exit_code == 0
    assert load(blog, "posts/ueber-groesse.de.md")["title"] == "Über Größe"
    assert "not UTF-8" in result.stdout
