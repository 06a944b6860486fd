"""`feder new`: a new post or a missing translation, valid at once, never overwriting."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import frontmatter
import pytest

from feder.content.text import fingerprint
from tests.cli.support import post


def meta(blog, name):
    return frontmatter.loads(blog.read(name))


def test_new_post_passes_check(blog):
    result = blog.feder("new", "Künstliche Intelligenz im Vertrieb", "--tags", "KI, Vertrieb, ki,  ")
    assert result.exit_code == 0
    assert result.stdout == "posts/kuenstliche-intelligenz-im-vertrieb.de.md\n"
    written = meta(blog, "posts/kuenstliche-intelligenz-im-vertrieb.de.md")
    assert written["title"] == "Künstliche Intelligenz im Vertrieb"
    assert written["date"] == dt.datetime.now(ZoneInfo("Europe/Berlin")).date()
    assert written["authors"] == ["redaktion"]
    assert written["tags"] == ["KI", "Vertrieb"]
    assert "<!-- more -->" in written.content
    assert "Zwischenüberschrift" in written.content
    check = blog.feder("check")
    assert (check.exit_code, check.stdout) == (0, "")


@pytest.mark.parametrize("title", ["2019", "yes", "Vertrieb: ein Überblick # Teil 1", 'Der "beste" Weg'])
def test_titles_that_yaml_would_misread_stay_text(blog, title):
    assert blog.feder("new", title, "--slug", "titel").exit_code == 0
    assert meta(blog, "posts/titel.de.md")["title"] == title
    assert blog.feder("check").exit_code == 0


def test_english_post_with_author_and_date(blog):
    result = blog.feder("new", "Sales in a BANI world", "--lang", "en", "--author", "max", "--date", "2025-01-31")
    assert result.exit_code == 0
    written = meta(blog, "posts/sales-in-a-bani-world.en.md")
    assert (written["authors"], written["date"]) == (["max"], dt.date(2025, 1, 31))
    assert "Subheading" in written.content
    assert blog.feder("check").exit_code == 0


def test_never_overwrites(blog):
    blog.write({"posts/bani.de.md": post("BANI", body="Mein Text.\n")})
    result = blog.feder("new", "BANI")
    assert result.exit_code == 1
    assert "posts/bani.de.md already exists" in result.stderr
    assert blog.read("posts/bani.de.md").endswith("Mein Text.\n")


def test_a_slug_of_the_other_language_points_to_translate(blog):
    blog.write({"posts/2019/bani.en.md": post("BANI")})
    result = blog.feder("new", "BANI")
    assert result.exit_code == 1
    assert "feder new --translate bani --lang de" in result.stderr
    assert blog.post_files() == ["posts/2019/bani.en.md"]


@pytest.mark.parametrize("args, said", [
    (["new", "BANI", "--author", "niemand"], "unknown author niemand; the ids in authors.yml are max, redaktion"),
    (["new", "BANI", "--lang", "fr"], "unknown language 'fr'; this blog's languages are de, en"),
    (["new", "!!!"], "cannot make a slug"),
    (["new"], "give the title"),
    (["new", "BANI", "--date", "31.01.2025"], "'31.01.2025' does not match the format"),
    (["new", "BANI", "--translate", "bani"], "with --translate only --lang may be given"),
])
def test_usage_errors(blog, args, said):
    result = blog.feder(*args)
    assert result.exit_code == 2
    assert said in result.stderr
    assert blog.post_files() == []


SOURCE = post(
    "Vertrieb in der BANI-Welt", date="2024-02-12", authors="[max, redaktion]", tags='["BANI", "Vertrieb"]',
    summary='"Worum es geht."', body="Erster Absatz.\n\n<!-- more -->\n\n## Teil\n\nMehr Text.\n",
)


def test_translation_copies_date_authors_tags_and_records_the_source(blog):
    blog.write({"posts/2024/bani.de.md": SOURCE})
    result = blog.feder("new", "--translate", "bani", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout == "posts/2024/bani.en.md\n"
    written = meta(blog, "posts/2024/bani.en.md")
    source = meta(blog, "posts/2024/bani.de.md")
    assert written["date"] == dt.date(2024, 2, 12)
    assert written["authors"] == ["max", "redaktion"]
    assert written["tags"] == ["BANI", "Vertrieb"]
    assert written["source_fingerprint"] == fingerprint(source.content)
    assert written["draft"] is True  # not published before it is translated
    assert "## Teil" in written.content  # the text to translate in place
    assert "TODO: translate" in blog.read("posts/2024/bani.en.md")
    check = blog.feder("check")
    assert (check.exit_code, check.stdout) == (0, "")


def test_translation_language_defaults_to_the_missing_one(blog):
    blog.write({"posts/bani.de.md": SOURCE})
    assert blog.feder("new", "--translate", "posts/bani.de.md").exit_code == 0
    assert blog.post_files() == ["posts/bani.de.md", "posts/bani.en.md"]


def test_translation_keeps_a_time_of_day(blog):
    blog.write({"posts/bani.de.md": post("BANI", date="2024-02-12T09:30:00+01:00")})
    assert blog.feder("new", "--translate", "bani").exit_code == 0
    assert "date: 2024-02-12T09:30:00+01:00\n" in blog.read("posts/bani.en.md")


def test_translation_from_english_to_german(blog):
    blog.write({"posts/funnel.en.md": post("Funnel")})
    assert blog.feder("new", "--translate", "funnel", "--lang", "de").exit_code == 0
    assert meta(blog, "posts/funnel.de.md")["source_fingerprint"] == fingerprint(
        "Erster Absatz.\n\n<!-- more -->\n\nMehr Text.\n"
    )


def test_translation_never_overwrites(blog):
    blog.write({"posts/bani.de.md": SOURCE, "posts/bani.en.md": post("BANI", body="Translated.\n")})
    result = blog.feder("new", "--translate", "bani", "--lang", "en")
    assert result.exit_code == 1
    assert "posts/bani.en.md already exists" in result.stderr
    assert blog.read("posts/bani.en.md").endswith("Translated.\n")


def test_translation_of_a_missing_or_broken_post(blog):
    assert "no post with the slug 'nix'" in blog.feder("new", "--translate", "nix").stderr
    blog.write({"posts/kaputt.de.md": post("Kaputt", date="2019-02-30")})
    result = blog.feder("new", "--translate", "kaputt")
    assert result.exit_code == 1
    assert "fix the source post first" in result.stderr
    assert "posts/kaputt.de.md:3: date:" in result.stderr
    assert blog.post_files() == ["posts/kaputt.de.md"]
