"""feder.cards: a card's PNG, the same for the same text, different for different texts."""
from __future__ import annotations

import io
import subprocess
import sys

from PIL import Image

from feder.cards import HEIGHT, WIDTH, CardText, Theme, layout, render

CARD = CardText("Kundenmanagement in der BANI-Welt", "feder", "BANI", ("12. Februar 2024", "Redaktion"))


def test_a_card_is_a_valid_1200_by_630_png():
    png = render(CARD)
    Image.open(io.BytesIO(png)).verify()
    image = Image.open(io.BytesIO(png))
    assert (image.format, image.size, image.mode) == ("PNG", (1200, 630), "P") and (WIDTH, HEIGHT) == (1200, 630)
    assert len(png) < 100_000


def test_the_same_text_gives_the_same_bytes_in_another_process():
    code = (
        "import sys; from feder.cards import CardText, render;"
        "sys.stdout.buffer.write(render(CardText("
        "'Kundenmanagement in der BANI-Welt', 'feder', 'BANI', ('12. Februar 2024', 'Redaktion'))))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert (
        other == render(CARD) == render(CardText(*[getattr(CARD, f) for f in ("title", "site_name", "tag", "byline")]))
    )


def test_every_shown_text_changes_the_picture():
    variants = [
        CardText("Kundenmanagement in der BANI-Welt!", "feder", "BANI", ("12. Februar 2024", "Redaktion")),
        CardText(CARD.title, "Feder", "BANI", CARD.byline),
        CardText(CARD.title, "feder", "VUCA", CARD.byline),
        CardText(CARD.title, "feder", "BANI", ("February 12, 2024", "Redaktion")),
        CardText(CARD.title, "feder", "BANI", ("12. Februar 2024", "Editorial team")),
    ]
    pictures = {render(CARD)} | {render(card) for card in variants}
    assert len(pictures) == 1 + len(variants)


def test_the_title_is_drawn_in_the_text_colour_where_the_layout_puts_it():
    image = Image.open(io.BytesIO(render(CARD))).convert("RGB")
    theme = Theme()
    placed = layout(CARD)
    [title] = [text for text in placed.texts if text.text == placed.title_lines[-1]]
    box = title.box
    colours = {colour for _, colour in image.crop((box.left, box.top, box.right, box.bottom)).getcolors(1 << 16)}
    assert theme.text in colours and theme.background in colours
    outside = image.crop((box.left, box.bottom + 2, box.right, box.bottom + 12)).getcolors(1 << 16)
    assert [colour for _, colour in outside] == [theme.background]


def test_the_readme_shows_a_card():
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    assert "(.github/readme/card.png)" in (repo / "README.md").read_text(encoding="utf-8")
    picture = Image.open(repo / ".github" / "readme" / "card.png")
    picture.verify()
    assert picture.size == (WIDTH, HEIGHT)
