"""The pages and files a blog adds to a site, planned before anything is rendered. No MkDocs imports.

`plan_site` is a pure function of the blog, its tags, the URL scheme and the files
written by hand: it says which post and list pages there are, where the feeds and the
sitemap go, and which hand-written files would be written where a planned one goes.
The `feder` plugin only applies the plan to MkDocs' files.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from feder.content.blog import Blog
from feder.content.listings import plan_listings
from feder.content.pages import PageEntry
from feder.content.problems import Problem
from feder.content.tags import TagIndex, plan_tag_listings
from feder.content.urls import Urls, feed_paths, page_file


@dataclass(frozen=True)
class SitePlan:
    pages: tuple[PageEntry, ...]
    """Every post page, then every list page, each with its URL, language and translation key."""
    feeds: tuple[str, ...]
    """Where the feeds go, relative to the site root."""
    problems: tuple[Problem, ...]
    """Hand-written files that would be written where a planned page or file goes."""

    @property
    def posts(self) -> tuple[PageEntry, ...]:
        return tuple(entry for entry in self.pages if entry.post is not None)

    @property
    def listings(self) -> tuple[PageEntry, ...]:
        return tuple(entry for entry in self.pages if entry.listing is not None)


def plan_site(
    blog: Blog, tags: TagIndex, urls: Urls, per_page: int, written: Iterable[tuple[str, str]], docs_dir: str,
) -> SitePlan:
    """The blog's pages and files; `written` are the hand-written files as (source path below
    `docs_dir`, output path)."""
    posts = [PageEntry(urls.post(post.lang, post.slug), post.lang, ("post", post.slug), "post", post=post)
             for post in blog.posts]
    listings = plan_listings(blog, urls, per_page) + plan_tag_listings(tags, urls, per_page)
    pages = posts + [
        PageEntry(listing.url, listing.lang, listing.key, listing.kind, listing=listing) for listing in listings
    ]
    feeds = feed_paths(urls, blog.languages, tags)
    planned = {page_file(entry.url): f"post {entry.post.path}" for entry in posts if entry.post is not None}
    planned.update({page_file(listing.url): f"{listing.kind} page" for listing in listings})
    planned.update({path: "feed" for path in feeds})
    planned[urls.sitemap()] = "sitemap"
    return SitePlan(tuple(pages), tuple(feeds), tuple(_conflicts(written, planned, docs_dir)))


def _conflicts(written: Iterable[tuple[str, str]], planned: Mapping[str, str], docs_dir: str) -> list[Problem]:
    problems = []
    for src, dest in written:
        what = planned.get(dest)
        if what is not None:
            problems.append(Problem(f"{docs_dir}/{src}", 1, "file name", (
                f"would be written to {dest}, where feder writes the {what}; rename or remove this file"
            )))
    return problems
