"""The blog's pages in MkDocs: the site plan applied to MkDocs' files, then each page adapted for the templates."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import jinja2
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from feder.autoescape import autoescape_own_templates
from feder.cache.templates import MaterialStrings
from feder.content.linksite import SITEMAP_FILES
from feder.content.pages import PageEntry, SitePages
from feder.content.plan import SitePlan, plan_site
from feder.content.posts import Post
from feder.content.problems import Problem
from feder.content.publishing import State
from feder.plugins.blog import files as blog_files
from feder.plugins.blog import outputs
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.converter import PostConverter, PostPage
from feder.plugins.blog.fragments import Fragments
from feder.plugins.blog.links import LinkExtension
from feder.plugins.blog.loading import BuildContent
from feder.plugins.blog.navigation import localized_navigations
from feder.plugins.blog.setup import PACKAGE, TEMPLATES, Setup
from feder.views import escape_title, escaped_metadata, page_title
from feder.views.models import PageView
from feder.views.pages import Views

ASSETS = PACKAGE / "assets"
ASSET_FILES = ("feder.css", "alternate-links.js")
"""Copied to `assets/feder/` in the site."""
LIST_TEMPLATES = {
    "home": "feder/home.html", "archive": "feder/archive.html", "author": "feder/author.html",
    "tag": "feder/tag.html", "tags": "feder/tags.html",
}


class BlogPages:
    """One build's pages: the plan, the files it adds, the rendered posts, the views of every page."""

    def __init__(self, setup: Setup, content: BuildContent, options: BlogConfig) -> None:
        self.setup = setup
        self.content = content
        self.options = options
        self.site = SitePages()
        self.plan: SitePlan | None = None
        self.files: Files | None = None
        self.post_urls: dict[Post, str] = {}
        self.rendered: dict[Post, str] = {}
        """Each post's HTML as rendered (or kept by `mkdocs serve`), for teasers, descriptions and feeds."""
        self.navs: dict[str, Navigation] = {}
        self.views: Views | None = None

    # on_files ---------------------------------------------------------------------------------

    def make_plan(self, files: Files, config: MkDocsConfig) -> list[Problem]:
        """The docs pages registered and the blog's pages planned; the problems found on the way."""
        outputs.replace_theme_sitemap(files, config)
        docs = Path(config.docs_dir).name
        problems = blog_files.register_docs_pages(files, self.setup.languages, self.site, docs)
        written = [(file.src_uri, file.dest_uri) for file in files if file.generated_by is None]
        content, per_page = self.content, self.options.per_page
        self.plan = plan_site(content.blog, content.tags, self.setup.urls, per_page, written, docs)
        return problems + list(self.plan.problems)

    def add_files(self, files: Files, config: MkDocsConfig) -> list[tuple[File, PageEntry]]:
        """The plan's pages and the blog's assets as MkDocs files."""
        assert self.plan is not None
        for name in ASSET_FILES:
            files.append(File.generated(config, f"assets/feder/{name}", abs_src_path=str(ASSETS / name)))
        outputs.add_robots(files, config, urljoin(config.site_url or "", self.setup.urls.sitemap()))
        added: list[tuple[File, PageEntry]] = []
        for entry in self.plan.pages:
            if entry.post is not None:
                draft = self.content.states[entry.post] is not State.PUBLISHED
                file = blog_files.add_post(files, config, entry.post, entry.url, draft=draft)
                self.post_urls[entry.post] = file.url
            else:
                assert entry.listing is not None
                file = blog_files.add_listing(files, config, entry.listing)
            added.append((file, self.site.add(entry)))
        self.files = files
        post_paths = (post.path for post in self.content.blog.posts)
        self.setup.links.use(files, post_paths, [*self.plan.feeds, *SITEMAP_FILES])
        return added

    def keep(self, rendered: dict[Post, str], sources: frozenset[str]) -> None:
        """Pages `mkdocs serve` keeps from its last build: their posts' content, and links to them."""
        self.rendered.update(rendered)
        self.setup.links.keep(sources)

    def blog_pages(self, added: list[tuple[File, PageEntry]], config: MkDocsConfig) -> None:
        """Pages of their own for the posts and lists that are built (MkDocs makes a plain Page for the
        others): a list page skips rendering its (empty) Markdown, posts share one converter."""
        converter = PostConverter(config, trusted=(LinkExtension,))
        for file, entry in added:
            if file.inclusion.is_excluded():
                continue
            if entry.listing is not None:
                blog_files.ListingPage(None, file, config)
            elif entry.post is not None:
                PostPage(file, config, converter)

    # on_nav -------------------------------------------------------------------------------------

    def navigate(self, nav: Navigation, files: Files, config: MkDocsConfig) -> None:
        self.navs = localized_navigations(nav, files, self.setup.languages)
        self.views = Views(
            blog=self.content.blog, urls=self.setup.urls, site=self.site, site_url=config.site_url or "",
            site_name=config.site_name, descriptions=self.options.description,
            legal=blog_files.legal_links(files, self.setup.languages, self.options),
            rendered=self.rendered, states=self.content.states, tags=self.content.tags,
            related_posts=self.options.related_posts, most_used_tags=self.options.most_used_tags,
            cards=self.options.cards,
        )

    # Page events --------------------------------------------------------------------------------

    def is_post(self, page: Page) -> bool:
        entry = self.site.get(page.url)
        return entry is not None and entry.post is not None

    def page_markdown(self, page: Page) -> None:
        """Before rendering: a post's or list's title and template; a docs page's frontmatter escaped."""
        self.setup.links.page = page
        entry = self.site.get(page.url)
        if entry is None:
            return
        if entry.post is not None:
            page.title = escape_title(entry.post.title)
            page.meta["template"] = "feder/post.html"
        elif entry.listing is not None:
            assert self.views is not None
            page.title = escape_title(self.views.listing_title(entry.listing))
            page.meta["template"] = LIST_TEMPLATES[entry.listing.kind]
        elif entry.kind == "page":
            page.meta = escaped_metadata(page.meta)  # content: the theme prints it as HTML

    def page_content(self, html: str, page: Page) -> None:
        """After rendering: a post's HTML kept; a docs page's title made text."""
        entry = self.site.get(page.url)
        if entry is not None and entry.post is not None:
            self.rendered[entry.post] = html
        elif entry is not None and entry.kind == "page" and page.title is not None:
            page.title = page_title(page.title)

    def page_context(self, context: dict[str, Any], page: Page, nav: Navigation, site_name: str) -> dict[str, Any]:
        """The `feder` view of the page, and the navigation of its language."""
        entry = self.site.get(page.url)
        if entry is None or self.views is None:
            return context
        title = entry.post.title if entry.post else str(Markup(page.title or "").unescape())
        if entry.kind == "home" and entry.listing is not None and entry.listing.number == 1:
            title = site_name
        context["feder"] = self.views.page(entry, title)
        context["nav"] = self.navs.get(entry.lang, nav)
        return context

    def rendered_by_url(self) -> dict[str, str]:
        return {self.post_urls[post]: html for post, html in self.rendered.items() if post in self.post_urls}


def prepare_templates(env: jinja2.Environment, fallback: PageView | None) -> None:
    """Autoescape for feder's templates, before anything compiles a template, or caches one; the `feder`
    view of pages outside the blog's (404); Material's strings, computed once; fragments rendered once
    for many pages (before templates load: they take the `url` filter then)."""
    autoescape_own_templates(env, [TEMPLATES])
    Fragments().install(env)
    if fallback is not None:
        env.globals["feder"] = fallback
    env.globals["feder_material_t"] = MaterialStrings(env)
