"""Where everything goes on a card: the title wrapped and shrunk to fit, the lines around it.

The title takes the largest size at which it fits in three lines (84 px down to 44 px),
broken only between words, with lines of similar length. A title too long even for
three lines at the smallest size ends after the last whole word that fits, with `…`;
only a single word wider than the card is cut, as nothing else could show it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from feder.cards.theme import Ramp
from feder.cards.typeface import Face, Glyph, face

WIDTH, HEIGHT = 1200, 630
ELLIPSIS = "…"


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    def contains(self, other: Box) -> bool:
        return (self.left <= other.left and self.top <= other.top
                and other.right <= self.right and other.bottom <= self.bottom)

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


SAFE = Box(80, 48, 1120, 582)
"""No text outside: social networks crop the edges of previews."""
CONTENT = Box(88, 64, 1112, 566)
STRIPE = Box(0, 0, 16, HEIGHT)
TITLE_AREA = Box(CONTENT.left, 136, CONTENT.right, 482)
RULE = Box(CONTENT.left, 498, CONTENT.left + 72, 504)
TITLE_SIZES = tuple(range(84, 43, -4))
LINE_HEIGHT = 1.12
MAX_LINES = 3
HEADER = ("bold", 34)
TAG = ("bold", 26)
TAG_HEIGHT = 46
TAG_PADDING = 26
"""More than the pill's radius: the tag's name stays on the pill's flat colour."""
TAG_MAX_WIDTH = 460
BYLINE = ("regular", 32)
BYLINE_TOP = 520


@dataclass(frozen=True)
class CardText:
    """What a card shows: plain text from the content (never HTML)."""

    title: str
    site_name: str = ""
    tag: str = ""
    """The page's first tag, in its language."""
    byline: tuple[str, ...] = ()
    """Date, authors or a count; joined with ` · `."""


@dataclass(frozen=True)
class Placed:
    """A line of text at a pen position (`x`) and line top (`y`), drawn in `ramp`."""

    text: str
    weight: str
    size: int
    ramp: Ramp
    x: int
    y: int

    @property
    def face(self) -> Face:
        return face(self.weight, self.size)

    @cached_property
    def glyphs(self) -> list[tuple[int, Glyph]]:
        """Its visible glyphs with their left edge, relative to `x`."""
        return self.face.placed(self.text)

    @cached_property
    def box(self) -> Box:
        """The pixels its glyphs cover."""
        left, top, right, bottom = self.face.ink(self.glyphs)
        return Box(self.x + left, self.y + top, self.x + right, self.y + bottom)


@dataclass(frozen=True)
class CardLayout:
    texts: tuple[Placed, ...]
    tag_pill: Box | None = None
    title_size: int = TITLE_SIZES[0]
    title_lines: tuple[str, ...] = field(default=())

    def boxes(self) -> list[Box]:
        """Everything drawn on the background, for the safe-area check and the PNG writer."""
        return [text.box for text in self.texts if text.text] + ([self.tag_pill] if self.tag_pill else [])


def layout(card: CardText) -> CardLayout:
    texts: list[Placed] = []
    pill = None
    header_width = CONTENT.width
    tag = clean(card.tag, TAG[0])
    if tag:
        tag_face = face(*TAG)
        tag = fit_line(tag, tag_face, TAG_MAX_WIDTH - 2 * TAG_PADDING)
        width = round(tag_face.width(tag)) + 2 * TAG_PADDING
        pill = Box(CONTENT.right - width, CONTENT.top - 6, CONTENT.right, CONTENT.top - 6 + TAG_HEIGHT)
        text_top = pill.top + (TAG_HEIGHT - tag_face.ascent - tag_face.descent) // 2 + 2
        texts.append(Placed(tag, *TAG, Ramp.ON_ACCENT, pill.left + TAG_PADDING, text_top))
        header_width = pill.left - 32 - CONTENT.left
    site_name = clean(card.site_name, HEADER[0])
    if site_name:
        texts.append(
            Placed(fit_line(site_name, face(*HEADER), header_width), *HEADER, Ramp.TEXT, CONTENT.left, CONTENT.top)
        )
    size, lines = fit_title(clean(card.title, "bold"))
    texts += place_title(size, lines)
    byline = clean(" · ".join(part for part in card.byline if part.strip()), BYLINE[0])
    if byline:
        texts.append(
            Placed(fit_line(byline, face(*BYLINE), CONTENT.width), *BYLINE, Ramp.TEXT, CONTENT.left, BYLINE_TOP)
        )
    return CardLayout(tuple(texts), pill, size, tuple(lines))


