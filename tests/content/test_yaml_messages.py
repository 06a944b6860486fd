"""The common YAML mistakes in plain words, with line and fix: the same from `feder check` and the build."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from mkdocs.exceptions import Abort

from feder.cli import main
from tests.support.sitebuilder import AUTHORS, make_site, post

FRONT = '---\ntitle: "Kundenmanagement in der BANI-Welt"\ndate: 2024-02-12\n'
BODY = "---\nDer erste Absatz.\n\n<!-- more -->\n\nMehr.\n"

CASES = {
    "tab in the tag list": (
        "posts/bani.de.md", FRONT + "tags:\n\t- BANI\n\t- Vertrieb\n" + BODY,
        "posts/bani.de.md:5: tags: tab at column 1; indent with spaces",
    ),
    "tab before a field": (
        "posts/bani.de.md", FRONT + "authors: [redaktion]\n\tsummary: Was brüchige Zeiten bedeuten.\n" + BODY,
        "posts/bani.de.md:5: summary: tab at column 1; indent with spaces",
    ),
    "colon in a title": (
        "posts/leitfaden.de.md", "---\ntitle: Vertrieb: ein Leitfaden\ndate: 2024-02-12\ntags: [Vertrieb]\n" + BODY,
        'posts/leitfaden.de.md:2: title: it contains ": ", which YAML reads as the start of another field; '
        'put the whole title in quotes: title: "Vertrieb: ein Leitfaden"',
    ),
    "colon in a summary with quotes in it": (
        "posts/bani.de.md", FRONT + 'summary: Das "B" in BANI: brüchig\n' + BODY,
        'posts/bani.de.md:4: summary: it contains ": ", which YAML reads as the start of another field; '
        "put the whole summary in quotes: summary: 'Das \"B\" in BANI: brüchig'",
    ),
    "quote not closed": (
        "posts/bani.de.md", FRONT + 'summary: "Was brüchige Zeiten bedeuten.\ntags: [BANI]\n' + BODY,
        'posts/bani.de.md:4: summary: the quote " in column 10 is not closed; end the text with " on the same line: '
        'summary: "Was brüchige Zeiten bedeuten."',
    ),
    "quote only at the start": (
        "posts/bani.de.md", '---\ntitle: "BANI" statt VUCA\ndate: 2024-02-12\n' + BODY,
        'posts/bani.de.md:2: title: it starts with a quote, so YAML reads the text only up to the next "; '
        "put the whole title in quotes: title: '\"BANI\" statt VUCA'",
    ),
    "bracket not closed": (
        "posts/bani.de.md", FRONT + "tags: [BANI, Vertrieb\nsummary: Kurz.\n" + BODY,
        "posts/bani.de.md:4: tags: the list opened with [ is not closed; end it with ] on the same line: "
        "tags: [BANI, Vertrieb]",
    ),
    "list item without dash": (
        "posts/bani.de.md", FRONT + "tags:\n  - BANI\n  Vertrieb\nsummary: Kurz.\n" + BODY,
        'posts/bani.de.md:6: tags: "Vertrieb" is not a list item; start the line with "- " like the items next to it: '
        "- Vertrieb",
    ),
    "no item has a dash": (
        "posts/bani.de.md", FRONT + "tags:\n  BANI\n  Vertrieb\n" + BODY,
        'posts/bani.de.md:5: tags: the lines below tags: have no "- ", so YAML reads them as one text "BANI Vertrieb"; '
        "start each tag's line with \"- \"",
    ),
    "field indented under a value": (
        "posts/bani.de.md", FRONT + "tags: [BANI]\n  summary: Kurz.\n" + BODY,
        'posts/bani.de.md:5: summary: "summary:" is indented under "tags:", which already has a value; '
        'start it where "tags:" starts',
    ),
    "colon in the authors file": (
        "authors.yml", AUTHORS.replace("name: {de: Redaktion, en: Editorial team}", "name: Redaktion: alle"),
        'authors.yml:2: redaktion.name: it contains ": ", which YAML reads as the start of another field; '
        'put the whole name in quotes: name: "Redaktion: alle"',
    ),
    "tab in the tags file": (
        "tags.yml", "tags:\n  Vertrieb:\n\tname: {en: Sales}\n",
        "tags.yml:3: tags.Vertrieb.name: tab at column 1; indent with spaces",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_build_and_feder_check_say_it_in_plain_words(case, tmp_path, mkdocs_log, monkeypatch):
    name, text, expected = CASES[case]
    files = {"posts/ok.de.md": post("In Ordnung"), name: text}
    site = make_site(tmp_path, files)
    with pytest.raises(Abort):
        site.build()
    [build_error] = [m for m in mkdocs_log.messages if "problem(s) in the content" in m]
    assert build_error.splitlines()[1:] == [expected]

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"], env={"GITHUB_ACTIONS": None})
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [expected]
