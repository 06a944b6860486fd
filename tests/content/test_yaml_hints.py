"""feder.content.yamlhints: a hint names the line that is wrong, never one that is fine."""
from __future__ import annotations

from feder.content.yamlhints import explain, stop_of


def hint(text: str):
    stopped = stop_of(text)
    assert stopped is not None, "the text parses"
    found = explain(text, stopped)
    return found and (found.line + 1, found.field, found.message)


def test_a_correct_multi_line_quote_is_not_blamed_for_a_later_mistake():
    text = 'title: x\nsummary: "Zeile eins\n  Zeile zwei"\ntags: [a, b\ndate: 2024-01-01\n'
    assert hint(text)[:2] == (4, "tags")


def test_a_colon_in_a_list_item_is_a_mapping_not_a_mistake():
    assert stop_of("tags:\n  - Vertrieb: B2B\n") is None


def test_the_first_of_two_mistakes_is_named():
    text = "title: Vertrieb: ein Leitfaden\ntags: [a, b\n"
    assert hint(text)[:2] == (1, "title")


def test_a_dash_without_space():
    assert hint("tags:\n  - KI\n  -Vertrieb\ndate: 1\n") == (
        3, "tags", 'put a space after "-" to make it a list item: - Vertrieb')


def test_keys_of_nested_mappings_are_joined():
    text = "redaktion:\n  bio:\n    de: Die Redaktion: alle\n    en: x\n"
    assert hint(text)[:2] == (3, "redaktion.bio.de")


def test_mistakes_the_hints_do_not_know_get_no_hint():
    assert hint("title: *nirgends\n") is None
