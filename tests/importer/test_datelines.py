"""Date lines: a date with what blogs print around it, never a sentence that mentions a date."""
from __future__ import annotations

import datetime as dt

import pytest

from feder.importer.datelines import date_line

MARCH_16 = dt.date(2013, 3, 16)


@pytest.mark.parametrize("text, kind, name", [
    ("Samstag, 16. März 2013", "post", None),
    ("Posted on March 16, 2013 by admin", "post", "admin"),
    ("Veröffentlicht am 16. März 2013 von Max Mustermann", "post", "Max Mustermann"),
    ("Veröffentlicht: 16. März 2013", "post", None),
    ("Published Mar 16, 2013", "post", None),
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
