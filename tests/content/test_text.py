"""Excerpts, reading time and fingerprints of post bodies."""
from __future__ import annotations

from feder.content.text import fingerprint, reading_time, split_excerpt


def test_excerpt_is_everything_before_the_more_marker():
    body = "Erster Absatz.\n\nZweiter Absatz.\n\n<!-- more -->\n\nRest."
    assert split_excerpt(body) == ("Erster Absatz.\n\nZweiter Absatz.", True)


def test_more_marker_tolerates_spacing():
    assert split_excerpt("Teaser.\n  <!--more-->  \nRest.") == ("Teaser.", True)


def test_without_marker_the_excerpt_is_the_first_paragraph():
    body = "## Einleitung\n\nDer erste\nAbsatz.\n\nDer zweite Absatz."
    assert split_excerpt(body) == ("Der erste\nAbsatz.", False)


def test_marker_inside_text_is_not_a_marker():
    assert split_excerpt("Wir schreiben `<!-- more -->` in Beiträge.\n\nMehr.")[1] is False


def test_reading_time_counts_prose_at_200_words_per_minute():
    assert reading_time("wort " * 200) == 1
    assert reading_time("wort " * 201) == 2
    assert reading_time("") == 1


def test_reading_time_ignores_code_and_explainer_blocks():
    body = "wort " * 150 + "\n\n```funnel\n" + "visitors: 1\n" * 500 + "```\n"
    assert reading_time(body) == 1


def test_fingerprint_ignores_trailing_whitespace_but_not_text():
    assert fingerprint("Text.\n") == fingerprint("Text.   \n\n")
    assert fingerprint("Text.") != fingerprint("Text!")
