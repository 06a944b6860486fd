"""From the text of one copied page to posts, with a report of what was recognised and what was not.

The page is read line by line (see `lines`). Date lines start posts; the title
is the line right after the date (Blogger and Wix print the date first) or right
before it (WordPress prints the title first), decided by the page's style or,
when the style is unclear, by which of the two lines looks like a title. Each
post runs until the next one starts; the page's tail (recent posts, comments)
and everything before the first post are dropped, and the report says so.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Mapping

from feder.content.slugs import slugify
from feder.importer.bylines import AuthorNames
from feder.importer.hashtags import take_hashtags
from feder.importer.lines import TITLE_AFTER_DATE, Line, classify, style_of
from feder.importer.markdown import title_like, to_markdown
from feder.importer.text import decode, guess_language, normalize

_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")


@dataclass(frozen=True)
class Note:
    line: int | None
    message: str
    check: bool = False
    """True when a human should look: something was guessed or dropped."""


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
    notes: list[Note] = field(default_factory=list)


@dataclass
class FileImport:
    name: str
    style: str | None = None
    posts: list[ImportedPost] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class Settings:
    languages: tuple[str, ...]
    """The site's languages, default first."""
    authors: AuthorNames
    author: str | None = None
    """The author of posts without a recognised signature (--author, else the site's default author)."""
    lang: str | None = None
    """The language of every post (--lang); None: guessed per post, else the default language."""
    date: dt.date | None = None
    """The date of a file without any date line (--date)."""
    known_tags: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Per language, the blog's tags by their slug without hyphens: `bigdata` → `Big Data`."""


def import_bytes(data: bytes, name: str, settings: Settings) -> FileImport:
    text, problem = decode(data)
    result = import_text(text, name, settings)
    if problem:
        result.notes.insert(0, Note(None, problem, check=True))
    return result


def import_text(text: str, name: str, settings: Settings) -> FileImport:
    lines = classify(normalize(text), settings.authors)
    result = FileImport(name, style_of(lines))
    starts = _starts(lines, result.style)
    if not starts:
        if settings.date is None:
            result.error = (
                "no date found (looked for lines such as 'Samstag, 16. März 2013', '16.03.2013' or "
                "'March 16, 2013'); nothing imported. Pass --date YYYY-MM-DD to import it with that date"
            )
            return result
        first_text = next((i for i, line in enumerate(lines) if line.kind == "text"), None)
        if first_text is None:
            result.error = "no text found; nothing imported"
            return result
        starts = [_Start(None, first_text, first_text)]
        result.notes.append(Note(None, f"no date in the file; used --date {settings.date.isoformat()}"))
    dropped = [line for line in lines[: starts[0].region] if line.kind == "text"]
    if dropped:
        result.notes.append(Note(dropped[0].number, (
            f"ignored {len(dropped)} line(s) of text before the first post: {_quote(dropped)}"
        ), check=True))
    for k, start in enumerate(starts):
        end = starts[k + 1].region if k + 1 < len(starts) else len(lines)
        post = _post(lines, start, end, settings)
        if post.body.strip():
            result.posts.append(post)
        else:
            result.notes.append(Note(post.line, f'skipped "{post.title}": no text after the title', check=True))
    return result


@dataclass(frozen=True)
class _Start:
    date: int | None
    """Index of the date line; None with --date."""
    title: int | None
    """Index of the title line; None when the title has to come from the first paragraph."""
    region: int
    """Index of the post's first line: its title, date or author line."""


def _starts(lines: list[Line], style: str | None) -> list[_Start]:
    dates = [i for i, line in enumerate(lines) if line.kind == "date" and line.date.kind == "post"]
    if not dates:  # a blog that prints its posts' time of day, and no comment stamps to confuse them with
        dates = [i for i, line in enumerate(lines) if line.kind == "date" and line.date.kind == "comment"]
    # A byline repeating the date of the post just started ("Posted on …" under a date header) starts nothing.
    kept: list[int] = []
    for i in dates:
        if kept and lines[i].date.date == lines[kept[-1]].date.date and _texts(lines, kept[-1], i) <= 1:
            continue
        kept.append(i)
    starts: list[_Start] = []
    for k, d in enumerate(kept):
        # The search for this post's title must not reach back into the previous post's title.
        low = -1
        if starts:
            previous = starts[-1]
            low = max(kept[k - 1], previous.title if previous.title is not None else -1)
        high = kept[k + 1] if k + 1 < len(kept) else len(lines)
        title, before = _title_of(lines, d, low, high, style)
        region = title if before and title is not None else d
        # Wix prints the author's name right above the date: that line opens the new post. A name
        # with a blank line before the date is the previous post's signature.
        above = region - 1
        if style in ("Wix", None) and above > low and lines[above].kind == "signature" and lines[above].signature.author:
            region = above
        starts.append(_Start(d, title, region))
    return starts


