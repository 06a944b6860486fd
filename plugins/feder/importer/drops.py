"""What an import leaves out, listed line by line with its first words: nothing disappears unreported."""
from __future__ import annotations

import re

from feder.importer.lines import Line
from feder.importer.model import Note
from feder.importer.pieces import Piece

FIRST_WORDS = 6
TAIL_PROSE = 40
"""Words of sentences in a dropped page tail from which it is worth a look."""
_SENTENCE_END = re.compile(r"[.!?…:][\"“”»)]*$")


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def quoted(lines: list[Line]) -> str:
    """Every line, by its first words: `'top of page', '129 Aufrufe3 Kommentare'`."""
    return quoted_texts([line.text for line in lines])


def quoted_texts(texts: list[str]) -> str:
    return ", ".join(f"'{first_words(text)}'" for text in texts)


def dropped_piece(lines: list[Line], piece: Piece) -> list[Note]:
    """The note for a piece that is not a post: a blurb or stray text to look at, or a menu or page debris."""
    shown = [lines[i] for i in range(piece.start, piece.tail_end) if lines[i].kind != "blank"]
    if not shown:
        return []
    first = shown[0].number
    texts = [line for line in shown if line.kind == "text"]
    if not texts:
        return [Note(first, f"removed {len(shown)} line(s) of page debris: {quoted(shown)}")]
    if not any(_sentence(line.text) for line in texts):
        return [Note(first, f"removed {len(shown)} line(s) of navigation and page debris: {quoted(shown)}")]
    return [Note(first, (
        f"dropped a piece too short to be a post ({piece.words} words, fewer than 80, no date): {quoted(shown)}"
    ), check=True)]


def skipped_post(lines: list[Line], piece: Piece) -> Note:
    """A dated piece with nothing but its title (and page furniture): no post, but every line is listed."""
    shown = [lines[i] for i in range(piece.start, piece.tail_end) if lines[i].kind != "blank"]
    title = lines[piece.title] if piece.title is not None else shown[0]
    message = f"skipped '{title.text}': no text after the title; its lines: {quoted(shown)}"
    return Note(title.number, message, check=True)


def tail_note(lines: list[Line], piece: Piece) -> Note | None:
    """The end of the page after a post: recent posts, comments, the archive."""
    tail = [lines[i] for i in piece.tail if lines[i].kind != "blank"]
    if not tail:
        return None
    # Titles of other posts and short comments are what a tail holds; a paragraph's worth of text may be the post's.
    prose = sum(len(line.text.split()) for line in tail if line.kind == "text" and _sentence(line.text))
    return Note(tail[0].number, (
        f"dropped the end of the page ({len(tail)} line(s)): {quoted(tail)}"
    ), check=prose >= TAIL_PROSE)


def debris_note(debris: list[Line]) -> Note | None:
    if not debris:
        return None
    return Note(debris[0].number, f"removed {len(debris)} line(s) of page debris: {quoted(debris)}")


def _sentence(text: str) -> bool:
    """A line that says something: several words ending like a sentence."""
    return len(text.split()) >= 6 and bool(_SENTENCE_END.search(text))
