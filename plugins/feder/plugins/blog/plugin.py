"""The `feder` MkDocs plugin: posts from posts/ become a bilingual blog in one build.

Event handlers stay thin: the content model (`feder.content`) loads and checks
posts and plans pages; `files`, `navigation` and `feder.views` adapt
the results to MkDocs and the templates.
"""
from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfoNotFoundError

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from feder.autoescape import autoescape_own_templates
from feder.cache import dependencies
from feder.cache.build import BuildCache
from feder.cache.cards import CardCache
from feder.cache.derived import save_all as save_derived
from feder.cache.posts import PostMemo
from feder.cache.serve import IncrementalServe
from feder.cache.templates import MaterialStrings
from feder.content.blog import Blog
from feder.content.languages import Languages
from feder.content.listings import plan_listings
from feder.content.tags import TagIndex, load_tags_file, plan_tag_listings
from feder.checks import check_site, document_renderer, keep_renders
from feder.content.linksite import SITEMAP_FILES, LinkOptions
from feder.content.loading import SiteSources
from feder.content.pages import PageEntry, SitePages
from feder.content.posts import Post
from feder.content.problems import Problem, errors, format_problems, warnings
from feder.content.publishing import State, state_of
from feder.content.rendering import DocumentRenderer, MarkdownSettings
from feder.content.urls import Urls, page_file
from feder.feeds import FeedContent, feed_paths, plan_feeds
from feder.content.validation import Validator
from feder.i18n import available
from feder.plugins.blog import files as blog_files
from feder.plugins.blog import outputs
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.links import LinkExtension, SiteLinks
from feder.plugins.blog.navigation import localized_navigations
from feder.plugins.blog.palette import card_theme
from feder.plugins.blog.preview import ProblemsPreview
from feder.views import escape_title, escaped_metadata, page_title
from feder.views.pages import Views

log = get_plugin_logger(__name__)

PACKAGE = Path(__file__).resolve().parents[2]
TEMPLATES = PACKAGE / "templates"
ASSETS = PACKAGE / "assets"
STYLESHEET_URI = "assets/feder/feder.css"
SCRIPTS = ("alternate-links.js",)
LIST_TEMPLATES = {
    "home": "feder/home.html", "archive": "feder/archive.html", "author": "feder/author.html",
    "tag": "feder/tag.html", "tags": "feder/tags.html",
}


