"""Hostile text in every content field is escaped wherever it goes, or refused with the field's name.

The fields come from the content model (tests/security/hostile.py); the payload has
closing tags, quotes, `<!--`, `]]>`, U+2028/U+2029 and a `javascript:` URL. Every page,
feed and sitemap of the built site is parsed: no element or attribute
carries the payload as markup, JSON-LD and feeds parse, and the text comes back as written.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import feedparser
import lxml.html
import pytest
from lxml import etree

from feder.content.activecontent import URL_ATTRIBUTES, is_script_url
from tests.security import hostile
from tests.security.hostile import PAYLOAD, SHORT_PAYLOAD, Field

spec = importlib.util.spec_from_file_location("feder_hooks_csp_security", hostile.CSP_HOOK)
csp = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = csp
spec.loader.exec_module(csp)

# The elements of a feed that hold HTML (titles and the channel's description are text).
FEED_HTML = "//item/description | //content:encoded | //atom:content[@type='html'] | //atom:summary[@type='html']"
FEED_NAMESPACES = {"content": "http://purl.org/rss/1.0/modules/content/", "atom": "http://www.w3.org/2005/Atom"}
# Fields that must carry the payload into the site (a sample of each source, so a refusal
# everywhere cannot pass unnoticed).
MUST_REACH_THE_SITE = [
    Field("post", "title"), Field("post", "summary"), Field("post", "tags"), Field("post", "cover"),
    Field("author", "name"), Field("author", "bio"), Field("author", "avatar"),
    Field("tags", "key"), Field("tags", "name"), Field("tags", "description"), Field("tags", "aliases"),
    Field("page", "title"), Field("page", "subtitle"), Field("page", "status"),
    Field("explainer", "funnel.title"), Field("explainer", "funnel.stages"),
    Field("explainer", "stakeholders.stakeholders"),
    Field("config", "site_name"), Field("config", "site_description"), Field("config", "copyright"),
    Field("config", "feder.description"),
]


def pages(site) -> list[Path]:
    return sorted(site.site_dir.rglob("*.html"))


def name(site, path: Path) -> str:
    return path.relative_to(site.site_dir).as_posix()


def text(element) -> str:
    return element.text_content().strip(" \t\n\r")  # not str.strip(): U+2028 is part of the payload


# Every field is covered --------------------------------------------------------------------------

def test_every_content_field_is_escaped_in_the_site_or_refused_by_name(hostile_site):
    fields = hostile.content_fields()
    assert len(fields) > 30
    assert set(hostile_site.accepted) | set(hostile_site.refused) == set(fields)
    for field, problems in hostile_site.refused.items():
        assert problems and all(hostile.names_field(problem, field) for problem in problems), (field, problems)
    assert [field for field in MUST_REACH_THE_SITE if field not in hostile_site.accepted] == []


# Pages ---------------------------------------------------------------------------------------------

def markup_from_payload(document) -> list[str]:
    """What the payload would have become, had it been printed as markup anywhere."""
    found = []
    for element in document.iter():
        if not isinstance(element.tag, str):
            if any(marker in (element.text or "") for marker in ("]]>", "alert(", "javascript:")):
                found.append(f"a comment opened by the payload: {element.text[:40]!r}")
            continue
        found += [
            f"<{element.tag} {attribute}=…>" for attribute in element.attrib if attribute.lower().startswith("on")
        ]
        if element.tag == "img" and element.get("src") == "x":
            found.append("<img src=x>")
        if element.tag == "script" and csp.is_executable(element.get("type")) and "alert(" in (element.text or ""):
            found.append(f"<script>{element.text[:40]!r}")
    return found


def test_no_page_carries_the_payload_as_markup(hostile_site):
    site = hostile_site.site
    problems = []
    for path in pages(site):
        document = lxml.html.parse(str(path)).getroot()
        problems += [f"{name(site, path)}: {found}" for found in markup_from_payload(document)]
        # Nothing was swallowed by a `<!--`, `</textarea>` or `</script>`: the page ends as the theme ends it.
        body_scripts = document.xpath("//body/script/@src")
        if not document.cssselect(".md-copyright .feder-legal") or not any("bundle" in src for src in body_scripts):
            problems.append(f"{name(site, path)}: the page does not end with the footer and the theme's scripts")
        trusted = csp.trusted_scripts(site_theme_dirs())
        problems += [
            f"{name(site, path)}: inline script {script[:40]!r}"
            for script in csp.untrusted(csp.inline_scripts(path.read_text(encoding="utf-8")), trusted)
        ]
    assert problems == []


def site_theme_dirs() -> list[str]:
    import material

    import feder

    return [str(Path(feder.__file__).parent / "templates"), str(Path(material.__file__).parent / "templates")]


def test_the_payload_comes_back_as_text_where_it_is_shown(hostile_site):
    site = hostile_site.site
    post = site.html("posts/boese/")
    assert text(post.cssselect("article h1")[0]) == PAYLOAD
    assert post.xpath("//title")[0].text == PAYLOAD  # the post's title, which is the site name too
    assert site.html("archive/").xpath("//title")[0].text.endswith(f" – {PAYLOAD}")  # the site name
    assert text(post.cssselect(".feder-author__bio")[0]) == PAYLOAD
    assert text(post.cssselect(".feder-author__name")[0]) == PAYLOAD
    assert post.cssselect(".feder-author__avatar")[0].get("src").endswith(PAYLOAD)
    assert PAYLOAD in [text(tag) for tag in post.cssselect(".feder-post__footer .feder-tags a")]
    assert SHORT_PAYLOAD in [
        text(cell) for cell in post.cssselect("[data-feder-explainer=funnel] th, [data-feder-explainer=funnel] td")
    ]
    author = site.html("authors/redaktion/")
    assert text(author.cssselect(".feder-intro")[0]) == PAYLOAD  # the hole the issue reproduced
    about = site.html("about/")
    assert PAYLOAD in [text(small) for small in about.cssselect(".md-nav small")]  # Material's nav: `subtitle`
    assert text(about.cssselect(".md-copyright__highlight")[0]) == PAYLOAD
    assert text(about.cssselect(".md-nav--primary > .md-nav__title")[0]) == PAYLOAD  # Material's nav: site_name
    assert about.xpath('//meta[@name="description"]/@content') == [PAYLOAD]  # the plugin's per-language description


def test_json_ld_parses_holds_the_values_and_cannot_end_its_element(hostile_site):
    site = hostile_site.site
    for url in ("posts/boese/", "en/posts/boese/"):
        raw = (site.site_dir / url / "index.html").read_text(encoding="utf-8")
        [script] = site.html(url).xpath('//script[@type="application/ld+json"]')
        data = json.loads(script.text)
        assert data["headline"] == PAYLOAD and data["isPartOf"]["name"] == PAYLOAD
        assert PAYLOAD in data["keywords"]
        start = raw.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
        body = raw[start:raw.index("</script>", start)]
        assert "<" not in body and "\u2028" not in body and "\u2029" not in body


# Feeds and sitemap -----------------------------------------------------------------------------------------

def test_feeds_parse_hold_the_values_and_their_html_has_no_active_parts(hostile_site):
    site = hostile_site.site
    feeds = sorted(path for path in site.site_dir.rglob("*.xml") if path.name != "sitemap.xml")
    assert len(feeds) >= 4
    for path in feeds:
        tree = etree.parse(str(path))  # well-formed XML
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        assert parsed.feed.title.startswith(PAYLOAD) or PAYLOAD in parsed.feed.title, path
        titles = [entry.title for entry in parsed.entries]
        assert PAYLOAD in titles, path
        for element in tree.xpath(FEED_HTML, namespaces=FEED_NAMESPACES):
            fragment = lxml.html.fragment_fromstring(element.text or "<p></p>", create_parent="div")
            assert markup_from_payload(fragment) == [], (name(site, path), element.tag)


def test_the_sitemap_parses(hostile_site):
    site = hostile_site.site
    locations = etree.parse(str(site.site_dir / "sitemap.xml")).xpath("//*[local-name()='loc']/text()")
    assert locations and all(location.startswith("https://blog.example.org/") for location in locations)


XML_LINKS = ("link", "guid", "loc", "{http://www.w3.org/2005/Atom}id", "{http://www.w3.org/2005/Atom}uri",
             "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")


# A script URL as a whole value -------------------------------------------------------------------------

def test_a_script_url_never_becomes_a_link_or_an_image(script_url_site):
    refused = {str(field) for field in script_url_site.refused}
    assert {"post:cover", "author:avatar"} <= refused  # refused with path:line, field named
    site = script_url_site.site
    problems = []
    for path in pages(site):
        document = lxml.html.parse(str(path)).getroot()
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            urls = [value for attribute, value in element.attrib.items() if attribute.lower() in URL_ATTRIBUTES]
            if element.tag == "meta" and (element.get("property") or element.get("name") or "").endswith(
                ("image", "url")
            ):
                urls.append(element.get("content", ""))
            problems += [f"{name(site, path)}: <{element.tag}> {url}" for url in urls if is_script_url(url)]
        for script in document.xpath('//script[@type="application/ld+json"]'):
            data = json.loads(script.text)
            problems += [f"{name(site, path)}: JSON-LD {key}"
                         for key in ("url", "image", "@id") if is_script_url(str(data.get(key, "")))]
    for path in site.site_dir.rglob("*.xml"):
        for element in etree.parse(str(path)).iter():
            values = [value for key, value in element.attrib.items() if key in ("href", "src", "uri", "scheme")]
            values += [element.text] if element.tag in XML_LINKS else []
            problems += [f"{name(site, path)}: {element.tag}" for value in values if value and is_script_url(value)]
    assert problems == []


@pytest.mark.parametrize("field", ["post:cover", "author:avatar"])
def test_script_url_refusals_name_the_file_line_and_field(script_url_site, field):
    [problem, *_] = next(problems for refused, problems in script_url_site.refused.items() if str(refused) == field)
    assert problem.line > 1 and "javascript: URL" in problem.message
    assert problem.path in ("posts/boese.de.md", "posts/boese.en.md", "authors.yml")