def _texts(lines: list[Line], start: int, end: int) -> int:
    return sum(1 for line in lines[start + 1: end] if line.kind == "text")


def _previous(lines: list[Line], i: int, low: int, skip: tuple[str, ...], limit: int = 4) -> int | None:
    """The nearest line above `i` (and below `low`) that is not of a `skip` kind."""
    j, seen = i - 1, 0
    while j > low and seen < limit:
        if lines[j].kind not in skip:
            return j
        seen += lines[j].kind != "blank"
        j -= 1
    return None


def _title_of(lines: list[Line], d: int, low: int, high: int, style: str | None) -> tuple[int | None, bool]:
    """The title's line index and whether it stands before the date."""
    before = _previous(lines, d, low, skip=("blank", "debris", "signature"))
    if before is not None and lines[before].kind != "text":
        before = None
    after = None
    for j in range(d + 1, min(high, d + 12)):
        if lines[j].kind == "text":
            after = j
            break
        if lines[j].kind not in ("blank", "debris", "signature", "date", "tags"):
            break  # the page's tail
    before_ok = before is not None and _title_like(lines[before].text)
    after_ok = after is not None and _title_like(lines[after].text)
    if style in TITLE_AFTER_DATE:
        return after, False
    if style == "WordPress" or lines[d].date.published:
        return (before, True) if before_ok else (after, False)
    if before_ok and not after_ok:
        return before, True
    return after, False


def _title_like(text: str) -> bool:
    return title_like(text, max_length=150, max_words=20, endings=".,;:")


def _post(lines: list[Line], start: _Start, end: int, settings: Settings) -> ImportedPost:
    notes: list[Note] = []
    date_line = lines[start.date] if start.date is not None else None
    date = date_line.date.date if date_line else settings.date
    assert date is not None
    if date_line:
        notes.append(Note(date_line.number, f"date {date.isoformat()} from '{date_line.text}'"))
    title_index = start.title
    title, title_note = _title(lines, title_index, start, end)
    notes.append(title_note)
    if title_index is not None and not _title_like(lines[title_index].text):
        title_index = None  # the paragraph the title was made from stays in the text

    body: list[tuple[int, str]] = []
    tags: list[tuple[str, str]] = []  # (tag, where from)
    authors: list[str] = []
    bylines: list[tuple[int, str]] = []
    debris: list[Line] = []
    tail: list[Line] = []
    updated = None
    if date_line and date_line.date.name:
        bylines.append((date_line.number, date_line.date.name))
    for i in range(start.region, end):
        line = lines[i]
        if i in (start.date, title_index):
            continue
        if tail:
            tail.append(line)
        elif line.kind == "tail":
            tail.append(line)
        elif line.kind == "debris":
            debris.append(line)
        elif line.kind == "tags":
            tags += [(tag, "labels" if "#" not in line.text else "hashtags") for tag in line.data]
        elif line.kind == "signature":
            signature = line.signature
            if signature.author:
                authors.append(signature.author)
                notes.append(Note(line.number, f"author {signature.author} from the signature '{line.text}'"))
            else:
                bylines.append((line.number, signature.name))
        elif line.kind == "date" and line.date.kind == "comment":
            debris.append(line)
        elif line.kind == "date":
            if line.date.kind == "updated":
                if line.date.date >= date:
                    updated = line.date.date
                    notes.append(Note(line.number, f"updated {updated.isoformat()} from '{line.text}'"))
            else:
                if line.date.name:
                    bylines.append((line.number, line.date.name))
                if line.date.date != date:
                    notes.append(Note(line.number, f"ignored a second date line '{line.text}'", check=True))
        elif line.kind == "text":
            text, hashtags = take_hashtags(line.text)
            tags += [(tag, "hashtags") for tag in hashtags]
            if text:
                body.append((line.number, text))
        else:  # blank
            body.append((line.number, ""))
    for number, name in bylines:
        author = settings.authors.find(name)
        if author:
            authors.append(author)
            notes.append(Note(number, f"author {author} from the byline '{name}'"))
        else:
            notes.append(Note(number, f"the byline names '{name}', who is not in authors.yml", check=True))
    if not authors and settings.author:
        authors.append(settings.author)
        notes.append(Note(None, f"author {settings.author}: no known author's signature found (--author or the default)"))

    markdown = to_markdown(body)
    lang = settings.lang
    if lang is None:
        lang = guess_language(title + " " + " ".join(text for _, text in body), settings.languages)
        if lang:
            notes.append(Note(None, f"language {lang}, guessed from the text (set it with --lang)"))
        else:
            lang = settings.languages[0]
            notes.append(Note(None, f"language {lang}: the text did not say clearly (set it with --lang)", check=True))
    tag_names = _tags(tags, title_hashtags=take_hashtags(title)[1], lang=lang, settings=settings, notes=notes)
    title = take_hashtags(title)[0] or title

    if markdown.headings:
        notes.append(Note(None, f"{len(markdown.headings)} heading(s): " + ", ".join(
            f"'{text}' (line {number})" for number, text in markdown.headings[:6]) + (" …" if len(markdown.headings) > 6 else "")))
    if markdown.lists:
        notes.append(Note(None, f"{markdown.lists} list(s) with {markdown.list_items} item(s)"))
    if debris:
        notes.append(Note(None, f"removed {len(debris)} line(s) of page debris: {_quote(debris, 5)}"))
    if tail:
        texts = [line for line in tail if line.kind == "text"]
        notes.append(Note(tail[0].number, (
            f"dropped the end of the page from '{tail[0].text}' ({len(tail)} lines)"
            + (f", including the text {_quote(texts, 3)}" if texts else "")
        ), check=bool(texts)))
    for number, what in markdown.todos:
        notes.append(Note(number, f"{what.split(';')[0]} kept as a TODO comment", check=True))
    return ImportedPost(
        title=title, date=date, lang=lang, authors=list(dict.fromkeys(authors)), tags=tag_names,
        body=markdown.body, line=lines[start.region].number, updated=updated, notes=notes,
    )


