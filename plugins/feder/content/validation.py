"""Frontmatter rules: from a raw post to a `Post`, or to problems that say what to write instead."""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from feder.content.authors import Author
from feder.content.posts import Post
from feder.content.problems import Problem, Severity
from feder.content.reading import RawPost
from feder.content.slugs import slugify
from feder.content.text import fingerprint, split_excerpt
from feder.content.urls import content_url_problem
from feder.content.yamltext import YamlValue, describe, folded_list, quoting_hint

KNOWN_FIELDS = (
    "title", "date", "authors", "tags", "summary", "updated", "draft", "cover", "source_fingerprint",
)
MISSING_LINE = 1
"""Missing fields are reported at the `---` that opens the frontmatter, always line 1."""
_ISO_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(frozen=True)
class Rules:
    """What a post is checked against."""

    authors: Mapping[str, Author]
    default_author: str | None
    timezone: ZoneInfo
    authors_path: str = "authors.yml"


class _Check:
    """Collects the problems of one file; each method checks one field."""

    def __init__(self, raw: RawPost, rules: Rules) -> None:
        self.raw = raw
        self.rules = rules
        self.fields = raw.meta.fields
        self.problems: list[Problem] = []

    def problem(self, line: int, field: str, message: str, severity: Severity = "error") -> None:
        self.problems.append(Problem(self.raw.source.path, line, field, message, severity))

    def line(self, key: str) -> int:
        return self.raw.meta.key_lines.get(key, MISSING_LINE)

    def title(self) -> str:
        value = self.fields.get("title")
        if value is None:
            self.problem(
                MISSING_LINE, "title", 'missing; every post needs a title, e.g. title: "Vertrieb in der BANI-Welt"'
            )
            return ""
        if not isinstance(value.value, str):
            self.problem(value.line, "title", f"is {describe(value)}; expected text{quoting_hint(value)}")
            return ""
        if not value.value.strip():
            self.problem(value.line, "title", "is empty; expected the post's title as text")
        return value.value.strip()

    def date(self, key: str, *, required: bool) -> dt.datetime | None:
        value = self.fields.get(key)
        if value is None:
            if required:
                self.problem(MISSING_LINE, key, "missing; expected the publication date, e.g. date: 2024-03-31")
            return None
        parsed, error = _to_datetime(value, self.rules.timezone)
        if error:
            self.problem(value.line, key, error)
        return parsed

    def authors(self) -> tuple[str, ...]:
        value = self.fields.get("authors")
        if value is None:
            if self.rules.default_author:
                return (self.rules.default_author,)
            self.problem(MISSING_LINE, "authors",
                         "missing and no default author is configured; expected e.g. authors: [redaktion]")
            return ()
        items = [value] if isinstance(value.value, str) else value.items
        if value.kind != "list" and not isinstance(value.value, str):
            self.problem(
                value.line, "authors", f"is {describe(value)}; expected a list of author ids, e.g. [redaktion]"
            )
            return ()
        ids: list[str] = []
        for item in items:
            if not isinstance(item.value, str):
                self.problem(item.line, "authors",
                             f"{describe(item)} is not an author id; expected one of {self._known_authors()}")
            elif item.value not in self.rules.authors:
                self.problem(item.line, "authors", folded_list(item, "authors", "author") or (
                    f'unknown author "{item.value}"{_did_you_mean(item.value, self.rules.authors)}; '
                    f"known ids are {self._known_authors()} (defined in {self.rules.authors_path})"
                ))
            elif item.value not in ids:
                ids.append(item.value)
        if value.kind == "list" and not value.items:
            example = self.rules.default_author or "redaktion"
            self.problem(value.line, "authors", f"is an empty list; expected at least one author id, e.g. [{example}]")
        return tuple(ids)

    def _known_authors(self) -> str:
        return ", ".join(sorted(self.rules.authors)) or "(none)"

    def tags(self) -> tuple[str, ...]:
        value = self.fields.get("tags")
        if value is None or value.value is None:
            return ()
        if value.kind != "list":
            self.problem(value.line, "tags", folded_list(value, "tags", "tag") or (
                f"is {describe(value)}; expected a list such as [KI, Vertrieb], or one '- tag' line per tag"
            ))
            return ()
        tags: dict[str, str] = {}
        for number, item in enumerate(value.items, start=1):
            tag = self._tag(number, item)
            if tag:
                tags.setdefault(slugify(tag), tag)
        return tuple(tags.values())

    def _tag(self, number: int, item: YamlValue) -> str | None:
        if not isinstance(item.value, str):
            self.problem(item.line, "tags", f"tag {number} is {describe(item)}; expected text{quoting_hint(item)}")
            return None
        tag = normal_spaces(item.value)
        if not tag:
            self.problem(item.line, "tags", f"tag {number} is empty; expected a word such as Vertrieb")
            return None
        if not slugify(tag):
            self.problem(item.line, "tags", f'tag {number} "{tag}" has no letters or digits, so it cannot have a page; '
                         "expected a word such as Vertrieb")
            return None
        return tag

    def text(self, key: str, example: str) -> str | None:
        value = self.fields.get(key)
        if value is None:
            return None
        if not isinstance(value.value, str) or not value.value.strip():
            what = "empty" if value.value in (None, "") else describe(value)
            self.problem(value.line, key, f"is {what}; expected text, e.g. {key}: {example}")
            return None
        return value.value.strip()

    def url(self, key: str, example: str) -> str | None:
        """Text that is a path of the site or an http(s) address (no `javascript:`, no `data:`)."""
        value = self.text(key, example)
        if value is not None and (wrong := content_url_problem(value, example)):
            self.problem(self.line(key), key, wrong)
            return None
        return value

    def flag(self, key: str) -> bool:
        value = self.fields.get(key)
        if value is None:
            return False
        if not isinstance(value.value, bool):
            self.problem(value.line, key, f"is {describe(value)}; expected true or false")
            return False
        return value.value

    def unknown_keys(self) -> None:
        for key in self.fields:
            if key not in KNOWN_FIELDS:
                self.problem(self.line(key), key, (
                    f"unknown key{_did_you_mean(key, KNOWN_FIELDS)}; it is ignored. "
                    f"Known keys: {', '.join(KNOWN_FIELDS)}"
                ), "warning")


