"""People's names: two to four name words, titles before or after, any consistent case."""
from __future__ import annotations

import pytest

from feder.importer.names import name_key, parse_name, without_titles


@pytest.mark.parametrize("text, words, sure", [
    ("Anna Berger", ("Anna", "Berger"), True),
    ("DR. ANNA BERGER", ("ANNA", "BERGER"), True),
    ("Prof. Dr. Anna Berger", ("Anna", "Berger"), True),
    ("Dr. med. Jens Kowalski", ("Jens", "Kowalski"), True),
    ("Dipl.-Ing. Tjark Hinrichsen", ("Tjark", "Hinrichsen"), True),
    ("Anna Berger, MBA", ("Anna", "Berger"), True),
    ("Jane Doe, PhD", ("Jane", "Doe"), True),
    ("Anna von der Heide", ("Anna", "von", "der", "Heide"), True),
    ("Hans-Peter Müller-Lüdenscheidt", ("Hans-Peter", "Müller-Lüdenscheidt"), True),
    ("Anna M. Berger", ("Anna", "M.", "Berger"), True),
    ("TJARK HINRICHSEN", ("TJARK", "HINRICHSEN"), True),
    ("anna berger", ("anna", "berger"), True),
    ("Tjark Hinrichsen", ("Tjark", "Hinrichsen"), False),  # shaped like a name; only where it stands says more
])
def test_names(text, words, sure):
    name = parse_name(text)
    assert (name.words, name.sure) == (words, sure)


@pytest.mark.parametrize("text", [
    "Vertrieb", "Die Zukunft des Vertriebs", "Warum Rabatte selten helfen", "Mein Fazit", "Über mich",
    "Who is behind this blog?", "Big Data: Vom CIO zum CMO", "Vertrieb im Wandel", "The Sales Desk",
    "Selling in Changing Times", "Anna Berger hat recht.", "Kapitel 3", "129 Aufrufe", "#Vertrieb #B2B",
    "Anna berger", "ANNA Berger", "Stakeholder im Blick",
])
def test_not_names(text):
    assert parse_name(text) is None


def test_names_compare_without_titles_case_or_accents():
    assert name_key("DR. ANNA BERGER") == name_key("Prof. Dr. Anna Berger") == name_key("anna berger")
    assert name_key("Jürgen Schäfer") == name_key("JÜRGEN SCHÄFER")
    assert without_titles("Prof. Dr. Anna Berger, MBA") == "Anna Berger"
