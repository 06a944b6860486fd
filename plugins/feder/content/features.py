"""What a feature of feder (an MkDocs plugin beside the blog) adds to the content checks. No MkDocs imports.

The build (the `feder` plugin, before anything is written) and `feder check` run the
same checks (`feder.checks`). A feature's plugin registers its `FeatureChecks` with
the build's registry (`feder.registry`); `feder check`, which runs no plugin, finds
them by the plugin's name in mkdocs.yml, through the entry points of the group
`feder.checks` (as MkDocs finds plugins in `mkdocs.plugins`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from feder.content.documents import Document, RenderedDocument
from feder.content.problems import Problem
from feder.content.rendering import MarkdownTransform
from feder.content.validation import Validator

ENTRY_POINTS = "feder.checks"
"""The entry point group: `<plugin name in mkdocs.yml> = "module:FeatureChecks object"`."""

DocumentValidator = Callable[[Sequence[RenderedDocument]], list[Problem]]
"""Rendered posts and pages -> their problems (each at the document's file and line)."""

AnchorIds = Callable[[Document], Iterable[str]]
"""The ids a feature adds to a document's page (links may name them)."""


@dataclass(frozen=True)
class FeatureChecks:
    validators: tuple[Validator, ...] = ()
    """Run with the post checks, over every valid post."""
    document_validators: tuple[DocumentValidator, ...] = ()
    """Run over every post and docs page as the build renders it."""
    markdown_transforms: tuple[MarkdownTransform, ...] = ()
    """What the feature does to a page's Markdown before the build renders it."""
    anchors: AnchorIds | None = None
    """The ids the feature renders into a page, for the link check."""
