"""The views: small, ready-to-print objects that templates see.

URLs are relative to the site root; templates make them relative to the page with
MkDocs' `url` filter. Strings are plain text and are escaped by the templates; fields
holding HTML are `Markup`. Each view declares what its fields are made of
(`feder.views.inputs`): which edits change the pages that show it.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from markupsafe import Markup

from feder.feeds import FeedLink
from feder.meta import MetaTag
from feder.views.inputs import METADATA, SITE, TEXT, shows

SITE_AND_POSTS = (SITE, METADATA)
"""Made of the site and the metadata of posts, e.g. a tag's name (tags file) on a post (frontmatter)."""


@shows(title=METADATA, url=METADATA)
@dataclass(frozen=True)
class Link:
    title: str
    url: str


@shows(lang=SITE, name=SITE, url=SITE_AND_POSTS, current=SITE, translated=SITE_AND_POSTS)
@dataclass(frozen=True)
class LanguageLink:
    lang: str
    name: str
    url: str
    current: bool
    translated: bool
    """True when `url` is this page's translation, False when it is the language's home."""


@shows(hreflang=SITE_AND_POSTS, href=SITE_AND_POSTS)
@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str
    """Absolute URL."""


@shows(id=SITE, name=SITE, url=SITE, bio=SITE, avatar=SITE)
@dataclass(frozen=True)
class AuthorView:
    id: str
    name: str
    url: str
    bio: str
    avatar: str | None


@shows(name=SITE_AND_POSTS, url=SITE_AND_POSTS)
@dataclass(frozen=True)
class TagView:
    name: str
    url: str | None


@shows(name=SITE_AND_POSTS, url=SITE_AND_POSTS, count=METADATA, count_label=METADATA)
@dataclass(frozen=True)
class TagLink:
    """A tag in the tag index: name, page and how many posts it has."""

    name: str
    url: str
    count: int
    count_label: str


@shows(tags=SITE_AND_POSTS, most_used=SITE_AND_POSTS)
@dataclass(frozen=True)
class TagIndexView:
    tags: list[TagLink]
    """Every tag of the language, by name in German dictionary order."""
    most_used: list[TagLink]


@shows(title=METADATA, url=METADATA, date=METADATA, date_iso=METADATA)
@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    date: str
    date_iso: str


@shows(feeds=SITE_AND_POSTS, meta=(SITE, METADATA, TEXT), json_ld=(SITE, METADATA, TEXT))
@dataclass(frozen=True)
class HeadView:
    """What a page's `<head>` adds for feed readers, search engines and social networks."""

    feeds: list[FeedLink]
    meta: list[MetaTag]
    json_ld: Markup | None = None
    """A BlogPosting, already serialised safely for a `<script>` element."""


@shows(
    title=METADATA, date=METADATA, date_iso=METADATA, updated=METADATA, updated_iso=METADATA, reading_time=TEXT,
    authors=SITE_AND_POSTS, tags=SITE_AND_POSTS, newer=METADATA, older=METADATA, state=SITE_AND_POSTS,
    related=SITE_AND_POSTS,
)
@dataclass(frozen=True)
class PostView:
    title: str
    date: str
    date_iso: str
    updated: str | None
    updated_iso: str | None
    reading_time: str
    authors: list[AuthorView]
    tags: list[TagView]
    newer: Link | None
    older: Link | None
    state: str | None
    """A notice for drafts and scheduled posts (only seen in `mkdocs serve`)."""
    related: list[RelatedLink] = field(default_factory=list)


@shows(
    title=METADATA, url=METADATA, date=METADATA, date_iso=METADATA, reading_time=TEXT, authors=SITE_AND_POSTS,
    tags=SITE_AND_POSTS, teaser=(METADATA, TEXT), state=SITE_AND_POSTS,
)
@dataclass(frozen=True)
class Card:
    """A post as an entry of a list."""

    title: str
    url: str
    date: str
    date_iso: str
    reading_time: str
    authors: list[AuthorView]
    tags: list[TagView]
    teaser: Markup
    state: str | None


@shows(year=METADATA, count=METADATA, cards=METADATA)
@dataclass(frozen=True)
class YearView:
    year: int
    count: str
    cards: list[Card]


@shows(
    kind=SITE, heading=SITE_AND_POSTS, intro=SITE_AND_POSTS, cards=METADATA, number=METADATA, count=METADATA,
    previous_url=METADATA, next_url=METADATA, page_label=METADATA, years=METADATA, tag_index=SITE_AND_POSTS,
    feed_url=SITE_AND_POSTS,
)
@dataclass(frozen=True)
class ListingView:
    kind: str
    heading: str
    intro: str
    cards: list[Card]
    number: int
    count: int
    previous_url: str | None
    next_url: str | None
    page_label: str
    years: list[YearView] = field(default_factory=list)
    tag_index: TagIndexView | None = None
    feed_url: str | None = None
    """A tag page's own feed."""


@shows(
    lang=SITE_AND_POSTS, t=SITE, title=SITE_AND_POSTS, description=(SITE, METADATA, TEXT), languages=SITE_AND_POSTS,
    alternates=SITE_AND_POSTS, home_url=SITE, archive_url=SITE, legal=SITE, kind=SITE, post=METADATA,
    listing=METADATA, head=SITE_AND_POSTS,
)
@dataclass
class PageView:
    """The `feder` object in every template."""

    lang: str
    t: Mapping[str, str]
    title: str
    description: str
    languages: list[LanguageLink]
    alternates: list[Alternate]
    home_url: str
    archive_url: str
    legal: Mapping[str, str]
    kind: str = "page"
    post: PostView | None = None
    listing: ListingView | None = None
    head: HeadView | None = None
