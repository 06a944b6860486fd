"""The content checks of a site: one entry point for the build and for `feder check`.

`load_content` checks frontmatter and authors, the tags file is checked here, and
features add checks of their own (explainer parameters): `FeatureChecks`, which the
build gets from its plugins through the registry (`feder.registry`) and the command
line from the plugins' entry points (`feature_checks`), so that both report exactly
the same problems with the same messages.

Checks that need a page's HTML are document validators: they receive every post and
docs page rendered as the build renders it (`feder.content.rendering`), each with its
file and lines (`RenderedDocument.line_of`). They are listed in `document_validators`;
both the build (before anything is written) and `feder check` run that list
(`check_documents`): `feder check` over renders of its own (`DocumentRenderer`), the build
over the HTML MkDocs rendered for its pages, which is the same. The link
check (`feder.content.linkcheck`) is one of them; it sees the whole site, also when only
some files are checked, and is set up with the build's settings (`LinkOptions`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from feder import fingerprint
from feder.cache.derived import DerivedStore
from feder.cache.extensions import untrusted
from feder.content.activecontent import refuse_active_content
from feder.content.documents import Document, RenderedDocument, page_documents, post_document
from feder.content.features import ENTRY_POINTS, AnchorIds, DocumentValidator, FeatureChecks
from feder.content.linkcheck import LinkChecker
from feder.content.linksite import LinkOptions, linked_site
from feder.content.loading import Content, PostMemo, SiteSources, load_content
from feder.content.problems import Problem
from feder.content.rendering import DocumentRenderer, MarkdownSettings
from feder.content.sources import discover
from feder.content.tags import tags_file_validator
from feder.content.urls import Urls
from feder.content.validation import Validator

PACKAGE = Path(__file__).parent

def feature_checks(plugins: Iterable[str]) -> list[FeatureChecks]:
    """The checks of the features enabled in mkdocs.yml (`plugins` are their names, in order), for
    `feder check`, which runs no plugin: each plugin names its checks in the entry point group
    `feder.checks` under its own name, as it names itself in `mkdocs.plugins`."""
    found = {point.name: point for point in entry_points(group=ENTRY_POINTS)}
    return [found[name].load() for name in plugins if name in found]


def feature_validators(features: Iterable[FeatureChecks], sources: SiteSources) -> list[Validator]:
    """The tags file's validator and those of the features."""
    found: list[Validator] = [
        tags_file_validator(sources.tags_path, sources.display(sources.tags_path), sources.languages),
    ]
    return found + [validator for feature in features for validator in feature.validators]


def document_validators(features: Iterable[FeatureChecks], links: LinkChecker | None = None) -> list[DocumentValidator]:
    """Checks of every rendered post and docs page: active content, the site's link check (`link_checker`),
    and the features' own."""
    found: list[DocumentValidator] = [refuse_active_content]
    if links is not None:
        found.append(links)
    return found + [validator for feature in features for validator in feature.document_validators]


def link_checker(
    sources: SiteSources, content: Content, documents: list[Document], renderer: DocumentRenderer,
    features: Iterable[FeatureChecks], options: LinkOptions, only: list[Path] | None = None,
) -> LinkChecker:
    """The link check of a site: `content` and `documents` as loaded; with `only`, the rest of the
    site is loaded too (links lead anywhere in it), and targets are rendered when a link needs them."""
    if only is not None:
        content = load_content(sources)
        documents = site_documents(sources, content)
    post_files, _ = discover(sources.posts_dir, sources.root, sources.languages)
    now = dt.datetime.now(sources.timezone)
    site = linked_site(sources, post_files, content.posts, content.authors, documents, options, now)
    return LinkChecker(site, renderer.render, feature_anchors(features))


def feature_anchors(features: Iterable[FeatureChecks]) -> AnchorIds | None:
    """The ids the features render into a document (links may name them); None when no feature does."""
    anchors = [feature.anchors for feature in features if feature.anchors is not None]
    if len(anchors) < 2:
        return anchors[0] if anchors else None
    return lambda document: {anchor for found in anchors for anchor in found(document)}


def document_renderer(
    settings: MarkdownSettings, features: Iterable[FeatureChecks], cache_dir: Path | None,
) -> DocumentRenderer:
    """The renderer for a site's documents; with `cache_dir`, renders are kept there by the Markdown's
    text (shared by `feder check` and the build: both key them by the same settings)."""
    transforms = [transform for feature in features for transform in feature.markdown_transforms]
    renderer = DocumentRenderer(settings, transforms, code_version=_code_version())
    if cache_dir is not None and not untrusted(settings.extensions):  # an extension may read other files
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
    sources: SiteSources, features: Iterable[FeatureChecks], only: list[Path] | None = None,
    memo: PostMemo | None = None, renderer: DocumentRenderer | None = None, links: LinkOptions | None = None,
) -> Content:
    """Load all content and run every check, the features' too; `Content.problems` holds all findings.

    `memo` keeps parsed posts between calls (`mkdocs serve` rebuilds); results are the same without it.
    With a `renderer`, every post and docs page (or those in `only`) is rendered and checked by the
    document validators too; `links` are the build's settings for the link check.
    """
    features = list(features)
    content = check_content(sources, features, only, memo)
    if renderer is not None:
        content.problems += render_and_check_documents(sources, content, features, renderer, links, only)
    return content


def check_content(
    sources: SiteSources, features: Iterable[FeatureChecks], only: list[Path] | None = None,
    memo: PostMemo | None = None,
) -> Content:
    """The checks that need no rendered HTML: loading, frontmatter, authors, the tags file, the features'."""
    content = load_content(sources, only, memo)
    for validator in feature_validators(features, sources):
        content.problems += validator(content.posts)
    return content


def render_and_check_documents(
    sources: SiteSources, content: Content, features: Iterable[FeatureChecks], renderer: DocumentRenderer,
    links: LinkOptions | None = None, only: list[Path] | None = None,
) -> list[Problem]:
    """Every post and docs page of `content` (those in `only`, if given) rendered by `renderer` and checked."""
    rendered = renderer.render_all(site_documents(sources, content, only))
    return check_documents(sources, content, features, rendered, renderer, links, only)


def check_documents(
    sources: SiteSources, content: Content, features: Iterable[FeatureChecks], rendered: list[RenderedDocument],
    renderer: DocumentRenderer, links: LinkOptions | None = None, only: list[Path] | None = None,
) -> list[Problem]:
    """The document validators over `rendered`, the documents of `site_documents(sources, content, only)`
    as the build renders them (by `renderer`, or by the build itself: the HTML is the same)."""
    features = list(features)
    documents = [document.document for document in rendered]
    checker = link_checker(sources, content, documents, renderer, features, links or LinkOptions(), only)
    problems: list[Problem] = []
    for document_validator in document_validators(features, checker):
        problems += document_validator(rendered)
    return problems


def site_documents(sources: SiteSources, content: Content, only: list[Path] | None = None) -> list[Document]:
    """The valid posts of `content` and the pages of the docs folder (those in `only`, if given)."""
    urls = Urls(sources.languages)
    posts = [post_document(post, urls) for post in content.posts]
    return posts + page_documents(sources.docs_path, sources.root, sources.languages, only)
