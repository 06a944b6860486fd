"""Reading post files: encoding, empty files, frontmatter fences, YAML syntax, file names."""
from __future__ import annotations

from tests.support.contentloader import load, messages


def test_valid_post_is_loaded(tmp_path):
    content = load(tmp_path, {"posts/bani.de.md": "---\ntitle: BANI\ndate: 2024-03-31\n---\nText.\n"})
    assert messages(content) == []
    [post] = content.posts
    assert (post.slug, post.lang, post.path) == ("bani", "de", "posts/bani.de.md")
    assert (post.title, post.body_line) == ("BANI", 5)
    assert post.authors == ("redaktion",)


def test_yaml_syntax_error_names_the_line_in_the_file(tmp_path):
    text = "---\ntitle: BANI\ndate: 2024-03-31\ntags: [KI, Vertrieb\nsummary: x\n---\nText.\n"
    content = load(tmp_path, {"posts/bani.de.md": text})
    [problem] = content.problems
    assert str(problem) == (
        "posts/bani.de.md:4: tags: the list opened with [ is not closed; "
        "end it with ] on the same line: tags: [KI, Vertrieb]"
    )


def test_yaml_error_after_blank_lines_counts_file_lines(tmp_path):
    text = "---\ntitle: BANI\n\n\ndate: 2024-03-31\nsummary: \"unclosed\n---\nText.\n"
    [problem] = load(tmp_path, {"posts/a.de.md": text}).problems
    assert str(problem).startswith('posts/a.de.md:6: summary: the quote " in column 10 is not closed')


def test_yaml_error_the_hints_do_not_know_keeps_the_parsers_words(tmp_path):
    text = "---\ntitle: *nirgends\ndate: 2024-03-31\n---\nText.\n"
    [problem] = load(tmp_path, {"posts/a.de.md": text}).problems
    assert problem.field == "frontmatter" and "YAML syntax error" in problem.message


def test_file_that_is_not_utf8(tmp_path):
    data = "---\ntitle: Größe\ndate: 2024-03-31\n---\nÄrger\n".encode("latin-1")
    [problem] = load(tmp_path, {"posts/a.de.md": data}).problems
    assert (problem.line, problem.field) == (2, "encoding")
    assert "not UTF-8" in problem.message and "0xf6" in problem.message


def test_empty_file(tmp_path):
    [problem] = load(tmp_path, {"posts/a.de.md": "  \n\n"}).problems
    assert str(problem).startswith("posts/a.de.md:1: file: the file is empty")


def test_missing_frontmatter(tmp_path):
    [problem] = load(tmp_path, {"posts/a.de.md": "Nur Text.\n"}).problems
    assert (problem.line, problem.field) == (1, "frontmatter")
    assert "missing" in problem.message


def test_frontmatter_without_closing_fence(tmp_path):
    [problem] = load(tmp_path, {"posts/a.de.md": "---\ntitle: BANI\ndate: 2024-03-31\n\nText ohne Ende.\n"}).problems
    assert (problem.line, problem.field) == (1, "frontmatter")
    assert "not closed" in problem.message


def test_frontmatter_that_is_not_a_mapping(tmp_path):
    problems = load(tmp_path, {"posts/a.de.md": "---\n- title\n- date\n---\nText.\n"}).problems
    assert any(p.field == "frontmatter" and "key: value" in p.message for p in problems)


def test_windows_line_endings_and_bom(tmp_path):
    text = "\ufeff---\r\ntitle: BANI\r\ndate: 2024-03-31\r\n---\r\nText.\r\n"
    content = load(tmp_path, {"posts/a.de.md": text})
    assert messages(content) == []
    assert content.posts[0].body == "Text.\n"


def test_body_starting_with_blank_lines_keeps_line_numbers(tmp_path):
    content = load(tmp_path, {"posts/a.de.md": "---\ntitle: A\ndate: 2024-03-31\n---\n\n\nText.\n"})
    post = content.posts[0]
    assert post.body_line + post.body.splitlines().index("Text.") == 7


def test_file_without_language_suffix(tmp_path):
    [problem] = load(tmp_path, {"posts/bani.md": "---\ntitle: A\ndate: 2024-03-31\n---\n"}).problems
    assert str(problem).startswith("posts/bani.md:1: file name: no language suffix")
    assert "bani.de.md" in problem.message


def test_unknown_language_suffix(tmp_path):
    [problem] = load(tmp_path, {"posts/bani.fr.md": "---\ntitle: A\ndate: 2024-03-31\n---\n"}).problems
    assert str(problem).startswith("posts/bani.fr.md:1: file name: unknown language suffix '.fr'")
    assert "de, en" in problem.message


def test_slug_with_capitals_or_umlauts_suggests_a_name(tmp_path):
    [problem] = load(tmp_path, {"posts/Über-Uns.de.md": "---\ntitle: A\ndate: 2024-03-31\n---\n"}).problems
    assert problem.field == "file name"
    assert "ueber-uns.de.md" in problem.message


def test_two_files_for_the_same_url(tmp_path):
    post = "---\ntitle: A\ndate: 2024-03-31\n---\n"
    problems = load(tmp_path, {"posts/2019/bani.de.md": post, "posts/2020/bani.de.md": post}).problems
    assert sorted(str(p) for p in problems) == [
        "posts/2019/bani.de.md:1: file name: publishes to the same URL /posts/bani/ as posts/2020/bani.de.md; "
        "rename one of them",
        "posts/2020/bani.de.md:1: file name: publishes to the same URL /posts/bani/ as posts/2019/bani.de.md; "
        "rename one of them",
    ]


def test_other_files_in_posts_are_reported_not_ignored(tmp_path):
    [problem] = load(tmp_path, {"posts/bild.png": b"\x89PNG"}).problems
    assert problem.field == "file name" and "docs/assets/" in problem.message


def test_all_problems_of_all_files_are_reported_together(tmp_path):
    content = load(tmp_path, {
        "posts/a.de.md": "---\ndate: 2024-03-31\n---\n",
        "posts/b.de.md": "---\ntitle: B\n---\n",
        "posts/c.md": "",
    })
    assert {(p.path, p.field) for p in content.problems} == {
        ("posts/a.de.md", "title"), ("posts/b.de.md", "date"), ("posts/c.md", "file name"),
    }
