"""The views of list pages: home, archive, author and tag pages, the tag index, and the posts' cards on them."""
from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup

from feder.content.blog import Blog
from feder.content.dates import iso_date, long_date
from feder.content.html import depth, excerpt_html, rebase_links
from feder.content.listings import Listing
from feder.content.posts import Post
from feder.content.tags import Tag, TagIndex
from feder.content.urls import Urls
from feder.i18n import strings
from feder.views import labels
from feder.views.models import Card, ListingView, TagIndexView, TagLink, YearView
from feder.views.posts import PostViews


class ListingViews:
    """Builds the views of list pages; a post's card is built once however many lists show it."""

    def __init__(
        self, *, blog: Blog, urls: Urls, posts: PostViews, rendered: Mapping[Post, str], tag_index: TagIndex,
        most_used_tags: int = 10,
    ) -> None:
        self.blog = blog
        self.urls = urls
        self.posts = posts
        self.rendered = rendered
        self.tag_index = tag_index
        self.most_used_tags = most_used_tags
        self._teasers: dict[tuple[int, int], Markup] = {}
        self._cards: dict[tuple[Post, int, bool], Card] = {}

    def listing(self, listing: Listing) -> ListingView:
        heading, intro = self.heading(listing)
        cards = [self.card(post, listing.url) for post in listing.posts] if listing.kind != "archive" else []
        years = self._years(listing) if listing.kind == "archive" else []
        tag = self.tag_of(listing)
        return ListingView(
            kind=listing.kind, heading=heading, intro=intro, cards=cards,
            number=listing.number, count=listing.count,
            previous_url=listing.previous_url, next_url=listing.next_url,
            page_label=labels.page_of(listing.lang, listing.number, listing.count), years=years,
            tag_index=self._tag_index(listing.lang) if listing.kind == "tags" else None,
            feed_url=self.urls.tag_rss(listing.lang, tag.slug(listing.lang)) if tag else None,
        )

    def title(self, listing: Listing) -> str:
        """The title of a list page; later pages add their number."""
        title = self.heading(listing)[0]
        if listing.number == 1:
            return title
        return f"{title} – {labels.page_of(listing.lang, listing.number, listing.count)}"

    def heading(self, listing: Listing) -> tuple[str, str]:
        """The list's heading and the text below it."""
        t = strings(listing.lang)
        author = self.blog.authors.get(listing.subject) if listing.kind == "author" and listing.subject else None
        if author is not None:
            return t["posts_by"].format(name=author.name(listing.lang)), author.bio(listing.lang)
        if listing.kind == "archive":
            return t["archive"], ""
        tag = self.tag_of(listing)
        if tag is not None:
            return t["tag_heading"].format(name=tag.name(listing.lang)), tag.description(listing.lang)
        return t.get(listing.kind, listing.kind), ""

    def tag_of(self, listing: Listing | None) -> Tag | None:
        """The tag a tag page lists."""
        if listing is None or listing.kind != "tag" or listing.subject is None:
            return None
        return self.tag_index.get(listing.subject)

    def _tag_index(self, lang: str) -> TagIndexView:
        links = {}
        for tag in self.tag_index.in_language(lang):
            count = self.tag_index.count(tag, lang)
            url = self.urls.tag(lang, tag.slug(lang))
            links[tag.id] = TagLink(tag.name(lang), url, count, labels.post_count(lang, count))
        most_used = [links[tag.id] for tag in self.tag_index.most_used(lang, self.most_used_tags)]
        return TagIndexView(list(links.values()), most_used)

    def _years(self, listing: Listing) -> list[YearView]:
        years = []
        for year, posts in self.blog.by_year(listing.lang):
            cards = [self.card(post, listing.url, teaser=False) for post in posts]
            years.append(YearView(year, labels.post_count(listing.lang, len(posts)), cards))
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
            reading_time=labels.reading_time(post.lang, post.reading_time),
            authors=self.posts.authors(post), tags=self.posts.tags(post),
            teaser=self.teaser(post, list_url) if teaser else Markup(""), state=self.posts.state(post),
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
