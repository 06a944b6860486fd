"""Broken internal links in posts and pages, each at the line the author wrote it, with a fix.

A document validator (`feder.checks.document_validators`): it reads the links of every
rendered post and docs page (`<a href>`, and `<img src>` for files), as the author wrote
them, resolves them with `feder.content.links` against the whole site
(`feder.content.linksite`) and reports

- a link to a page that does not exist, in any of the three forms (`x.de.md`,
  `/posts/x/`, `../x/`), with the closest existing page as a suggestion;
- a link to a draft or a scheduled post from a page published before it;
- an `#anchor` the target does not have: a target's anchors are the ids in its rendered
  HTML (headings as the site's `toc` settings name them, footnotes, raw HTML), plus
  the ids of its explainers (`anchors_of_explainers`, from the explainers feature);
  list pages are written by templates and have none a link can use (MkDocs agrees:
  their content is empty);
- a link to a file (image, download, feed) that is neither in the docs folder nor
  written by feder.

Each target's anchors are collected once, so the check stays linear in the site's size.
"""
from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence

from lxml import etree

from feder.content.documents import Document, RenderedDocument
from feder.content.html import anchor_ids
from feder.content.links import BrokenLink, LinkablePage, LinkTarget, MissingFile
from feder.content.linksite import LinkedSite
from feder.content.linksuggest import Suggestions
from feder.content.posts import Post
from feder.content.problems import Problem
from feder.content.publishing import State

FIELD = "link"
NO_ANCHORS = "is a list page, made by a template; it has no anchors a link can use: link it without `#…`"
HOW_TO_LINK = "link a post or page that exists: its file (other-post.de.md) or its path (/posts/other-post/)"

Render = Callable[[Document], RenderedDocument]
ExplainerAnchors = Callable[[Document], Iterable[str]]


