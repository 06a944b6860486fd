"""The W3C feed validator's rules that matter for feder, as checks over parsed feeds.

The validator itself cannot run here (it is a web service); these functions return
every rule a feed breaks, so tests can assert the list is empty and show all of them.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
NS = {"atom": ATOM, "content": CONTENT, "dc": DC}

RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}:\d{2} [+-]\d{4}$"
)
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DANGEROUS = ("script", "iframe", "object", "embed", "applet", "frame", "frameset", "meta", "link", "style")


def rfc822_date(text: str | None) -> dt.datetime | None:
    """An RSS date in English with a numeric zone (`Sun, 31 Mar 2024 00:00:00 +0100`), or None."""
    if not text or not RFC822.match(text):
        return None
    parsed = email.utils.parsedate_to_datetime(text)
    return parsed if parsed.tzinfo else None


def rfc3339_date(text: str | None) -> dt.datetime | None:
    if not text or not RFC3339.match(text):
        return None
    return dt.datetime.fromisoformat(text)


def is_https(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme == "https" and bool(parts.netloc)


def html_problems(html: str, where: str) -> list[str]:
    """Feed content must be safe to show elsewhere: no active content, only absolute https links."""
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in DANGEROUS:
            found.append(f"{where}: dangerous element <{element.tag}>")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"{where}: event handler {name} on <{element.tag}>")
            if name in ("href", "src") and not value.startswith("mailto:") and not is_https(value):
                found.append(f"{where}: {name}={value!r} is not an absolute https URL")
    return found


def _text(element: etree._Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def rss_problems(tree: etree._ElementTree, self_url: str) -> list[str]:
    root = tree.getroot()
    found: list[str] = []
    if root.tag != "rss" or root.get("version") != "2.0":
        return [f"root is <{root.tag} version={root.get('version')}>, expected <rss version=2.0>"]
    channels = root.findall("channel")
    if len(channels) != 1:
        return [f"{len(channels)} channels, expected 1"]
    channel = channels[0]
    for name in ("title", "link", "description"):
        if not _text(channel.find(name)):
            found.append(f"channel: missing <{name}>")
    if not is_https(_text(channel.find("link"))):
        found.append(f"channel link {_text(channel.find('link'))!r} is not an absolute https URL")
    selfs = channel.findall("atom:link[@rel='self']", NS)
    if [link.get("href") for link in selfs] != [self_url]:
        found.append(f"atom:link rel=self is {[link.get('href') for link in selfs]}, expected [{self_url!r}]")
    if selfs and selfs[0].get("type") != "application/rss+xml":
        found.append("atom:link rel=self has no type application/rss+xml")
    if not re.match(r"^[a-z]{2}(-[A-Z]{2})?$", _text(channel.find("language"))):
        found.append(f"channel language {_text(channel.find('language'))!r} is not a language code")
    for name in ("lastBuildDate", "pubDate"):
        element = channel.find(name)
        if element is not None and rfc822_date(element.text) is None:
            found.append(f"channel {name} {element.text!r} is not an RFC 822 date")
    docs = channel.find("docs")
    if docs is not None and not is_https(docs.text):
        found.append(f"docs {docs.text!r} is not an absolute https URL")
    guids: list[str] = []
    for number, item in enumerate(channel.findall("item"), start=1):
        where = f"item {number}"
        if not (_text(item.find("title")) or _text(item.find("description"))):
            found.append(f"{where}: needs a title or a description")
        link, guid = item.find("link"), item.find("guid")
        if not is_https(_text(link)):
            found.append(f"{where}: link {_text(link)!r} is not an absolute https URL")
        if guid is None:
            found.append(f"{where}: missing guid")
        else:
            guids.append(_text(guid))
            if guid.get("isPermaLink") != "true" or _text(guid) != _text(link) or not is_https(_text(guid)):
                found.append(f"{where}: guid {_text(guid)!r} must be the permalink with isPermaLink=true")
        if rfc822_date(_text(item.find("pubDate"))) is None:
            found.append(f"{where}: pubDate {_text(item.find('pubDate'))!r} is not an RFC 822 date")
        for author in item.findall("author"):
            if "@" not in _text(author):
                found.append(f"{where}: <author> must be an e-mail address, found {_text(author)!r}")
        if not [creator for creator in item.findall("dc:creator", NS) if _text(creator)]:
            found.append(f"{where}: no author (dc:creator)")
        for category in item.findall("category"):
            if not _text(category):
                found.append(f"{where}: empty category")
        found += html_problems(_text(item.find("content:encoded", NS)), f"{where} content")
        found += html_problems(_text(item.find("description")), f"{where} description")
    if len(set(guids)) != len(guids):
        found.append(f"guids are not unique: {guids}")
    found += [f"<{element.tag}> element in the feed" for element in root.iter("script", "{*}script")]
    return found


def atom_problems(tree: etree._ElementTree, self_url: str) -> list[str]:
    root = tree.getroot()
    def a(name: str) -> str:
        return f"{{{ATOM}}}{name}"

    found: list[str] = []
    if root.tag != a("feed"):
        return [f"root is <{root.tag}>, expected an Atom feed"]
    if not root.get("{http://www.w3.org/XML/1998/namespace}lang"):
        found.append("feed has no xml:lang")
    for name in ("id", "title", "updated"):
        if not _text(root.find(a(name))):
            found.append(f"feed: missing <{name}>")
    if rfc3339_date(_text(root.find(a("updated")))) is None:
        found.append(f"feed updated {_text(root.find(a('updated')))!r} is not an RFC 3339 date")
    links = root.findall(a("link"))
    selfs = [link.get("href") for link in links if link.get("rel") == "self"]
    if selfs != [self_url]:
        found.append(f"link rel=self is {selfs}, expected [{self_url!r}]")
    for link in links:
        if not is_https(link.get("href")):
            found.append(f"feed link {link.get('href')!r} is not an absolute https URL")
    if not [link for link in links if link.get("rel") in (None, "alternate")]:
        found.append("feed has no alternate link")
    feed_author = bool(root.findall(f"{a('author')}/{a('name')}"))
    ids: list[str] = []
    for number, entry in enumerate(root.findall(a("entry")), start=1):
        where = f"entry {number}"
        for name in ("id", "title", "updated"):
            if not _text(entry.find(a(name))):
                found.append(f"{where}: missing <{name}>")
        ids.append(_text(entry.find(a("id"))))
        for name in ("updated", "published"):
            if rfc3339_date(_text(entry.find(a(name)))) is None:
                found.append(f"{where}: {name} {_text(entry.find(a(name)))!r} is not an RFC 3339 date")
        alternates = [link.get("href") for link in entry.findall(a("link")) if link.get("rel") in (None, "alternate")]
        if len(alternates) != 1 or not is_https(alternates[0]) or alternates[0] != ids[-1]:
            found.append(f"{where}: alternate links {alternates} must be the entry's https permalink (its id)")
        if not feed_author and not entry.findall(f"{a('author')}/{a('name')}"):
            found.append(f"{where}: no author")
        for author in entry.findall(a("author")):
            uri = author.find(a("uri"))
            if uri is not None and not is_https(uri.text):
                found.append(f"{where}: author uri {uri.text!r} is not an absolute https URL")
        content = entry.find(a("content"))
        if content is not None:
            if content.get("type") != "html":
                found.append(f"{where}: content type {content.get('type')!r}, expected html")
            found += html_problems(content.text or "", f"{where} content")
    if len(set(ids)) != len(ids):
        found.append(f"entry ids are not unique: {ids}")
    found += [f"<{element.tag}> element in the feed" for element in root.iter("script", "{*}script")]
    return found


def feed_files(site_dir) -> Iterable:
    """Every feed in a built site."""
    for path in sorted(site_dir.rglob("*.xml")):
        if path.name in ("feed.xml", "atom.xml"):
            yield path
