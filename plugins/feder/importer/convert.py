"""From the text of one copied page to posts, with a report of what was recognised and what was not.

The page is read line by line (`page`), cut into pieces (`pieces`): dated posts,
undated ones, and what is not a post (blurbs, menus, the page's tail). Each post
piece becomes a post (`post`); everything else is listed in the report by its first
words, so that no paragraph of the input disappears unreported.
"""
from __future__ import annotations

from feder.importer.drops import dropped_piece, skipped_post
from feder.importer.lines import Line
from feder.importer.model import FileImport, Note, Settings
from feder.importer.page import read_page
from feder.importer.pieces import split_page
from feder.importer.post import build_post
from feder.importer.text import decode


def import_bytes(data: bytes, name: str, settings: Settings) -> FileImport:
    text, problem = decode(data)
    result = import_text(text, name, settings)
    if problem:
        result.notes.insert(0, Note(None, problem, check=True))
    return result


def import_text(text: str, name: str, settings: Settings) -> FileImport:
    lines, style = read_page(text, settings.authors)
    result = FileImport(name, style)
    for piece in split_page(lines, style):
        post = build_post(lines, piece, settings) if piece.post else None
        if post is not None:
            result.posts.append(post)
            continue
        if piece.post:
            result.notes.append(skipped_post(lines, piece))
        else:
            result.notes += dropped_piece(lines, piece)
    if not result.posts:
        result.error = _nothing(lines)
    return result


def _nothing(lines: list[Line]) -> str:
    if all(line.kind == "blank" for line in lines):
        return "the file is empty"
    if not any(line.kind == "text" for line in lines):
        return "the file holds no text besides page debris (all listed above)"
    return "no post found: every piece of text is listed above as dropped"
