"""What a page's `<head>` adds: feed links, Open Graph and Twitter tags, a post's JSON-LD."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from feder.cards import HEIGHT as CARD_HEIGHT
from feder.cards import MEDIA_TYPE as CARD_TYPE
from feder.cards import WIDTH as CARD_WIDTH
from feder.content.blog import Blog
from feder.content.pages import PageEntry
from feder.content.posts import Post
from feder.content.urls import Urls
from feder.feeds import feed_links
from feder.i18n import strings
from feder.meta import SharedImage, blog_posting, image_type, script_json, social_tags
from feder.sharing import Sharing, card_url
from feder.views.links import Links
from feder.views.listings import ListingViews
from feder.views.models import HeadView
from feder.views.posts import PostViews


class HeadViews:
    def __init__(
        self, *, blog: Blog, urls: Urls, links: Links, posts: PostViews, listings: ListingViews, site_name: str,
    ) -> None:
        self.blog = blog
        self.urls = urls
        self.links = links
        self.posts = posts
        self.listings = listings
        self.site_name = site_name
        self.sharing: Sharing | None = None
        """The preview cards pages share (set by `Views`); None: no cards."""

    def head(self, entry: PageEntry, title: str, description: str) -> HeadView:
        lang = entry.lang
        versions = self.links.site.translations(entry)
        shared = self._shared_image(entry, title)
        social: dict[str, Any] = dict(
            title=title, description=description, url=self.links.absolute(entry.url), site_name=self.site_name,
            locale=strings(lang)["locale"],
            alternate_locales=[strings(other)["locale"] for other in versions if other != lang],
        )
        post = entry.post
        if post is None:
            tag = self.listings.tag_of(entry.listing)
            return HeadView(feed_links(self.urls, lang, self.site_name, tag), social_tags(**social, image=shared))
        published, modified = post.date.isoformat(), (post.updated or post.date).isoformat()
        tags = [tag.name for tag in self.posts.tags(post)]
        json_ld = self._blog_posting(entry, post, description, shared.url if shared else None, tags)
        return HeadView(
            feed_links(self.urls, lang, self.site_name),
            social_tags(**social, image=shared, published=published, modified=modified, tags=tags),
            Markup(script_json(json_ld)),
        )

    def _blog_posting(
        self, entry: PageEntry, post: Post, description: str, image: str | None, tags: list[str],
    ) -> dict[str, Any]:
        absolute = self.links.absolute
        return blog_posting(
            url=absolute(entry.url), headline=post.title, description=description,
            published=post.date.isoformat(), modified=(post.updated or post.date).isoformat(), lang=entry.lang,
            authors=[(author.name, absolute(author.url)) for author in self.posts.authors(post)],
            keywords=tags, image=image, blog_name=self.site_name, blog_url=absolute(self.urls.home(entry.lang)),
            site_url=self.links.site_url, **self._translation_links(post),
        )

    def _shared_image(self, entry: PageEntry, title: str) -> SharedImage | None:
        """A post's cover (a relative cover is relative to the site root), else the page's card."""
        cover = entry.post.cover if entry.post is not None else None
        if cover:
            url = cover if urlsplit(cover).scheme else self.links.absolute(cover.lstrip("/"))
            return SharedImage(url, title, image_type(url))
        card = self.sharing.card(entry, title) if self.sharing is not None else None
        if card is None:
            return None
        path, text = card
        return SharedImage(self.links.absolute(card_url(path)), text.title, CARD_TYPE, CARD_WIDTH, CARD_HEIGHT)

    def _translation_links(self, post: Post) -> dict[str, Any]:
        """The default language's version is the original; the others translate it."""
        versions = self.blog.translations(post)
        original = versions.get(self.blog.languages.default)
        if original is None or len(versions) < 2:
            return {}
        absolute = self.links.absolute

        def link(version: Post) -> tuple[str, str]:
            return absolute(self.urls.post(version.lang, version.slug)), version.lang

        if post is original:
            return {"translations": [link(version) for version in versions.values() if version is not post]}
        return {"original": link(original)}
