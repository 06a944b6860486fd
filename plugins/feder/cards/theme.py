"""The card's colours: the site's palette, text colours chosen for contrast, and the PNG palette.

A card has few colours: a background, the accent, and text on each. Antialiased text
only adds shades between a text colour and what lies beneath it, so the whole card
fits a 16-colour palette of three ramps, and every pixel is half a byte: an index
into that palette (a sixth of the bytes of RGB to compress, which is most of what a
card costs). Eight shades for text on the background and four on the accent are
more than the eye tells apart at the sizes a card uses.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

Color = tuple[int, int, int]

BITS = 4
"""Bits per pixel: a palette of 16 colours."""

WHITE: Color = (255, 255, 255)
INK: Color = (31, 31, 31)
"""Near-black text on light colours."""
BLACK: Color = (0, 0, 0)


class Ramp(IntEnum):
    """From a background colour to what is drawn on it; the value is the ramp's first palette index."""

    TEXT = 0
    """Background to text colour: all text but the tag's name (8 shades)."""
    ACCENT = 8
    """Background to accent: the stripe, the rule, the tag's pill (4 shades)."""
    ON_ACCENT = 12
    """Accent to the text colour on the accent: the tag's name (4 shades)."""

    @property
    def shades(self) -> int:
        return 8 if self is Ramp.TEXT else 4


@dataclass(frozen=True)
class Theme:
    """Material for MkDocs' indigo primary and deep orange accent (mkdocs.yml's `theme.palette`)."""

    background: Color = (0x40, 0x51, 0xB5)
    accent: Color = (0xFF, 0x6E, 0x42)

    @property
    def text(self) -> Color:
        return readable_on(self.background)

    @property
    def on_accent(self) -> Color:
        return readable_on(self.accent)

    def ramps(self) -> dict[Ramp, tuple[Color, Color]]:
        return {
            Ramp.TEXT: (self.background, self.text),
            Ramp.ACCENT: (self.background, self.accent),
            Ramp.ON_ACCENT: (self.accent, self.on_accent),
        }

    def palette(self) -> bytes:
        """The PNG palette: each ramp's shades, from no coverage to full (index 0 is the background)."""
        entries = bytearray()
        for ramp, (start, end) in self.ramps().items():
            for shade in range(ramp.shades):
                entries += bytes(mix(start, end, shade / (ramp.shades - 1)))
        return bytes(entries)


DEFAULT = Theme()


def index(ramp: Ramp, coverage: int) -> int:
    """The palette index of `coverage` (0-255) of a ramp's colour over its background."""
    return ramp + (coverage * (ramp.shades - 1) + 127) // 255


def lookup(ramp: Ramp) -> list[int]:
    """`Image.point` table from coverage to palette index."""
    return [index(ramp, coverage) for coverage in range(256)]


def mix(start: Color, end: Color, share: float) -> Color:
    """`share` of the way from `start` to `end`, in sRGB as Pillow's antialiasing blends."""
    red, green, blue = (round(a + (b - a) * share) for a, b in zip(start, end, strict=True))
    return (red, green, blue)


def luminance(color: Color) -> float:
    """Relative luminance (WCAG 2)."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(channel) for channel in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: Color, other: Color) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: Color) -> Color:
    """White or near-black, whichever contrasts more with `background`; black if neither reaches 4.5:1."""
    best = max((WHITE, INK), key=lambda color: contrast(color, background))
    if contrast(best, background) < 4.5:
        best = max((WHITE, BLACK), key=lambda color: contrast(color, background))
    return best
