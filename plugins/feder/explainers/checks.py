"""The explainers' part of the site checks (`feder.content.features`): their parameters in posts,
their placeholders in the Markdown the checks render, and the ids they render (links may name them).

Registered by the `feder-explainers` plugin for the build, and found by `feder check` through
the entry point `feder-explainers` of the group `feder.checks` (pyproject.toml).
"""
from __future__ import annotations

from feder.content.documents import Document
from feder.content.features import FeatureChecks
from feder.explainers.blocks import validate_posts
from feder.explainers.render import anchor_ids_of
from feder.explainers.slots import with_placeholders


def explainer_anchors(document: Document) -> set[str]:
    """The ids the explainers of a document render (`explainer-bani-1`, …)."""
    return anchor_ids_of(document.markdown, document.lang)


CHECKS = FeatureChecks(
    validators=(validate_posts,), markdown_transforms=(with_placeholders,), anchors=explainer_anchors,
)
