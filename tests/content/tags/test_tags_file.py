"""The tags file: names per language, descriptions, aliases; every mistake as `path:line`."""
from __future__ import annotations

from pathlib import Path

from feder.checks import check_site
from feder.content.languages import Languages
from feder.content.loading import SiteSources
from feder.content.tags import load_tags_file
from tests.support.contentloader import AUTHORS

LANGUAGES = Languages(("de", "en"))

GOOD = """\
tags:
  KI:
    name: {de: KI, en: Artificial Intelligence}
    description:
      de: Über Maschinen, die lernen.
      en: On machines that learn.
  Vertrieb:
    name: {en: Sales}
  Marketing:
aliases:
  AI: KI
  Verkauf: Vertrieb
"""


def read(tmp_path: Path, text: str):
    file = tmp_path / "tags.yml"
    file.write_text(text, encoding="utf-8")
    return load_tags_file(file, "tags.yml", LANGUAGES)


def messages(problems) -> list[str]:
    return [str(problem) for problem in problems]


def test_names_descriptions_and_aliases(tmp_path):
    tags, problems = read(tmp_path, GOOD)
    assert problems == []
    ki = tags.tags["ki"]
    assert (ki.name("de"), ki.name("en")) == ("KI", "Artificial Intelligence")
    assert ki.description("en") == "On machines that learn."
    assert (tags.tags["vertrieb"].name("de"), tags.tags["vertrieb"].name("en")) == ("Vertrieb", "Sales")
    assert tags.tags["marketing"].name("en") == "Marketing"  # a bare key declares the tag under its own name


def test_every_key_name_and_alias_is_a_spelling_of_its_tag(tmp_path):
    tags, _ = read(tmp_path, GOOD)
    spellings = ["KI", "ki", " KI ", "AI", "Artificial Intelligence", "artificial-intelligence"]
    assert {tags.resolve(spelling) for spelling in spellings} == {"ki"}
    assert {tags.resolve(spelling) for spelling in ["Vertrieb", "Sales", "verkauf"]} == {"vertrieb"}
    assert tags.resolve("Künstliche Intelligenz") == "kuenstliche-intelligenz"  # not configured: its own slug


def test_a_missing_file_is_no_problem(tmp_path):
    tags, problems = load_tags_file(tmp_path / "tags.yml", "tags.yml", LANGUAGES)
    assert (problems, dict(tags.tags)) == ([], {})


def test_a_file_that_does_not_parse(tmp_path):
    _, problems = read(tmp_path, "tags:\n  KI:\n    name: {de: KI, en: [AI\n  Vertrieb:\n")
    [message] = messages(problems)
    assert message == (
        "tags.yml:3: tags.KI.name: the brackets { [ are not closed; end them with ]} on the same line: "
        "name: {de: KI, en: [AI]}"
    )


def test_a_tag_empty_after_slugifying(tmp_path):
    _, problems = read(tmp_path, 'tags:\n  KI:\n  "!!":\n    name: {en: Bang}\n')
    assert messages(problems) == [
        'tags.yml:3: tags.!!: the tag "!!" has no letters or digits, so it cannot have a page; '
        "expected a word such as Vertrieb"
    ]


def test_two_configured_tags_colliding_on_one_slug(tmp_path):
    _, problems = read(tmp_path, "tags:\n  KI:\n    name: {en: AI}\n  ki:\n    name: {en: AI too}\n")
    assert messages(problems) == [
        'tags.yml:4: tags.ki: the tag "ki" becomes the slug "ki", like the tag "KI" on line 2, '
        "so both are the same tag; keep one entry"
    ]


def test_a_name_that_collides_with_another_tag(tmp_path):
    _, problems = read(tmp_path, "tags:\n  Vertrieb:\n    name: {en: Sales}\n  Verkauf:\n    name: {en: Sales}\n")
    assert messages(problems) == [
        'tags.yml:5: tags.Verkauf.name.en: the name "Sales" (en) of the tag "Verkauf" becomes the slug "sales", which '
        'already belongs to the name "Sales" (en) of the tag "Vertrieb" (line 3); give one of the two tags another name'
    ]