class BlogPlugin(BasePlugin[BlogConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        # Kept through the rebuilds of `mkdocs serve` (see feder.cache.posts and feder.cache.serve).
        self.memo: PostMemo | None = None
        self.incremental: IncrementalServe | None = None
        self._reset()

    def _reset(self) -> None:
        """Per-build state; the plugin object lives across `mkdocs serve` rebuilds."""
        self.validators: list[Validator] = []
        self.blog: Blog | None = None
        self.tags: TagIndex | None = None
        self.site = SitePages()
        self.states: dict[Post, State] = {}
        self.rendered: dict[Post, str] = {}
        self.navs: dict[str, Navigation] = {}
        self.views: Views | None = None
        self.cache: BuildCache | None = None
        self.files: Files | None = None
        self.post_urls: dict[Post, str] = {}
        self.links: SiteLinks | None = None
        self.preview = ProblemsPreview()

    # Interface for other feder plugins ------------------------------------------------------

    def add_validator(self, validator: Validator) -> None:
        """Run `validator(posts)` with the post checks; its problems are reported with theirs."""
        self.validators.append(validator)

    def language_of(self, page: Page) -> str:
        entry = self.site.get(page.url)
        return entry.lang if entry else self.languages.default

    def entry_of(self, page: Page) -> PageEntry | None:
        return self.site.get(page.url)

    # MkDocs events ---------------------------------------------------------------------------

    def on_shutdown(self) -> None:
        save_derived()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        if self.serving and not dirty:
            self.memo, self.incremental = PostMemo(), IncrementalServe()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return config
        if not config.site_url:
            raise PluginError(
                "site_url is not set in mkdocs.yml. feder needs the site's public address for canonical "
                "links, hreflang and feeds; add e.g. site_url: https://example.github.io/blog/"
            )
        if not config.use_directory_urls:
            raise PluginError("feder's URLs are folders (/posts/<slug>/); set use_directory_urls: true in mkdocs.yml")
        self.languages = self._languages()
        self.urls = Urls(self.languages)
        self.card_theme = card_theme(config.theme.get("palette"))
        self.sources = self._sources(config)
        config.theme["language"] = self.languages.default
        config.theme.static_templates.discard(outputs.SITEMAP)  # on_post_build writes feder's sitemap
        # Our templates override Material's but yield to the site's own custom_dir.
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
        if STYLESHEET_URI not in config.extra_css:
            config.extra_css.append(STYLESHEET_URI)
        self.links = SiteLinks(docs_dir=self.sources.display(Path(config.docs_dir).resolve()), site_url=config.site_url)
        config.markdown_extensions[:] = [e for e in config.markdown_extensions if not isinstance(e, LinkExtension)]
        config.markdown_extensions.append(LinkExtension(self.links))
        for watched in (self.sources.posts_dir, self.sources.authors_file, self.sources.tags_path):
            # The file watcher of `mkdocs serve` stops with an error on a path that does not exist.
            if watched.exists() and str(watched) not in config.watch:
                config.watch.append(str(watched))
        return config

    def _pre_build(self, *, config: MkDocsConfig) -> None:
        """Load and check all content before MkDocs touches site_dir, so errors leave it intact."""
        if not self.config.enabled:
            return
        renderer = self._document_renderer(config)
        links = LinkOptions(urlsplit(config.site_url or "").path or "/", self.config.per_page, drafts_shown=self.serving)
        content = check_site(self.sources, config.plugins.keys(), memo=self.memo, renderer=renderer, links=links)
        if not self.serving:
            keep_renders(renderer)  # serve keeps them when it stops (on_shutdown)
        problems = content.problems
        for validator in self.validators:
            problems += validator(content.posts)
        if self._held(problems):
            return
        if self.memo is not None:
            self.memo.forget_unseen()
        self.cache = self._cache(config)
        now = self.now = dt.datetime.now(self.sources.timezone)
        self.states = {post: state_of(post, now) for post in content.posts}
        visible = [post for post in content.posts if self.serving or self.states[post] is State.PUBLISHED]
        self.blog = Blog(self.languages, visible, content.authors)
        tags_file, _ = load_tags_file(self.sources.tags_path, self.sources.display(self.sources.tags_path), self.languages)
        self.tags = TagIndex(self.blog, tags_file)  # its problems were reported with the content's

    @event_priority(-100)  # after every plugin's checks: MkDocs empties site_dir next
    def _set_aside(self, *, config: MkDocsConfig) -> None:
        if self._incremental_build():
            self.incremental.set_aside(Path(config.site_dir))  # type: ignore[union-attr]

    on_pre_build = CombinedEvent(_pre_build, _set_aside)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.preview.active:
            return self.preview.files(config)
        if not self.config.enabled or self.blog is None:
            return files
        outputs.replace_theme_sitemap(files, config)
        docs = Path(config.docs_dir).name
        problems = blog_files.register_docs_pages(files, self.languages, self.site, docs)
        listings = plan_listings(self.blog, self.urls, self.config.per_page)
        listings += plan_tag_listings(self.tags, self.urls, self.config.per_page)
        planned = {page_file(self.urls.post(p.lang, p.slug)): f"post {p.path}" for p in self.blog.posts}
        planned.update({page_file(listing.url): f"{listing.kind} page" for listing in listings})
        feeds = feed_paths(self.urls, self.languages, self.tags)
        planned.update({path: "feed" for path in feeds})
        planned[outputs.SITEMAP] = "sitemap"
        problems += blog_files.conflicts(files, planned, docs)
        if self._held(problems):
            return self.preview.files(config)

        for name in ("feder.css", *SCRIPTS):
            files.append(File.generated(config, f"assets/feder/{name}", abs_src_path=str(ASSETS / name)))
        outputs.add_robots(files, config, urljoin(config.site_url or "", self.urls.sitemap()))
        ours: list[tuple[File, PageEntry]] = []
        for post in self.blog.posts:
            url = self.urls.post(post.lang, post.slug)
            file = blog_files.add_post(files, config, post, url, draft=self.states[post] is not State.PUBLISHED)
            ours.append((file, self.site.add(PageEntry(url, post.lang, ("post", post.slug), "post", post=post))))
            self.post_urls[post] = file.url
        for listing in listings:
            file = blog_files.add_listing(files, config, listing)
            ours.append((file, self.site.add(PageEntry(listing.url, listing.lang, listing.key, listing.kind, listing=listing))))
        self.files = files
        self.links.use(files, (post.path for post in self.blog.posts), [*feeds, *SITEMAP_FILES])  # type: ignore[union-attr]
        if self._incremental_build():
            self._keep_unchanged_pages(files, ours, config)
        for file, entry in ours:
            if entry.listing is not None and not file.inclusion.is_excluded():
                blog_files.ListingPage(None, file, config)  # MkDocs makes a plain Page for the others
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.config.enabled and not self.preview.active:
            self.navs = localized_navigations(nav, files, self.languages)
            self.views = self._views(config, files)
        return nav

    def _page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        entry = self.site.get(page.url) if self.config.enabled else None
        if self.links is not None:
            self.links.page = page
        if entry is None:
            return markdown
        if entry.post is not None:
            page.title = escape_title(entry.post.title)
            page.meta["template"] = "feder/post.html"
        elif entry.listing is not None:
            page.title = escape_title(self._listing_title(entry))
            page.meta["template"] = LIST_TEMPLATES[entry.listing.kind]
        elif entry.kind == "page":
            page.meta = escaped_metadata(page.meta)  # content: the theme prints it as HTML
        return markdown

    @event_priority(-100)  # after every plugin that changes the Markdown: the cache key covers their work
    def _cached_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        entry = self.site.get(page.url) if self.config.enabled else None
        if entry is None or entry.post is None:
            return markdown
        # The generated file's text (a copy of the post) is read; keeping it would hold every
        # post twice until the build ends.
        page.file.content_string = ""
        return self.cache.markdown(markdown, page, files) if self.cache is not None else markdown

    @event_priority(100)  # before every plugin that changes the HTML: they get what rendering would give
    def _cached_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.cache.content(html, page, files) if self.cache is not None else html

    on_page_markdown = CombinedEvent(_page_markdown, _cached_markdown)

    def _page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        entry = self.site.get(page.url) if self.config.enabled else None
        if entry is not None and entry.post is not None:
            self.rendered[entry.post] = html
        elif entry is not None and entry.kind == "page" and page.title is not None:
            page.title = page_title(page.title)
        return html

    on_page_content = CombinedEvent(_cached_content, _page_content)

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        if self.config.enabled:
            autoescape_own_templates(env, [TEMPLATES])  # before anything compiles a template, or caches one
        if self.config.enabled and self.views is not None:
            env.globals["feder"] = self.views.fallback(self.languages.default)
        if self.config.enabled:
            env.globals["feder_material_t"] = MaterialStrings(env)
        if self.cache is not None:
            self.cache.env(env)
        return env

    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav: Navigation):
        entry = self.site.get(page.url) if self.config.enabled else None
        if entry is None or self.views is None:
            return context
        title = entry.post.title if entry.post else str(Markup(page.title or "").unescape())
        if entry.kind == "home" and entry.listing is not None and entry.listing.number == 1:
            title = config.site_name
        context["feder"] = self.views.page(entry, title)
        context["nav"] = self.navs.get(entry.lang, nav)
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.preview.active:
            self.preview.write(Path(config.site_dir), self.languages, urlsplit(config.site_url).path, config.site_name)
            self.on_build_error(error=None)  # nothing of this build is worth keeping
            return
        if self.config.enabled and self.views is not None:
            site_dir = Path(config.site_dir)
            self._restore_kept_pages(site_dir)
            self._write_feeds(site_dir, config)
            self._write_cards(site_dir)
            outputs.write_sitemap(
                site_dir, self.site, absolute=self.views.links.absolute, alternates=self.views.links.alternates,
                lastmod=_lastmod, include=self._published,
            )
        if self._incremental_build():
            self.incremental.finish()  # type: ignore[union-attr]
        if self.cache is not None:
            # serve shows drafts: keep the other entries; and it saves derived texts when it stops
            self.cache.finish(prune=not self.serving, save=not self.serving)

    def on_build_error(self, *, error: Exception | None) -> None:
        if self.cache is not None:
            self.cache.abort()
        if self.incremental is not None:
            self.incremental.forget()

    # Helpers ---------------------------------------------------------------------------------

    def _held(self, problems: list[Problem]) -> bool:
        """Report the problems; while serving, a build with errors goes on as the problems page."""
        if not (self.serving and errors(problems)):
            _report(problems)
            return False
        for problem in warnings(problems):
            log.warning(str(problem))
        self.preview.hold(problems)
        return True

    def _languages(self) -> Languages:
        codes = tuple(self.config.languages)
        unknown = [code for code in codes if code not in available()]
        if unknown or len(set(codes)) != len(codes):
            raise PluginError(f"plugins.feder.languages: {codes} must be distinct codes from {', '.join(available())}")
        return Languages(codes)

    def _sources(self, config: MkDocsConfig) -> SiteSources:
        root = Path(config.config_file_path or ".").resolve().parent
        try:
            return SiteSources.from_options(root, self.config, config.docs_dir)
        except (ZoneInfoNotFoundError, ValueError):
            raise PluginError(f"plugins.feder.timezone: unknown time zone '{self.config.timezone}', e.g. Europe/Berlin")

    def _document_renderer(self, config: MkDocsConfig) -> DocumentRenderer:
        """Posts and pages rendered for the checks as MkDocs renders them; kept with `feder check`'s renders.
        Links stay as written: our link rewriting is for MkDocs, not for the checks."""
        extensions = [e for e in config.markdown_extensions if not isinstance(e, LinkExtension)]
        return document_renderer(
            MarkdownSettings.from_mkdocs(extensions, config.mdx_configs), config.plugins.keys(),
            self.sources.root / self.config.cache_dir if self.config.cache else None,
        )

    def _cache(self, config: MkDocsConfig) -> BuildCache | None:
        if not self.config.cache:
            return None
        return BuildCache(self.sources.root / self.config.cache_dir, config)

    def _incremental_build(self) -> bool:
        return self.incremental is not None and self.cache is not None and self.config.enabled

    def _keep_unchanged_pages(self, files: Files, ours: list[tuple[File, PageEntry]], config: MkDocsConfig) -> None:
        """`mkdocs serve`: leave out of this build the pages an edit did not change (feder.cache.serve)."""
        assert self.incremental is not None and self.cache is not None and self.blog is not None
        bodies = dependencies.Bodies()
        shared = self.cache.shared(config, [self.sources.authors_file, self.sources.tags_path]) + [
            dependencies.metadata(self.blog.posts, self.states, self.now),
        ]
        # Pages in a nav (every language's) and home pages are built always: navs need their Page objects.
        navigated = {f"{prefix}{src}" for src in [*_nav_sources(config.nav), "index.md"] for prefix in
                     (self.languages.prefix(lang) for lang in self.languages)}
        pages = [
            (file, None if file.src_uri in navigated else dependencies.page_inputs(entry, self.blog, bodies), entry.post is not None)
            for file, entry in ours
        ]
        kept = self.incremental.plan(files, shared, pages)
        for file, entry in ours:
            if entry.post is not None and file.url in kept:
                self.rendered[entry.post] = self.incremental.html(file.url) or ""
        log.debug(f"serve: {len(kept)} unchanged pages kept from the last build")

    def _listing_title(self, entry: PageEntry) -> str:
        assert entry.listing is not None and self.views is not None
        return self.views.listing_title(entry.listing)

    def _published(self, entry: PageEntry) -> bool:
        """Drafts and scheduled posts are shown by `mkdocs serve` but never listed in feeds or the sitemap."""
        return entry.post is None or self.states.get(entry.post) is State.PUBLISHED

    def _restore_kept_pages(self, site_dir: Path) -> None:
        """`mkdocs serve`: the pages this build left out go back into place (feder.cache.serve)."""
        if self._incremental_build() and self.files is not None:
            rendered = {self.post_urls[post]: html for post, html in self.rendered.items() if post in self.post_urls}
            self.incremental.restore(site_dir, self.files, rendered)  # type: ignore[union-attr]

    def _write_feeds(self, site_dir: Path, config: MkDocsConfig) -> None:
        assert self.blog is not None
        site_url = config.site_url or ""
        feeds = plan_feeds(
            blog=self.blog, tags=self.tags, urls=self.urls,
            content=FeedContent(self.rendered, self.urls, site_url, memo=self.cache.feed_html if self.cache else None),
            site_name=config.site_name, descriptions=self.config.description, size=self.config.feed_size,
            published=lambda post: self.states.get(post) is State.PUBLISHED,
        )
        keep = None
        if self._incremental_build():
            incremental = self.incremental
            keep = lambda feed: incremental.keep_output(feed.path, hash((feed, site_url)))  # noqa: E731
        count = outputs.write_feeds(site_dir, feeds, site_url, keep)
        log.debug(f"wrote {count} feeds")

    def _write_cards(self, site_dir: Path) -> None:
        if self.views is None or self.views.sharing is None:
            return
        cards = self.cache.cards if self.cache is not None else CardCache(None)
        keep = self.incremental.keep_output if self._incremental_build() else None  # type: ignore[union-attr]
        write = partial(cards.write, theme=self.card_theme)
        count = outputs.write_cards(site_dir, self.views.sharing.cards(self.site), write, keep)
        log.debug(f"{count} preview cards, {cards.drawn} drawn")

    def _views(self, config: MkDocsConfig, files: Files) -> Views:
        assert self.blog is not None
        return Views(
            blog=self.blog, urls=self.urls, site=self.site, site_url=config.site_url or "",
            site_name=config.site_name, descriptions=self.config.description,
            legal=self._legal_links(files), rendered=self.rendered, states=self.states,
            tags=self.tags, related_posts=self.config.related_posts,
            most_used_tags=self.config.most_used_tags, cards=self.config.cards,
        )

    def _legal_links(self, files: Files) -> dict[str, dict[str, str]]:
        """Impressum and privacy page per language: the translation if there is one."""
        links: dict[str, dict[str, str]] = {}
        for lang in self.languages:
            links[lang] = {}
            for name, src in (("impressum", self.config.impressum), ("privacy", self.config.privacy)):
                file = files.get_file_from_path(f"{self.languages.prefix(lang)}{src}") or files.get_file_from_path(src)
                if file is None:
                    raise PluginError(f"plugins.feder.{name}: the page '{src}' does not exist in docs/")
                links[lang][name] = blog_files.url_of(file)
        return links


def _nav_sources(nav: object) -> list[str]:
    """Every file named in the `nav` of mkdocs.yml."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [src for value in nav.values() for src in _nav_sources(value)]
    if isinstance(nav, list):
        return [src for item in nav for src in _nav_sources(item)]
    return []


def _lastmod(entry: PageEntry) -> str | None:
    """A page's last change as content dates it: a post's update, a list's newest post."""
    posts = [entry.post] if entry.post else list(entry.listing.posts) if entry.listing else []
    newest = max((post.updated or post.date for post in posts), default=None)
    return newest.isoformat() if newest else None


def _report(problems: list[Problem]) -> None:
    """Warnings are logged (they fail `--strict`); any error stops the build with all problems."""
    for problem in warnings(problems):
        log.warning(str(problem))
    found = errors(problems)
    if found:
        raise PluginError(
            f"{len(found)} problem(s) in the content; fix them and build again:\n" + format_problems(found)
        )
