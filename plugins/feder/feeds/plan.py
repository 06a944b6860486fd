"""Which feeds the site has and what is in them.

Each language has RSS (`/feed.xml`, `/en/feed.xml`) and Atom (`/atom.xml`,
`/en/atom.xml`); each tag page has RSS (`/tags/<slug>/feed.xml`). A feed holds the
newest published posts: drafts and scheduled posts never, even in `mkdocs serve`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin

from feder.content.blog import Blog
from feder.content.posts import Post
from feder.content.tags import Tag, TagIndex
from feder.content.urls import Urls
from feder.feeds.content import FeedContent
from feder.feeds.xml import ATOM_TYPE, RSS_TYPE, Channel, Item, atom_xml, rss_xml
from feder.i18n import strings

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""The date of a feed when the site has no post at all: fixed, so builds stay identical."""


@dataclass(frozen=True)
class PlannedFeed:
    path: str
    """Where the feed is written, relative to the site root: `en/tags/sales/feed.xml`."""
    format: Literal["rss", "atom"]
    channel: Channel

    def render(self, site_url: str) -> bytes:
        write = rss_xml if self.format == "rss" else atom_xml
        return write(self.channel, urljoin(site_url, self.path))


@dataclass(frozen=True)
class FeedLink:
    """A feed as a page's head links it for autodiscovery."""

    url: str
    """Relative to the site root."""
    type: str
    title: str


def feed_title(lang: str, site_name: str, tag: Tag | None = None) -> str:
    t = strings(lang)
    if tag is not None:
        return t["tag_feed_title"].format(site=site_name, name=tag.name(lang))
    return t["feed_title"].format(site=site_name)


def feed_links(urls: Urls, lang: str, site_name: str, tag: Tag | None = None) -> list[FeedLink]:
    """The language's RSS and Atom feed, and the tag's feed on a tag page."""
    t = strings(lang)
    title = feed_title(lang, site_name)
    links = [
        FeedLink(urls.rss(lang), RSS_TYPE, t["feed_rss"].format(title=title)),
        FeedLink(urls.atom(lang), ATOM_TYPE, t["feed_atom"].format(title=title)),
    ]
    if tag is not None:
        tag_title = feed_title(lang, site_name, tag)
        links.append(FeedLink(urls.tag_rss(lang, tag.slug(lang)), RSS_TYPE, t["feed_rss"].format(title=tag_title)))
    return links


class FeedPlanner:
    """Builds the channels; an item is made once per post, however many feeds it is in."""

    def __init__(
        self, *, blog: Blog, tags: TagIndex | None, urls: Urls, content: FeedContent, site_name: str,
        descriptions: Mapping[str, str], size: int, published: Callable[[Post], bool],
    ) -> None:
        self.blog = blog
        self.tags = tags
        self.urls = urls
        self.content = content
        self.site_name = site_name
        self.descriptions = descriptions
        self.size = size
        self.published = published
        self._items: dict[Post, Item] = {}
        newest = [post.updated or post.date for post in blog.posts if published(post)]
        self._fallback_date = max(newest, default=EPOCH)

    def plan(self) -> list[PlannedFeed]:
        feeds: list[PlannedFeed] = []
        for lang in self.blog.languages:
            channel = self._channel(
                lang, feed_title(lang, self.site_name), self.urls.home(lang),
                self.descriptions.get(lang) or self.site_name, self.blog.in_language(lang),
            )
            feeds += [
                PlannedFeed(self.urls.rss(lang), "rss", channel),
                PlannedFeed(self.urls.atom(lang), "atom", channel),
            ]
            if self.tags is not None:
                feeds += self._tag_feeds(lang, self.tags)
        return feeds

    def _tag_feeds(self, lang: str, tags: TagIndex) -> list[PlannedFeed]:
        feeds = []
        for tag in tags.in_language(lang):
            description = tag.description(lang) or strings(lang)["tag_heading"].format(name=tag.name(lang))
            channel = self._channel(
                lang, feed_title(lang, self.site_name, tag), self.urls.tag(lang, tag.slug(lang)),
                description, tags.posts(tag, lang),
            )
            feeds.append(PlannedFeed(self.urls.tag_rss(lang, tag.slug(lang)), "rss", channel))
        return feeds

    def _channel(self, lang: str, title: str, page: str, description: str, posts: list[Post]) -> Channel:
        items = tuple(self._item(post) for post in [p for p in posts if self.published(p)][: self.size])
        updated = max((item.updated for item in items), default=self._fallback_date)
        return Channel(
            title=title, link=self.content.url(page), description=description, lang=lang,
            items=items, updated=updated, author=self.site_name,
        )

    def _item(self, post: Post) -> Item:
        if post not in self._items:
            lang = post.lang
            authors = tuple(
                (author.name(lang), self.content.url(self.urls.author(lang, author.id)))
                for author in self.blog.authors_of(post)
            )
            categories = tuple(tag.name(lang) for tag in self.tags.tags_of(post)) if self.tags else post.tags
            self._items[post] = Item(
                title=post.title, url=self.content.url(self.urls.post(lang, post.slug)),
                published=post.date, updated=post.updated or post.date,
                summary=self.content.summary(post), content=self.content.html(post),
                authors=authors, categories=categories,
            )
        return self._items[post]


def plan_feeds(**options: Any) -> list[PlannedFeed]:
    """Every feed of the site; see `FeedPlanner` for the options."""
    return FeedPlanner(**options).plan()
