"""The content of one build, checked before MkDocs touches the site folder (`on_pre_build`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from feder.checks import check_site
from feder.content.blog import Blog
from feder.content.linksite import LinkOptions
from feder.content.loading import Content, PostMemo
from feder.content.posts import Post
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


def check_content(
    config: MkDocsConfig, setup: Setup, options: BlogConfig, registry: Registry, *, renderer: DocumentRenderer,
    memo: PostMemo | None, serving: bool,
) -> Content:
    """Every post and page checked by the content checks and the features' (`registry.checks`)."""
    links = LinkOptions(urlsplit(config.site_url or "").path or "/", options.per_page, drafts_shown=serving)
    return check_site(setup.sources, registry.checks, memo=memo, renderer=renderer, links=links)


def build_content(content: Content, setup: Setup, *, serving: bool) -> BuildContent:
    now = dt.datetime.now(setup.sources.timezone)
    states = {post: state_of(post, now) for post in content.posts}
    visible = [post for post in content.posts if serving or states[post] is State.PUBLISHED]
    blog = Blog(setup.languages, visible, content.authors)
    sources = setup.sources
    tags_file, _ = load_tags_file(sources.tags_path, sources.display(sources.tags_path), setup.languages)
    return BuildContent(blog, TagIndex(blog, tags_file), states, now)  # the tags file's problems were reported
