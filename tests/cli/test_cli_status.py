"""`feder status`: states per language, missing and stale translations, odd tags."""
from __future__ import annotations

import json

from tests.cli.support import post


def status(blog) -> dict:
    result = blog.feder("status", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_counts_per_language(blog):
    blog.write({
        "posts/a.de.md": post("A", date="2020-01-01"),
        "posts/b.de.md": post("B", date="2020-01-01", draft="true"),
        "posts/c.de.md": post("C", date="2999-01-01"),
        "posts/a.en.md": post("A", date="2020-01-01"),
    })
    assert status(blog)["posts"] == {
        "de": {"published": 1, "draft": 1, "scheduled": 1},
        "en": {"published": 1, "draft": 0, "scheduled": 0},
    }


def test_missing_translations(blog):
    blog.write({"posts/a.de.md": post("A"), "posts/a.en.md": post("A"), "posts/b.de.md": post("B"),
                "posts/c.en.md": post("C")})
    assert status(blog)["missing_translations"] == [
        {"slug": "b", "existing": ["posts/b.de.md"], "missing": ["en"]},
        {"slug": "c", "existing": ["posts/c.en.md"], "missing": ["de"]},
    ]


def translation_status(blog) -> dict[str, str]:
    return {t["path"]: t["status"] for t in status(blog)["translations"]}


def test_a_translation_goes_stale_when_the_source_text_changes(blog):
    blog.write({"posts/a.de.md": post("A", body="Erster Absatz.\n")})
    assert blog.feder("new", "--translate", "a", "--lang", "en").exit_code == 0
    assert translation_status(blog) == {"posts/a.en.md": "current"}

    # Frontmatter edits alone do not count.
    blog.write({"posts/a.de.md": post("A, neu betitelt", tags="[KI]", body="Erster Absatz.\n")})
    assert translation_status(blog) == {"posts/a.en.md": "current"}

    blog.write({"posts/a.de.md": post("A", body="Erster Absatz, überarbeitet.\n")})
    assert translation_status(blog) == {"posts/a.en.md": "stale"}
    text = blog.feder("status").stdout
    assert "Translations: 0 current, 1 stale, 0 unknown" in text
    assert "posts/a.en.md  stale" in text


def test_a_translation_without_fingerprint_is_unknown_not_stale(blog):
    blog.write({"posts/a.de.md": post("A"), "posts/a.en.md": post("A")})
    [entry] = status(blog)["translations"]
    assert (entry["path"], entry["status"], entry["source"]) == ("posts/a.en.md", "unknown", "posts/a.de.md")


def test_the_source_is_german_unless_german_was_translated(blog):
    blog.write({"posts/a.en.md": post("A", body="English original.\n")})
    assert blog.feder("new", "--translate", "a", "--lang", "de").exit_code == 0
    [entry] = status(blog)["translations"]
    assert (entry["path"], entry["source"], entry["status"]) == ("posts/a.de.md", "posts/a.en.md", "current")
    blog.write({"posts/a.en.md": post("A", body="English original, edited.\n")})
    assert translation_status(blog) == {"posts/a.de.md": "stale"}


def test_tags_used_once_and_spellings(blog):
    blog.write({
        "posts/a.de.md": post("A", tags="[KI, Digitalisierung, E-Mail-Marketing]"),
        "posts/b.de.md": post("B", tags="[ki, Digitalisierung]"),
        "posts/c.de.md": post("C", tags="[Digitalisierng, Künstliche Intelligenz, EMail Marketing]"),
        "posts/d.de.md": post("D", tags="[Kuenstliche Intelligenz]"),
        "posts/a.en.md": post("A", tags="[AI]"),
    })
    result = status(blog)
    assert result["tags_used_once"] == [
        {"lang": "de", "tag": "Digitalisierng", "path": "posts/c.de.md", "similar": "Digitalisierung"},
        {"lang": "en", "tag": "AI", "path": "posts/a.en.md", "similar": None},
    ]
    assert result["tag_spellings"] == [
        {"lang": "de", "tag_pages": ["e-mail-marketing", "email-marketing"], "spellings": [
            {"tag": "E-Mail-Marketing", "posts": ["posts/a.de.md"]},
            {"tag": "EMail Marketing", "posts": ["posts/c.de.md"]}]},
        {"lang": "de", "tag_pages": ["ki"], "spellings": [
            {"tag": "KI", "posts": ["posts/a.de.md"]}, {"tag": "ki", "posts": ["posts/b.de.md"]}]},
        {"lang": "de", "tag_pages": ["kuenstliche-intelligenz"], "spellings": [
            {"tag": "Kuenstliche Intelligenz", "posts": ["posts/d.de.md"]},
            {"tag": "Künstliche Intelligenz", "posts": ["posts/c.de.md"]}]},
    ]
    text = blog.feder("status").stdout
    [row] = [line for line in text.splitlines() if '"KI" (1), "ki" (1)' in line]
    assert row.split()[:2] == ["de", "ki"]
    assert 'e-mail-marketing, email-marketing  "E-Mail-Marketing" (1), "EMail Marketing" (1)' in text
    assert "Digitalisierng  posts/c.de.md  Digitalisierung" in text


def test_files_with_errors_are_named_not_counted(blog):
    blog.write({"posts/a.de.md": post("A", date="2019-02-30"), "posts/b.de.md": post("B")})
    result = status(blog)
    assert result["files_with_errors"] == ["posts/a.de.md"]
    assert result["posts"]["de"]["published"] == 1
    assert "run feder check" in blog.feder("status").stdout


def test_plain_text_table(blog):
    blog.write({"posts/a.de.md": post("A", date="2020-01-01"), "posts/b.de.md": post("B", date="2020-01-01")})
    lines = blog.feder("status").stdout.splitlines()
    assert lines[:4] == [
        "Posts",
        "  language  published  draft  scheduled",
        "  de                2      0          0",
        "  en                0      0          0",
    ]
    assert "Missing translations (2)" in lines


TAGS_FILE = """\
tags:
  Vertrieb:
    name: {en: Sales}
  KI:
    name: {de: KI, en: Artificial Intelligence}
aliases:
  AI: KI
"""


def test_every_spelling_from_the_tags_file_is_that_tag(blog):
    """An English post tagged `Vertrieb`, which tags.yml names `Sales` in English, shares the tag of the others."""
    blog.write({
        "tags.yml": TAGS_FILE,
        "posts/a.en.md": post("A", tags="[Sales, AI]"),
        "posts/b.en.md": post("B", tags="[Sales, Artificial Intelligence]"),
        "posts/c.en.md": post("C", tags="[Vertrieb, ki]"),
        "posts/d.en.md": post("D", tags="[Sale]"),
    })
    result = status(blog)
    assert result["files_with_errors"] == []
    assert result["tags_used_once"] == [{"lang": "en", "tag": "Sale", "path": "posts/d.en.md", "similar": "Sales"}]
    assert result["tag_spellings"] == []
    text = blog.feder("status").stdout
    assert "Tags used by one post only (1)" in text and "Tags written in several ways (0)" in text


def test_spellings_outside_the_tags_file_are_still_reported(blog):
    blog.write({
        "tags.yml": TAGS_FILE,
        "posts/a.de.md": post("A", tags="[E-Mail, Vertrieb]"),
        "posts/b.de.md": post("B", tags="[EMail, vertrieb]"),
    })
    result = status(blog)
    assert result["tags_used_once"] == []
    assert [use["tag_pages"] for use in result["tag_spellings"]] == [["e-mail", "email"]]
