"""What the `feder` plugin sets up in `on_config`: the site's languages, URLs and sources, and its
changes to MkDocs' configuration (templates, stylesheet, link extension, watched files)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfoNotFoundError

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from feder.cards import Theme
from feder.content.languages import Languages
from feder.content.loading import SiteSources
from feder.content.urls import Urls
from feder.i18n import available
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.links import LinkExtension, SiteLinks
from feder.plugins.blog.palette import card_theme

PACKAGE = Path(__file__).resolve().parents[2]
SITEMAP = "sitemap.xml"
TEMPLATES = PACKAGE / "templates"
STYLESHEET_URI = "assets/feder/feder.css"


@dataclass(frozen=True)
class Setup:
    languages: Languages
    urls: Urls
    sources: SiteSources
    card_theme: Theme
    links: SiteLinks
    """Links between pages, rewritten for MkDocs while pages render."""


def configure(config: MkDocsConfig, options: BlogConfig) -> Setup:
    """Check what feder needs of mkdocs.yml and adapt MkDocs' configuration to the blog."""
    _require(config)
    languages = _languages(options)
    palette = card_theme(config.theme.get("palette"))
    sources = _sources(config, options)
    config.theme["language"] = languages.default
    config.theme.static_templates.discard(SITEMAP)  # feder writes the sitemap (`outputs.write_sitemap`)
    # Our templates override Material's but yield to the site's own custom_dir.
    config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
    if STYLESHEET_URI not in config.extra_css:
        config.extra_css.append(STYLESHEET_URI)
    links = SiteLinks(docs_dir=sources.display(Path(config.docs_dir).resolve()), site_url=config.site_url or "")
    config.markdown_extensions[:] = [e for e in config.markdown_extensions if not isinstance(e, LinkExtension)]
    config.markdown_extensions.append(LinkExtension(links))
    for watched in (sources.posts_dir, sources.authors_file, sources.tags_path):
        # The file watcher of `mkdocs serve` stops with an error on a path that does not exist.
        if watched.exists() and str(watched) not in config.watch:
            config.watch.append(str(watched))
    return Setup(languages, Urls(languages), sources, palette, links)


def _require(config: MkDocsConfig) -> None:
    if not config.site_url:
        raise PluginError(
            "site_url is not set in mkdocs.yml. feder needs the site's public address for canonical "
            "links, hreflang and feeds; add e.g. site_url: https://example.github.io/blog/"
        )
    if not config.use_directory_urls:
        raise PluginError("feder's URLs are folders (/posts/<slug>/); set use_directory_urls: true in mkdocs.yml")


def _languages(options: BlogConfig) -> Languages:
    codes = tuple(options.languages)
    unknown = [code for code in codes if code not in available()]
    if unknown or len(set(codes)) != len(codes):
        raise PluginError(f"plugins.feder.languages: {codes} must be distinct codes from {', '.join(available())}")
    return Languages(codes)


def _sources(config: MkDocsConfig, options: BlogConfig) -> SiteSources:
    root = Path(config.config_file_path or ".").resolve().parent
    try:
        return SiteSources.from_options(root, options, config.docs_dir)
    except (ZoneInfoNotFoundError, ValueError):
        raise PluginError(
            f"plugins.feder.timezone: unknown time zone '{options.timezone}', e.g. Europe/Berlin"
        ) from None


def cache_root(setup: Setup, options: BlogConfig) -> Path | None:
    """Where the plugin's caches live (`cache_dir`), or None when `cache` is off."""
    return setup.sources.root / options.cache_dir if options.cache else None
