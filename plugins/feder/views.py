"""What templates see: small, ready-to-print objects built from the content model.

Nothing here imports MkDocs. URLs are relative to the site root; templates make
them relative to the page with MkDocs' `url` filter. Strings are plain text and
are escaped by the templates; fields holding HTML are `Markup`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import urljoin, urlsplit

from markupsafe import Markup, escape

from feder.cards import HEIGHT as CARD_HEIGHT
from feder.cards import MEDIA_TYPE as CARD_TYPE
from feder.cards import WIDTH as CARD_WIDTH
from feder.content.authors import Author
from feder.content.blog import Blog
from feder.content.dates import iso_date, long_date
from feder.content.html import depth, excerpt_html, plain_text, rebase_links
from feder.content.listings import Listing
from feder.content.pages import PageEntry, SitePages
from feder.content.posts import Post
from feder.content.publishing import State
from feder.content.tags import Tag, TagIndex
from feder.content.urls import Urls
from feder.feeds import FeedLink, feed_links
from feder.i18n import strings
from feder.meta import MetaTag, SharedImage, blog_posting, image_type, script_json, social_tags
from feder.sharing import Sharing, card_url


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class LanguageLink:
    lang: str
    name: str
    url: str
    current: bool
    translated: bool
    """True when `url` is this page's translation, False when it is the language's home."""


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str
    """Absolute URL."""


@dataclass(frozen=True)
class AuthorView:
    id: str
    name: str
    url: str
    bio: str
    avatar: str | None


@dataclass(frozen=True)
class TagView:
    name: str
    url: str | None


@dataclass(frozen=True)
class TagLink:
    """A tag in the tag index: name, page and how many posts it has."""

    name: str
    url: str
    count: int
    count_label: str


@dataclass(frozen=True)
class TagIndexView:
    tags: list[TagLink]
    """Every tag of the language, by name in German dictionary order."""
    most_used: list[TagLink]


@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    date: str
    date_iso: str


@dataclass(frozen=True)
class HeadView:
    """What a page's `<head>` adds for feed readers, search engines and social networks."""

    feeds: list[FeedLink]
    meta: list[MetaTag]
    json_ld: Markup | None = None
    """A BlogPosting, already serialised safely for a `<script>` element."""


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


@dataclass(frozen=True)
class YearView:
    year: int
    count: str
    cards: list[Card]


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


TagUrl = Callable[[str, str], "str | None"]
"""(language, tag as written) -> URL of the tag's page, or None while there are no tag pages."""


