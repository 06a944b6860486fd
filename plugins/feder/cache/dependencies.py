"""What each of feder's pages shows, as fingerprints: which pages an edit changes. No MkDocs imports.

A page's output is a function of the inputs its views declare (`feder.views.inputs`):
- what all pages share (`SITE` and `METADATA`): configuration, code, templates, docs
  pages (the nav), authors, the tags file, the date (`BuildCache.shared`), and the
  *metadata* of every post (title, date, authors, tags, summary, state, …: everything
  but the text; `metadata` here);
- and `TEXT`, the text of the posts the page is about: a post page shows its own
  rendered text (and, defensively, we count its translations' texts too); a list
  page shows the excerpt and reading time of each post on it.

So when an author changes the *text* of one post, only that post, its translations
and the list pages it appears on change. Any change to the shared part changes every
page. A page whose views declare any other input, and pages of other kinds, have no
fingerprint here and are always built.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from feder.content.blog import Blog
from feder.content.pages import PageEntry
from feder.content.posts import Post
from feder.fingerprint import describe, digest
from feder.views.inputs import Input, inputs_of
from feder.views.models import PageView

FINGERPRINTED = frozenset({Input.SITE, Input.METADATA, Input.TEXT})
"""The inputs this module's fingerprints (with `BuildCache.shared`) cover."""


def metadata(posts: Iterable[Post], states: Mapping[Post, object], now: dt.datetime) -> str:
    """Every post's frontmatter and publication state, and today's date."""
    rows = sorted(
        (post.path, post.slug, post.lang, post.title, post.date.isoformat(), list(post.authors), list(post.tags),
         post.summary, post.updated.isoformat() if post.updated else None, post.draft, post.cover,
         post.source_fingerprint, str(states.get(post)))
        for post in posts
    )
    return digest(describe(rows), now.date().isoformat())


class Bodies:
    """The exact text of each post, as a fingerprint (whitespace counts: it can change the HTML)."""

    def __init__(self) -> None:
        self._by_post: dict[int, str] = {}

    def __call__(self, post: Post) -> str:
        found = self._by_post.get(id(post))
        if found is None:
            found = self._by_post[id(post)] = digest(post.body)
        return found


def page_inputs(entry: PageEntry, blog: Blog, bodies: Bodies) -> str | None:
    """The fingerprint of a page's own inputs, or None when feder does not know what the page shows."""
    if not inputs_of(PageView) <= FINGERPRINTED:
        return None
    if entry.post is not None:
        versions = blog.translations(entry.post).values()
        return digest("post", *(f"{post.lang}:{bodies(post)}" for post in versions))
    if entry.listing is not None:
        return digest("list", *(bodies(post) for post in entry.listing.posts))
    return None
