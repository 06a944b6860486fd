"""The card's fonts: measured and drawn glyph by glyph, each glyph rasterised once per size.

Pillow rasterises every glyph of a string on every call; a card has about a hundred
glyphs at title size, and the titles of a blog use the same few dozen characters, so
drawing from a cache of glyph masks is ten times faster. Layout is Pillow's basic
engine (FreeType, bundled with Pillow's wheels), never Raqm, which depends on system
libraries: the same font file gives the same pixels on every machine.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).parent / "fonts"
WEIGHTS = {"regular": FONTS / "SourceSans3-Regular.ttf", "bold": FONTS / "SourceSans3-Bold.ttf"}
WORDS_KEPT = 1000
"""Words (and their widths) kept per size; a full cache starts afresh, which bounds its memory."""


@dataclass(frozen=True)
class Glyph:
    advance: float
    left: int
    top: int
    """Offsets of the mask from the pen position and the line's top (the ascender)."""
    mask: Image.Image | None
    """Coverage 0-255; None for blanks."""


class Face:
    """One weight at one pixel size."""

    def __init__(self, weight: str, size: int) -> None:
        self.size = size
        self.font = ImageFont.truetype(str(WEIGHTS[weight]), size, layout_engine=ImageFont.Layout.BASIC)
        self.ascent, self.descent = self.font.getmetrics()
        self.covered = coverage(weight)
        self._glyphs: dict[str, Glyph] = {}
        self._advances: dict[str, float] = {}
        self._words: dict[str, Glyph] = {}
        self._widths: dict[str, float] = {}

    def advance(self, char: str) -> float:
        """Measuring needs no pixels: advances are cached apart from the glyphs' masks."""
        advance = self._advances.get(char)
        if advance is None:
            advance = self._advances[char] = self.font.getlength(char)
        return advance

    def glyph(self, char: str) -> Glyph:
        glyph = self._glyphs.get(char)
        if glyph is None:
            glyph = self._glyphs[char] = self._rasterise(char)
        return glyph

    def _rasterise(self, char: str) -> Glyph:
        left, top, right, bottom = (int(edge) for edge in self.font.getbbox(char))
        mask = None
        if right > left and bottom > top:
            mask = Image.new("L", (right - left, bottom - top))
            ImageDraw.Draw(mask).text((-left, -top), char, font=self.font, fill=255)
        return Glyph(self.advance(char), left, top, mask)

    def width(self, text: str) -> float:
        """The advance width of `text` (the basic layout has no kerning, so advances add up)."""
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= WORDS_KEPT:
                self._widths.clear()
            advances = self._advances
            width = self._widths[text] = sum(
                advances[char] if char in advances else self.advance(char) for char in text
            )
        return width

    def word(self, word: str) -> Glyph:
        """A word drawn as one mask: titles share their words, and each draw call costs more than its pixels."""
        glyph = self._words.get(word)
        if glyph is None:
            if len(self._words) >= WORDS_KEPT:
                self._words.clear()
            glyph = self._words[word] = self._compose(word)
        return glyph

    def _compose(self, word: str) -> Glyph:
        placed = []
        pen = 0.0
        for char in word:
            glyph = self.glyph(char)
            if glyph.mask is not None:
                placed.append((round(pen) + glyph.left, glyph))
            pen += glyph.advance
        if not placed:
            return Glyph(pen, 0, 0, None)
        left, top, right, bottom = self.ink(placed)
        mask = Image.new("L", (right - left, bottom - top))
        for x, glyph in placed:
            mask.paste(255, (x - left, glyph.top - top), glyph.mask)
        return Glyph(pen, left, top, mask)

    @staticmethod
    def ink(placed: list[tuple[int, Glyph]]) -> tuple[int, int, int, int]:
        """The box glyphs placed by `placed` cover, relative to the pen's start and the line's top."""
        if not placed:
            return (0, 0, 0, 0)
        return (
            min(x for x, _ in placed), min(glyph.top for _, glyph in placed),
            # Placed glyphs are the visible ones: each has a mask.
            max(x + glyph.mask.width for x, glyph in placed),  # type: ignore[union-attr]
            max(glyph.top + glyph.mask.height for _, glyph in placed),  # type: ignore[union-attr]
        )

    def placed(self, text: str) -> list[tuple[int, Glyph]]:
        """The visible words of `text` as glyphs, with their left edge relative to the pen's start.

        Advances are whole pixels at every size (checked by a test), so a word drawn at
        its own origin is the word drawn glyph by glyph at its place in the line.
        """
        placed = []
        pen = 0.0
        space = self.advance(" ")
        for number, word in enumerate(text.split(" ")):
            pen += space if number else 0.0
            glyph = self.word(word)
            if glyph.mask is not None:
                placed.append((round(pen) + glyph.left, glyph))
            pen += glyph.advance
        return placed

    def printable(self, text: str) -> str:
        """`text` without the characters the font has no glyph for (they would print as boxes)."""
        return "".join(char for char in text if ord(char) in self.covered or char == " ")


@cache
def face(weight: str, size: int) -> Face:
    return Face(weight, size)


@cache
def coverage(weight: str) -> frozenset[int]:
    """The code points the font maps to a glyph (its `cmap` table, formats 4 and 12)."""
    return frozenset(cmap(WEIGHTS[weight].read_bytes()))


def cmap(font: bytes) -> set[int]:
    tables = {}
    count = struct.unpack_from(">H", font, 4)[0]
    for index in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", font, 12 + 16 * index)
        tables[tag] = offset
    base = tables[b"cmap"]
    points: set[int] = set()
    for index in range(struct.unpack_from(">H", font, base + 2)[0]):
        _, _, offset = struct.unpack_from(">HHI", font, base + 4 + 8 * index)
        start = base + offset
        kind = struct.unpack_from(">H", font, start)[0]
        if kind == 4:
            points |= _format4(font, start)
        elif kind == 12:
            groups = struct.unpack_from(">I", font, start + 12)[0]
            for group in range(groups):
                first, last, glyph = struct.unpack_from(">III", font, start + 16 + 12 * group)
                points.update(code for code in range(first, last + 1) if glyph + code - first)
    return points


def _format4(font: bytes, start: int) -> set[int]:
    segments = struct.unpack_from(">H", font, start + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", font, start + 14)
    starts = struct.unpack_from(f">{segments}H", font, start + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", font, start + 16 + 4 * segments)
    ranges_at = start + 16 + 6 * segments
    offsets = struct.unpack_from(f">{segments}H", font, ranges_at)
    points = set()
    for i in range(segments):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = ranges_at + 2 * i + offsets[i] + 2 * (code - starts[i])
                glyph = struct.unpack_from(">H", font, at)[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                points.add(code)
    return points