class Views:
    """Builds template views for one build; caches what many pages share."""

    def __init__(
        self, *, blog: Blog, urls: Urls, site: SitePages, site_url: str, site_name: str,
        descriptions: Mapping[str, str], legal: Mapping[str, Mapping[str, str]],
        rendered: Mapping[Post, str], states: Mapping[Post, State],
        tag_url: TagUrl | None = None, tags: TagIndex | None = None, related_posts: int = 3,
        most_used_tags: int = 10, cards: bool = False,
    ) -> None:
        self.blog = blog
        self.urls = urls
        self.site = site
        self.site_url = site_url
        self.site_name = site_name
        self.descriptions = descriptions
        self.legal = legal
        self.rendered = rendered
        self.states = states
        self.tag_url = tag_url or (lambda lang, tag: None)
        self.tag_index = tags
        self.related_posts = related_posts
        self.most_used_tags = most_used_tags
        self._teasers: dict[tuple[int, int], Markup] = {}
        self._cards: dict[tuple[Post, int, bool], Card] = {}
        self.sharing = Sharing(self) if cards else None
        """The preview cards pages share (feder.sharing); None: no cards."""

    # The page as a whole ---------------------------------------------------------------------

    def page(self, entry: PageEntry, title: str) -> PageView:
        lang = entry.lang
        t = strings(lang)
        view = PageView(
            lang=lang, t=t, title=title, description=self._description(entry),
            languages=self._language_links(entry), alternates=self.alternates(entry),
            home_url=self.urls.home(lang), archive_url=self.urls.archive(lang),
            legal=self.legal[lang], kind=entry.kind,
        )
        if entry.post is not None:
            view.post = self.post(entry.post)
        if entry.listing is not None:
            view.listing = self.listing(entry.listing)
        view.head = self.head(entry, view)
        return view

    def fallback(self, lang: str) -> PageView:
        """For pages outside the registry (404): the language's defaults."""
        return PageView(
            lang=lang, t=strings(lang), title=self.site_name, description=self.descriptions.get(lang, ""),
            languages=[LanguageLink(other, strings(other)["language_name"], self.urls.home(other), other == lang, False)
                       for other in self.blog.languages],
            alternates=[], home_url=self.urls.home(lang), archive_url=self.urls.archive(lang),
            legal=self.legal[lang], head=HeadView(feed_links(self.urls, lang, self.site_name), []),
        )

    def _description(self, entry: PageEntry) -> str:
        if entry.post is not None:
            return entry.post.summary or plain_text(excerpt_html(self.rendered.get(entry.post, "")))
        tag = self._tag_of(entry.listing)
        if tag is not None and tag.description(entry.lang):
            return tag.description(entry.lang)
        return self.descriptions.get(entry.lang, "")

    def _language_links(self, entry: PageEntry) -> list[LanguageLink]:
        versions = self.site.translations(entry)
        links = []
        for lang in self.blog.languages:
            version = versions.get(lang)
            url = version.url if version else self.urls.home(lang)
            links.append(LanguageLink(lang, strings(lang)["language_name"], url, lang == entry.lang, version is not None))
        return links

    def alternates(self, entry: PageEntry) -> list[Alternate]:
        """hreflang links: only for pages with a translation; the default language is x-default."""
        versions = self.site.translations(entry)
        if len(versions) < 2:
            return []
        alternates = [Alternate(lang, self.absolute(version.url)) for lang, version in versions.items()]
        default = versions.get(self.blog.languages.default)
        if default is not None:
            alternates.append(Alternate("x-default", self.absolute(default.url)))
        return alternates

    def absolute(self, url: str) -> str:
        if url.startswith("/") or "://" in url:
            return urljoin(self.site_url, url)
        return self.site_url + url  # site_url ends with `/` (MkDocs ensures it); urljoin is slow

    # The head: feeds, social cards, JSON-LD --------------------------------------------------

    def head(self, entry: PageEntry, view: PageView) -> HeadView:
        lang = entry.lang
        t = strings(lang)
        versions = self.site.translations(entry)
        shared = self._shared_image(entry, view.title)
        social = dict(
            title=view.title, description=view.description, url=self.absolute(entry.url), site_name=self.site_name,
            locale=t["locale"], alternate_locales=[strings(other)["locale"] for other in versions if other != lang],
        )
        post = entry.post
        if post is None:
            tag = self._tag_of(entry.listing)
            return HeadView(feed_links(self.urls, lang, self.site_name, tag), social_tags(**social, image=shared))
        published, modified = post.date.isoformat(), (post.updated or post.date).isoformat()
        image = shared.url if shared else None
        tags = [tag.name for tag in self.tags(post)]
        json_ld = blog_posting(
            url=self.absolute(entry.url), headline=post.title, description=view.description,
            published=published, modified=modified, lang=lang,
            authors=[(author.name, self.absolute(author.url)) for author in self.authors(post)],
            keywords=tags, image=image, blog_name=self.site_name, blog_url=self.absolute(self.urls.home(lang)),
            site_url=self.site_url, **self._translation_links(post),
        )
        return HeadView(
            feed_links(self.urls, lang, self.site_name),
            social_tags(**social, image=shared, published=published, modified=modified, tags=tags),
            Markup(script_json(json_ld)),
        )

    def _shared_image(self, entry: PageEntry, title: str) -> SharedImage | None:
        """A post's cover (a relative cover is relative to the site root), else the page's card."""
        cover = entry.post.cover if entry.post is not None else None
        if cover:
            url = cover if urlsplit(cover).scheme else self.absolute(cover.lstrip("/"))
            return SharedImage(url, title, image_type(url))
        card = self.sharing.card(entry, title) if self.sharing is not None else None
        if card is None:
            return None
        path, text = card
        return SharedImage(self.absolute(card_url(path)), text.title, CARD_TYPE, CARD_WIDTH, CARD_HEIGHT)

    def _translation_links(self, post: Post) -> dict:
        """The default language's version is the original; the others translate it."""
        versions = self.blog.translations(post)
        original = versions.get(self.blog.languages.default)
        if original is None or len(versions) < 2:
            return {}
        link = lambda version: (self.absolute(self.urls.post(version.lang, version.slug)), version.lang)  # noqa: E731
        if post is original:
            return {"translations": [link(version) for version in versions.values() if version is not post]}
        return {"original": link(original)}

    def _tag_of(self, listing: Listing | None) -> Tag | None:
        if listing is None or listing.kind != "tag" or self.tag_index is None or listing.subject is None:
            return None
        return self.tag_index.get(listing.subject)

    # Posts -----------------------------------------------------------------------------------

    def post(self, post: Post) -> PostView:
        t = strings(post.lang)
        newer, older = self.blog.newer(post), self.blog.older(post)
        return PostView(
            title=post.title,
            date=long_date(post.date, post.lang), date_iso=iso_date(post.date),
            updated=t["updated"].format(date=long_date(post.updated, post.lang)) if post.updated else None,
            updated_iso=iso_date(post.updated) if post.updated else None,
            reading_time=t["reading_time"].format(minutes=post.reading_time),
            authors=self.authors(post), tags=self.tags(post),
            newer=self._link(newer), older=self._link(older), state=self._state(post),
            related=self.related(post),
        )

    def _link(self, post: Post | None) -> Link | None:
        return Link(post.title, self.urls.post(post.lang, post.slug)) if post else None

    def authors(self, post: Post) -> list[AuthorView]:
        return [self.author(author, post.lang) for author in self.blog.authors_of(post)]

    def author(self, author: Author, lang: str) -> AuthorView:
        return AuthorView(author.id, author.name(lang), self.urls.author(lang, author.id), author.bio(lang), author.avatar)

    def tags(self, post: Post) -> list[TagView]:
        """The post's tags by their names in its language, linked to their pages."""
        if self.tag_index is None:
            return [TagView(tag, self.tag_url(post.lang, tag)) for tag in post.tags]
        lang = post.lang
        return [TagView(tag.name(lang), self.urls.tag(lang, tag.slug(lang))) for tag in self.tag_index.tags_of(post)]

    def related(self, post: Post) -> list[RelatedLink]:
        if self.tag_index is None or self.related_posts < 1:
            return []
        return [
            RelatedLink(other.title, self.urls.post(other.lang, other.slug), long_date(other.date, other.lang), iso_date(other.date))
            for other in self.tag_index.related(post, self.related_posts)
        ]

    def _state(self, post: Post) -> str | None:
        state = self.states.get(post, State.PUBLISHED)
        t = strings(post.lang)
        if state is State.DRAFT:
            return t["draft"]
        if state is State.SCHEDULED:
            return t["scheduled"].format(date=long_date(post.date, post.lang))
        return None

    # Lists -----------------------------------------------------------------------------------

    def listing(self, listing: Listing) -> ListingView:
        t = strings(listing.lang)
        heading, intro = self._heading(listing)
        cards = [self.card(post, listing.url) for post in listing.posts] if listing.kind != "archive" else []
        years = self._years(listing) if listing.kind == "archive" else []
        tag = self._tag_of(listing)
        return ListingView(
            kind=listing.kind, heading=heading, intro=intro, cards=cards,
            number=listing.number, count=listing.count,
            previous_url=listing.previous_url, next_url=listing.next_url,
            page_label=t["page_of"].format(number=listing.number, count=listing.count), years=years,
            tag_index=self._tag_index(listing.lang) if listing.kind == "tags" else None,
            feed_url=self.urls.tag_rss(listing.lang, tag.slug(listing.lang)) if tag else None,
        )

    def listing_title(self, listing: Listing) -> str:
        """The title of a list page; later pages add their number."""
        title = self._heading(listing)[0]
        if listing.number == 1:
            return title
        return f"{title} – {strings(listing.lang)['page_of'].format(number=listing.number, count=listing.count)}"

    def _tag_index(self, lang: str) -> TagIndexView:
        if self.tag_index is None:
            return TagIndexView([], [])
        t = strings(lang)
        links = {}
        for tag in self.tag_index.in_language(lang):
            count = self.tag_index.count(tag, lang)
            label = t["post_count_one"] if count == 1 else t["post_count_other"].format(count=count)
            links[tag.id] = TagLink(tag.name(lang), self.urls.tag(lang, tag.slug(lang)), count, label)
        most_used = [links[tag.id] for tag in self.tag_index.most_used(lang, self.most_used_tags)]
        return TagIndexView(list(links.values()), most_used)

    def _heading(self, listing: Listing) -> tuple[str, str]:
        t = strings(listing.lang)
        if listing.kind == "author" and listing.subject in self.blog.authors:
            author = self.blog.authors[listing.subject]
            return t["posts_by"].format(name=author.name(listing.lang)), author.bio(listing.lang)
        if listing.kind == "archive":
            return t["archive"], ""
        tag = self._tag_of(listing)
        if tag is not None:
            return t["tag_heading"].format(name=tag.name(listing.lang)), tag.description(listing.lang)
        return t.get(listing.kind, listing.kind), ""

    def _years(self, listing: Listing) -> list[YearView]:
        t = strings(listing.lang)
        years = []
        for year, posts in self.blog.by_year(listing.lang):
            count = t["post_count_one"] if len(posts) == 1 else t["post_count_other"].format(count=len(posts))
            years.append(YearView(year, count, [self.card(post, listing.url, teaser=False) for post in posts]))
        return years

    def card(self, post: Post, list_url: str, *, teaser: bool = True) -> Card:
        """A post shows in many lists (home, archive, author, each of its tags): built once per depth."""
        key = (post, depth(list_url), teaser)
        if key not in self._cards:
            self._cards[key] = self._card(post, list_url, teaser)
        return self._cards[key]

    def _card(self, post: Post, list_url: str, teaser: bool) -> Card:
        return Card(
            title=post.title, url=self.urls.post(post.lang, post.slug),
            date=long_date(post.date, post.lang), date_iso=iso_date(post.date),
            reading_time=strings(post.lang)["reading_time"].format(minutes=post.reading_time),
            authors=self.authors(post), tags=self.tags(post),
            teaser=self.teaser(post, list_url) if teaser else Markup(""), state=self._state(post),
        )

    def teaser(self, post: Post, list_url: str) -> Markup:
        """The summary if the author wrote one, else the excerpt with its links fixed for the list."""
        if post.summary:
            return Markup("<p>{}</p>").format(post.summary)
        key = (id(post), depth(list_url))
        if key not in self._teasers:
            post_url = self.urls.post(post.lang, post.slug)
            html = excerpt_html(self.rendered.get(post, ""))
            self._teasers[key] = Markup(rebase_links(html, post_url, list_url))
        return self._teasers[key]


