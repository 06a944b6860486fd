"""RSS 2.0 and Atom 1.0 documents from a channel, with feedgen.

Everything that varies between builds is decided by the caller: dates come from
posts, never from the clock, so the same content gives byte-identical feeds.
feedgen formats RSS dates itself under the C locale, so they are English (`Sun,
31 Mar 2024`) whatever the machine's locale.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"
GENERATOR = "feder"
RSS_DOCS = "https://www.rssboard.org/rss-specification"


@dataclass(frozen=True)
class Item:
    title: str
    url: str
    """Absolute permalink: link, guid and Atom id."""
    published: dt.datetime
    updated: dt.datetime
    summary: str
    """Plain text."""
    content: str
    """HTML with absolute URLs."""
    authors: tuple[tuple[str, str], ...]
    """(name, absolute URL of the author's page)."""
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Channel:
    title: str
    link: str
    """Absolute URL of the HTML page the feed belongs to."""
    description: str
    lang: str
    items: tuple[Item, ...]
    """Newest first."""
    updated: dt.datetime
    """The newest item's date (its `updated` if later): `lastBuildDate` and Atom `updated`."""
    author: str
    """Named at feed level, so that Atom's author rule holds even for an item without one."""


def rss_xml(channel: Channel, self_url: str) -> bytes:
    feed = _generator(channel, self_url, RSS_TYPE)
    feed.load_extension("dc", atom=False, rss=True)  # RSS <author> must be an e-mail address; dc:creator is a name
    for item in channel.items:
        entry = _entry(feed, item)
        for name, _ in item.authors:
            entry.dc.dc_creator(name)
    xml: bytes = feed.rss_str(pretty=True)
    return xml


def atom_xml(channel: Channel, self_url: str) -> bytes:
    feed = _generator(channel, self_url, ATOM_TYPE)
    feed.id(self_url)
    for item in channel.items:
        entry = _entry(feed, item)
        entry.author([{"name": name, "uri": uri} for name, uri in item.authors] or [{"name": channel.author}])
    xml: bytes = feed.atom_str(pretty=True)
    return xml


def _generator(channel: Channel, self_url: str, kind: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.title(channel.title)
    feed.description(channel.description)
    feed.language(channel.lang)
    feed.author({"name": channel.author})
    feed.generator(GENERATOR)
    feed.docs(RSS_DOCS)
    feed.updated(channel.updated)  # also RSS lastBuildDate; feedgen's default would be the build time
    # feedgen makes the last link() the RSS channel <link>: the self link must come first.
    feed.link(href=self_url, rel="self", type=kind)
    feed.link(href=channel.link, rel="alternate", type="text/html")
    return feed


def _entry(feed: FeedGenerator, item: Item) -> FeedEntry:
    entry = feed.add_entry(order="append")  # feedgen prepends by default, which would reverse the order
    entry.title(item.title)
    entry.guid(item.url, permalink=True)
    entry.link(href=item.url, rel="alternate", type="text/html")
    entry.published(item.published)
    entry.updated(item.updated)
    # Descriptions and Atom summaries of type html are HTML: the plain-text summary is
    # escaped once for HTML (and once more for XML by lxml), so readers show it as written.
    entry.summary(escape(item.summary, quote=False), type="html")
    entry.content(item.content, type="html")
    for name in item.categories:
        entry.category(term=name)
    return entry
