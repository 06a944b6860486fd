"""The importer's pieces: dates, bylines, debris, hashtags, Markdown."""
from __future__ import annotations

import datetime as dt

import lxml.html
import markdown
import pytest

from feder.importer.bylines import AuthorNames, date_line
from feder.importer.convert import Settings, import_text
from feder.importer.dates import find_date, parse_date
from feder.importer.debris import is_debris, starts_tail, tag_line
from feder.importer.hashtags import take_hashtags
from feder.importer.markdown import escape, to_markdown

MARCH_16 = dt.date(2013, 3, 16)


@pytest.mark.parametrize("text", [
    "Samstag, 16. März 2013", "16. März 2013", "16.03.2013", "16.3.2013", "16.03.13", "2013-03-16",
    "Sa., 16. Mär. 2013", "Samstag, den 16. Maerz 2013", "16. Mrz. 2013",
    "March 16, 2013", "Saturday, March 16, 2013", "Mar 16, 2013", "March 16th, 2013", "16 March 2013",
    "16th March 2013", "Sat, Mar 16 2013",
])
def test_dates_german_and_english(text):
    assert parse_date(text) == MARCH_16


@pytest.mark.parametrize("text", ["30.02.2013", "März 2013", "16. März", "2013", "Seite 16.03", "1.000.000"])
def test_not_dates(text):
    assert parse_date(text) is None


def test_other_months():
    assert parse_date("1. Jänner 2014") == dt.date(2014, 1, 1)
    assert parse_date("Dienstag, 5. Mai 2015") == dt.date(2015, 5, 5)
    assert parse_date("December 24, 2012") == dt.date(2012, 12, 24)
    assert parse_date("3. Okt. 2012") == dt.date(2012, 10, 3)
    assert find_date("Am 16.03.2013 war Messe").date == MARCH_16


@pytest.mark.parametrize("text, kind, name", [
    ("Samstag, 16. März 2013", "post", None),
    ("Posted on March 16, 2013 by admin", "post", "admin"),
    ("Veröffentlicht am 16. März 2013 von Max Mustermann", "post", "Max Mustermann"),
    ("16. März 2013 · 2 Min. Lesezeit", "post", None),
    ("Mar 16, 2013 • 2 min read", "post", None),
    ("Max Mustermann · 16. März 2013", "post", "Max Mustermann"),
    ("March 16, 2013 — Leave a comment", "post", None),
    ("16. März 2013 Max Mustermann", "post", "Max Mustermann"),
    ("Aktualisiert: 16. März 2013", "updated", None),
    ("Updated: Mar 16, 2013", "updated", None),
    ("16. März 2013 um 12:34", "comment", None),
    ("March 16, 2013 at 9:30 PM", "comment", None),
])
def test_date_lines(text, kind, name):
    found = date_line(text)
    assert (found.date, found.kind, found.name) == (MARCH_16, kind, name)


@pytest.mark.parametrize("text", [
    "Am 16.03.2013 haben wir einen Kunden besucht.",
    "Seit dem 16. März 2013 ist alles anders",
    "We met on March 16, 2013 in Berlin.",
    "Am 16.03.2013 haben wir Kunden besucht",
])
def test_sentences_with_a_date_are_not_date_lines(text):
    assert date_line(text) is None


AUTHORS = AuthorNames({"max": ["Max Mustermann"], "redaktion": ["Redaktion", "Editorial team"]})


@pytest.mark.parametrize("text, name, author", [
    ("Max Mustermann", "Max Mustermann", "max"),
    ("– Max Mustermann", "Max Mustermann", "max"),
    ("Viele Grüße, Max Mustermann", "Max Mustermann", "max"),
    ("Eingestellt von Max Mustermann um 10:15 Keine Kommentare:", "Max Mustermann", "max"),
    ("Posted by Max Mustermann at 10:15 AM", "Max Mustermann", "max"),
    ("Eingestellt von Hans um 10:15", "Hans", None),
    ("By the Editorial Team", None, None),
    ("Von der Idee zum Produkt", None, None),
    ("Max Mustermann hat recht.", None, None),
])
def test_signatures(text, name, author):
    found = AUTHORS.signature(text)
    assert (found.name, found.author) == (name, author) if name else found is None


