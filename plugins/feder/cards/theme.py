"""The card's colours: the site's palette, text colours chosen for contrast, and the PNG palette.

A card has few colours: a background, the accent, and text in two or three colours.
Antialiased text only adds shades between a text colour and what lies beneath it, so
the whole card fits a 256-colour palette of four ramps of 64 shades each, and every
pixel is one byte: an index into that palette (a quarter of the bytes of RGB to
compress, which is most of what a card costs).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

Color = tuple[int, int, int]

SHADES = 64
"""Shades per ramp; four ramps fill the 256 entries of a palette."""

WHITE: Color = (255, 255, 255)
INK: Color = (31, 31, 31)
"""Near-black text on light colours."""
BLACK: Color = (0, 0, 0)


class Ramp(IntEnum):
    """From a background colour to what is drawn on it; the value is the ramp's first palette index / SHADES."""

    TEXT = 0
    """Background to text colour: title and blog name."""
    MUTED = 1
    """Background to the softer text colour: date, authors."""
    ACCENT = 2
    """Background to accent: the stripe, the rule, the tag's pill."""
    ON_ACCENT = 3
    """Accent to the text colour on the accent: the tag's name."""


@dataclass(frozen=True)
class Theme:
    """Material for MkDocs' indigo primary and deep orange accent (mkdocs.yml's `theme.palette`)."""

    background: Color = (0x40, 0x51, 0xB5)
    accent: Color = (0xFF, 0x6E, 0x42)

    @property
    def text(self) -> Color:
        return readable_on(self.background)

    @property
    def muted(self) -> Color:
        """The text colour a tenth of the way to the background, if that still reads well (4.5:1)."""
        softer = mix(self.text, self.background, 0.1)
        return softer if contrast(softer, self.background) >= 4.5 else self.text

    @property
    def on_accent(self) -> Color:
        return readable_on(self.accent)

    def ramps(self) -> dict[Ramp, tuple[Color, Color]]:
        return {
            Ramp.TEXT: (self.background, self.text),
            Ramp.MUTED: (self.background, self.muted),
            Ramp.ACCENT: (self.background, self.accent),
            Ramp.ON_ACCENT: (self.accent, self.on_accent),
        }

    def palette(self) -> bytes:
        """The PNG palette: each ramp's shades, darkest coverage first (index 0 is the background)."""
        entries = bytearray()
        for start, end in self.ramps().values():
            for shade in range(SHADES):
                entries += bytes(mix(start, end, shade / (SHADES - 1)))
        return bytes(entries)


DEFAULT = Theme()


def index(ramp: Ramp, coverage: int) -> int:
    """The palette index of `coverage` (0-255) of a ramp's colour over its background."""
    return ramp * SHADES + (coverage * (SHADES - 1) + 127) // 255


def lookup(ramp: Ramp) -> list[int]:
    """`Image.point` table from coverage to palette index."""
    return [index(ramp, coverage) for coverage in range(256)]


def mix(start: Color, end: Color, share: float) -> Color:
    """`share` of the way from `start` to `end`, in sRGB as Pillow's antialiasing blends."""
    return tuple(round(a + (b - a) * share) for a, b in zip(start, end))  # type: ignore[return-value]


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
