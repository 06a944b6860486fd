"""Bare names become bylines where they stand like one: at a piece's end, in a post's header, in an author box."""
from __future__ import annotations

import pytest

from feder.importer.bylines import name_and_role
from feder.importer.page import read_page
from tests.importer.support import AUTHORS

PROSE = "Das ist ein ganz gewöhnlicher Absatz, der mit einem Punkt endet und lang genug für einen Absatz ist."


def kinds(text: str) -> dict[str, str]:
    lines, _ = read_page(text, AUTHORS)
    return {line.text: line.kind for line in lines if line.kind != "blank"}


@pytest.mark.parametrize("page, byline, bio", [
    (f"{PROSE}\n\nAnna Berger\n#Vertrieb #B2B\n", "Anna Berger", None),
    (f"{PROSE}\n\nDR. ANNA BERGER\nVertriebsstrategin und Autorin aus Hamburg\n\n129 Aufrufe3 Kommentare\n",
     "DR. ANNA BERGER", "Vertriebsstrategin und Autorin aus Hamburg"),
    (f"{PROSE}\n\nANNA BERGER\nSales strategist and author based in Hamburg\n\nSales\nLeadership\n123 views\n",
     "ANNA BERGER", "Sales strategist and author based in Hamburg"),
    (f"{PROSE}\nTjark Hinrichsen\n", "Tjark Hinrichsen", None),  # an unknown given name, signing the text above
    (f"{PROSE}\n\nPROF. DR. TJARK HINRICHSEN\n\nbottom of page\n", "PROF. DR. TJARK HINRICHSEN", None),
    (f"{PROSE}\n\nAnna Berger\n\nEmpfehlungen sind kein Zufall\n{PROSE}\n", "Anna Berger", None),
    ("Anna Berger\n3. Mai 2021\n4 Min. Lesezeit\nWarum Ihr CRM keine Umsätze bringt\n" + PROSE, "Anna Berger", None),
    (f"Tjark Hinrichsen\n• 2.\nVertriebsleiter | Maschinenbau\n1 Woche • Bearbeitet •\n\n{PROSE}\n",
     "Tjark Hinrichsen", "Vertriebsleiter | Maschinenbau"),  # LinkedIn: name, contact degree, headline, time
])
def test_bylines_and_bios(page, byline, bio):
    found = kinds(page)
    assert found[byline] == "byline"
    assert [text for text, kind in found.items() if kind == "bio"] == ([bio] if bio else [])


def test_an_about_line_above_an_author_box_belongs_to_it():
    found = kinds(f"{PROSE}\n\nÜber die Autorin\nDr. Anna Berger\nBerät Vertriebsteams im Mittelstand.\n")
    assert found["Über die Autorin"] == found["Berät Vertriebsteams im Mittelstand."] == "bio"


@pytest.mark.parametrize("page, line", [
    (f"{PROSE}\n\nDigitale Transformation\n{PROSE}\n", "Digitale Transformation"),  # a heading
    (f"{PROSE}\n\nDigitale Transformation\nWarum der Mittelstand zögert\n{PROSE}\n", "Digitale Transformation"),
    ("Berger Vertriebsberatung\nStartseite\nBlog\n", "Berger Vertriebsberatung"),  # a site's name over its menu
    (f"{PROSE}\n\nAnna Berger\n{PROSE}\n{PROSE}\n", "Anna Berger"),  # a name before paragraphs: a heading
    (f"{PROSE}\n\nNeue Wege\n#Vertrieb\n", "Neue Wege"),
])
def test_name_shaped_lines_that_are_no_bylines(page, line):
    assert kinds(page)[line] == "text"


def test_a_known_author_is_a_byline_anywhere():
    assert kinds(f"Max Mustermann\n{PROSE}\n")["Max Mustermann"] == "byline"


def test_name_and_role_on_one_line():
    name, role = name_and_role("Dr. Anna Berger | Vertriebsstrategin und Autorin")
    assert (name.written, role) == ("Dr. Anna Berger", "Vertriebsstrategin und Autorin")
    assert name_and_role("Anna Berger, Geschäftsführerin der Berger GmbH")[1] == "Geschäftsführerin der Berger GmbH"
    assert name_and_role("Vertrieb | Marketing") == (None, None)
