"""The content of one build, checked before MkDocs touches the site folder (`on_pre_build`).

Posts and pages are checked here by every check that needs no HTML. Those that need it (active
content, links) run on MkDocs' own renders once it has rendered every page
(`feder.plugins.blog.documents`), unless the content has errors already: then the documents
are rendered and checked here too, so that every error is reported at once and the build
stops before MkDocs touches the site folder."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from feder import checks
from feder.content.blog import Blog
from feder.content.linksite import LinkOptions
from feder.content.loading import Content, PostMemo
from feder.content.posts import Post
from feder.content.problems import errors
from feder.content.publishing import State, state_of
from feder.content.rendering import DocumentRenderer, MarkdownSettings
from feder.content.tags import TagIndex, load_tags_file
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.links import LinkExtension
from feder.plugins.blog.setup import Setup
from feder.registry import Registry


@dataclass(frozen=True)
class BuildContent:
    """The posts this build publishes (`mkdocs serve` shows drafts and scheduled posts too), as a blog."""

    blog: Blog
    tags: TagIndex
    states: dict[Post, State]
    now: dt.datetime

    def published(self, post: Post) -> bool:
        """Drafts and scheduled posts are shown by `mkdocs serve` but never listed in feeds or the sitemap."""
        return self.states.get(post) is State.PUBLISHED


def markdown_settings(config: MkDocsConfig) -> MarkdownSettings:
    """Posts and pages are rendered for the checks as MkDocs renders them; links stay as written:
    our link rewriting is for MkDocs, not for the checks."""
    extensions = [e for e in config.markdown_extensions if not isinstance(e, LinkExtension)]
    return MarkdownSettings.from_mkdocs(extensions, config.mdx_configs)


def link_options(config: MkDocsConfig, options: BlogConfig, *, serving: bool) -> LinkOptions:
    """The build's settings for the link check (`mkdocs serve` shows drafts: links to them work there)."""
    return LinkOptions(urlsplit(config.site_url or "").path or "/", options.per_page, drafts_shown=serving)


def check_content(
    setup: Setup, registry: Registry, *, renderer: DocumentRenderer, links: LinkOptions, memo: PostMemo | None,
) -> Content:
    """Every post and page checked by the content checks and the features' (`registry.checks`) that
    need no HTML; if they find errors, by the document checks too (with renders of `renderer`)."""
    content = checks.check_content(setup.sources, registry.checks, memo=memo)
    if errors(content.problems):
        content.problems += checks.render_and_check_documents(setup.sources, content, registry.checks, renderer, links)
    return content


def build_content(content: Content, setup: Setup, *, serving: bool) -> BuildContent:
    now = dt.datetime.now(setup.sources.timezone)
    states = {post: state_of(post, now) for post in content.posts}
    visible = [post for post in content.posts if serving or states[post] is State.PUBLISHED]
    blog = Blog(setup.languages, visible, content.authors)
    sources = setup.sources
    tags_file, _ = load_tags_file(sources.tags_path, sources.display(sources.tags_path), setup.languages)
    return BuildContent(blog, TagIndex(blog, tags_file), states, now)  # the tags file's problems were reported