def _title(lines: list[Line], index: int | None, start: _Start, end: int) -> tuple[str, Note]:
    if index is not None and _title_like(lines[index].text):
        return lines[index].text, Note(lines[index].number, f"title from line {lines[index].number}")
    if index is None:
        index = next((i for i in range(start.region, end) if lines[i].kind == "text"), None)
    if index is None:
        return "Ohne Titel", Note(None, "no title and no text found", check=True)
    text = lines[index].text
    sentence = _SENTENCE.match(text)
    title = sentence.group(1).rstrip(".") if sentence else text
    if len(title) > 100:
        title = title[:90].rsplit(" ", 1)[0] + " …"
    return title, Note(lines[index].number, f"no title line found; made the title from the first sentence on line {lines[index].number}", check=True)


def _tags(
    found: list[tuple[str, str]], title_hashtags: list[str], lang: str, settings: Settings, notes: list[Note]
) -> list[str]:
    """One tag per slug, with hyphens ignored: #BigData and the label "Big Data" are one tag.

    The blog's existing spelling wins (#BigData → `Big Data` if the blog has that tag),
    then the spelling with the most words.
    """
    known = settings.known_tags.get(lang, {})
    tags: dict[str, str] = {}
    sources: set[str] = set()
    for tag, source in [*found, *((tag, "hashtags") for tag in title_hashtags)]:
        slug = slugify(tag)
        if not slug:
            continue
        compact = slug.replace("-", "")
        sources.add(source)
        if compact in known:
            if known[compact] != tag and compact not in tags:
                notes.append(Note(None, f"tag '{tag}' written as the blog's existing tag '{known[compact]}'"))
            tags[compact] = known[compact]
        elif compact not in tags or slug.count("-") > slugify(tags[compact]).count("-"):
            tags[compact] = tag
    if tags:
        notes.append(Note(None, f"tags {', '.join(tags.values())} (from {' and '.join(sorted(sources))})"))
    return list(tags.values())


def _quote(lines: list[Line], limit: int = 4) -> str:
    shown = ", ".join(f"'{_short(line.text)}'" for line in lines[:limit])
    return shown + (f" and {len(lines) - limit} more" if len(lines) > limit else "")


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
