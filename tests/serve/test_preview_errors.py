"""`make serve` with a content error: every URL shows the problems until they are fixed, then the site again."""
from __future__ import annotations

import lxml.html
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.support.sitebuilder import config_dict, post

BROKEN = "---\ntitle: Ein Beitrag\ndate: 2024-03-31\nauthors: [niemand]\ntags: [KI]\n---\nText.\n"
UNKNOWN_AUTHOR = 'posts/a.de.md:4: authors: unknown author "niemand"'


def shows_post(title):
    return lambda status, page: status == 200 and page.findtext(".//h1") == title


def problems(page) -> list[str]:
    return [code.text_content() for code in page.findall(".//li/code")]


def test_an_error_shows_on_every_url_and_the_fixed_post_comes_back(preview):
    preview.wait_for("posts/a/", shows_post("Ein Beitrag"))

    preview.site.write({"posts/a.de.md": BROKEN})
    page = preview.wait_for("posts/a/", lambda status, page: bool(problems(page)))
    assert len(problems(page)) == 1 and problems(page)[0].startswith(UNKNOWN_AUTHOR)
    assert page.findtext(".//section[@lang='de']/h1") == "Der Inhalt hat Fehler"
    assert page.findtext(".//section[@lang='en']/h1") == "The content has errors"
    for url in ("", "en/posts/a/", "about/", "gibt-es-nicht/"):
        status, text = preview.get(url)
        assert problems(lxml.html.fromstring(text)) == problems(page), url

    preview.site.write({"posts/a.de.md": post("Ein Beitrag, repariert", body="Text.\n")})
    preview.wait_for("posts/a/", shows_post("Ein Beitrag, repariert"))
    preview.wait_for("en/posts/a/", shows_post("A post"))


def test_problems_are_escaped_and_all_listed(preview):
    preview.wait_for("", lambda status, page: status == 200)
    preview.site.write({
        "posts/a.de.md": "---\ntitle: Ein Beitrag\ndate: 2024-02-30\nauthors: ['<b>x</b>']\n---\nText.\n",
        "posts/b.de.md": "kein Frontmatter\n",
    })
    page = preview.wait_for("", lambda status, page: len(problems(page)) == 3)
    assert [line.split(": ")[0:2] for line in problems(page)] == [
        ["posts/a.de.md:3", "date"], ["posts/a.de.md:4", "authors"], ["posts/b.de.md:1", "frontmatter"],
    ]
    assert page.find(".//li//b") is None  # the author's text stays text
    assert "<b>x</b>" in problems(page)[1]


def test_problems_found_with_the_files_show_too(site):
    """A page in docs/ where a generated page goes is found in on_files, after the content checks."""
    site.write({"posts/a.de.md": post("Ein Beitrag"), "docs/index.md": "# Start\n"})
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(config_dict()), encoding="utf-8")
    config = load_config(str(site.root / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/")
    page = lxml.html.parse(str(site.site_dir / "404.html")).getroot()
    assert [line.split(": ")[:2] for line in problems(page)] == [["docs/index.md:1", "file name"]]
    assert list(site.site_dir.rglob("index.html")) == []  # every URL gets the problems page
