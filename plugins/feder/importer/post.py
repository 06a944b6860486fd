"""One piece of a page as a post: date, title, authors, tags and the Markdown body, with notes for the report."""
from __future__ import annotations

import datetime as dt
import re

from feder.importer.body import Body, collect
from feder.importer.drops import debris_note, quoted_texts, tail_note
from feder.importer.hashtags import take_hashtags
from feder.importer.lines import Line
from feder.importer.markdown import Markdown, to_markdown
from feder.importer.model import ImportedPost, Note, Settings
from feder.importer.people import credited_authors
from feder.importer.pieces import Piece
from feder.importer.starts import looks_like_title
from feder.importer.tagging import OWN_LINE, Found, choose_tags
from feder.importer.text import guess_language

_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")
UNTITLED = "Ohne Titel"


def build_post(lines: list[Line], piece: Piece, settings: Settings) -> ImportedPost | None:
    """The post, or None when the piece has no text besides its title."""
    notes: list[Note] = []
    date, draft = _date(lines, piece, settings, notes)
    title_index = piece.title if piece.date is not None else _first_text(lines, piece)
    title, consumed = _title(lines, title_index, piece, notes)
    skip = {piece.date, title_index if consumed else None}
    body = collect(lines, piece, skip, date)
    if piece.date is not None and (name := lines[piece.date].date.name):
        body.bylines.insert(0, (lines[piece.date].number, name, None))
    if not any(entry.kind == "text" for entry in body.entries):
        return None
    title, title_tags, _ = take_hashtags(title)
    body.found += [Found(tag, "own" if len(title_tags) <= OWN_LINE else "cloud", lines[piece.start].number)
                   for tag in title_tags]
    lang = _language(settings, title, body, notes)
    tags = _tags(body.found, lang, settings, notes)
    authors = credited_authors(body.bylines, settings, notes)
    markdown = to_markdown(body.entries)
    notes += body.notes + _body_notes(markdown, body)
    if (tail := tail_note(lines, piece)) is not None:
        notes.append(tail)
    return ImportedPost(
        title=title or UNTITLED, date=date, lang=lang, authors=authors, tags=tags, body=markdown.body,
        line=lines[piece.start].number, updated=body.updated, draft=draft, notes=notes,
    )


def _date(lines: list[Line], piece: Piece, settings: Settings, notes: list[Note]) -> tuple[dt.date, bool]:
    """The post's date and whether it is an undated draft."""
    if piece.date is not None:
        line = lines[piece.date]
        notes.append(Note(line.number, f"date {line.date.date.isoformat()} from '{line.text}'"))
        return line.date.date, False
    if settings.date is not None:
        notes.append(Note(None, f"no date line; dated {settings.date.isoformat()} as given with --date"))
        return settings.date, False
    first = _first_text(lines, piece)
    notes.append(Note(lines[first].number if first is not None else None, (
        f"no date found: imported as a draft dated {settings.today.isoformat()}, the day of the import; "
        "set the post's original date and remove draft: true (or import it again with --date YYYY-MM-DD)"
    ), check=True))
    return settings.today, True


def _first_text(lines: list[Line], piece: Piece) -> int | None:
    return next((i for i in range(piece.start, piece.end) if lines[i].kind == "text"), None)


def _title(lines: list[Line], index: int | None, piece: Piece, notes: list[Note]) -> tuple[str, bool]:
    """The title, and whether it used up its line (a first sentence made into a title stays in the text)."""
    if index is not None and looks_like_title(lines[index].text):
        notes.append(Note(lines[index].number, f"title from line {lines[index].number}"))
        return lines[index].text, True
    if index is None:
        index = _first_text(lines, piece)
    if index is None:
        notes.append(Note(None, "no title and no text found", check=True))
        return UNTITLED, False
    text = lines[index].text
    sentence = _SENTENCE.match(text)
    title = sentence.group(1).rstrip(".") if sentence else text
    if len(title) > 100:
        title = title[:90].rsplit(" ", 1)[0] + " …"
    notes.append(Note(lines[index].number, (
        f"no title line found; made the title from the first sentence on line {lines[index].number}"
    ), check=True))
    return title, False


def _language(settings: Settings, title: str, body: Body, notes: list[Note]) -> str:
    if settings.lang is not None:
        return settings.lang
    text = title + " " + " ".join(entry.text for entry in body.entries if entry.kind == "text")
    lang = guess_language(text, settings.languages)
    if lang:
        notes.append(Note(None, f"language {lang}, guessed from the text (set it with --lang)"))
        return lang
    lang = settings.languages[0]
    notes.append(Note(None, f"language {lang}: the text did not say clearly (set it with --lang)", check=True))
    return lang


def _tags(found: list[Found], lang: str, settings: Settings, notes: list[Note]) -> list[str]:
    choice = choose_tags(found, lang, settings.known_tags)
    for written, tag in choice.respelled.items():
        how = "the blog's tag" if choice.sources[tag] == "the blog's tag" else "elsewhere on the page"
        notes.append(Note(None, f"tag '{written}' written as '{tag}', as {how}"))
    if choice.tags:
        notes.append(Note(None, "tags " + ", ".join(f"{tag} ({choice.sources[tag]})" for tag in choice.tags)))
    if choice.suggestions:
        notes.append(Note(None, (
            f"{len(choice.suggestions)} hashtag(s) not made tags (not the blog's tags, not in the post's own "
            f"short hashtag line, or more than 8); suggestions: {', '.join(choice.suggestions)}"
        )))
    return choice.tags


def _body_notes(markdown: Markdown, body: Body) -> list[Note]:
    notes = [Note(line, f"image kept as a TODO comment: {what}", check=True) for line, what in markdown.images]
    if markdown.headings:
        notes.append(Note(None, f"{len(markdown.headings)} heading(s): " + ", ".join(
            f"'{text}' (line {number})" for number, text in markdown.headings)))
    if markdown.lists:
        notes.append(Note(None, f"{markdown.lists} list(s) with {markdown.list_items} item(s)"))
    if markdown.footnotes:
        lines = ", ".join(str(line) for line in markdown.footnotes)
        notes.append(Note(None, f"{len(markdown.footnotes)} footnote(s) from '*' paragraphs (line {lines})"))
    if markdown.breaks:
        shown = quoted_texts([text for _, text in markdown.breaks])
        count = len(markdown.breaks)
        notes.append(Note(markdown.breaks[0][0], f"{count} separator line(s) as thematic breaks: {shown}"))
    bylines = [entry for entry in body.entries if entry.kind == "byline"]
    if bylines:
        shown = quoted_texts([entry.text for entry in bylines])
        notes.append(Note(bylines[0].line, f"byline kept as an HTML comment: {shown}"))
    if (debris := debris_note(body.debris)) is not None:
        notes.append(debris)
    return notes
