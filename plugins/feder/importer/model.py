"""What an import produces (posts, and notes for the report) and the settings it runs with."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from feder.importer.authors import AuthorNames
from feder.importer.tagging import KnownTags


@dataclass(frozen=True)
class Note:
    line: int | None
    message: str
    check: bool = False
    """True when a human should look: something was guessed, dropped or is missing."""


@dataclass
class ImportedPost:
    title: str
    date: dt.date
    lang: str
    authors: list[str]
    tags: list[str]
    body: str
    line: int
    """Where the post starts in the input."""
    updated: dt.date | None = None
    draft: bool = False
    """Imported without a date: dated the day of the import and not published until someone sets the date."""
    notes: list[Note] = field(default_factory=list)


@dataclass
class FileImport:
    name: str
    style: str | None = None
    posts: list[ImportedPost] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    error: str | None = None
    """Why the file gave no post, or how reading it failed."""


@dataclass(frozen=True)
class Settings:
    languages: tuple[str, ...]
    """The site's languages, default first."""
    authors: AuthorNames
    author: str | None = None
    """The author of posts without a recognised byline (--author, else the site's default author)."""
    lang: str | None = None
    """The language of every post (--lang); None: guessed per post, else the default language."""
    date: dt.date | None = None
    """The date of posts without a date line (--date); they are published. Without it they become drafts."""
    today: dt.date = field(default_factory=dt.date.today)
    """The date of undated drafts."""
    known_tags: KnownTags = field(default_factory=KnownTags)
