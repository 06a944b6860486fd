"""Explainer blocks in a page's Markdown as placeholders: what the build renders before the explainers.

The build does not let SuperFences render explainer blocks: each block is replaced
by a paragraph holding a token, the page is rendered, and each explainer's HTML then
takes its token's place (`feder.plugins.explainers`). `with_placeholders` makes the same
replacement for documents rendered for checks (`feder.content.rendering`), so that they
are exactly the HTML the build has at that point.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from feder.explainers.blocks import ExplainerBlock, scan


@dataclass(frozen=True)
class Slot:
    token: str
    """Text that cannot occur in the page: it holds a hash of the page's Markdown. Being the
    same on every build, it lets feder.cache reuse the page's rendered HTML."""
    block: ExplainerBlock


def place_slots(markdown: str, blocks: Sequence[ExplainerBlock]) -> tuple[str, list[Slot]]:
    """`markdown` with each block replaced by its token, and the slots in the blocks' order."""
    nonce = hashlib.sha256(markdown.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    slots = [Slot(f"FederExplainerSlot{number}x{nonce}", block) for number, block in enumerate(blocks)]
    lines = markdown.split("\n")
    for slot in reversed(slots):
        fence = slot.block.fence
        blank = fence.prefix.rstrip(" \t")
        # Blank lines around make the placeholder a paragraph of its own, at the block's
        # indentation, so it stays inside a list item, an admonition or a quote.
        lines[fence.start:fence.end] = [blank, fence.prefix + slot.token, blank]
    return "\n".join(lines), slots


def with_placeholders(markdown: str) -> str:
    """The Markdown the build renders for a page (a `MarkdownTransform`). A page whose explainer
    blocks have problems stays as it is, as in the build (which then fails on those problems)."""
    result = scan(markdown, path="")
    if result.problems or not result.blocks:
        return markdown
    return place_slots(markdown, result.blocks)[0]
