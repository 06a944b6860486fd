"""Files beside the pages: feeds, preview cards, sitemap.xml (and .gz) and robots.txt.

The content comes from `feder.feeds`, `feder.sharing` and `feder.meta`; this module
only writes it where MkDocs expects files. `SiteOutputs` writes everything that
follows the pages, once they are built.
"""
from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from feder.cards import CardText
from feder.content.pages import PageEntry, SitePages
from feder.content.posts import Post
from feder.feeds import FeedContent, PlannedFeed, plan_feeds
from feder.meta import SitemapEntry, robots_txt, sitemap_xml
from feder.plugins.blog.acceleration import Acceleration
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.loading import BuildContent
from feder.plugins.blog.setup import SITEMAP, Setup
from feder.registry import Registry
from feder.views.links import Links
from feder.views.pages import Views

log = get_plugin_logger(__name__)

ROBOTS = "robots.txt"


def replace_theme_sitemap(files: Files, config: MkDocsConfig) -> None:
    """The theme's sitemap template, no longer one of its static templates (the plugin's on_config),
    is not a file to copy either; `write_sitemap` writes feder's sitemap."""
    theme_file = files.get_file_from_path(SITEMAP)
    if theme_file is not None and theme_file.src_dir in config.theme.dirs:
        files.remove(theme_file)


def add_robots(files: Files, config: MkDocsConfig, sitemap_url: str) -> None:
    """robots.txt pointing to the sitemap, unless the site has its own in docs/."""
    if files.get_file_from_path(ROBOTS) is None:
        files.append(File.generated(config, ROBOTS, content=robots_txt(sitemap_url)))


def write_feeds(
    site_dir: Path, feeds: Iterable[PlannedFeed], site_url: str, keep: Callable[[PlannedFeed], bool] | None = None,
) -> int:
    """Write every feed; `keep(feed)` True means the file is already in place (`mkdocs serve`, feder.cache.serve)."""
    count = 0
    for feed in feeds:
        count += 1
        if keep is not None and keep(feed):
            continue
        target = site_dir / feed.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(feed.render(site_url))
    return count


def write_cards(
    site_dir: Path, cards: dict[str, CardText], write: Callable[[CardText, Path], None],
    keep: Callable[[str, CardText], bool] | None = None,
) -> int:
    """Every preview card (`write` draws it or copies it from the cache); `keep` as for feeds."""
    folders: set[Path] = set()
    for path, card in cards.items():
        if keep is not None and keep(path, card):
            continue
        target = site_dir / path
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        write(card, target)
    return len(cards)


def write_sitemap(
    site_dir: Path, site: SitePages, *, links: Links, lastmod: Callable[[PageEntry], str | None],
    include: Callable[[PageEntry], bool],
) -> None:
    """sitemap.xml and sitemap.xml.gz; MkDocs' own would date every page with the build day."""
    entries = [
        SitemapEntry(
            links.absolute(entry.url), lastmod(entry),
            tuple((alternate.hreflang, alternate.href) for alternate in links.alternates(entry)),
        )
        for entry in site if include(entry)
    ]
    xml = sitemap_xml(entries)
    (site_dir / SITEMAP).write_bytes(xml)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", filename="", mtime=0) as archive:  # no name, no time: reproducible
        archive.write(xml)
    (site_dir / f"{SITEMAP}.gz").write_bytes(buffer.getvalue())


def lastmod(entry: PageEntry) -> str | None:
    """A page's last change as content dates it: a post's update, a list's newest post."""
    posts = [entry.post] if entry.post else list(entry.listing.posts) if entry.listing else []
    newest = max((post.updated or post.date for post in posts), default=None)
    return newest.isoformat() if newest else None


class SiteOutputs:
    """What one build writes after its pages: feeds, preview cards, the sitemap."""

    def __init__(
        self, *, setup: Setup, content: BuildContent, options: BlogConfig, acceleration: Acceleration,
        registry: Registry,
    ) -> None:
        self.setup = setup
        self.content = content
        self.options = options
        self.acceleration = acceleration
        self.registry = registry

    def write(self, site_dir: Path, config: MkDocsConfig, views: Views, rendered: dict[Post, str]) -> None:
        self.feeds(site_dir, config, rendered)
        self.cards(site_dir, views)
        write_sitemap(site_dir, views.site, links=views.links, lastmod=lastmod, include=self._published)

    def feeds(self, site_dir: Path, config: MkDocsConfig, rendered: dict[Post, str]) -> None:
        site_url, content = config.site_url or "", self.content
        transforms = self.registry.feed_transforms
        html = FeedContent(rendered, self.setup.urls, site_url, transforms, memo=self.acceleration.feed_memo)
        feeds = plan_feeds(
            blog=content.blog, tags=content.tags, urls=self.setup.urls, content=html, site_name=config.site_name,
            descriptions=self.options.description, size=self.options.feed_size, published=content.published,
        )
        count = write_feeds(site_dir, feeds, site_url, partial(self.acceleration.keep_feed, site_url=site_url))
        log.debug(f"wrote {count} feeds")

    def cards(self, site_dir: Path, views: Views) -> None:
        if views.sharing is None:
            return
        cards = self.acceleration.cards
        write = partial(cards.write, theme=self.setup.card_theme)
        count = write_cards(site_dir, views.sharing.cards(views.site), write, self.acceleration.keep_card)
        log.debug(f"{count} preview cards, {cards.drawn} drawn")

    def _published(self, entry: PageEntry) -> bool:
        """Drafts and scheduled posts are shown by `mkdocs serve` but never listed in feeds or the sitemap."""
        return entry.post is None or self.content.published(entry.post)
