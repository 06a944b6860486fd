"""Explainer blocks to HTML: one Jinja template per explainer, autoescaped.

Each rendered explainer is a `<section data-feder-explainer="NAME">` whose id is
unique on its page (`explainer-funnel-2`), and every id inside starts with it, so
several explainers, also of the same kind, work independently.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from feder.content.html import anchor_ids
from feder.explainers.blocks import ExplainerBlock, scan
from feder.explainers.i18n import strings
from feder.explainers.registry import EXPLAINERS


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("feder.explainers", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env


@dataclass
class PageRenderer:
    """Renders the explainers of one page in one language, numbering instances."""

    lang: str
    _seen: Counter[str] = field(default_factory=Counter)
    used: set[str] = field(default_factory=set)
    """Names of the explainers rendered so far: the page needs their assets."""

    def render(self, block: ExplainerBlock) -> Markup:
        explainer = EXPLAINERS[block.name]
        self._seen[block.name] += 1
        number = self._seen[block.name]
        self.used.add(block.name)
        text = strings(self.lang)
        title = getattr(block.params, "title", None) or text(f"{block.name}.title")
        if number > 1 and not getattr(block.params, "title", None):
            # Two regions with one name are indistinguishable in a screen reader's list.
            title = text("common.instance", title=title, number=number)
        context = explainer.view(block.params, text)
        html = _environment().get_template(explainer.template).render(
            id=f"explainer-{block.name}-{number}",
            lang=self.lang,
            title=title,
            s=text,
            **context,
        )
        return Markup(html.strip())


def render_block(block: ExplainerBlock, lang: str) -> Markup:
    """One explainer on its own (the first of its kind on a page)."""
    return PageRenderer(lang).render(block)


def anchor_ids_of(markdown: str, lang: str) -> set[str]:
    """The ids the explainers of a page's Markdown render (`explainer-bani-1`, …): links may name them."""
    result = scan(markdown, path="")
    if result.problems:
        return set()
    renderer = PageRenderer(lang)
    ids: set[str] = set()
    for block in result.blocks:
        ids |= anchor_ids(lxml.html.fragment_fromstring(str(renderer.render(block)), create_parent="div"))
    return ids