def test_an_alias_to_an_unknown_tag(tmp_path):
    _, problems = read(tmp_path, "tags:\n  KI:\n  Vertrieb:\naliases:\n  AI: KJ\n  Sales: Vertrieb\n")
    assert messages(problems) == [
        'tags.yml:5: aliases.AI: the alias "AI" points to "KJ", which is not a tag in this file (did you mean "KI"?); '
        "add it under tags: or point the alias to one of: KI, Vertrieb"
    ]


def test_an_alias_to_an_alias_and_an_alias_that_is_a_tag(tmp_path):
    _, problems = read(tmp_path, "tags:\n  KI:\n  Vertrieb:\naliases:\n  AI: KI\n  A.I.: AI\n  vertrieb: KI\n")
    assert messages(problems) == [
        'tags.yml:6: aliases.A.I.: the alias "A.I." points to "AI", which is itself an alias of "KI"; '
        'point it to "KI" directly',
        'tags.yml:7: aliases.vertrieb: the alias "vertrieb" becomes the slug "vertrieb", '
        "which already belongs to the tag "
        '"Vertrieb" (line 3); a spelling can mean only one tag; remove the alias or rename the other tag',
    ]


def test_wrong_shapes_and_unknown_keys(tmp_path):
    text = "tags:\n  KI:\n    name: 2019\n    alias: [AI]\n  Vertrieb: Sales\naliases: [AI]\ntag: {}\n"
    _, problems = read(tmp_path, text)
    found = messages(problems)
    assert found == [
        "tags.yml:3: tags.KI.name: is `2019`, which YAML reads as a number; "
        "expected text, or text per language (de, en); "
        'put it in quotes to keep it as text: "2019"',
        "tags.yml:4: tags.KI.alias: unknown key (aliases go in the aliases: section, as 'AI: KI'); "
        "it is ignored. Known keys: name, description",
        'tags.yml:5: tags.Vertrieb: is the text "Sales"; expected name: and description:, e.g. name: {de: KI, en: AI}',
        "tags.yml:6: aliases: is a list; expected lines like 'AI: KI' (alias: tag)",
        "tags.yml:7: tag: unknown section (did you mean 'tags'?); it is ignored. Known sections: tags, aliases",
    ]
    assert [p.severity for p in problems] == ["error", "warning", "error", "error", "warning"]


def test_all_problems_are_reported_together_with_the_posts(tmp_path):
    """`check_site` (build and `feder check`) reports the tags file with the post checks."""
    (tmp_path / "posts").mkdir()
    (tmp_path / "authors.yml").write_text(AUTHORS, encoding="utf-8")
    (tmp_path / "posts" / "a.de.md").write_text("---\ntitle: A\ndate: 2024-02-30\n---\nText.\n", encoding="utf-8")
    (tmp_path / "tags.yml").write_text("tags:\n  KI:\naliases:\n  AI: KJ\n", encoding="utf-8")
    sources = SiteSources.from_options(tmp_path, {"default_author": "redaktion"})
    found = messages(check_site(sources, []).problems)
    assert [message.split(":")[0:2] for message in found] == [["posts/a.de.md", "3"], ["tags.yml", "4"]]


def test_the_tags_file_can_live_elsewhere(tmp_path):
    (tmp_path / "authors.yml").write_text(AUTHORS, encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "themen.yml").write_text("tags: [KI]\n", encoding="utf-8")
    sources = SiteSources.from_options(tmp_path, {"tags_file": "content/themen.yml"})
    [message] = messages(check_site(sources, []).problems)
    assert message.startswith("content/themen.yml:1: tags: is a list; expected one entry per tag")
