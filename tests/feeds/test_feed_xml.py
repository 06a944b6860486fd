"""The feed writer and the feed content pipeline, without MkDocs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from feder.content.html import absolute_links
from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.urls import Urls
from feder.feeds import Channel, FeedContent, Item, atom_xml, publishable, rss_xml, without_active_content
from tests.support.feedrules import atom_problems, rss_problems

TZ = dt.timezone(dt.timedelta(hours=2))
SITE = "https://blog.example.org/"


def channel(**changes) -> Channel:
    item = Item(
        title="Erster", url=SITE + "posts/erster/", published=dt.datetime(2024, 3, 31, 9, 30, tzinfo=TZ),
        updated=dt.datetime(2024, 4, 2, tzinfo=TZ), summary="Kurz & <gut>", content='<p><a href="https://x.org/">x</a></p>',
        authors=(("Redaktion", SITE + "authors/redaktion/"),), categories=("KI", "Vertrieb"),
    )
    values = dict(
        title="Testblog", link=SITE, description="Ein Blog.", lang="de", items=(item,),
        updated=item.updated, author="Testblog",
    )
    values.update(changes)
    return Channel(**values)


def test_rss_and_atom_follow_the_rules():
    rss = etree.fromstring(rss_xml(channel(), SITE + "feed.xml")).getroottree()
    atom = etree.fromstring(atom_xml(channel(), SITE + "atom.xml")).getroottree()
    assert rss_problems(rss, SITE + "feed.xml") == []
    assert atom_problems(atom, SITE + "atom.xml") == []


def test_the_channel_link_is_the_html_page_not_the_self_link():
    """feedgen makes the last link() the RSS <link>; the self link is set first."""
    rss = etree.fromstring(rss_xml(channel(), SITE + "feed.xml"))
    assert rss.findtext("channel/link") == SITE


def test_summary_is_text_shown_as_written():
    parsed = feedparser.parse(rss_xml(channel(), SITE + "feed.xml"))
    assert parsed.entries[0].summary == "Kurz &amp; &lt;gut&gt;"  # HTML for "Kurz & <gut>"
    atom = feedparser.parse(atom_xml(channel(), SITE + "atom.xml"))
    assert atom.entries[0].summary == "Kurz &amp; &lt;gut&gt;"


def test_the_feed_date_is_the_channels_never_the_build_time():
    rss = etree.fromstring(rss_xml(channel(), SITE + "feed.xml"))
    atom = etree.fromstring(atom_xml(channel(), SITE + "atom.xml"))
    assert rss.findtext("channel/lastBuildDate") == "Tue, 02 Apr 2024 00:00:00 +0200"
    assert atom.findtext("{http://www.w3.org/2005/Atom}updated") == "2024-04-02T00:00:00+02:00"
    assert rss_xml(channel(), SITE + "feed.xml") == rss_xml(channel(), SITE + "feed.xml")


def test_the_rules_catch_broken_feeds():
    """The rules are not vacuous: a feed with http links, a bad date and a duplicate guid fails them."""
    bad = rss_xml(channel(), "http://blog.example.org/feed.xml").replace(
        b"<link>https://blog.example.org/</link>", b"<link>http://blog.example.org/</link>", 1
    ).replace(b"+0200</pubDate>", b"MESZ</pubDate>")
    second = (
        '<item><title>x</title><link>https://blog.example.org/posts/erster/</link>'
        '<guid isPermaLink="true">https://blog.example.org/posts/erster/</guid>'
        "<pubDate>So, 31 Mär 2024 09:30:00 +0200</pubDate><script>1</script></item>"
    )
    bad = bad.replace(b"</item>", b"</item>" + second.encode(), 1)
    problems = rss_problems(etree.fromstring(bad).getroottree(), "https://blog.example.org/feed.xml")
    assert any("channel link" in p for p in problems)
    assert any("atom:link rel=self" in p for p in problems)
    assert any("item 1: pubDate" in p for p in problems)
    assert any("item 2: pubDate" in p for p in problems)
    assert any("guids are not unique" in p for p in problems)
    assert any("script" in p for p in problems)


def make_post(slug: str = "erster", lang: str = "de") -> Post:
    return Post(slug=slug, lang=lang, path=f"posts/{slug}.{lang}.md", file=Path(), relpath="", title="T",
                date=dt.datetime(2024, 1, 1, tzinfo=TZ), authors=(), tags=(), body="", body_line=1, excerpt="",
                has_more=False, fingerprint="")


def test_feed_content_pipeline_transforms_then_makes_links_absolute():
    post = make_post()
    rendered = {post: '<p>A <a href="../zweiter/">link</a><explainer-demo>live</explainer-demo></p>'}
    seen = []

    def static_fallback(html: str) -> str:  # what feder.explainers provides
        seen.append(html)
        return html.replace("<explainer-demo>live</explainer-demo>", '<img src="../../assets/static.png" alt="">')

    content = FeedContent(rendered, Urls(Languages(("de", "en"))), SITE, transforms=(static_fallback,))
    html = content.html(post)
    assert html == f'<p>A <a href="{SITE}posts/zweiter/">link</a><img src="{SITE}assets/static.png" alt=""></p>'
    content.html(post)
    assert len(seen) == 1  # once per post, however many feeds it is in


def test_without_active_content_keeps_the_text():
    html = (
        '<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2><!-- more -->'
        '<p onclick="x()">vor<script>x()</script>nach <a href="jav&#x09;ascript:x()">link</a></p>'
        '<iframe src="https://x.org/"></iframe><object data="x.swf"></object><style>p{}</style>'
    )
    assert without_active_content(html) == '<h2 id="a">A</h2><p>vornach <a>link</a></p>'


@pytest.mark.parametrize("html", [
    '<p>Text <a href="../andere/#teil">Link</a> <img src="bild.png" srcset="a.png 1x, ../b.png 2x" alt=""></p>',
    '<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2><!-- more --><p onclick="x()">vor<script>x()</script>'
    'nach <a href="jav&#x09;ascript:x()">link</a> <a href="/en/posts/x/">abs</a></p><iframe src="x"></iframe>',
    "Nur Text & mehr",
    "",
    # links lxml finds only in CSS and <param>; attribute names in other cases
    '<p style="background:url(a.png)">s</p><a href="b/">b</a><param valuetype="ref" value="m.swf">',
    '<a HREF="Y">u</a><svg><a xlink:href="z">z</a></svg><form action="send"><button formaction="go">g</button></form>',
    '<blockquote cite="q.html">q</blockquote><a href="">e</a><a href="#f">f</a><a href="mailto:x@y">m</a>',
    '<iframe srcdoc="<b>"></iframe><a href="data:text/html,x" OnClick="y()">d</a><img src="data:image/png;base64,AA">',
])
def test_publishable_is_without_active_content_then_absolute_links(html):
    """One parse does what the two steps did one after the other."""
    expected = absolute_links(without_active_content(html), "posts/quelle/", SITE)
    assert publishable(html, "posts/quelle/", SITE) == expected
