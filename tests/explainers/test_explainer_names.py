"""Which fence names are mistyped explainers (README: "Unknown explainer names")."""
import pytest

from feder.explainers.names import edit_distance, suspected_explainer


@pytest.mark.parametrize("word, meant", [
    ("funel", "funnel"), ("funnels", "funnel"), ("Funnel", "funnel"), ("BANI", "bani"),
    ("bnai", "bani"), ("stakeholder", "stakeholders"), ("qualifcation", "qualification"),
])
def test_typos_of_explainer_names_are_caught(word, meant):
    assert suspected_explainer(word) == meant


@pytest.mark.parametrize("word", [
    "python", "yaml", "text", "bash", "markdown", "mermaid", "fennel", "json", "", "funnel", "bani",
])
def test_languages_and_explainer_names_are_not_typos(word):
    assert suspected_explainer(word) is None


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("funenl", "funnel") == 1
    assert edit_distance("bash", "bani") == 2
