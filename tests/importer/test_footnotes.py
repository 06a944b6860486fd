"""`*` paragraphs that explain an asterisk in the text become footnotes; `*` lists stay lists."""
from __future__ import annotations

from feder.importer.footnotes import Entry, take_footnotes


def entries(*texts: str) -> list[Entry]:
    return [Entry(number, text, "text" if text else "blank") for number, text in enumerate(texts, 1)]


def test_an_asterisk_and_its_explanation():
    kept, notes = take_footnotes(entries("Nur ein Drittel nutzt das CRM täglich*.", "", "*Befragung von 214 Leitern."))
    assert [entry.text for entry in kept] == ["Nur ein Drittel nutzt das CRM täglich\ue0001\ue001.", ""]
    assert notes == [Entry(3, "Befragung von 214 Leitern.")]


def test_two_footnotes_by_the_number_of_stars():
    kept, notes = take_footnotes(entries("Um 45 %* gestiegen, sagt er**.", "*Quelle A", "**Quelle B"))
    assert kept[0].text == "Um 45 %\ue0001\ue001 gestiegen, sagt er\ue0002\ue001."
    assert [note.text for note in notes] == ["Quelle A", "Quelle B"]


def test_a_star_list_and_a_gender_star_are_no_footnotes():
    kept, notes = take_footnotes(entries("Mit Kund*innen reden.", "* erstens", "* zweitens"))
    assert notes == [] and [entry.text for entry in kept] == ["Mit Kund*innen reden.", "* erstens", "* zweitens"]


def test_a_star_paragraph_without_an_asterisk_above_stays():
    kept, notes = take_footnotes(entries("Kein Sternchen hier.", "*Hinweis: alle Angaben ohne Gewähr."))
    assert notes == [] and len(kept) == 2


def test_a_star_list_after_a_marked_word_stays_a_list_and_the_footnote_still_links():
    kept, notes = take_footnotes(entries("Vorjahr*.", "* eins", "* zwei", "*Statistisches Bundesamt", "**Gespräch"))
    assert [note.text for note in notes] == ["Statistisches Bundesamt"]
    assert [entry.text for entry in kept] == ["Vorjahr\ue0001\ue001.", "* eins", "* zwei", "**Gespräch"]
