"""`feder import`: options, batches, exit codes, never overwriting; every new post passes `feder check`."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from feder.importer import batch
from tests.importer.support import FIXTURES, html

ALL = sorted(path.name for path in FIXTURES.glob("*.txt"))


def test_all_fixtures_at_once_give_posts_that_pass_check(blog):
    result = blog.imported(*ALL)
    assert result.exit_code == 0, result.output
    assert len(blog.post_files()) == 31
    blog.assert_passes_check()
    summary = result.stdout.rstrip().splitlines()[-len(ALL):]
    assert [line.split(":")[0] for line in summary] == ALL  # the run ends with one line per file


def test_blogger_page_with_several_posts(blog):
    result = blog.imported("blogger-de-mehrere.txt")
    assert result.exit_code == 0, result.output
    assert blog.post_files() == [
        "posts/big-data-vom-cio-zum-cmo.de.md",
        "posts/kurz-notiert-messe-nachlese.de.md",
        "posts/vertrieb-im-silicon-valley.de.md",
    ]
    blog.assert_passes_check()
    first = blog.load("posts/big-data-vom-cio-zum-cmo.de.md")
    assert (first["title"], first["date"], first["authors"]) == (
        "Big Data: Vom CIO zum CMO", dt.date(2013, 3, 16), ["max"])
    assert first["tags"] == ["Big Data", "Marketing", "CMO", "Digitalisierung"]
    page = html(first.content)
    assert page.xpath("//h2/text()") == ["Warum das Marketing übernimmt"]
    assert len(page.xpath("//ul/li")) == 3
    for debris in ("#BigData", "BlogThis", "Labels:", "Vertriebsnotizen", "Keine Kommentare", "Eingestellt"):
        assert debris not in page.text_content()
    second = blog.load("posts/vertrieb-im-silicon-valley.de.md")
    assert (second["date"], second["tags"]) == (dt.date(2013, 3, 8), ["Vertrieb", "SiliconValley"])
    assert "Toller Beitrag" not in second.content  # the comments stay behind
    assert "Blog-Archiv" not in blog.text("posts/kurz-notiert-messe-nachlese.de.md")


def test_hashtags_take_the_spelling_of_the_blogs_existing_tags(blog):
    blog.add("posts/alt.de.md", '---\ntitle: "Alt"\ndate: 2020-01-01\ntags: ["Silicon Valley"]\n---\n\nText.\n')
    assert blog.imported("blogger-de-mehrere.txt").exit_code == 0
    assert blog.load("posts/vertrieb-im-silicon-valley.de.md")["tags"] == ["Vertrieb", "Silicon Valley"]


def test_wix_and_wordpress_pages(blog):
    result = blog.imported("wix-de.txt", "wordpress-en.txt", "wordpress-de.txt")
    assert result.exit_code == 0, result.output
    blog.assert_passes_check()
    wix = blog.load("posts/kundenbeziehungen-in-unsicheren-zeiten.de.md")
    assert (wix["authors"], wix["tags"]) == (["max"], ["Kundenmanagement", "Vertrieb", "Digitalisierung"])
    assert html(wix.content).xpath("//h2/text()") == [
        "I – Vertrauen entsteht vor der Krise", "II – Breite statt Abhängigkeit",
        "III – Ehrlichkeit bei Lieferproblemen",
    ]
    funnel = blog.load("posts/why-your-funnel-leaks.en.md")
    assert (funnel["authors"], funnel["tags"]) == (["max"], ["Sales Funnel", "Lead Qualification"])
    [paragraph] = [p for p in html(funnel.content).xpath("//p") if "spreadsheets" in p.text_content()]
    assert paragraph.text_content().startswith("Use <b>one</b> list of leads")
    assert paragraph.xpath(".//a/@href") == ["https://example.com/funnel_guide"]
    crm = blog.load("posts/the-crm-nobody-uses.en.md")
    assert crm["authors"] == ["redaktion"]  # "by admin" is nobody known: the default author
    assert "! line 36: byline of an unknown person: admin;" in result.stdout
    stakeholder = blog.load("posts/stakeholder-im-blick.de.md")
    assert (stakeholder["date"], stakeholder["updated"]) == (dt.date(2015, 5, 5), dt.date(2015, 5, 12))


def test_an_undated_file_becomes_a_draft_dated_today(blog):
    result = blog.imported("ohne-datum.txt", "wordpress-de.txt")
    assert result.exit_code == 0, result.output
    text = blog.text("posts/gedanken-zum-vertrieb-von-morgen.de.md")
    written = blog.load("posts/gedanken-zum-vertrieb-von-morgen.de.md")
    assert written["draft"] is True and written["date"] in (dt.date.today(), dt.date.today() - dt.timedelta(days=1))
    assert "draft: true  # not published: set the date above, then remove this line" in text
    assert "  # no date in the old text: this is the day of the import; set the post's date" in text
    assert "! line 1: no date found: imported as a draft dated" in result.stdout
    blog.assert_passes_check()


def test_date_option_dates_and_publishes_undated_posts(blog):
    result = blog.imported("ohne-datum.txt", args=("--date", "2012-05-01"))
    assert result.exit_code == 0
    written = blog.load("posts/gedanken-zum-vertrieb-von-morgen.de.md")
    assert (written["date"], written.get("draft")) == (dt.date(2012, 5, 1), None)
    blog.assert_passes_check()


def test_never_overwrites_adds_a_number(blog):
    blog.add("posts/stakeholder-im-blick.en.md", '---\ntitle: "Other"\ndate: 2020-01-01\n---\n\nText.\n')
    assert blog.imported("wordpress-de.txt").exit_code == 0
    result = blog.imported("wordpress-de.txt")
    assert result.exit_code == 0
    assert blog.post_files() == [
        "posts/stakeholder-im-blick-2.de.md", "posts/stakeholder-im-blick-3.de.md", "posts/stakeholder-im-blick.en.md",
    ]
    assert "the slug stakeholder-im-blick is taken; used stakeholder-im-blick-3" in result.stdout
    blog.assert_passes_check()


def test_a_file_without_a_post_makes_the_run_fail_but_not_stop(blog):
    blog.add("menue.txt", "top of page\nStartseite\nSuche\n129 Aufrufe3 Kommentare\nbottom of page\n")
    blog.add("leer.txt", "")
    result = blog.imported("menue.txt", "leer.txt", "wordpress-de.txt")
    assert result.exit_code == 1
    assert blog.post_files() == ["posts/stakeholder-im-blick.de.md"]
    assert "  ! not imported: the file holds no text besides page debris (all listed above)" in result.stdout
    assert result.stdout.rstrip().splitlines()[-3:] == [
        "menue.txt: no post written, 1 thing to look at (marked !)",
        "leer.txt: no post written, 1 thing to look at (marked !)",
        "wordpress-de.txt: 1 post written, nothing to look at",
    ]


def test_a_crash_in_one_file_is_reported_for_that_file_and_the_others_go_on(blog, monkeypatch):
    real = batch.import_bytes

    def fragile(data, name, settings):
        if name.endswith("wix-de.txt"):
            raise ValueError("something unforeseen")
        return real(data, name, settings)

    monkeypatch.setattr(batch, "import_bytes", fragile)
    result = blog.imported("wix-de.txt", "wordpress-de.txt")
    assert result.exit_code == 1
    assert blog.post_files() == ["posts/stakeholder-im-blick.de.md"]
    assert ("  ! crashed while importing (ValueError: something unforeseen); the other files went on; "
            "please report this as a bug of feder import") in result.stdout
    assert result.stdout.rstrip().splitlines()[-2] == "wix-de.txt: no post written, 1 thing to look at (marked !)"


def test_json_report(blog):
    result = blog.imported("notizen-mehrere.txt", "ohne-datum.txt", args=("--format", "json"))
    report = json.loads(result.stdout)
    first, second = report["inputs"]
    assert [p["path"] for p in first["posts"]] == [
        "posts/checkliste-fuer-das-jahresgespraech.de.md", "posts/warum-rabatte-selten-helfen.de.md",
    ]
    assert (first["to_look_at"], second["to_look_at"], second["posts"][0]["draft"]) == (0, 1, True)
    assert first["problems"] == [] and first["crash"] is None


def test_language_and_author_options(blog):
    result = blog.imported("notizen-mehrere.txt", args=("--lang", "en", "--author", "max"))
    assert result.exit_code == 0
    assert blog.post_files() == [
        "posts/checkliste-fuer-das-jahresgespraech.en.md", "posts/warum-rabatte-selten-helfen.en.md",
    ]
    assert blog.load("posts/warum-rabatte-selten-helfen.en.md")["authors"] == ["max"]


def test_out_folder_and_dry_run(blog):
    result = blog.imported("wordpress-de.txt", args=("--dry-run",))
    assert result.exit_code == 0
    assert blog.post_files() == []
    assert "posts/stakeholder-im-blick.de.md (not written: dry run)" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == "wordpress-de.txt: 1 post would be written, nothing to look at"
    result = blog.imported("wordpress-de.txt", args=("--out", "posts/alt"))
    assert result.exit_code == 0
    assert blog.post_files() == ["posts/alt/stakeholder-im-blick.de.md"]


@pytest.mark.parametrize("args, said", [
    (("--author", "niemand"), "unknown author 'niemand'"),
    (("--lang", "fr"), "unknown language 'fr'"),
    (("--date", "16.03.2013"), "Invalid value for '--date'"),
])
def test_usage_errors(blog, args, said):
    result = blog.imported("wordpress-de.txt", args=args)
    assert result.exit_code == 2
    assert said in result.stderr
    assert blog.post_files() == []


def test_a_missing_file_is_a_usage_error(blog):
    result = blog.feder("import", "gibt-es-nicht.txt")
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_windows_encoded_input(blog):
    blog.root.joinpath("alt.txt").write_bytes(
        "16.03.2013\nÜber Größe\nGrößer ist nicht immer besser, auch im Vertrieb.\n".encode("cp1252"))
    result = blog.feder("import", "alt.txt")
    assert result.exit_code == 0
    assert blog.load("posts/ueber-groesse.de.md")["title"] == "Über Größe"
    assert "! the file is not UTF-8; read it as Windows-1252 (check umlauts)" in result.stdout
