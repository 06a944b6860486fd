"""Everything a link in a post or page may lead to, without MkDocs: the site's pages and files.

The link check (`feder.content.linkcheck`) needs the whole site, also when only some
files are checked (`feder check FILE`): every post (valid or not, published or not),
every docs page, the list pages the build makes (home, archive, author and tag pages,
with their numbered pages), the docs folder's other files and the files feder writes
(feeds, sitemap). `linked_site` collects them the way the build plans them.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from feder.content.authors import Author
from feder.content.blog import Blog
from feder.content.documents import Document
from feder.content.links import LinkablePage, PageLinks
from feder.content.listings import plan_listings
from feder.content.loading import DEFAULT_PER_PAGE, SiteSources
from feder.content.posts import Post
from feder.content.publishing import State, state_of
from feder.content.sources import PostSource
from feder.content.tags import TagIndex, load_tags_file, plan_tag_listings
from feder.content.urls import Urls, feed_paths

SITEMAP_FILES = ("sitemap.xml", "robots.txt")
"""Files feder writes at the site root besides feeds."""


@dataclass(frozen=True)
class LinkOptions:
    """What the build's settings decide about links (from mkdocs.yml; the same for `feder check`)."""

    base_path: str = "/"
    """The path of `site_url` (`/feder/`): site paths may start with it."""
    per_page: int = DEFAULT_PER_PAGE
    """Posts per list page (`plugins.feder.per_page`): decides the numbered list pages."""
    drafts_shown: bool = False
    """`mkdocs serve` shows drafts and scheduled posts: links to them work there."""


@dataclass
class LinkedSite:
    """The pages and files of one site, and what links need to know about them."""

    links: PageLinks
    languages: tuple[str, ...]
    documents: dict[str, Document] = field(default_factory=dict)
    """Every post and docs page by its URL: their rendered ids are the anchors a link may name."""
    unpublished: dict[str, tuple[Post, State]] = field(default_factory=dict)
    """Drafts and scheduled posts by URL (empty when they are shown, as in `mkdocs serve`)."""
    listings: frozenset[str] = frozenset()
    """URLs of the list pages: made by templates, they have no anchors a link can use."""
    language_of: dict[str, str] = field(default_factory=dict)
    """Each page's language, by URL."""


def linked_site(
    sources: SiteSources, post_files: Sequence[PostSource], posts: Sequence[Post], authors: Mapping[str, Author],
    documents: Sequence[Document], options: LinkOptions, now: dt.datetime,
) -> LinkedSite:
    """The site as the build plans it: `post_files` are all post files (also those with errors),
    `posts` the valid ones, `documents` every post and docs page."""
    urls = Urls(sources.languages)
    states = {post: state_of(post, now) for post in posts}
    visible = [post for post in posts if options.drafts_shown or states[post] is State.PUBLISHED]
    blog = Blog(sources.languages, visible, authors)
    tags_file, _ = load_tags_file(sources.tags_path, sources.display(sources.tags_path), sources.languages)
    tags = TagIndex(blog, tags_file)
    listings = plan_listings(blog, urls, options.per_page) + plan_tag_listings(tags, urls, options.per_page)

    pages = [LinkablePage(listing.url) for listing in listings]
    language_of = {listing.url: listing.lang for listing in listings}
    for source in post_files:
        url = urls.post(source.lang, source.slug)
        pages.append(LinkablePage(url, source.path))
        language_of[url] = source.lang
    docs_dir = sources.display(sources.docs_path)
    for document in documents:
        if document.kind == "page":
            pages.append(LinkablePage(document.url, document.path))
            language_of[document.url] = document.lang
    written = [*feed_paths(urls, sources.languages, tags), *SITEMAP_FILES]
    links = PageLinks(
        pages, docs_dir=docs_dir, base_path=options.base_path, files=docs_files(sources.docs_path), written=written
    )
    unpublished = {} if options.drafts_shown else {
        urls.post(post.lang, post.slug): (post, states[post]) for post in posts
        if states[post] is not State.PUBLISHED
    }
    return LinkedSite(
        links, tuple(sources.languages), {document.url: document for document in documents}, unpublished,
        frozenset(listing.url for listing in listings), language_of,
    )


def docs_files(docs_dir: Path) -> list[str]:
    """The docs folder's files that are not pages, relative to it, as MkDocs finds them (hidden ones and
    `templates/` left out, as MkDocs leaves them out of the site)."""
    found: list[str] = []
    if not docs_dir.is_dir():
        return found
    for folder, subfolders, names in os.walk(docs_dir):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        base = Path(folder).relative_to(docs_dir).as_posix()
        if base == ".":
            subfolders[:] = [name for name in subfolders if name != "templates"]
        for name in names:
            if not name.startswith(".") and not name.endswith(".md"):
                found.append(name if base == "." else f"{base}/{name}")
    return found
