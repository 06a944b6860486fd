"""Hashtags and label lines as the page writes them."""
from __future__ import annotations

import pytest

from feder.importer.hashtags import hashtag_line, tag_line, take_hashtags


@pytest.mark.parametrize("line, text, tags, ended", [
    ("#Digitalisierung #BigData", "", ["Digitalisierung", "BigData"], True),
    ("Ein guter Tag. #Vertrieb #KI", "Ein guter Tag.", ["Vertrieb", "KI"], True),
    ("Wichtig für die #Digitalisierung im Mittelstand.", "Wichtig für die Digitalisierung im Mittelstand.",
     ["Digitalisierung"], False),
    ("Tipp #1 und C# und https://x.de/#anker", "Tipp #1 und C# und https://x.de/#anker", [], False),
    ("#Big_Data", "", ["Big Data"], True),
    ("Mehr dazu bald. hashtag#Vertrieb hashtag#B2B", "Mehr dazu bald.", ["Vertrieb", "B2B"], True),
])
def test_take_hashtags(line, text, tags, ended):
    assert take_hashtags(line) == (text, tags, ended)


def test_hashtag_lines():
    assert hashtag_line("#Vertrieb #B2B #Neukundengewinnung") == ["Vertrieb", "B2B", "Neukundengewinnung"]
    assert hashtag_line("#Vertrieb, #Marketing · #KI") == ["Vertrieb", "Marketing", "KI"]
    assert hashtag_line("hashtag#Vertrieb hashtag#B2B") == ["Vertrieb", "B2B"]
    assert hashtag_line("Mehr unter #Vertrieb") is None
    assert hashtag_line("#1 im Vertrieb") is None


def test_tag_lines():
    assert tag_line("Labels: Big Data, Digitalisierung") == ["Big Data", "Digitalisierung"]
    assert tag_line("Schlagwörter: Vertrieb; CRM") == ["Vertrieb", "CRM"]
    assert tag_line("Tags: Sales Funnel, Lead Qualification") == ["Sales Funnel", "Lead Qualification"]
    assert tag_line("Kategorien: Allgemein") == []
    assert tag_line("Tags are useful for finding posts again later") is None
    assert tag_line("Die Labels sind neu") is None