def validate(raw: RawPost, rules: Rules) -> tuple[Post | None, list[Problem]]:
    """Check every field of one post; all problems are returned, not only the first."""
    check = _Check(raw, rules)
    title = check.title()
    date = check.date("date", required=True)
    updated = check.date("updated", required=False)
    authors = check.authors()
    tags = check.tags()
    summary = check.text("summary", '"Worum es geht, in einem Satz."')
    cover = check.url("cover", "assets/images/cover.jpg")
    source_fingerprint = check.text("source_fingerprint", "a1b2c3d4e5f60718")
    draft = check.flag("draft")
    check.unknown_keys()
    if date and updated and updated < date:
        check.problem(check.line("updated"), "updated", (
            f"{updated.date().isoformat()} is before the publication date {date.date().isoformat()}; "
            "expected the date of the last substantial change"
        ))
    if any(problem.is_error for problem in check.problems) or date is None:
        return None, check.problems
    source = raw.source
    excerpt, has_more = split_excerpt(raw.body)
    post = Post(
        slug=source.slug, lang=source.lang, path=source.path, file=source.file, relpath=source.relpath,
        title=title, date=date, authors=authors, tags=tags, body=raw.body, body_line=raw.body_line,
        excerpt=excerpt, has_more=has_more,
        fingerprint=fingerprint(raw.body), summary=summary, updated=updated, draft=draft, cover=cover,
        source_fingerprint=source_fingerprint, lines=dict(raw.meta.key_lines),
    )
    return post, check.problems


def _to_datetime(value: YamlValue, tz: ZoneInfo) -> tuple[dt.datetime | None, str | None]:
    """A date or date-time as written in YAML, made time-zone aware."""
    example = "expected a date like 2024-03-31 or a date and time like 2024-03-31T09:30:00+01:00"
    if value.error:
        return None, f"`{value.written}` is not a valid date ({value.error}); {example}"
    raw = value.value
    if isinstance(raw, str):
        try:
            raw = dt.datetime.fromisoformat(raw.strip())
        except ValueError as exc:
            reason = f" ({exc})" if _ISO_LIKE.match(raw.strip()) else ""
            return None, f'"{value.value}" is not a date{reason}; {example}'
    if isinstance(raw, dt.datetime):
        return (raw if raw.tzinfo else raw.replace(tzinfo=tz)), None
    if isinstance(raw, dt.date):
        return dt.datetime.combine(raw, dt.time(), tz), None
    return None, f"is {describe(value)}; {example}"


def normal_spaces(text: str) -> str:
    """Runs of spaces, tabs and newlines as one space, none at the ends: ` KI ` is `KI`.

    Only ASCII white space: other characters (even U+2028) stay as written, so a
    name comes back exactly as the author wrote it.
    """
    return _ASCII_SPACE.sub(" ", text).strip(" ")


def _did_you_mean(word: str, candidates: Mapping[str, object] | tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


Validator = Callable[[list[Post]], list[Problem]]