@pytest.mark.parametrize("text", [
    "top of page", "bottom of page", "Suche", "129 Ansichten", "0 Kommentare", "1 Kommentar", "Alle ansehen",
    "2 Min. Lesezeit", "3 min read", "Beitrag nicht markiert als „Gefällt mir“", "Teilen mit:", "Gefällt mir:",
    "Wird geladen …", "Like Loading...", "Facebook", "Diesen Post per E-Mail versendenBlogThis!In Twitter freigeben",
    "Design „Einfach“. Bereitgestellt von Blogger.", "Proudly powered by WordPress", "► März (2)", "12", "-----",
])
def test_debris(text):
    assert is_debris(text)


@pytest.mark.parametrize("text", [
    "Die Suche nach guten Leuten", "Teilen ist wichtig.", "129 Ansichten eines Problems", "Kommentare erwünscht!",
    "2013 war ein gutes Jahr.", "Facebook verändert den Vertrieb",
])
def test_not_debris(text):
    assert not is_debris(text) and not starts_tail(text)


@pytest.mark.parametrize("text", [
    "Aktuelle Beiträge", "Recent Posts", "Ähnliche Beiträge", "3 Kommentare:", "Anonym hat gesagt…",
    "Newer Post Older Post Home", "Leave a Reply", "2 Gedanken zu „Vertrieb“",
])
def test_page_tails(text):
    assert starts_tail(text)


def test_tag_lines():
    assert tag_line("Labels: Big Data, Digitalisierung") == ["Big Data", "Digitalisierung"]
    assert tag_line("Schlagwörter: Vertrieb; CRM") == ["Vertrieb", "CRM"]
    assert tag_line("Kategorien: Allgemein") == []
    assert tag_line("Tags are useful for finding posts again later") is None
    assert tag_line("Die Labels sind neu") is None


@pytest.mark.parametrize("line, text, tags", [
    ("#Digitalisierung #BigData", "", ["Digitalisierung", "BigData"]),
    ("Ein guter Tag. #Vertrieb #KI", "Ein guter Tag.", ["Vertrieb", "KI"]),
    ("Wichtig für die #Digitalisierung im Mittelstand.", "Wichtig für die Digitalisierung im Mittelstand.", ["Digitalisierung"]),
    ("Tipp #1 und C# und https://x.de/#anker", "Tipp #1 und C# und https://x.de/#anker", []),
    ("#Big_Data", "", ["Big Data"]),
])
def test_hashtags(line, text, tags):
    assert take_hashtags(line) == (text, tags)


