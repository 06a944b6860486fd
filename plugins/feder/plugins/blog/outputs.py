"""Files beside the pages: feeds, preview cards, sitemap.xml (and .gz) and robots.txt.

The content comes from `feder.feeds` and `feder.meta`; this module only writes it
where MkDocs expects files.
"""
from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import Callable, Iterable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from feder.cards import CardText
from feder.content.pages import PageEntry, SitePages
from feder.feeds import PlannedFeed
from feder.meta import SitemapEntry, robots_txt, sitemap_xml
from feder.views import Alternate

ROBOTS = "robots.txt"
SITEMAP = "sitemap.xml"


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
    site_dir: Path, site: SitePages, *, absolute: Callable[[str], str],
    alternates: Callable[[PageEntry], list[Alternate]], lastmod: Callable[[PageEntry], str | None],
    include: Callable[[PageEntry], bool],
) -> None:
    """sitemap.xml and sitemap.xml.gz; MkDocs' own would date every page with the build day."""
    entries = [
        SitemapEntry(
            absolute(entry.url), lastmod(entry),
            tuple((alternate.hreflang, alternate.href) for alternate in alternates(entry)),
        )
        for entry in site if include(entry)
    ]
    xml = sitemap_xml(entries)
    (site_dir / SITEMAP).write_bytes(xml)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", filename="", mtime=0) as archive:  # no name, no time: reproducible
        archive.write(xml)
    (site_dir / f"{SITEMAP}.gz").write_bytes(buffer.getvalue())
