"""List pages: home, archive and author pages per language, paginated."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from feder.content.blog import Blog
from feder.content.posts import Post
from feder.content.urls import Urls


@dataclass(frozen=True, eq=False)
class Listing:
    """One page of a list of posts."""

    kind: str
    """`home`, `archive`, `author` or `tag`."""
    lang: str
    url: str
    posts: tuple[Post, ...]
    number: int = 1
    page_urls: tuple[str, ...] = ()
    """The URL of every page of this list, first page first."""
    subject: str | None = None
    """The author id or tag slug the list is about."""

    @property
    def key(self) -> tuple[object, ...]:
        """Pages with the same key in different languages are translations of each other."""
        return (self.kind, self.subject, self.number)

    @property
    def count(self) -> int:
        return max(1, len(self.page_urls))

    @property
    def previous_url(self) -> str | None:
        return self.page_urls[self.number - 2] if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.page_urls[self.number] if self.number < self.count else None


def paginate(
    kind: str, lang: str, posts: Sequence[Post], per_page: int, url: Callable[[int], str], subject: str | None = None
) -> list[Listing]:
    """Split `posts` into pages of `per_page`; an empty list still gets its first page."""
    chunks = [tuple(posts[i : i + per_page]) for i in range(0, len(posts), per_page)] or [()]
    page_urls = tuple(url(number) for number in range(1, len(chunks) + 1))
    return [
        Listing(kind, lang, page_urls[number - 1], chunk, number, page_urls, subject)
        for number, chunk in enumerate(chunks, start=1)
    ]


def plan_listings(blog: Blog, urls: Urls, per_page: int) -> list[Listing]:
    """Every list page of the blog in every language."""
    listings: list[Listing] = []
    for lang in blog.languages:
        posts = blog.in_language(lang)
        listings += paginate("home", lang, posts, per_page, partial(urls.home, lang))
        listings.append(Listing("archive", lang, urls.archive(lang), tuple(posts)))
        for author_id in blog.authors:
            listings += paginate(
                "author", lang, blog.by_author(lang, author_id), per_page,
                partial(urls.author, lang, author_id), author_id,
            )
    return listings
