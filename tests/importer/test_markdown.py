"""Body lines to Markdown that renders as written: paragraphs, lists, headings, breaks, comments, footnotes."""
from __future__ import annotations

import pytest

from feder.importer.escaping import escape
from feder.importer.footnotes import Entry
from feder.importer.markdown import to_markdown
from tests.importer.support import html


def entries(*lines: str | tuple[str, str]) -> list[Entry]:
    made = []
    for number, line in enumerate(lines, start=1):
        text, kind = line if isinstance(line, tuple) else (line, "text" if line else "blank")
        made.append(Entry(number, text, kind))
    return made


@pytest.mark.parametrize("text", [
    "Preise *ohne* Gewähr_und_mehr", "<script>alert(1)</script>", "# keine Überschrift", "> kein Zitat",
    "2013. war ein Jahr", "- kein Punkt", "Fußnote[^1] und [Link](x)", "Attribute {: .klasse}", "!!! note",
    "`Code`", r"C:\Users\max",
])
def test_escaped_text_renders_as_written(text):
    page = html(escape(text))
    assert page.text_content().strip() == text
    assert [element.tag for element in page] == ["p"]
    assert not page.xpath("//p/*[not(self::a)]")


def test_markdown_blocks():
    result = to_markdown(entries(
        "Der erste Absatz erklärt, worum es geht, und ist lang genug für einen Absatz.", "",
        "Einleitung",
        "Hier beginnt der eigentliche Text, der mehr als eine Zeile lang ist, damit er als Absatz gilt.",
        "Die Regeln:", "• Erstens", "", "• Zweitens", "1. Schritt eins", "2. Schritt zwei",
        "IV – Vierter Teil", "Text des vierten Teils.", "Viele Grüße",
    ))
    page = html(result.body)
    assert [(h.tag, h.text_content()) for h in page.xpath("//h2|//h3")] == [
        ("h3", "Einleitung"), ("h2", "IV – Vierter Teil"),
    ]
    assert [li.text_content() for li in page.xpath("//ul/li")] == ["Erstens", "Zweitens"]
    assert [li.text_content() for li in page.xpath("//ol/li")] == ["Schritt eins", "Schritt zwei"]
    assert page.xpath("//p")[-1].text_content() == "Viele Grüße"  # a closing line is no heading
    assert result.body.index("<!-- more -->") < result.body.index("Einleitung")


def test_image_lines_become_one_todo_comment():
    result = to_markdown(entries(
        "Text davor, lang genug für einen Absatz.", ("bild_01.JPG", "image"), "", ("Abb. 1: Das Team", "image"),
        "Text danach.",
    ))
    assert result.images == [(2, "bild_01.JPG; Abb. 1: Das Team")]
    assert "<!-- TODO image: bild_01.JPG; Abb. 1: Das Team; put the image into docs/assets/" in result.body
    assert "bild_01" not in html(result.body).text_content()


def test_breaks_bylines_and_footnotes():
    result = to_markdown(entries(
        ("Dr. Anna Berger", "byline"), "Erster Absatz mit einem Sternchen*.", ("X X X", "break"),
        "Zweiter Absatz.", ("DR. ANNA BERGER", "byline"), ("Vertriebsstrategin", "byline"), "*Die Erklärung.",
    ))
    page = html(result.body)
    assert page.xpath("count(//hr)") == 2  # the break, and the footnotes' rule
    assert not page.xpath("//h2") and "Anna" not in page.text_content()
    assert result.body.startswith("Erster Absatz")  # a byline above the text goes to the end
    assert "<!-- byline (feder import): DR. ANNA BERGER · Vertriebsstrategin -->" in result.body
    [reference] = page.xpath("//p[1]//sup/a")
    assert reference.get("href") == "#fn:1"
    assert page.xpath("string(//div[@class='footnote']//li)").strip().startswith("Die Erklärung.")
    assert result.footnotes == [7] and result.breaks == [(3, "X X X")]


def test_numbered_section_lines_become_headings():
    result = to_markdown(entries("1. Ausgangslage", "Die Lage ist ernst, aber nicht hoffnungslos, sagen alle.",
                                 "2. Ausblick", "Es wird besser, wenn wir jetzt handeln und nicht warten."))
    assert [text for _, text in result.headings] == ["1. Ausgangslage", "2. Ausblick"]


def test_a_comment_cannot_be_closed_by_the_text():
    result = to_markdown(entries("Absatz.", ("Bild: A --> B", "image")))
    assert result.body.count("-->") == result.body.count("<!--") == 2  # the excerpt marker and the image
