"""Active content in posts and pages fails `feder check` and the build, each with path:line and a way out.

Every kind of issue 11 (and the SVG/MathML vectors and parser tricks that hide markup)
is one post; one build and one `feder check` of the site must report each at its line,
with the same messages. Ordinary HTML that authors write, and feder's explainers, pass.
"""
from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner
from mkdocs.exceptions import Abort

from feder.cli import main
from feder.content.activecontent import find_active_content
from feder.explainers import EXPLAINERS, PageRenderer
from feder.explainers.blocks import scan
from tests.support.logs import mkdocs_messages
from tests.support.sitebuilder import make_site, plugins, post

PREFIX = "Erster Absatz.\n\n<!-- more -->\n\n"
# Frontmatter of `post()` is 4 lines (---, title, date, ---), then PREFIX: the snippet's first line is 9.
LINE = 9

# name -> (Markdown with the active content on its first line, words the message must contain)
KINDS = {
    "script": ("<script>alert(1)</script>", "<script>"),
    "script-module": ('<script type="module">import "./x.js"</script>', "<script>"),
    "handler": ('<p onclick="alert(1)">Klick</p>', "onclick="),
    "handler-attr-list": ('## Titel {: onmouseover="alert(1)" }', "onmouseover="),
    "handler-details": ("<details open ontoggle=alert(1)><summary>x</summary>y</details>", "ontoggle="),
    "javascript-link": ("[hier](javascript:alert(1))", "javascript: URL"),
    "javascript-image": ("![Bild](javascript:alert(1))", "javascript: URL"),
    "javascript-tab": ('<a href="jav&#x09;ascript:alert(1)">x</a>', "javascript: URL"),
    "javascript-entity": ('<a href="&#106;avascript:alert(1)">x</a>', "javascript: URL"),
    "javascript-named-entity": ('<a href="javascript&colon;alert(1)">x</a>', "javascript: URL"),
    "javascript-space": ('<a href=" JaVaScRiPt:alert(1)">x</a>', "javascript: URL"),
    "vbscript": ('<a href="vbscript:msgbox(1)">x</a>', "vbscript: URL"),
    "data-html": ('<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', "data: URL"),
    "iframe": ('<iframe src="https://example.org/"></iframe>', "<iframe>"),
    "object": ('<object data="film.swf"></object>', "<object>"),
    "embed": ('<embed src="film.swf">', "<embed>"),
    "base": ('<base href="https://evil.example/">', "<base>"),
    "meta": ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "<meta>"),
    "form-elsewhere": ('<form action="https://evil.example/collect"><input name="q"></form>', "another site"),
    "form-javascript": ('<form action="javascript:alert(1)"><button>Los</button></form>', "javascript: URL"),
    "formaction": ('<form><button formaction="https://evil.example/">Los</button></form>', "another site"),
    "srcdoc": ('<div srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">x</div>', "srcdoc="),
    "svg-script": ("<svg><script>alert(1)</script></svg>", "<script>"),
    "svg-onload": ("<svg onload=alert(1)></svg>", "onload="),
    "svg-link": ('<svg><a xlink:href="javascript:alert(1)"><text y="20">x</text></a></svg>', "javascript: URL"),
    "svg-animate": (
        '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
        "<animate>",
    ),
    "mathml-href": ('<math><mtext href="javascript:alert(1)">x</mtext></math>', "javascript: URL"),
    "style-hides-markup": ("<svg><style><img src=x onerror=alert(1)></style></svg>", "onerror="),
    "noscript-hides-markup": (
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>', "onerror=",
    ),
    "comment-hides-markup": ("<!-- x --!><img src=x onerror=alert(1)> -->", "onerror="),
    "body-tag": ('<body onload="alert(1)">', "<body>"),
}

ORDINARY = """\
Erster Absatz mit <abbr title="Customer Relationship Management">CRM</abbr> und Fußnote[^1] und x<sup>2</sup>.

<!-- more -->

<figure markdown>
![Ein Bild](../assets/bild.png){: width="300" loading="lazy" }
<figcaption>Eine <em>Bildunterschrift</em>.</figcaption>
</figure>

<details><summary>Mehr</summary>Versteckter <strong>Text</strong>.</details>

<div class="hinweis" markdown>
**Fett** und [ein Link](https://example.org/ "Titel"), [Mail](mailto:redaktion@example.org), [Telefon](tel:+49301234).
</div>

## Abschnitt {: #eigener-anker .klasse data-toc-label="Kurz" }

| A | B |
| - | - |
| 1 | <img src="data:image/png;base64,iVBORw0KGgo=" alt="Punkt"> |

Text mit `<script>` im Code.

```html
<script>alert("nur ein Beispiel")</script>
```

[^1]: Die Fußnote.
"""


