"""The `feder` object of every page: one `PageView` made of the post, list, link and head views."""
from __future__ import annotations

from collections.abc import Mapping

from feder.content.blog import Blog
from feder.content.html import post_description
from feder.content.listings import Listing
from feder.content.pages import PageEntry, SitePages
from feder.content.posts import Post
from feder.content.publishing import State
from feder.content.tags import TagIndex
from feder.content.urls import Urls
from feder.feeds import feed_links
from feder.i18n import strings
from feder.sharing import Sharing
from feder.views.head import HeadViews
from feder.views.links import Links
from feder.views.listings import ListingViews
from feder.views.models import AuthorView, HeadView, PageView, TagView
from feder.views.posts import PostViews


class Views:
    """Builds template views for one build; caches what many pages share."""

    def __init__(
        self, *, blog: Blog, urls: Urls, site: SitePages, site_url: str, site_name: str,
        descriptions: Mapping[str, str], legal: Mapping[str, Mapping[str, str]],
        rendered: Mapping[Post, str], states: Mapping[Post, State], tags: TagIndex, related_posts: int = 3,
        most_used_tags: int = 10, cards: bool = False,
    ) -> None:
        self.blog = blog
        self.urls = urls
        self.site = site
        self.site_name = site_name
        self.descriptions = descriptions
        self.legal = legal
        self.rendered = rendered
        self.tag_index = tags
        self.links = Links(site=site, urls=urls, languages=blog.languages, site_url=site_url)
        self.posts = PostViews(blog=blog, urls=urls, states=states, tag_index=tags, related_posts=related_posts)
        self.listings = ListingViews(
            blog=blog, urls=urls, posts=self.posts, rendered=rendered, tag_index=tags, most_used_tags=most_used_tags,
        )
        self.heads = HeadViews(
            blog=blog, urls=urls, links=self.links, posts=self.posts, listings=self.listings, site_name=site_name,
        )
        self.sharing = self.heads.sharing = Sharing(self) if cards else None
        """The preview cards pages share (feder.sharing); None: no cards."""

    def page(self, entry: PageEntry, title: str) -> PageView:
        lang = entry.lang
        view = PageView(
            lang=lang, t=strings(lang), title=title, description=self.description(entry),
            languages=self.links.language_links(entry), alternates=self.links.alternates(entry),
            home_url=self.urls.home(lang), archive_url=self.urls.archive(lang),
            legal=self.legal[lang], kind=entry.kind,
        )
        if entry.post is not None:
            view.post = self.posts.post(entry.post)
        if entry.listing is not None:
            view.listing = self.listings.listing(entry.listing)
        view.head = self.heads.head(entry, view.title, view.description)
        return view

    def fallback(self, lang: str) -> PageView:
        """For pages outside the registry (404): the language's defaults."""
        return PageView(
            lang=lang, t=strings(lang), title=self.site_name, description=self.descriptions.get(lang, ""),
            languages=self.links.homes(lang), alternates=[], home_url=self.urls.home(lang),
            archive_url=self.urls.archive(lang), legal=self.legal[lang],
            head=HeadView(feed_links(self.urls, lang, self.site_name), []),
        )

    def description(self, entry: PageEntry) -> str:
        if entry.post is not None:
            return post_description(entry.post, self.rendered.get(entry.post, ""))
        tag = self.listings.tag_of(entry.listing)
        if tag is not None and tag.description(entry.lang):
            return tag.description(entry.lang)
        return self.descriptions.get(entry.lang, "")

    # What the preview cards (feder.sharing) show of a page.

    def listing_title(self, listing: Listing) -> str:
        return self.listings.title(listing)

    def authors(self, post: Post) -> list[AuthorView]:
        return self.posts.authors(post)

    def tags(self, post: Post) -> list[TagView]:
        return self.posts.tags(post)
