"""The preview cards' colours from the theme's palette in mkdocs.yml, as Material defines its colour names."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from feder.cards import Theme
from feder.cards.theme import Color

_COLOR = r"\[data-md-color-{kind}=([a-z-]+)\]\{{--md-{kind}-fg-color:#([0-9a-fA-F]{{6}}|[0-9a-fA-F]{{3}})\b"


def card_theme(palette: Any) -> Theme:
    """Material's primary and accent colour of the (first) palette; the default theme for names it does not know."""
    scheme = palette[0] if isinstance(palette, list) and palette else palette
    if not isinstance(scheme, dict):
        return Theme()
    default = Theme()
    return Theme(
        background=_color("primary", scheme.get("primary")) or default.background,
        accent=_color("accent", scheme.get("accent")) or default.accent,
    )


def _color(kind: str, name: object) -> Color | None:
    if not isinstance(name, str):
        return None
    return material_colors(kind).get(name.strip().lower().replace(" ", "-"))


@cache
def material_colors(kind: str) -> dict[str, Color]:
    """`indigo` -> (64, 81, 181): read from Material's palette stylesheet, so it matches the site."""
    import material

    stylesheets = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    colors: dict[str, Color] = {}
    for path in sorted(stylesheets.glob("palette.*.css")):
        for name, value in re.findall(_COLOR.format(kind=kind), path.read_text(encoding="utf-8")):
            colors.setdefault(name, _rgb(value))
    return colors


def _rgb(value: str) -> Color:
    if len(value) == 3:
        value = "".join(char * 2 for char in value)
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
