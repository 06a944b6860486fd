"""A card's pixels: the theme's background, drawn once, and the layout's text on it.

The card is a Pillow "L" image whose values are palette indices (see `theme`), one
column wider than the card: column 0 is every row's PNG filter byte (0, none), so the
image's bytes are exactly what the PNG stream compresses. A ramp's indices are
linear in coverage, so Pillow's blending of a glyph mask works on indices as it
would on colours: a text's box is set to its ramp's first index (the flat colour it
lies on: the layout keeps every text on the background or on the pill's flat middle),
then each glyph's mask blends the ramp's last index in.
"""
from __future__ import annotations

from functools import cache

from PIL import Image, ImageDraw

from feder.cards.layout import HEIGHT, RULE, STRIPE, WIDTH, Box, CardLayout
from feder.cards.png import PaletteWriter
from feder.cards.theme import Ramp, Theme, index, lookup

SUPERSAMPLE = 4
"""The tag's pill is drawn this much larger and scaled down, for smooth round ends."""


class Painter:
    """Draws and encodes cards of one theme; the background and its compressed rows are kept."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.background = Image.new("L", (WIDTH + 1, HEIGHT), index(Ramp.TEXT, 0))
        accent = index(Ramp.ACCENT, 255)
        for box in (STRIPE, RULE):
            self.background.paste(accent, shifted(box))
        self.background.paste(0, (0, 0, 1, HEIGHT))  # the filter bytes
        self.writer = PaletteWriter(WIDTH, HEIGHT, theme.palette(), self.background.tobytes())

    def png(self, layout: CardLayout) -> bytes:
        card = self.background.copy()
        changed = []
        if layout.tag_pill is not None:
            card.paste(pill(layout.tag_pill.width, layout.tag_pill.height), (layout.tag_pill.left + 1, layout.tag_pill.top))
            changed.append((layout.tag_pill.top, layout.tag_pill.bottom))
        for text in layout.texts:
            box = text.box
            base, ink = index(text.ramp, 0), index(text.ramp, 255)
            if base != index(Ramp.TEXT, 0):  # not the background's index: set the box to the ramp's own
                card.paste(base, shifted(box))
            for x, glyph in text.face.placed(text.text):
                card.paste(ink, (text.x + x + 1, text.y + glyph.top), glyph.mask)
            changed.append((box.top, box.bottom))
        return self.writer.encode(card.tobytes(), changed)


def shifted(box: Box) -> tuple[int, int, int, int]:
    """A box of the card in the image, whose first column holds the filter bytes."""
    return (box.left + 1, box.top, box.right + 1, box.bottom)


@cache
def pill(width: int, height: int) -> Image.Image:
    """The tag's background: a rounded bar in accent indices, antialiased."""
    large = Image.new("L", (width * SUPERSAMPLE, height * SUPERSAMPLE))
    ImageDraw.Draw(large).rounded_rectangle(
        (0, 0, large.width - 1, large.height - 1), radius=large.height // 2, fill=255,
    )
    return large.reduce(SUPERSAMPLE).point(lookup(Ramp.ACCENT))


@cache
def painter(theme: Theme) -> Painter:
    return Painter(theme)
