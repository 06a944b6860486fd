"""Faster versions of hot functions give exactly what the straightforward versions give."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from feder.cache.derived import DerivedStore
from feder.cache.posts import PostMemo
from feder.content.languages import Languages
from feder.content.loading import SiteSources, load_content
from feder.content.sources import _display_path, _parse_name, discover
from feder.content.text import count_words
from feder.explainers.fences import find_fences

TEXTS = [
    "", "Ein Satz. Noch einer!", "B2B-Organisationen, 3.14 und x² oder ½ – ① ﬁ", "snake_case __init__ _ a_b",
    "Kunde.\nKundin,\tMarkt;  Wert", "don't l'été naïve Größe Öffentlichkeit", "\u200bzero\u00a0width — dash",
    "```python\ncode\n```", "日本語のテキスト 한국어 العربية",
]


@pytest.mark.parametrize("text", TEXTS)
def test_count_words_counts_what_the_regular_expression_finds(text):
    assert count_words(text) == len(re.findall(r"\w+", text))


def test_fenceless_text_has_no_fences_and_fenced_text_still_has():
    assert find_fences("Text ohne Block.\n\n`inline`\n") == []
    assert [fence.info for fence in find_fences("Vorher\n\n~~~bani\nselected: anxious\n~~~\n")] == ["bani"]


def _sorted_by_path(posts_dir: Path, root: Path, languages: Languages):
    """The original discovery: sorted Path objects, hidden parts skipped."""
    sources, problems = [], []
    for file in sorted(posts_dir.rglob("*")):
        relpath = file.relative_to(posts_dir).as_posix()
        if file.is_dir() or any(part.startswith(".") for part in relpath.split("/")):
            continue
        source, problem = _parse_name(file, _display_path(file, root), relpath, languages)
        sources += [source] if source else []
        problems += [problem] if problem else []
    return sources, problems


def test_discovery_finds_files_in_the_order_of_sorted_paths(tmp_path):
    posts = tmp_path / "posts"
    for name in ("a-b.de.md", "a/b.de.md", "2019/x.en.md", "2019/.hidden/y.de.md", ".git/z.de.md",
                 ".dot.de.md", "Z.de.md", "bild.png", "ohne.md", "a/c/d.de.md"):
        (posts / name).parent.mkdir(parents=True, exist_ok=True)
        (posts / name).write_text("x")
    languages = Languages(("de", "en"))
    for root in (tmp_path, posts, Path("/anderswo")):
        assert discover(posts, root, languages) == _sorted_by_path(posts, root, languages)


def test_the_post_memo_gives_the_same_content(site):
    site.write({
        "posts/a.de.md": "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n",
        "posts/b.de.md": "---\ntitle: B\n---\nKein Datum.\n",
    })
    sources = SiteSources.from_options(site.root, {"default_author": "redaktion"})
    memo = PostMemo()
    plain, first, second = load_content(sources), load_content(sources, memo=memo), load_content(sources, memo=memo)
    assert [p.title for p in first.posts] == [p.title for p in second.posts] == [p.title for p in plain.posts] == ["A"]
    assert second.posts[0] is first.posts[0]  # not parsed again
    assert [str(p) for p in second.problems] == [str(p) for p in plain.problems]
    site.write({"posts/a.de.md": "---\ntitle: A2\ndate: 2024-01-01\n---\nText.\n"})
    assert [p.title for p in load_content(sources, memo=memo).posts] == ["A2"]


def test_derived_texts_survive_a_new_process_only_when_used(tmp_path):
    path = tmp_path / "feed-html.json"
    store = DerivedStore(path)
    store["a"], store["b"] = "eins", "zwei"
    store.save()
    again = DerivedStore(path)
    assert again.get("a") == "eins"
    again["c"] = "drei"
    again.save()
    assert dict(DerivedStore(path)) == {"a": "eins", "c": "drei"}  # "b" was not used


def _csp_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "feder_hooks_csp_fast", Path(__file__).resolve().parents[2] / "hooks" / "csp.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as MkDocs loads hooks (dataclasses need it)
    spec.loader.exec_module(module)
    return module


# Each page with the inline scripts a browser runs from it (checked against Chromium: the
# unclosed script at the end of one page is in its DOM, but a browser never runs it).
TRICKY_PAGES = [
    ('<div class="a>b" data-x=\'<script>no()</script>\'>text</div><script>yes(1)</script>', ["yes(1)"]),
    # `<script/>` is no empty element: its text runs up to the next `</script>`.
    ("<!-- <script>commented()</script> --><SCRIPT>upper()</SCRIPT><script/><script src=x.js></script>",
     ["upper()", "<script src=x.js>"]),
    ("<style>p{} <script>in_style()</script></style><script>after_style()</script>", ["after_style()"]),
    ('<script type="application/json">{"a": "<b>"}</script><script type="module">mod()</script>', ["mod()"]),
    ("<div junk=>x</div><span a b=c d='e' f=\"g\" / ><script>junk_before()</script>", ["junk_before()"]),
    ("<textarea><script>in_textarea()</script></textarea><title><script>in_title()</script></title>", []),
    ("<noscript><script>in_noscript()</script></noscript><xmp><script>in_xmp()</script></xmp>", []),
    ("<svg><script>in_svg()</script></svg><![CDATA[<script>cdata()</script>]]><?pi <script>?>", ["in_svg()"]),
    ("<script>if (a < b && c > d) { x('</div>'); }</script><p>&lt;script&gt;not()&lt;/script&gt;</p>",
     ["if (a < b && c > d) { x('</div>'); }"]),
    ("<scr ipt>no</scr ipt><script\n type='text/javascript'\n>multi_line()</script><script>unclosed(",
     ["multi_line()"]),
    ('<a href="x"<script>odd()</script><b\t>tab</b ><script >spaced()</script >', ["spaced()"]),
    ("<!--><script>after_empty_comment()</script><!-- x --!><script>after_bang()</script>",
     ["after_empty_comment()", "after_bang()"]),
    ('<script type="text&#47;javascript">decoded_type()</script><script type=x type="">first_type_counts()</script>',
     ["decoded_type()"]),
    ("<script>crlf();\r\nnext();\r</script></ x><script>after_bogus()</script>",
     ["crlf();\nnext();\n", "after_bogus()"]),
]


@pytest.mark.parametrize(("page", "scripts"), TRICKY_PAGES)
def test_the_page_policy_finds_the_scripts_a_browser_runs(page, scripts):
    assert _csp_module().inline_scripts(page) == scripts


@pytest.mark.parametrize("markdown", ["", "Ein Plugin hat doch Text ergänzt: [Link](#anker)\n\n## Anker\n"])
def test_a_list_page_renders_what_markdown_gives_for_its_source(markdown, tmp_path):
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from feder.plugins.blog.files import ListingPage

    config = load_config(str(Path(__file__).resolve().parents[2] / "mkdocs.yml"))
    rendered = []
    for kind in (Page, ListingPage):
        source = tmp_path / "tags" / "ki" / "index.md"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(markdown, encoding="utf-8")
        file = File("tags/ki/index.md", str(tmp_path), str(tmp_path / "site"), use_directory_urls=True)
        page = kind(None, file, config)
        page.read_source(config)
        page.render(config, Files([file]))
        rendered.append((page.content, [(a.id, a.title, a.level) for a in page.toc], page.present_anchor_ids,
                         page._title_from_render, {f.src_uri: a for f, a in (page.links_to_anchors or {}).items()}))
    assert rendered[0] == rendered[1]


JSON_VALUES = [
    {}, [], "", {"config": {"lang": ["de"], "separator": "[\\s\\-]+"}, "docs": []},
    {"docs": [{"location": f"posts/{n}/", "title": f"Größe „{n}“", "text": "<p>a\u2028b</p>"} for n in range(700)]},
    {"a": [1, 2.5, None, True, "ß"], "b": {"c": list(range(600)), "d": {}}, "e": {1: "not str keys"}},
    list(range(257)), list(range(512)), [[]] * 300,
]


@pytest.mark.parametrize("value", JSON_VALUES)
def test_json_in_pieces_is_what_json_dump_writes(value):
    import io
    import json

    from feder.jsonfiles import dump_in_pieces

    expected, written = io.StringIO(), io.StringIO()
    json.dump(value, expected, ensure_ascii=False, separators=(",", ":"))
    dump_in_pieces(value, written)
    assert written.getvalue() == expected.getvalue()