def test_the_kinds_cover_issue_11():
    """`<script>`, handlers, javascript:/data: URLs, iframe, object, embed, base, meta, form, srcdoc."""
    messages = " ".join(expected for _, expected in KINDS.values())
    for kind in ("<script>", "on", "javascript: URL", "data: URL", "<iframe>", "<object>", "<embed>", "<base>",
                 "<meta>", "another site", "srcdoc="):
        assert kind in messages


@pytest.fixture(scope="module")
def active_site(tmp_path_factory):
    """One post per kind, and a docs page with a script; built once and checked once."""
    files = {f"posts/{kind}.de.md": post(kind, body=PREFIX + markdown + "\n") for kind, (markdown, _) in KINDS.items()}
    files["docs/about.md"] = "# Über uns\n\nText.\n\n<script>alert(1)</script>\n"
    files["posts/zwei.de.md"] = post(
        "Zwei", body=PREFIX + "<script>a()</script>\n\n```html\n<script>b()</script>\n```\n\n<script>c()</script>\n"
    )
    return make_site(tmp_path_factory.mktemp("active"), files)


@pytest.fixture(scope="module")
def reported(active_site):
    """The problems as `feder check --format json` and as the build report them."""
    with pytest.MonkeyPatch.context() as env:
        env.chdir(active_site.root)
        env.setenv("NO_MKDOCS_2_WARNING", "1")
        with mkdocs_messages(logging.ERROR) as errors, pytest.raises(Abort):
            active_site.build(plugins=plugins() + ["feder-explainers"])
        result = CliRunner().invoke(main, ["check", "--format", "json"], env={"GITHUB_ACTIONS": None})
    [build_error] = [m for m in errors.messages if "problem(s) in the content" in m]
    return result, json.loads(result.stdout), build_error.splitlines()[1:]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_fails_feder_check_with_its_line(reported, kind):
    result, findings, _ = reported
    assert result.exit_code == 1
    mine = [f for f in findings if f["path"] == f"posts/{kind}.de.md"]
    assert mine, f"{kind}: not found"
    assert all(f["line"] == LINE and f["field"] == "active content" and f["severity"] == "error" for f in mine), mine
    assert any(KINDS[kind][1] in f["message"] for f in mine), mine
    assert all("explainer" in f["message"] or "link" in f["message"] or "remove" in f["message"] for f in mine)


def test_the_build_reports_exactly_what_feder_check_reports(reported):
    _, findings, build_lines = reported
    assert sorted(build_lines) == sorted(f"{f['path']}:{f['line']}: {f['field']}: {f['message']}" for f in findings)


def test_pages_in_docs_are_checked_too(reported):
    _, findings, _ = reported
    assert [(f["path"], f["line"]) for f in findings if f["path"].startswith("docs/")] == [("docs/about.md", 5)]


def test_repeated_findings_get_their_own_lines_and_examples_in_code_do_not_count(reported):
    _, findings, _ = reported
    assert [f["line"] for f in findings if f["path"] == "posts/zwei.de.md"] == [LINE, LINE + 6]


def test_ordinary_html_and_every_explainer_pass_check_and_build(tmp_path, monkeypatch):
    blocks = "\n".join(f"```{name}\n```\n" for name in EXPLAINERS)
    site = make_site(tmp_path, {
        "docs/assets/bild.png": b"\x89PNG\r\n\x1a\n",
        "posts/normal.de.md": post("Normal", body=ORDINARY + "\n" + blocks),
    })
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site.build(plugins=plugins() + ["feder-explainers"], markdown_extensions=[
        "toc", "attr_list", "md_in_html", "tables", "footnotes", "admonition", "pymdownx.superfences",
    ])
    monkeypatch.chdir(site.root)
    result = CliRunner().invoke(main, ["check"], env={"GITHUB_ACTIONS": None})
    assert result.exit_code == 0, result.stdout
    assert site.html("posts/normal/").cssselect("figure figcaption em")  # md_in_html and raw HTML arrived


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_html_of_every_explainer_has_no_active_content(lang):
    """Explainers are feder's own HTML (templates, autoescaped); the rules never flag them."""
    renderer = PageRenderer(lang)
    for block in scan("\n".join(f"```{name}\n```\n" for name in EXPLAINERS), path="x.md").blocks:
        assert find_active_content(renderer.render(block)) == [], block.name


def test_feder_check_takes_a_page_as_its_argument(active_site, monkeypatch):
    monkeypatch.chdir(active_site.root)
    result = CliRunner().invoke(main, ["check", "--format", "json", "docs/about.md"], env={"GITHUB_ACTIONS": None})
    assert result.exit_code == 1
    assert [(f["path"], f["line"]) for f in json.loads(result.stdout)] == [("docs/about.md", 5)]
