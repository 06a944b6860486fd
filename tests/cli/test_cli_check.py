"""`feder check`: the build's checks and messages, exit codes, JSON and GitHub annotations."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from mkdocs.exceptions import Abort

from feder.cli import main
from tests.cli.support import post
from tests.support.sitebuilder import make_site

BAD_DATE = post("Datum kaputt", date="2019-02-30")
UNKNOWN_AUTHOR = post("Wer?", authors="[niemand]")
UNKNOWN_KEY = post("Mit Schlagworten", tagz="[KI]")


def test_clean_blog_exits_0(blog):
    blog.write({"posts/a.de.md": post("A"), "posts/a.en.md": post("A")})
    result = blog.feder("check")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "2 posts checked, no problems.\n"


def test_every_problem_as_path_line_field_message(blog):
    blog.write({"posts/a.de.md": BAD_DATE, "posts/b.de.md": UNKNOWN_AUTHOR, "posts/c.de.md": post("C")})
    result = blog.feder("check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "posts/a.de.md:3: date: `2019-02-30` is not a valid date (day is out of range for month); "
        "expected a date like 2024-03-31 or a date and time like 2024-03-31T09:30:00+01:00",
        'posts/b.de.md:4: authors: unknown author "niemand"; known ids are max, redaktion (defined in authors.yml)',
    ]
    assert "1 post without errors; 2 errors." in result.stderr


def test_same_messages_as_the_build(tmp_path, mkdocs_log, monkeypatch):
    site = make_site(tmp_path, {"posts/a.de.md": BAD_DATE, "posts/b.de.md": UNKNOWN_AUTHOR})
    with pytest.raises(Abort):
        site.build()  # writes mkdocs.yml, then stops on the content errors
    [build_error] = [m for m in mkdocs_log.messages if "problem(s) in the content" in m]
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"], env={"GITHUB_ACTIONS": None})
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines == build_error.splitlines()[1:]


def test_warnings_are_printed_but_do_not_fail(blog):
    blog.write({"posts/a.de.md": UNKNOWN_KEY})
    result = blog.feder("check")
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert line.startswith("posts/a.de.md:4: tagz: unknown key (did you mean 'tags'?); it is ignored.")
    assert line.endswith("(warning)")
    assert "make build, stops on warnings too" in result.stderr


def test_only_the_given_paths(blog):
    blog.write({"posts/a.de.md": BAD_DATE, "posts/b.de.md": post("B"), "posts/Falsch.md": "x"})
    assert blog.feder("check", "posts/b.de.md").exit_code == 0
    result = blog.feder("check", "posts/a.de.md")
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["posts/a.de.md"]


def test_a_folder_checks_the_posts_below_it(blog):
    blog.write({"posts/2019/a.de.md": BAD_DATE, "posts/b.de.md": UNKNOWN_AUTHOR})
    result = blog.feder("check", "posts/2019")
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["posts/2019/a.de.md"]


def test_shared_files_still_count_when_paths_are_given(blog):
    blog.write({"posts/a.de.md": post("A"), "authors.yml": "redaktion: [kaputt]\n"})
    result = blog.feder("check", "posts/a.de.md")
    assert result.exit_code == 1
    assert result.stdout.startswith("authors.yml:1: redaktion: expected name and bio")


def test_works_from_a_subfolder(blog, monkeypatch):
    blog.write({"posts/a.de.md": BAD_DATE})
    monkeypatch.chdir(blog.posts)
    result = blog.feder("check", "a.de.md")
    assert result.exit_code == 1
    assert result.stdout.startswith("posts/a.de.md:3: date:")


@pytest.mark.parametrize("args, said", [
    (["check", "nirgends.md"], "does not exist"),
    (["check", "mkdocs.yml"], "is not in the posts folder posts/"),
    (["check", "--format", "xml"], "'xml' is not one of 'text', 'json'"),
    (["check", "--nope"], "No such option"),
])
def test_usage_errors_exit_2(blog, args, said):
    result = blog.feder(*args)
    assert result.exit_code == 2
    assert said in result.stderr


def test_without_mkdocs_yml_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert "no mkdocs.yml in" in result.stderr
    assert "--config-file" in result.stderr


def test_config_file_option(blog, tmp_path, monkeypatch):
    blog.write({"posts/a.de.md": BAD_DATE})
    monkeypatch.chdir(tmp_path)
    result = blog.feder("check", "--config-file", str(blog.root / "mkdocs.yml"))
    assert result.exit_code == 1
    assert result.stdout.startswith("posts/a.de.md:3: date:")


def test_json_findings(blog):
    blog.write({"posts/a.de.md": BAD_DATE, "posts/b.de.md": UNKNOWN_KEY})
    result = blog.feder("check", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert [(f["path"], f["line"], f["field"], f["severity"]) for f in findings] == [
        ("posts/a.de.md", 3, "date", "error"),
        ("posts/b.de.md", 4, "tagz", "warning"),
    ]
    assert findings[0]["message"].startswith("`2019-02-30` is not a valid date")


def test_json_when_clean_is_an_empty_list(blog):
    blog.write({"posts/a.de.md": post("A")})
    result = blog.feder("check", "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_github_annotations(blog):
    blog.write({"posts/a.de.md": BAD_DATE, "posts/b.de.md": UNKNOWN_KEY})
    result = blog.feder("check", env={"GITHUB_ACTIONS": "true"})
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations[0].startswith("::error file=posts/a.de.md,line=3,title=date::`2019-02-30` is not a valid date")
    assert annotations[1].startswith("::warning file=posts/b.de.md,line=4,title=tagz::unknown key")
    assert len(annotations) == 2


def test_github_annotations_escape_and_keep_json_parseable(blog):
    blog.write({"posts/a.de.md": "---\ntitle: A\ndate: 2024-01-01\nx: 1\nx: 2\n---\n\n100% Text.\n"})
    result = blog.feder("check", "--format", "json", env={"GITHUB_ACTIONS": "true"})
    assert json.loads(result.stdout)  # annotations go to stderr with --format json
    [annotation] = [line for line in result.stderr.splitlines() if line.startswith("::error")]
    assert annotation.startswith("::error file=posts/a.de.md,line=5,title=x::given twice (lines 4 and 5); keep one")


def test_annotation_paths_are_relative_to_the_repository(blog, tmp_path):
    blog.write({"posts/a.de.md": BAD_DATE})
    result = blog.feder("check", env={"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tmp_path)})
    assert "::error file=blog/posts/a.de.md,line=3,title=date::" in result.stdout


def test_annotation_escaping():
    from feder.cli.check import annotation
    from feder.content.problems import Problem

    problem = Problem("posts/a,b.de.md", 2, "tags: x", "50% done\nnext line")
    assert (
        annotation(problem, root=None)
        == "::error file=posts/a%2Cb.de.md,line=2,title=tags%3A x::50%25 done%0Anext line"
    )


def test_posts_without_errors_counts_only_posts_no_error_names(blog):
    """Explainer errors and duplicate URLs count against a post as much as its frontmatter's."""
    languages = "      languages: [de, en]\n"
    blog.write({"mkdocs.yml": blog.read("mkdocs.yml").replace(languages, languages + "  - feder-explainers\n")})
    blog.write({
        "posts/erklaert.de.md": post("Mit Erklärung", body="Text.\n\n```bani\nselected: keins\n```\n"),
        "posts/doppelt.de.md": post("Doppelt"),
        "posts/2024/doppelt.de.md": post("Doppelt, älter"),
        "posts/gut.de.md": post("Gut"),
        "posts/gut.en.md": post("Good"),
    })
    result = blog.feder("check")
    assert result.exit_code == 1
    assert sorted({line.split(":")[0] for line in result.stdout.splitlines()}) == [
        "posts/2024/doppelt.de.md", "posts/doppelt.de.md", "posts/erklaert.de.md",
    ]
    assert result.stderr.startswith("2 posts without errors; 3 errors.")
