"""feder.cards.theme: the site's palette, with text that reads well on it."""
from __future__ import annotations

import pytest

from feder.cards import Theme
from feder.cards.theme import Ramp, contrast, index, lookup


def test_the_default_theme_is_material_indigo_and_deep_orange():
    """mkdocs.yml: `primary: indigo`, `accent: deep orange`, as Material for MkDocs defines them."""
    assert Theme().background == (0x40, 0x51, 0xB5) and Theme().accent == (0xFF, 0x6E, 0x42)


@pytest.mark.parametrize(
    "theme", [Theme(), Theme((0xFF, 0xEB, 0x3B), (0x00, 0x96, 0x88)), Theme((0, 0, 0), (255, 255, 255))]
)
def test_every_text_colour_has_at_least_aa_contrast(theme):
    for background, text in (
        (theme.background, theme.text), (theme.accent, theme.on_accent),
    ):
        assert contrast(background, text) >= 4.5, (background, text)


def test_the_palette_has_three_ramps_from_background_to_ink():
    theme = Theme()
    palette = theme.palette()
    assert len(palette) == 3 * 16

    def colour(i: int) -> tuple[int, ...]:
        return tuple(palette[3 * i : 3 * i + 3])

    assert colour(index(Ramp.TEXT, 0)) == theme.background and colour(index(Ramp.TEXT, 255)) == theme.text
    assert colour(index(Ramp.ON_ACCENT, 0)) == colour(index(Ramp.ACCENT, 255)) == theme.accent
    assert lookup(Ramp.ACCENT)[0] == 8 and lookup(Ramp.ACCENT)[255] == 11 and index(Ramp.TEXT, 128) == 4
