"""Preview cards: the 1200×630 PNG a page shows when it is shared (Open Graph, Twitter cards).

Pure: card text in, PNG bytes out. Nothing here imports MkDocs or knows about pages;
`feder.sharing` decides what each page's card says and where it goes, the `feder`
plugin writes the files, `feder.cache.cards` keeps them across builds.

    png = render(CardText("Kundenmanagement in der BANI-Welt", "feder", "BANI", ("12. Februar 2024", "Redaktion")))
"""
from __future__ import annotations

from feder.cards.draw import painter
from feder.cards.layout import HEIGHT, SAFE, WIDTH, CardLayout, CardText, layout
from feder.cards.theme import DEFAULT, Theme

MEDIA_TYPE = "image/png"


def render(card: CardText, theme: Theme = DEFAULT) -> bytes:
    """The card's PNG: the same text and theme give the same bytes."""
    return painter(theme).png(layout(card))


__all__ = ["HEIGHT", "MEDIA_TYPE", "SAFE", "WIDTH", "CardLayout", "CardText", "Theme", "layout", "render"]
