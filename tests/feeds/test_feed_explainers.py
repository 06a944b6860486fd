"""Explainers reach feeds as their static fallback: the argument stays, nothing needs a script."""
from __future__ import annotations

import feedparser
import lxml.html
from lxml import etree

from tests.support.feedrules import NS, atom_problems, rss_problems
from tests.support.sitebuilder import make_site, plugins, post

SITE = "https://blog.example.org/"
BODY = "Vorab.\n\n<!-- more -->\n\n```bani\n```\n\n```funnel\nvisitors: 20000\n```\n\nDanach.\n"


def test_feeds_carry_the_static_form_of_explainers(tmp_path):
    site = make_site(tmp_path, {"posts/erklaert.de.md": post("Erklärt", tags=["BANI"], body=BODY)})
    site.build(
        plugins=[*plugins(), "feder-explainers"],
        markdown_extensions=["toc", "attr_list", "md_in_html", "admonition", "pymdownx.superfences"],
    )
    page = site.html("posts/erklaert/")
    # interactive on the page
    assert page.xpath("//*[@data-feder-explainer]//input | //*[@data-feder-explainer]//button")
    for path in ("feed.xml", "atom.xml", "tags/bani/feed.xml"):
        tree = etree.parse(str(site.site_dir / path))
        check = atom_problems if path.endswith("atom.xml") else rss_problems
        assert check(tree, SITE + path) == [], path
        assert feedparser.parse((site.site_dir / path).read_bytes()).bozo == 0
        [content] = [e.text for e in tree.iter(f"{{{NS['content']}}}encoded", f"{{{NS['atom']}}}content")]
        html = lxml.html.fragment_fromstring(content, create_parent="div")
        explainers = html.xpath("//*[contains(concat(' ', @class, ' '), ' feder-explainer--static ')]")
        assert len(explainers) == 2, path
        assert html.xpath("//script | //input | //button | //select | //*[@data-feder-interactive]") == [], path
        assert html.xpath("//dl") and html.xpath("//table"), path  # BANI's definitions, the funnel's figures
        assert "Danach." in html.text_content()
