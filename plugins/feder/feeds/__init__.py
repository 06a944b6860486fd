"""Feeds: RSS 2.0 and Atom 1.0 per language and RSS per tag, built with feedgen.

`plan` decides which feeds exist and what goes in them, `content` turns a post's
rendered HTML into feed HTML, `xml` writes the documents. No MkDocs imports here.
"""
from feder.content.urls import feed_paths
from feder.feeds.content import FeedContent, HtmlTransform, publishable, without_active_content
from feder.feeds.plan import FeedLink, PlannedFeed, feed_links, plan_feeds
from feder.feeds.xml import Channel, Item, atom_xml, rss_xml

__all__ = [
    "Channel", "FeedContent", "FeedLink", "HtmlTransform", "Item", "PlannedFeed", "atom_xml",
    "feed_links", "feed_paths", "plan_feeds", "publishable", "rss_xml", "without_active_content",
]
