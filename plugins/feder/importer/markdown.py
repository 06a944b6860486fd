"""A post's body lines to Markdown: paragraphs, lists, headings, breaks, footnotes and comments.

Copied web text has one block per line: a paragraph, a list item with a bullet
character, a short line that was a heading. Everything else that Markdown would
read as syntax (`*`, `_`, `<`, a `#` or `1.` at the start of a line) is escaped,
so the text renders as it was written. Image lines become one TODO comment per
image, a byline an HTML comment, a separator line a thematic break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from feder.importer.breaks import BREAK
from feder.importer.escaping import comment, escape
from feder.importer.footnotes import REFERENCE, Entry, take_footnotes

BULLET = re.compile(r"^(?:[•·–—\-*▪■◦●○✓✔➢➤►→]|\u2023|\u2043)\s+(?P<text>\S.*)$")
ORDERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
ROMAN = re.compile(
    r"^(?P<numeral>(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"\s*[–—\-.:)]\s*(?P<text>\S.*)$"
)
MORE = "<!-- more -->"
LISTS = ("bullets", "ordered")
IMAGE_TODO = "put the image into docs/assets/ and show it here with ![what it shows](path), or delete this comment"


def title_like(text: str, *, max_length: int = 80, max_words: int = 10, endings: str = ".,;:!") -> bool:
    """Short, starts like a title, and does not end like a sentence."""
    text = text.strip()
    if not text or len(text) > max_length or len(text.split()) > max_words:
        return False
    if text[-1] in endings:
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"„“»'‚"


def prose(text: str) -> bool:
    """A line that reads as a paragraph rather than a heading."""
    return len(text) > 80 or text.rstrip()[-1:] in ".!?:…\"“”"


@dataclass
class Block:
    kind: str
    """para, heading, bullets, ordered, image, break, byline."""
    line: int
    text: str = ""
    items: list[tuple[int, str]] = field(default_factory=list)
    """List items: (number, text); the number is 0 for bullets. Image and byline blocks: their lines."""
    level: int = 2


@dataclass
class Markdown:
    body: str
    headings: list[tuple[int, str]] = field(default_factory=list)
    lists: int = 0
    list_items: int = 0
    images: list[tuple[int, str]] = field(default_factory=list)
    """Per image TODO comment: its first line and what it holds."""
    footnotes: list[int] = field(default_factory=list)
    """The line of each footnote paragraph."""
    breaks: list[tuple[int, str]] = field(default_factory=list)
    """Separator lines made thematic breaks: line and text."""


def to_markdown(entries: list[Entry]) -> Markdown:
    """The body's entries (see `footnotes.Entry`) as Markdown; blank entries separate nothing but lists."""
    entries, footnotes = take_footnotes(entries)
    blocks = _bylines_last(_headings(_blocks(entries)))
    result = Markdown("", footnotes=[note.line for note in footnotes])
    parts: list[str] = []
    excerpt_end = 0  # where in `parts` the first paragraph ends
    for i, block in enumerate(blocks):
        if block.kind in LISTS and i and blocks[i - 1].kind in LISTS:
            parts.append("<!-- -->")  # otherwise Python-Markdown continues the previous list
        parts.append(_render(block, result))
        if block.kind == "para":
            excerpt_end = excerpt_end or len(parts)
    # The excerpt is the first paragraph; the marker follows it when more text follows.
    if excerpt_end and excerpt_end < len(parts):
        parts.insert(excerpt_end, MORE)
    parts += [f"[^{number}]: {escape(note.text, line_start=False)}" for number, note in enumerate(footnotes, 1)]
    result.body = REFERENCE.sub(r"[^\1]", "\n\n".join(parts))
    return result


def _render(block: Block, result: Markdown) -> str:
    if block.kind == "heading":
        result.headings.append((block.line, block.text))
        return "#" * block.level + " " + escape(block.text, line_start=False)
    if block.kind in LISTS:
        result.lists += 1
        result.list_items += len(block.items)
        return "\n".join(f"{_marker(block.kind, n)} {escape(text)}" for n, text in block.items)
    if block.kind == "image":
        what = "; ".join(text for _, text in block.items)
        result.images.append((block.line, what))
        return comment(f"TODO image: {what}; {IMAGE_TODO}")
    if block.kind == "byline":
        return comment("byline (feder import): " + " · ".join(text for _, text in block.items))
    if block.kind == "break":
        result.breaks.append((block.line, block.text))
        return BREAK
    return escape(block.text)


def _bylines_last(blocks: list[Block]) -> list[Block]:
    """A byline above the text (a post's header) goes to the end: the excerpt starts with the text."""
    first = next((i for i, block in enumerate(blocks) if block.kind != "byline"), len(blocks))
    return blocks[first:] + blocks[:first]


def _marker(kind: str, number: int) -> str:
    return "-" if kind == "bullets" else f"{number}."


def _blocks(entries: list[Entry]) -> list[Block]:
    """One block per line; list items, image lines and byline lines in a row (blank lines between) make one."""
    blocks: list[Block] = []
    for entry in entries:
        if entry.kind == "blank":
            continue
        text = " ".join(entry.text.split())
        previous = blocks[-1] if blocks else None
        kind, number, item = _line_kind(entry.kind, text)
        if kind in (*LISTS, "image", "byline"):
            item_line = (number if kind in LISTS else entry.line, item)
            if previous and previous.kind == kind:
                previous.items.append(item_line)
            else:
                blocks.append(Block(kind, entry.line, items=[item_line]))
        else:
            blocks.append(Block(kind, entry.line, item))
    return blocks


def _line_kind(kind: str, text: str) -> tuple[str, int, str]:
    """The block kind of one line, a list item's number and the line's text without its marker."""
    if kind in ("image", "byline", "break"):
        return kind, 0, text
    if bullet := BULLET.match(text):
        return "bullets", 0, bullet["text"]
    if ordered := ORDERED.match(text):
        return "ordered", int(ordered["number"]), ordered["text"]
    roman = ROMAN.match(text)
    if roman and title_like(roman["text"], max_length=100, max_words=14, endings=".,;"):
        return "heading", 0, f'{roman["numeral"]} – {roman["text"]}'
    return "para", 0, text


def _headings(blocks: list[Block]) -> list[Block]:
    """Short title-like lines between paragraphs were headings; so were lone `1.` section lines."""
    has_roman = any(block.kind == "heading" for block in blocks)
    level = 3 if has_roman else 2
    result: list[Block] = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        preceding = result[-1] if result else None
        if block.kind == "ordered" and len(block.items) == 1 and _opens_section(block.items[0][1], following):
            number, text = block.items[0]
            result.append(Block("heading", block.line, f"{number}. {text}", level=level))
        elif (
            block.kind == "para" and _opens_section(block.text, following)
            and (preceding is None or preceding.kind != "para" or prose(preceding.text))
        ):
            result.append(Block("heading", block.line, block.text, level=level))
        else:
            result.append(block)
    return result


def _opens_section(text: str, following: Block | None) -> bool:
    if not title_like(text, endings=".,;:!") or following is None:
        return False
    return following.kind in ("bullets", "ordered") or (following.kind == "para" and prose(following.text))
