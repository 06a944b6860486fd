"""feder.cards.typeface: the committed font prints every character the blog's titles use."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from feder.cards.typeface import WEIGHTS, cmap, coverage, face

REPO = Path(__file__).resolve().parents[2]
GERMAN = "ÄÖÜäöüß„“–€"


def starter_titles() -> list[str]:
    titles = []
    for path in sorted((REPO / "posts").glob("*.md")):
        match = re.search(r'^title:\s*"?(.*?)"?\s*$', path.read_text(encoding="utf-8"), re.MULTILINE)
        assert match, path
        titles.append(match.group(1))
    return titles


@pytest.mark.parametrize("weight", sorted(WEIGHTS))
def test_every_character_of_the_starter_titles_and_of_german_has_a_glyph(weight):
    characters = set("".join(starter_titles()) + GERMAN) - {" "}
    assert len(starter_titles()) >= 10
    missing = sorted(char for char in characters if ord(char) not in coverage(weight))
    assert missing == []


@pytest.mark.parametrize("weight", sorted(WEIGHTS))
def test_the_cmap_reader_agrees_with_freetype(weight):
    """A mapped character draws something other than the font's .notdef glyph; an unmapped one draws .notdef."""
    font = ImageFont.truetype(str(WEIGHTS[weight]), 40, layout_engine=ImageFont.Layout.BASIC)

    def drawn(char: str) -> bytes:
        image = Image.new("L", (80, 80))
        ImageDraw.Draw(image).text((10, 10), char, font=font, fill=255)
        return image.tobytes()

    notdef = drawn("\uffff")
    points = cmap(WEIGHTS[weight].read_bytes())
    for char in GERMAN + "Az09€\u0416\u4e2d\U0001F680":
        assert (ord(char) in points) == (drawn(char) != notdef), char


def test_characters_without_a_glyph_are_left_out():
    assert face("bold", 44).printable("Start 🚀 jetzt – 中文 ok") == "Start  jetzt –  ok"


def test_the_licence_is_committed_with_the_fonts():
    folder = WEIGHTS["regular"].parent
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text(encoding="utf-8")
    assert {path.suffix for path in folder.iterdir()} >= {".ttf", ".txt"}
