"""The content checks of a site: one entry point for the build and for `feder check`.

`load_content` checks frontmatter and authors; features add checks of their own
(explainer parameters, the tags file) here, so that the build and the command
line report exactly the same problems with the same messages.

Checks that need a page's HTML are document validators: they receive every post and
docs page rendered as the build renders it (`feder.content.rendering`), each with its
file and lines (`RenderedDocument.line_of`). They are listed in `document_validators`;
both the build (before anything is written) and `feder check` run that list. The link
check (`feder.content.linkcheck`) is one of them; it sees the whole site, also when only
some files are checked, and is set up with the build's settings (`LinkOptions`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

from feder.cache import fingerprint
from feder.cache.derived import DerivedStore
from feder.content.activecontent import refuse_active_content
from feder.content.documents import Document, RenderedDocument, page_documents, post_document
from feder.content.linkcheck import ExplainerAnchors, LinkChecker
from feder.content.linksite import LinkOptions, linked_site
from feder.content.loading import Content, PostMemo, SiteSources, load_content
from feder.content.problems import Problem
from feder.content.rendering import DocumentRenderer, MarkdownSettings, MarkdownTransform
from feder.content.sources import discover
from feder.content.tags import tags_file_validator
from feder.content.urls import Urls
from feder.content.validation import Validator

PACKAGE = Path(__file__).parent

DocumentValidator = Callable[[Sequence[RenderedDocument]], list[Problem]]
"""Rendered posts and pages -> their problems (each at the document's file and line)."""


def feature_validators(plugins: Iterable[str], sources: SiteSources) -> list[Validator]:
    """Validators of the feder features enabled in mkdocs.yml (`plugins` are their names)."""
    enabled = set(plugins)
    found: list[Validator] = []
    if "feder" in enabled:
        found.append(tags_file_validator(sources.tags_path, sources.display(sources.tags_path), sources.languages))
    if "feder-explainers" in enabled:
        from feder.explainers import validate_posts  # imported only when the feature is on

        found.append(validate_posts)
    return found


def document_validators(plugins: Iterable[str], links: LinkChecker | None = None) -> list[DocumentValidator]:
    """Checks of every rendered post and docs page; a feature adds its own here. `links` is the
    site's link check (`link_checker`), run when the blog is enabled."""
    found: list[DocumentValidator] = [refuse_active_content]
    if links is not None and "feder" in set(plugins):
        found.append(links)
    return found


def link_checker(
    sources: SiteSources, content: Content, documents: list[Document], renderer: DocumentRenderer,
    plugins: Iterable[str], options: LinkOptions, only: list[Path] | None = None,
) -> LinkChecker:
    """The link check of a site: `content` and `documents` as loaded; with `only`, the rest of the
    site is loaded too (links lead anywhere in it), and targets are rendered when a link needs them."""
    if only is not None:
        content = load_content(sources)
        documents = site_documents(sources, content)
    post_files, _ = discover(sources.posts_dir, sources.root, sources.languages)
    now = dt.datetime.now(sources.timezone)
    site = linked_site(sources, post_files, content.posts, content.authors, documents, options, now)
    return LinkChecker(site, renderer.render, explainer_anchors(plugins))


def explainer_anchors(plugins: Iterable[str]) -> ExplainerAnchors | None:
    """The ids the explainers of a document render, when the feature is on (links may name them)."""
    if "feder-explainers" not in set(plugins):
        return None
    from feder.explainers.render import anchor_ids_of

    return lambda document: anchor_ids_of(document.markdown, document.lang)


def markdown_transforms(plugins: Iterable[str]) -> list[MarkdownTransform]:
    """What the enabled features do to a page's Markdown before the build renders it."""
    if "feder-explainers" in set(plugins):
        from feder.explainers.slots import with_placeholders

        return [with_placeholders]
    return []


def document_renderer(settings: MarkdownSettings, plugins: Iterable[str], cache_dir: Path | None) -> DocumentRenderer:
    """The renderer for a site's documents; with `cache_dir`, renders are kept there by the Markdown's
    text (shared by `feder check` and the build: both key them by the same settings)."""
    renderer = DocumentRenderer(settings, markdown_transforms(plugins), code_version=_code_version())
    if cache_dir is not None:
        renderer.memo = DerivedStore.open(cache_dir / "documents" / f"{renderer.key[:24]}.json")
    return renderer


def keep_renders(renderer: DocumentRenderer) -> None:
    """Write the renders kept for the next run; only after checking every document (the store
    keeps only the entries used since it was loaded)."""
    if isinstance(renderer.memo, DerivedStore):
        renderer.memo.save()


@cache
def _code_version() -> str:
    return fingerprint.tree(PACKAGE, (".py",))


def check_site(
    sources: SiteSources, plugins: Iterable[str], only: list[Path] | None = None, memo: PostMemo | None = None,
    renderer: DocumentRenderer | None = None, links: LinkOptions | None = None,
) -> Content:
    """Load all content and run every check; `Content.problems` holds all findings.

    `memo` keeps parsed posts between calls (`mkdocs serve` rebuilds); results are the same without it.
    With a `renderer`, every post and docs page (or those in `only`) is rendered and checked by the
    document validators too; `links` are the build's settings for the link check.
    """
    plugins = list(plugins)
    content = load_content(sources, only, memo)
    for validator in feature_validators(plugins, sources):
        content.problems += validator(content.posts)
    if renderer is not None:
        documents = site_documents(sources, content, only)
        rendered = renderer.render_all(documents)
        checker = link_checker(sources, content, documents, renderer, plugins, links or LinkOptions(), only)
        for document_validator in document_validators(plugins, checker):
            content.problems += document_validator(rendered)
    return content


def site_documents(sources: SiteSources, content: Content, only: list[Path] | None = None) -> list[Document]:
    """The valid posts of `content` and the pages of the docs folder (those in `only`, if given)."""
    urls = Urls(sources.languages)
    posts = [post_document(post, urls) for post in content.posts]
    return posts + page_documents(sources.docs_path, sources.root, sources.languages, only)