def clean(text: str, weight: str) -> str:
    """One line of plain text that the font can print: whitespace collapsed, glyphless characters left out."""
    return " ".join(face(weight, TITLE_SIZES[-1]).printable(" ".join(text.split())).split())


# The title -----------------------------------------------------------------------------------------

def fit_title(title: str) -> tuple[int, list[str]]:
    """The largest size at which the whole title fits, and its lines; else the smallest, shortened."""
    words = title.split()
    if not words:
        return TITLE_SIZES[0], []
    for size in TITLE_SIZES:
        title_face = face("bold", size)
        lines = wrap(words, title_face, TITLE_AREA.width)
        if lines is not None and len(lines) <= MAX_LINES and block_height(title_face, len(lines)) <= TITLE_AREA.height:
            return size, balance(words, title_face, len(lines))
    return TITLE_SIZES[-1], shorten(words, face("bold", TITLE_SIZES[-1]))


def wrap(words: list[str], title_face: Face, width: float) -> list[str] | None:
    """Greedy line breaking between words; None if a word alone is wider than `width`."""
    space = title_face.width(" ")
    lines: list[list[str]] = []
    used = 0.0
    for word in words:
        word_width = title_face.width(word)
        if word_width > width:
            return None
        if lines and used + space + word_width <= width:
            lines[-1].append(word)
            used += space + word_width
        else:
            lines.append([word])
            used = word_width
    return [" ".join(line) for line in lines]


def balance(words: list[str], title_face: Face, count: int) -> list[str]:
    """The same number of lines with the narrowest measure: no long line above a lonely word."""
    low, high = 1, TITLE_AREA.width
    best = wrap(words, title_face, high) or []
    while low < high:
        middle = (low + high) // 2
        lines = wrap(words, title_face, middle)
        if lines is not None and len(lines) <= count:
            best, high = lines, middle
        else:
            low = middle + 1
    return best


def shorten(words: list[str], title_face: Face) -> list[str]:
    """Three full lines at the smallest size, the last ending with `…` after a whole word."""
    width = TITLE_AREA.width
    fitting = [word if title_face.width(word) <= width else fit_line(word, title_face, width) for word in words]
    lines = wrap(fitting, title_face, width) or []
    if len(lines) <= MAX_LINES:
        return lines
    kept = lines[:MAX_LINES]
    kept[-1] = fit_line(f"{kept[-1]} {lines[MAX_LINES]}", title_face, width, force=True)
    return kept


def block_height(title_face: Face, lines: int) -> int:
    return title_face.ascent + title_face.descent + round((lines - 1) * LINE_HEIGHT * title_face.size)


def place_title(size: int, lines: list[str]) -> list[Placed]:
    if not lines:
        return []
    title_face = face("bold", size)
    step = round(LINE_HEIGHT * size)
    top = TITLE_AREA.top + (TITLE_AREA.height - block_height(title_face, len(lines))) // 2
    return [
        Placed(line, "bold", size, Ramp.TEXT, TITLE_AREA.left, top + number * step) for number, line in enumerate(lines)
    ]


# Single lines --------------------------------------------------------------------------------------

def fit_line(text: str, line_face: Face, width: float, *, force: bool = False) -> str:
    """`text` if it fits in `width`, else its longest start of whole words with `…` (`force`: always shortened)."""
    if not force and line_face.width(text) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:–—-·") + ELLIPSIS
        if line_face.width(candidate) <= width:
            return candidate
    # One word wider than the line: the only case where a word is cut.
    word = words[0] if words else ""
    while word and line_face.width(word + ELLIPSIS) > width:
        word = word[:-1]
    return word + ELLIPSIS
