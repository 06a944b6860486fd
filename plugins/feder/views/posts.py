"""The views of a post: its page, its authors and tags, its neighbours and related posts."""
from __future__ import annotations

from collections.abc import Mapping

from feder.content.authors import Author
from feder.content.blog import Blog
from feder.content.dates import iso_date, long_date
from feder.content.posts import Post
from feder.content.publishing import State
from feder.content.tags import TagIndex
from feder.content.urls import Urls
from feder.views import labels
from feder.views.models import AuthorView, Link, PostView, RelatedLink, TagView


class PostViews:
    def __init__(
        self, *, blog: Blog, urls: Urls, states: Mapping[Post, State], tag_index: TagIndex, related_posts: int = 3,
    ) -> None:
        self.blog = blog
        self.urls = urls
        self.states = states
        self.tag_index = tag_index
        self.related_posts = related_posts

    def post(self, post: Post) -> PostView:
        lang = post.lang
        return PostView(
            title=post.title,
            date=long_date(post.date, lang), date_iso=iso_date(post.date),
            updated=labels.updated(lang, post.updated) if post.updated else None,
            updated_iso=iso_date(post.updated) if post.updated else None,
            reading_time=labels.reading_time(lang, post.reading_time),
            authors=self.authors(post), tags=self.tags(post),
            newer=self.link(self.blog.newer(post)), older=self.link(self.blog.older(post)), state=self.state(post),
            related=self.related(post),
        )

    def link(self, post: Post | None) -> Link | None:
        return Link(post.title, self.urls.post(post.lang, post.slug)) if post else None

    def authors(self, post: Post) -> list[AuthorView]:
        return [self.author(author, post.lang) for author in self.blog.authors_of(post)]

    def author(self, author: Author, lang: str) -> AuthorView:
        url = self.urls.author(lang, author.id)
        return AuthorView(author.id, author.name(lang), url, author.bio(lang), author.avatar)

    def tags(self, post: Post) -> list[TagView]:
        """The post's tags by their names in its language, linked to their pages."""
        lang = post.lang
        return [TagView(tag.name(lang), self.urls.tag(lang, tag.slug(lang))) for tag in self.tag_index.tags_of(post)]

    def related(self, post: Post) -> list[RelatedLink]:
        if self.related_posts < 1:
            return []
        return [
            RelatedLink(
                other.title, self.urls.post(other.lang, other.slug), long_date(other.date, other.lang),
                iso_date(other.date),
            )
            for other in self.tag_index.related(post, self.related_posts)
        ]

    def state(self, post: Post) -> str | None:
        return labels.state(post.lang, self.states.get(post, State.PUBLISHED), post.date)
