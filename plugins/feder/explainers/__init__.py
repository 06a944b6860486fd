"""Interactive explainers in posts: fenced blocks (```bani, ```funnel, ```stakeholders,
```qualification) rendered as accessible, progressively enhanced HTML.

No MkDocs imports here; `feder.plugins.explainers` adapts this package to MkDocs.
"""
from __future__ import annotations

from pathlib import Path

from feder.explainers.blocks import ExplainerBlock, Scan, scan, validate_posts
from feder.explainers.fallback import static_fallback
from feder.explainers.names import EXPLAINER_NAMES
from feder.explainers.registry import EXPLAINERS, Explainer
from feder.explainers.render import PageRenderer, render_block

ASSETS_DIR = Path(__file__).parent / "assets"
"""The explainers' JavaScript and CSS, copied into the site as they are."""

__all__ = [
    "ASSETS_DIR", "EXPLAINERS", "EXPLAINER_NAMES", "Explainer", "ExplainerBlock",
    "PageRenderer", "Scan", "render_block", "scan", "static_fallback", "validate_posts",
]