class LinkChecker:
    """A document validator for one site; `render` renders targets that were not checked themselves."""

    def __init__(self, site: LinkedSite, render: Render, explainer_anchors: ExplainerAnchors | None = None) -> None:
        self.site = site
        self.render = render
        self.explainer_anchors = explainer_anchors
        self._anchors: dict[str, set[str]] = {}
        self._with_explainers: set[str] = set()
        self.suggestions = Suggestions(site)

    def __call__(self, rendered: Sequence[RenderedDocument]) -> list[Problem]:
        # Each document is parsed once, for its anchors and its links; the trees are not kept.
        links: list[tuple[RenderedDocument, list[tuple[str, str]]]] = []
        for document in rendered:
            tree = document.parsed()
            self._anchors.setdefault(document.document.url, anchor_ids(tree))
            links.append((document, _links_in(tree)))
        problems: list[Problem] = []
        for document, found in links:
            problems += self._check(document, found)
        return problems

    def _check(self, rendered: RenderedDocument, found: list[tuple[str, str]]) -> list[Problem]:
        """The problems of one document's links (`found`: each link's tag and URL)."""
        document = rendered.document
        links = self.site.links
        on = links.page(document.url) or LinkablePage(document.url, document.path)
        problems = []
        for tag, link in found:
            message = self._page_problem(link, on, document) if tag == "a" else None
            message = message or self._file_problem(link, on)
            if message is not None:
                problems.append(Problem(document.path, rendered.line_of(_needles(link)), FIELD, message))
        return problems

    # Pages --------------------------------------------------------------------------------------

    def _page_problem(self, link: str, on: LinkablePage, document: Document) -> str | None:
        target = self.site.links.resolve(link, on)
        if isinstance(target, BrokenLink):
            return self._broken(target, on, document)
        if not isinstance(target, LinkTarget):
            return None
        unpublished = self.site.unpublished.get(target.page.url)
        if unpublished is not None and _visible_before(document, unpublished):
            return _unpublished(link, *unpublished)
        if target.anchor and not self._has_anchor(target):
            return self._missing_anchor(link, target)
        return None

    def _broken(self, broken: BrokenLink, on: LinkablePage, document: Document) -> str:
        if broken.source is not None:
            what = f"names the file {broken.source}, which does not exist"
        elif broken.url is not None:
            what = f"leads to /{broken.url}, which is not a page of this site"
        else:
            what = "leads above the root of the site"
        suggestion = self.suggestions.page(broken, document.lang)
        if suggestion is None:
            return f"`{broken.link}` {what}; {HOW_TO_LINK}"
        described = self._described(suggestion, on, file_first=broken.source is not None)
        return f"`{broken.link}` {what}; did you mean {described}?"

    def _described(self, page: LinkablePage, on: LinkablePage, *, file_first: bool) -> str:
        """`/posts/x/ (x.de.md)`, or `x.de.md (/posts/x/)` for a link written as a file."""
        path = f"/{page.url}"
        language = self.site.language_of.get(page.url)
        note = f", language {language}" if language and language != self.site.language_of.get(on.url, language) else ""
        if page.source is None or on.source is None:
            return f"{path}{note and f' ({note[2:]})'}"
        file = posixpath.relpath(page.source, posixpath.dirname(on.source))
        return f"{file} ({path}{note})" if file_first else f"{path} ({file}{note})"

    # Anchors ------------------------------------------------------------------------------------

    def _has_anchor(self, target: LinkTarget) -> bool:
        url = target.page.url
        if url not in self.site.documents:
            # A list page has none; a post with errors is not rendered (the build stops on its errors).
            return url not in self.site.listings
        anchors = self._anchors_of(url)
        if target.anchor in anchors:
            return True
        if self.explainer_anchors is None or url in self._with_explainers:
            return False
        # Explainers are rendered only for a page whose text lacks an anchor a link names.
        self._with_explainers.add(url)
        anchors.update(self.explainer_anchors(self.site.documents[url]))
        return target.anchor in anchors

    def _anchors_of(self, url: str) -> set[str]:
        if url not in self._anchors:
            document = self.site.documents.get(url)
            self._anchors[url] = anchor_ids(self.render(document).parsed()) if document is not None else set()
        return self._anchors[url]

    def _missing_anchor(self, link: str, target: LinkTarget) -> str:
        url = target.page.url
        if url in self.site.listings:
            return f"`{link}`: /{url} {NO_ANCHORS}"
        where = "this page" if not link.partition("#")[0] else f"/{url}"
        suggestion = self.suggestions.anchor(target.anchor, self._anchors_of(url))
        advice = f"did you mean #{suggestion}?" if suggestion else (
            "an anchor is the id of a heading (## Fazit → #fazit), a footnote or an element with an id"
        )
        return f"`{link}`: {where} has no anchor #{target.anchor}; {advice}"

    # Files --------------------------------------------------------------------------------------

    def _file_problem(self, link: str, on: LinkablePage) -> str | None:
        missing = self.site.links.resolve_file(link, on)
        if not isinstance(missing, MissingFile):
            return None
        if missing.path is None:
            return f"`{link}` leads above the root of the site; files belong in the docs folder"
        docs = self.site.links.docs_dir
        suggestion = self.suggestions.file(missing.path)
        if suggestion is None:
            return (f"`{link}`: there is no file {docs}/{missing.path}; "
                    f"put the file in {docs}/ (e.g. {docs}/assets/) and link it from there")
        if suggestion in self.site.links.written:
            return f"`{link}`: there is no file {docs}/{missing.path}; did you mean /{suggestion} (written by feder)?"
        source = self.site.links.source_path(on)
        relative = posixpath.relpath(suggestion, posixpath.dirname(source)) if source is not None else f"/{suggestion}"
        return f"`{link}`: there is no file {docs}/{missing.path}; did you mean {relative} ({docs}/{suggestion})?"


def _visible_before(document: Document, target: tuple[Post, State]) -> bool:
    """Whether the page with the link is published while the target is not yet: a draft is
    not published at all; a scheduled post only needs targets published by its own date."""
    post = document.post
    if post is None:
        return True
    if post.draft:
        return False
    target_post, state = target
    return state is State.DRAFT or target_post.date > post.date


def _unpublished(link: str, post: Post, state: State) -> str:
    path = post.path
    if state is State.DRAFT:
        why = f"a draft (draft: true in {path})"
    else:
        why = f"scheduled for {post.date:%Y-%m-%d %H:%M} ({path})"
    return (
        f"`{link}` leads to a post that is not published yet: {why}; the built site has no page there. "
        "Publish it first, or add the link once it is published (make serve shows drafts, so the link works there)"
    )


def _links_in(tree: etree._Element) -> list[tuple[str, str]]:
    """Each link of a parsed document: `a` and its `href`, `img` and its `src`, in document order."""
    found = []
    for element in tree.iter("a", "img"):
        link = element.get("href" if element.tag == "a" else "src")
        if link:
            found.append((str(element.tag), link))
    return found


def _needles(link: str) -> list[str]:
    """How the link may be written in the Markdown: as is, with `&` as `&amp;`, or with `%20` for
    spaces; whole (`../x` is not found inside `../x/`), as a Markdown link, a reference or an attribute."""
    forms = dict.fromkeys([link, html.escape(link, quote=False), link.replace(" ", "%20")])
    return [rf"(?<![^\s(<\"'=]){re.escape(form)}(?![^\s)>\"'])" for form in forms]
