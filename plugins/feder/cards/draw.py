"""A card's pixels: the theme's background, drawn once, and the layout's text on it.

The card is a Pillow "L" image whose values are palette indices (see `theme`), two
columns wider than the card: packed at four bits a pixel, columns 0 and 1 are every
row's PNG filter byte (0, none), so the packed bytes are exactly what the PNG stream
compresses. A ramp's indices are
linear in coverage, so Pillow's blending of a glyph mask works on indices as it
would on colours: a text's box is set to its ramp's first index (the flat colour it
lies on: the layout keeps every text on the background or on the pill's flat middle),
then each glyph's mask blends the ramp's last index in (as `ImageDraw.bitmap` does).
"""
from __future__ import annotations

from functools import cache

from PIL import Image, ImageDraw

from feder.cards.layout import HEIGHT, RULE, STRIPE, WIDTH, Box, CardLayout, Placed
from feder.cards.png import PaletteWriter, Piece, merge, piece
from feder.cards.theme import BITS, Ramp, Theme, index, lookup

LEFT = 2
"""Columns before the card's first: the filter byte, once packed."""
BANDS_KEPT = 500
"""Compressed bands kept for later cards (a few KiB each)."""
SUPERSAMPLE = 4
"""The tag's pill is drawn this much larger and scaled down, for smooth round ends."""


class Painter:
    """Draws and encodes cards of one theme; the background and its compressed rows are kept."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.background = Image.new("L", (LEFT + WIDTH, HEIGHT), index(Ramp.TEXT, 0))
        accent = index(Ramp.ACCENT, 255)
        for box in (STRIPE, RULE):
            self.background.paste(accent, shifted(box))
        self.background.paste(0, (0, 0, LEFT, HEIGHT))  # the filter bytes
        self.writer = PaletteWriter(WIDTH, HEIGHT, theme.palette(), packed(self.background), BITS)
        self._bands: dict[tuple[object, ...], Piece] = {}

    def png(self, layout: CardLayout) -> bytes:
        """Only the bands of rows with something on them are drawn: copies of the background's rows.

        A band that shows exactly what a band of an earlier card showed (the blog's name
        and a tag, most often) is taken compressed from that card.
        """
        texts = [(text, text.box) for text in layout.texts if text.text]
        pill_box = layout.tag_pill
        rows = [(box.top, box.bottom) for _, box in texts] + ([(pill_box.top, pill_box.bottom)] if pill_box else [])
        bands = []
        for top, bottom in merge(rows, HEIGHT):
            inside = [(text, box) for text, box in texts if top <= box.top < bottom]
            band_pill = pill_box if pill_box is not None and top <= pill_box.top < bottom else None
            key = (top, bottom, band_pill, tuple(text for text, _ in inside))
            compressed = self._bands.get(key)
            if compressed is None:
                compressed = piece(self._draw(top, bottom, band_pill, inside))
                if len(self._bands) >= BANDS_KEPT:
                    self._bands.clear()
                self._bands[key] = compressed
            bands.append((top, bottom, compressed))
        return self.writer.encode(bands)

    def _draw(self, top: int, bottom: int, pill_box: Box | None, texts: list[tuple[Placed, Box]]) -> bytes:
        band = self.background.crop((0, top, LEFT + WIDTH, bottom))
        if pill_box is not None:
            band.paste(pill(pill_box.width, pill_box.height), (LEFT + pill_box.left, pill_box.top - top))
        for text, box in texts:
            draw_text(band, text, box, top)
        return packed(band)


def draw_text(band: Image.Image, text: Placed, box: Box, band_top: int) -> None:
    base, ink = index(text.ramp, 0), index(text.ramp, 255)
    if base != index(Ramp.TEXT, 0):  # not the background's index: set the box to the ramp's own
        band.paste(base, (LEFT + box.left, box.top - band_top, LEFT + box.right, box.bottom - band_top))
    y = text.y - band_top
    draw = ImageDraw.Draw(band)
    for x, glyph in text.glyphs:
        # `glyphs` are the visible ones, each with a mask.
        draw.bitmap((LEFT + text.x + x, y + glyph.top), glyph.mask, fill=ink)  # type: ignore[arg-type]


def packed(image: Image.Image) -> bytes:
    """Four bits a pixel, the left one in the high bits, as PNG wants them."""
    return image.tobytes("raw", "L;4")


def shifted(box: Box) -> tuple[int, int, int, int]:
    """A box of the card in the image, whose first columns hold the filter bytes."""
    return (LEFT + box.left, box.top, LEFT + box.right, box.bottom)


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
