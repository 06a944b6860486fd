"""Plain text lines of a post body to Markdown: paragraphs, lists, headings, image TODOs.

Copied web text has one block per line: a paragraph, a list item with a bullet
character, a short line that was a heading. Everything else that Markdown would
read as syntax (`*`, `_`, `<`, a `#` or `1.` at the start of a line) is escaped,
so the text renders as it was written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

BULLET = re.compile(r"^(?:[•·–—\-*▪■◦●○✓✔➢➤►→]|\u2023|\u2043)\s+(?P<text>\S.*)$")
ORDERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
ROMAN = re.compile(
    r"^(?P<numeral>(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"\s*[–—\-.:)]\s*(?P<text>\S.*)$"
)
IMAGE = re.compile(r"[\w\-.()%]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)\b", re.I)
CAPTION = re.compile(
    r"^(?:fotos?|bilder?|abbildung|abb\.|grafik|bildquelle|bildnachweis|photo|image|picture|figure|fig\.|"
    r"credit|©)(?:\s*\d+)?\s*[:.–—-]?\s", re.I,
)
SOURCE = re.compile(r"^(?:quelle|source)\s*:", re.I)
URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]}»“”’']")
_INLINE = re.compile(r"([\\`*_\[\]{}])")
MORE = "<!-- more -->"
LISTS = ("bullets", "ordered")


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
    """para, heading, bullets, ordered, todo."""
    line: int
    text: str = ""
    items: list[tuple[int, str]] = field(default_factory=list)
    """List items: (number, text); the number is 0 for bullets."""
    level: int = 2


@dataclass
class Markdown:
    body: str
    headings: list[tuple[int, str]] = field(default_factory=list)
    lists: int = 0
    list_items: int = 0
    todos: list[tuple[int, str]] = field(default_factory=list)


def to_markdown(lines: list[tuple[int, str]]) -> Markdown:
    """`lines` are (line number, text) of the body, debris already removed; blank lines may remain."""
    blocks = _headings(_blocks(lines))
    result = Markdown("")
    parts: list[str] = []
    excerpt_end = 0  # where in `parts` the first paragraph ends
    previous: Block | None = None
    for block in blocks:
        if block.kind in LISTS and previous is not None and previous.kind in LISTS:
            parts.append("<!-- -->")  # otherwise Python-Markdown continues the previous list
        previous = block
        if block.kind == "para":
            parts.append(escape(block.text))
            excerpt_end = excerpt_end or len(parts)
        elif block.kind == "heading":
            parts.append("#" * block.level + " " + escape(block.text, line_start=False))
            result.headings.append((block.line, block.text))
        elif block.kind in LISTS:
            result.lists += 1
            result.list_items += len(block.items)
            parts.append("\n".join(f"{_marker(block.kind, n)} {escape(text)}" for n, text in block.items))
        elif block.kind == "todo":
            parts.append(f"<!-- TODO (feder import): {_comment_safe(block.text)} -->")
            result.todos.append((block.line, block.text))
    # The excerpt is the first paragraph; the marker follows it when more text follows.
    if excerpt_end and excerpt_end < len(parts):
        parts.insert(excerpt_end, MORE)
    result.body = "\n\n".join(parts)
    return result


def _marker(kind: str, number: int) -> str:
    return "-" if kind == "bullets" else f"{number}."


def _blocks(lines: list[tuple[int, str]]) -> list[Block]:
    """One block per line; list items in a row (blank lines between them allowed) make one list."""
    blocks: list[Block] = []
    content = [(number, " ".join(text.split())) for number, text in lines if text.strip()]
    images = {i for i, (_, text) in enumerate(content) if len(text) <= 200 and IMAGE.search(text)}
    for i, (number, text) in enumerate(content):
        previous = blocks[-1] if blocks else None
        if i in images or _caption(text, i, images):
            what = f'image "{IMAGE.search(text)[0]}"' if i in images else f'caption "{text}"'
            if previous and previous.kind == "todo" and previous.line >= number - 2:
                previous.text += f", {what}"
            else:
                blocks.append(Block("todo", number, what))
            continue
        if (bullet := BULLET.match(text)) is not None:
            if previous and previous.kind == "bullets":
                previous.items.append((0, bullet["text"]))
            else:
                blocks.append(Block("bullets", number, items=[(0, bullet["text"])]))
            continue
        if (ordered := ORDERED.match(text)) is not None:
            if previous and previous.kind == "ordered":
                previous.items.append((int(ordered["number"]), ordered["text"]))
            else:
                blocks.append(Block("ordered", number, items=[(int(ordered["number"]), ordered["text"])]))
            continue
        roman = ROMAN.match(text)
        if roman and title_like(roman["text"], max_length=100, max_words=14, endings=".,;"):
            blocks.append(Block("heading", number, f'{roman["numeral"]} – {roman["text"]}', level=2))
            continue
        blocks.append(Block("para", number, text))
    for block in blocks:
        if block.kind == "todo":
            block.text = _todo_text(block.text)
    return blocks


def _caption(text: str, i: int, images: set[int]) -> bool:
    if len(text) > 200:
        return False
    near_image = (i - 1) in images or (i + 1) in images
    return bool(CAPTION.match(text) and (near_image or len(text) <= 120)) or bool(SOURCE.match(text) and near_image)


def _todo_text(found: str) -> str:
    return f"{found}; put the image into docs/assets/ and show it here with ![what it shows](path), or delete this line"


def _headings(blocks: list[Block]) -> list[Block]:
    """Short title-like lines between paragraphs were headings; so were lone `1.` section lines."""
    has_roman = any(block.kind == "heading" for block in blocks)
    level = 3 if has_roman else 2
    result: list[Block] = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        preceding = result[-1] if result else None
        text = block.text
        if block.kind == "ordered" and len(block.items) == 1 and _opens_section(block.items[0][1], following):
            number, text = block.items[0]
            result.append(Block("heading", block.line, f"{number}. {text}", level=level))
            continue
        if (
            block.kind == "para" and title_like(text, endings=".,;:!") and _opens_section(text, following)
            and (preceding is None or preceding.kind != "para" or prose(preceding.text))
        ):
            result.append(Block("heading", block.line, text, level=level))
            continue
        result.append(block)
    return result


def _opens_section(text: str, following: Block | None) -> bool:
    if not title_like(text, endings=".,;:!") or following is None:
        return False
    return following.kind in ("bullets", "ordered") or (following.kind == "para" and prose(following.text))


def escape(text: str, *, line_start: bool = True) -> str:
    """Text that renders as written: Markdown syntax escaped, `<` as an entity, web addresses as links."""
    parts = []
    position = 0
    for url in URL.finditer(text):
        parts.append(_escape_plain(text[position: url.start()]))
        parts.append(f"<{url.group(0)}>")
        position = url.end()
    parts.append(_escape_plain(text[position:]))
    escaped = "".join(parts)
    if line_start:
        escaped = _escape_start(escaped)
    return escaped


def _escape_plain(text: str) -> str:
    return _INLINE.sub(r"\\\1", text).replace("<", "&lt;")


def _escape_start(text: str) -> str:
    """What Markdown reads at the start of a line: headings, quotes, list markers, admonitions."""
    if re.match(r"^(?:#|>|[+\-]\s|!!!)", text):
        return "\\" + text
    if text.startswith("???"):
        return "&#63;" + text[1:]
    return re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text)


def _comment_safe(text: str) -> str:
    """An HTML comment ends at `--`; keep the author's text from closing it early."""
    return text.replace("--", "- -").replace(">", "›")