def escape_title(title: str) -> Markup:
    """Material prints page titles as HTML; content titles are text."""
    return escape(title)


def page_title(title: object) -> Markup:
    """A docs page's title as MkDocs has it, as escaped text for the theme.

    MkDocs takes it from the frontmatter (escaped by `escaped_metadata` before), from
    the first heading (HTML: tags stripped, entities kept) or from the file name (text).
    Read as HTML, with tags dropped, each of them is the text a reader should see.
    """
    return escape(Markup(str(title or "")).striptags())


def escaped_metadata(meta: Mapping[str, Any]) -> dict[str, Any]:
    """A docs page's frontmatter for the theme, whose templates print its texts as HTML.

    Material prints `subtitle`, `status`, `description` and others of `page.meta` as they
    are, so every text in it (also inside lists and mappings) becomes escaped `Markup`;
    names, numbers and flags compare and work as before.
    """
    return {key: _escaped(value) for key, value in meta.items()}


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, Mapping):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_escaped(item) for item in value]
    return value


__all__: Sequence[str] = [
    "AuthorView", "Card", "HeadView", "LanguageLink", "Link", "ListingView", "PageView", "PostView", "RelatedLink",
    "TagIndexView", "TagLink", "TagView", "Views", "escape_title", "escaped_metadata", "page_title",
]
