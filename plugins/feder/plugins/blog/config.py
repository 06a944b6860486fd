"""Options of the `feder` plugin in mkdocs.yml."""
from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from feder.content.loading import (
    DEFAULT_AUTHORS_FILE,
    DEFAULT_LANGUAGES,
    DEFAULT_POSTS_DIR,
    DEFAULT_TAGS_FILE,
    DEFAULT_TIMEZONE,
)


class BlogConfig(Config):
    enabled = c.Type(bool, default=True)

    # Where content lives, relative to mkdocs.yml.
    posts_dir = c.Type(str, default=DEFAULT_POSTS_DIR)
    authors_file = c.Type(str, default=DEFAULT_AUTHORS_FILE)
    default_author = c.Optional(c.Type(str))
    tags_file = c.Type(str, default=DEFAULT_TAGS_FILE)
    """Display names per language, aliases and descriptions of tags; optional."""

    # Languages: the first one is the default and lives at the site root.
    languages = c.ListOfItems(c.Type(str), default=list(DEFAULT_LANGUAGES))
    timezone = c.Type(str, default=DEFAULT_TIMEZONE)
    description = c.DictOfItems(c.Type(str), default={})
    """The site's description per language, for the home pages' meta description."""

    # Lists.
    per_page = c.Type(int, default=10)
    related_posts = c.Type(int, default=3)
    """How many related posts (by shared tags) a post shows."""
    most_used_tags = c.Type(int, default=10)
    """How many tags the tag index shows as the most used ones."""

    # Feeds: RSS and Atom per language, RSS per tag.
    feed_size = c.Type(int, default=20)
    """How many of the newest posts a feed holds."""

    # Preview cards: a 1200x630 PNG for every page, shown when it is shared (see feder.sharing).
    cards = c.Type(bool, default=True)

    # Rendered posts and compiled templates kept for the next build (see feder.cache).
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/feder")

    # Legal pages in the default language (docs/); their translations are found by path (docs/en/…).
    impressum = c.Type(str, default="impressum.md")
    privacy = c.Type(str, default="datenschutz.md")
