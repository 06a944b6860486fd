"""The `feder` MkDocs plugin: posts from posts/ become a bilingual blog in one build.

An adapter: each event handler hands its work to a collaborator made for it.
- `setup.configure` (on_config): languages, URLs, sources; MkDocs' configuration adapted;
- `loading` (on_pre_build): every post and page checked (`feder.checks`, with the
  features' checks from the registry) before MkDocs touches the site folder, but for the
  checks of rendered HTML: `documents.BuildDocuments` runs those on MkDocs' own renders
  (on_page_markdown, on_page_content, on_env), before any page is written;
- `pages.BlogPages` (on_files … on_page_context): the site plan (`feder.content.plan`)
  applied to MkDocs' files, then each page adapted for the templates (`feder.views`);
- `outputs.SiteOutputs` (on_post_build): feeds, preview cards, the sitemap;
- `preview.ProblemsPreview`: `mkdocs serve` shows content errors in the browser;
- `acceleration.Acceleration`: caches and incremental `mkdocs serve`, one call per phase;
- `feder.registry`: what other plugins and hooks add to the build or ask about it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from feder.cache.build import BuildCache
from feder.cache.serve import IncrementalServe
from feder.content.pages import SitePages
from feder.content.problems import Problem, errors, format_problems, warnings
from feder.plugins.blog.acceleration import Acceleration
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.documents import BuildDocuments
from feder.plugins.blog.links import without_authored
from feder.plugins.blog.loading import build_content, check_content, link_options, markdown_settings
from feder.plugins.blog.outputs import SiteOutputs
from feder.plugins.blog.pages import BlogPages, prepare_templates
from feder.plugins.blog.preview import ProblemsPreview
from feder.plugins.blog.setup import Setup, cache_root, configure
from feder.registry import Registry, registry_of
from feder.views.pages import Views

log = get_plugin_logger(__name__)


class BlogPlugin(BasePlugin[BlogConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.acceleration = Acceleration()  # lives through the rebuilds of `mkdocs serve`
        self.documents: BuildDocuments | None = None
        self._reset()

    def _reset(self) -> None:
        """Per-build state; the plugin object lives across `mkdocs serve` rebuilds."""
        if self.documents is not None:
            self.documents.drop()  # a build that ended without an event that says how
        self.documents = None
        self.registry = Registry()
        self.setup: Setup | None = None
        self.pages: BlogPages | None = None
        self.outputs: SiteOutputs | None = None
        self.preview = ProblemsPreview()

    # What tests and tools look at ---------------------------------------------------------------

    @property
    def cache(self) -> BuildCache | None:
        return self.acceleration.cache

    @property
    def incremental(self) -> IncrementalServe | None:
        return self.acceleration.incremental

    @property
    def views(self) -> Views | None:
        return self.pages.views if self.pages is not None else None

    @property
    def site(self) -> SitePages:
        return self.pages.site if self.pages is not None else SitePages()

    # MkDocs events ---------------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.acceleration.start(serving=self.serving, dirty=dirty)

    def on_shutdown(self) -> None:
        self.acceleration.shutdown()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if self.config.enabled:
            self.registry = registry_of(config)
            self.setup = configure(config, self.config)
            self.registry.languages = self.setup.languages
        self.acceleration.configure(cache_root(self.setup, self.config) if self.setup else None, self.registry)
        return config

    def _pre_build(self, *, config: MkDocsConfig) -> None:
        """Load and check all content before MkDocs touches site_dir, so errors leave it intact."""
        if self.setup is None:
            return
        renderer = self.acceleration.document_renderer(markdown_settings(config), self.registry.checks)
        links = link_options(config, self.config, serving=self.serving)
        content = check_content(self.setup, self.registry, renderer=renderer, links=links, memo=self.acceleration.memo)
        self.acceleration.checked(renderer)
        if self._held(content.problems):
            return
        self.acceleration.begin(config)
        built = build_content(content, self.setup, serving=self.serving)
        self.documents = BuildDocuments(self.setup.sources, content, self.registry.checks, renderer, links)
        self.pages = BlogPages(self.setup, built, self.config)
        self.registry.pages = self.pages.site
        self.outputs = SiteOutputs(
            setup=self.setup, content=built, options=self.config, acceleration=self.acceleration,
            registry=self.registry,
        )

    @event_priority(-100)  # after every plugin's checks: MkDocs empties site_dir next
    def _set_aside(self, *, config: MkDocsConfig) -> None:
        if self.pages is not None:
            self.acceleration.set_aside(Path(config.site_dir))

    on_pre_build = CombinedEvent(_pre_build, _set_aside)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.preview.active:
            return self.preview.files(config)
        if self.pages is None:
            return files
        if self._held(self.pages.make_plan(files, config)):
            return self.preview.files(config)
        added = self.pages.add_files(files, config)
        sources = self.pages.setup.sources
        kept = self.acceleration.keep_unchanged_pages(
            files, added, config, self.pages.content, [sources.authors_file, sources.tags_path],
        )
        self.pages.keep(kept.rendered, kept.sources)
        self.pages.blog_pages(added, config)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.pages is not None and not self.preview.active:
            self.pages.navigate(nav, files, config)
        return nav

    def _page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.pages is not None:
            self.pages.page_markdown(page)
        return markdown

    @event_priority(-100)  # after every plugin that changes the Markdown: the cache key covers their work
    def _cached_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.documents is not None:
            self.documents.page_markdown(markdown, page)
        if self.pages is None or not self.pages.is_post(page):
            return markdown
        # The generated file's text (a copy of the post) is read; keeping it would hold every
        # post twice until the build ends.
        page.file.content_string = ""
        return self.acceleration.markdown(markdown, page, files)

    on_page_markdown = CombinedEvent(_page_markdown, _cached_markdown)

    @event_priority(100)  # before every plugin that changes the HTML: they get what rendering would give
    def _cached_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.acceleration.content(html, page, files)

    @event_priority(75)  # after the render cache, before plugins put their HTML in (explainers: 50)
    def _document_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.documents.page_content(html, page) if self.documents is not None else without_authored(html)

    def _page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.pages is not None:
            self.pages.page_content(html, page)
        return html

    on_page_content = CombinedEvent(_cached_content, _document_content, _page_content)

    def _env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        if self.documents is not None:  # every page is rendered, none written
            problems = self.documents.check()
            self.acceleration.checked(self.documents.renderer)
            if self._held(problems):
                self.preview.withhold(files, config)
                return env
            self.documents.release()
        if self.setup is not None:
            views = self.views
            prepare_templates(env, views.fallback(self.setup.languages.default) if views is not None else None)
        self.acceleration.env(env)
        return env

    @event_priority(-100)  # after every plugin's checks: MkDocs writes the pages next
    def _pages_follow(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.acceleration.passed([file.dest_uri for file in files])
        return env

    on_env = CombinedEvent(_env, _pages_follow)

    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        if self.pages is None:
            return context
        return self.pages.page_context(context, page, nav, config.site_name)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        if self.preview.active and self.setup is not None:
            self.preview.write(site_dir, self.setup.languages, urlsplit(config.site_url or "").path, config.site_name)
            self.acceleration.abort()  # nothing of this build is worth keeping
            return
        if self.pages is not None and self.outputs is not None and self.pages.views is not None:
            assert self.pages.files is not None
            self.acceleration.restore(site_dir, self.pages.files, self.pages.rendered_by_url())
            self.outputs.write(site_dir, config, self.pages.views, self.pages.rendered)
        self.acceleration.finish()

    def on_build_error(self, *, error: Exception | None) -> None:
        if self.documents is not None:
            self.documents.drop()
        self.acceleration.abort()

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


def _report(problems: list[Problem]) -> None:
    """Warnings are logged (they fail `--strict`); any error stops the build with all problems."""
    for problem in warnings(problems):
        log.warning(str(problem))
    found = errors(problems)
    if found:
        raise PluginError(
            f"{len(found)} problem(s) in the content; fix them and build again:\n" + format_problems(found)
        )
