"""Frontmatter rules: each problem names file, line and field, and says what was expected."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.support.contentloader import load, messages


def problems_of(tmp_path, frontmatter: str):
    return messages(load(tmp_path, {"posts/p.de.md": f"---\n{frontmatter}---\nText.\n"}))


def test_missing_title(tmp_path):
    assert problems_of(tmp_path, "date: 2024-03-31\n") == [
        'posts/p.de.md:1: title: missing; every post needs a title, e.g. title: "Vertrieb in der BANI-Welt"'
    ]


@pytest.mark.parametrize("value", ['""', "'  '", ""])
def test_empty_title(tmp_path, value):
    [message] = problems_of(tmp_path, f"title: {value}\ndate: 2024-03-31\n")
    assert message.startswith("posts/p.de.md:2: title: is empty")


@pytest.mark.parametrize("value, said", [
    ("2019", "`2019`, which YAML reads as a number"),
    ("yes", "`yes`, which YAML reads as the boolean true"),
    ("[a, b]", "a list"),
])
def test_title_that_is_not_text(tmp_path, value, said):
    [message] = problems_of(tmp_path, f"title: {value}\ndate: 2024-03-31\n")
    assert message.startswith(f"posts/p.de.md:2: title: is {said}; expected text")


def test_number_title_gets_a_quoting_hint(tmp_path):
    [message] = problems_of(tmp_path, "title: 2019\ndate: 2024-03-31\n")
    assert message.endswith('put it in quotes to keep it as text: "2019"')


def test_missing_date(tmp_path):
    [message] = problems_of(tmp_path, "title: A\n")
    assert message.startswith("posts/p.de.md:1: date: missing; expected the publication date")


def test_impossible_date(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2019-02-30\n")
    assert message == (
        "posts/p.de.md:3: date: `2019-02-30` is not a valid date (day is out of range for month); "
        "expected a date like 2024-03-31 or a date and time like 2024-03-31T09:30:00+01:00"
    )


def test_impossible_quoted_date(tmp_path):
    [message] = problems_of(tmp_path, 'title: A\ndate: "2019-02-30"\n')
    assert message.startswith('posts/p.de.md:3: date: "2019-02-30" is not a date (day is out of range for month)')


@pytest.mark.parametrize("value", ["31.03.2019", "gestern", "März 2019"])
def test_unparseable_date(tmp_path, value):
    [message] = problems_of(tmp_path, f"title: A\ndate: {value}\n")
    assert message.startswith(f'posts/p.de.md:3: date: "{value}" is not a date; expected a date like 2024-03-31')


def test_date_as_number(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2019\n")
    assert "`2019`, which YAML reads as a number; expected a date" in message


def test_dates_are_time_zone_aware(tmp_path):
    content = load(tmp_path, {
        "posts/a.de.md": "---\ntitle: A\ndate: 2024-04-02\n---\n",
        "posts/b.de.md": "---\ntitle: B\ndate: 2024-03-31T09:30:00\n---\n",
        "posts/c.de.md": "---\ntitle: C\ndate: 2024-03-31T09:30:00+00:00\n---\n",
    })
    dates = {post.slug: post.date for post in content.posts}
    assert dates["a"].isoformat() == "2024-04-02T00:00:00+02:00"
    assert dates["b"].isoformat() == "2024-03-31T09:30:00+02:00"
    assert dates["c"] == dt.datetime(2024, 3, 31, 9, 30, tzinfo=dt.UTC)


def test_updated_before_date(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2024-03-31\nupdated: 2024-01-01\n")
    assert message.startswith("posts/p.de.md:4: updated: 2024-01-01 is before the publication date 2024-03-31")


def test_tags_that_are_not_a_list(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2024-03-31\ntags: KI, Vertrieb\n")
    assert message.startswith(
        'posts/p.de.md:4: tags: is the text "KI, Vertrieb"; expected a list such as [KI, Vertrieb]'
    )


def test_tags_that_yaml_turns_into_booleans_and_numbers(tmp_path):
    found = problems_of(tmp_path, "title: A\ndate: 2024-03-31\ntags:\n  - On\n  - KI\n  - 2019\n  - no\n")
    assert found == [
        "posts/p.de.md:5: tags: tag 1 is `On`, which YAML reads as the boolean true; expected text; "
        'put it in quotes to keep it as text: "On"',
        "posts/p.de.md:7: tags: tag 3 is `2019`, which YAML reads as a number; expected text; "
        'put it in quotes to keep it as text: "2019"',
        "posts/p.de.md:8: tags: tag 4 is `no`, which YAML reads as the boolean false; expected text; "
        'put it in quotes to keep it as text: "no"',
    ]


def test_empty_tags(tmp_path):
    found = problems_of(tmp_path, 'title: A\ndate: 2024-03-31\ntags: ["", "!!"]\n')
    assert found == [
        "posts/p.de.md:4: tags: tag 1 is empty; expected a word such as Vertrieb",
        'posts/p.de.md:4: tags: tag 2 "!!" has no letters or digits, so it cannot have a page; '
        "expected a word such as Vertrieb",
    ]


def test_same_tag_twice_is_kept_once(tmp_path):
    content = load(
        tmp_path, {"posts/a.de.md": "---\ntitle: A\ndate: 2024-03-31\ntags: [KI, ki, ' KI ', Vertrieb]\n---\n"}
    )
    assert content.posts[0].tags == ("KI", "Vertrieb")


def test_unknown_author(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2024-03-31\nauthors: [redaktoin]\n")
    assert message == (
        "posts/p.de.md:4: authors: unknown author \"redaktoin\" (did you mean 'redaktion'?); "
        "known ids are redaktion (defined in authors.yml)"
    )


def test_single_author_as_text(tmp_path):
    content = load(tmp_path, {"posts/a.de.md": "---\ntitle: A\ndate: 2024-03-31\nauthors: redaktion\n---\n"})
    assert content.posts[0].authors == ("redaktion",)


def test_draft_must_be_a_boolean(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2024-03-31\ndraft: vielleicht\n")
    assert message.startswith('posts/p.de.md:4: draft: is the text "vielleicht"; expected true or false')


def test_unknown_key_is_a_warning_naming_the_key(tmp_path):
    content = load(tmp_path, {"posts/p.de.md": "---\ntitle: A\ndate: 2024-03-31\nsumary: Kurz.\n---\n"})
    [problem] = content.problems
    assert problem.severity == "warning"
    assert str(problem).startswith("posts/p.de.md:4: sumary: unknown key (did you mean 'summary'?)")
    assert len(content.posts) == 1


def test_key_given_twice(tmp_path):
    [message] = problems_of(tmp_path, "title: A\ndate: 2024-03-31\ntitle: B\n")
    assert message == "posts/p.de.md:4: title: given twice (lines 2 and 4); keep one"


def test_every_problem_of_one_file_is_reported(tmp_path):
    found = problems_of(tmp_path, "title: 2019\ndate: 2019-02-30\ntags: KI\nauthors: [niemand]\n")
    assert [m.split(":")[2].strip() for m in found] == ["title", "date", "authors", "tags"]
