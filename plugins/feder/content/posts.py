"""A post: one language version of one article."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from feder.content.text import reading_time


@dataclass(frozen=True, eq=False)
class Post:
    slug: str
    lang: str
    path: str
    """The file as authors know it, e.g. `posts/bani.de.md`."""
    file: Path
    relpath: str
    """The file relative to the posts folder, e.g. `bani.de.md`."""
    title: str
    date: dt.datetime
    """Publication time, time-zone aware (a plain date means midnight in the site's time zone)."""
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    """As written by the author (first spelling of each tag slug), in order."""
    body: str
    body_line: int
    """Line number in the file of the body's first line, for messages about the body."""
    excerpt: str
    """Markdown before `<!-- more -->`, or the first paragraph."""
    has_more: bool
    fingerprint: str
    """Hash of the body text; the frontmatter does not count."""
    summary: str | None = None
    updated: dt.datetime | None = None
    draft: bool = False
    cover: str | None = None
    source_fingerprint: str | None = None
    """For a translation: the fingerprint of the source text it was translated from."""
    lines: Mapping[str, int] = field(default_factory=dict)
    """Line of each frontmatter field, for later checks (tags file, explainers)."""

    @cached_property
    def reading_time(self) -> int:
        """Minutes; worked out when a page shows it (`feder check` never needs it)."""
        return reading_time(self.body)

    @property
    def key(self) -> tuple[str, str]:
        return (self.lang, self.slug)

    def line_of(self, field_name: str) -> int:
        return self.lines.get(field_name, 1)
