"""Lines that say who wrote a post, and names matched to authors.yml whatever their case and titles."""
from __future__ import annotations

import pytest

from feder.importer.authors import AuthorNames

AUTHORS = AuthorNames({
    "max": ["Max Mustermann"], "redaktion": ["Redaktion", "Editorial team"], "anna": ["Prof. Dr. Anna Berger"],
})


@pytest.mark.parametrize("text, name, author", [
    ("Max Mustermann", "Max Mustermann", "max"),
    ("MAX MUSTERMANN", "MAX MUSTERMANN", "max"),
    ("Dr. Anna Berger", "Dr. Anna Berger", "anna"),
    ("ANNA BERGER", "ANNA BERGER", "anna"),
    ("– Max Mustermann", "Max Mustermann", "max"),
    ("Viele Grüße, Max Mustermann", "Max Mustermann", "max"),
    ("Best regards, Anna Berger", "Anna Berger", "anna"),
    ("Ihr Max", "Max", "max"),
    ("Eingestellt von Max Mustermann um 10:15 Keine Kommentare:", "Max Mustermann", "max"),
    ("Posted by Max Mustermann at 10:15 AM", "Max Mustermann", "max"),
    ("Eingestellt von Hans um 10:15", "Hans", None),
    ("Written by Jane Doe", "Jane Doe", None),
    ("– Tjark Hinrichsen", "Tjark Hinrichsen", None),
    ("Von Tjark Hinrichsen", "Tjark Hinrichsen", None),
    ("By the Editorial Team", None, None),
    ("Von der Idee zum Produkt", None, None),
    ("Max Mustermann hat recht.", None, None),
    ("Tjark Hinrichsen", None, None),  # a bare unknown name: decided by where it stands
])
def test_explicit_bylines(text, name, author):
    found = AUTHORS.explicit(text)
    assert (found.name, found.author) == (name, author) if name else found is None


def test_find_ignores_case_and_academic_titles():
    assert AUTHORS.find("PROF. DR. ANNA BERGER") == AUTHORS.find("anna berger") == "anna"
    assert AUTHORS.find("Editorial Team") == "redaktion"
    assert AUTHORS.find("Anna Bergmann") is None