def render(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(
        markdown.markdown(body, extensions=["toc", "attr_list", "footnotes", "admonition", "pymdownx.superfences"]),
        create_parent="div",
    )


@pytest.mark.parametrize("text", [
    "Preise *ohne* Gewähr_und_mehr", "<script>alert(1)</script>", "# keine Überschrift", "> kein Zitat",
    "2013. war ein Jahr", "- kein Punkt", "Fußnote[^1] und [Link](x)", "Attribute {: .klasse}", "!!! note",
    "`Code`", r"C:\Users\max",
])
def test_escaped_text_renders_as_written(text):
    page = render(escape(text))
    assert page.text_content().strip() == text
    assert [element.tag for element in page] == ["p"]
    assert not page.xpath("//p/*[not(self::a)]")


def test_markdown_blocks():
    lines = list(enumerate([
        "Der erste Absatz erklärt, worum es geht, und ist lang genug für einen Absatz.",
        "",
        "Einleitung",
        "Hier beginnt der eigentliche Text, der mehr als eine Zeile lang ist, damit er als Absatz gilt.",
        "Die Regeln:",
        "• Erstens",
        "",
        "• Zweitens",
        "1. Schritt eins",
        "2. Schritt zwei",
        "IV – Vierter Teil",
        "Text des vierten Teils.",
        "Viele Grüße",
    ], start=1))
    result = to_markdown(lines)
    page = render(result.body)
    assert [(h.tag, h.text_content()) for h in page.xpath("//h2|//h3")] == [
        ("h3", "Einleitung"), ("h2", "IV – Vierter Teil"),
    ]
    assert [li.text_content() for li in page.xpath("//ul/li")] == ["Erstens", "Zweitens"]
    assert [li.text_content() for li in page.xpath("//ol/li")] == ["Schritt eins", "Schritt zwei"]
    assert page.xpath("//p")[-1].text_content() == "Viele Grüße"  # a closing line is no heading
    assert result.body.index("<!-- more -->") < result.body.index("Einleitung")


def test_images_become_todo_comments():
    result = to_markdown([(1, "Text davor, lang genug für einen Absatz."), (2, "bild_01.JPG"), (3, "Abb. 1: Das Team")])
    assert result.todos == [(2, 'image "bild_01.JPG", caption "Abb. 1: Das Team"; put the image into docs/assets/ '
                                "and show it here with ![what it shows](path), or delete this line")]
    assert "<!-- TODO (feder import): image" in result.body
    assert "bild_01" not in render(result.body).text_content()


def test_numbered_section_lines_become_headings():
    result = to_markdown([(1, "1. Ausgangslage"), (2, "Die Lage ist ernst, aber nicht hoffnungslos, sagen alle."),
                          (3, "2. Ausblick"), (4, "Es wird besser, wenn wir jetzt handeln und nicht warten.")])
    assert [text for _, text in result.headings] == ["1. Ausgangslage", "2. Ausblick"]


SETTINGS = Settings(("de", "en"), AUTHORS, author="redaktion")


def test_title_before_date_when_the_next_line_is_a_paragraph():
    result = import_text("Mein Titel\n16.03.2013\nEin langer erster Absatz, der ganz sicher kein Titel ist, weil er endet.\n",
                         "x.txt", SETTINGS)
    [post] = result.posts
    assert (post.title, post.date) == ("Mein Titel", MARCH_16)


def test_title_from_the_first_sentence_when_no_line_looks_like_one():
    result = import_text("16.03.2013\nDas ist ein langer Satz ohne Überschrift, der trotzdem einen Titel braucht. Und noch mehr.\n",
                         "x.txt", SETTINGS)
    [post] = result.posts
    assert post.title == "Das ist ein langer Satz ohne Überschrift, der trotzdem einen Titel braucht"
    assert any(note.check and "first sentence" in note.message for note in post.notes)
    assert "Und noch mehr." in post.body


def test_language_is_guessed_per_post():
    text = ("16.03.2013\nTitel\nDas ist ein Text, der auf Deutsch ist und nicht auf Englisch.\n\n"
            "March 17, 2013\nTitle\nThis is a text that is in English and not in German.\n")
    assert [post.lang for post in import_text(text, "x.txt", SETTINGS).posts] == ["de", "en"]


def test_a_date_line_without_text_after_it_is_skipped():
    result = import_text("16.03.2013\nNur ein Titel\n\n17.03.2013\nZweiter Titel\nMit Text, der lang genug ist.\n",
                         "x.txt", SETTINGS)
    assert [post.title for post in result.posts] == ["Zweiter Titel"]
    assert any("skipped \"Nur ein Titel\"" in note.message for note in result.notes)


def test_times_of_day_mark_comments_unless_every_date_has_one():
    comments = ("16.03.2013\nTitel\nText, der lang genug ist, um ein Absatz zu sein.\n3 Kommentare:\n"
                "Anna hat gesagt…\nSuper!\n17. März 2013 um 08:12\n")
    [post] = import_text(comments, "x.txt", SETTINGS).posts
    assert "Super" not in post.body
    timed = ("Titel eins\n16. März 2013 um 10:15\nText, der lang genug ist, um ein Absatz zu sein.\n\n"
             "Titel zwei\n17. März 2013 um 09:00\nNoch ein Text, der lang genug ist, um ein Absatz zu sein.\n")
    assert [(p.title, p.date.day) for p in import_text(timed, "x.txt", SETTINGS).posts] == [
        ("Titel eins", 16), ("Titel zwei", 17)]
