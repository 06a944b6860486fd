"""Images that did not survive the copy: file-name lines and the credit or caption lines next to them.

A copied page keeps an image's file name (`IMG_2041.jpg`, `AdobeStock_287459123`,
`pexels-fauxels-3183150.jpg`) and its credit (`Quelle: Adobe Stock`, `Symbolbild`,
`Foto: …`, `Photo by … on Unsplash`). The lines that belong together become one
TODO comment, where the author puts the image back or deletes the comment.

`Quelle:` and `Source:` credit an image only next to one (or when they name a stock
photo site); elsewhere they cite the source of a fact and stay text.
"""
from __future__ import annotations

import re

_EXTENSION = r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)"
_FILE = re.compile(rf"^[^\s<>\"]{{1,200}}{_EXTENSION}$|^\S.{{0,100}}{_EXTENSION}$", re.I)
_NUMBERED = re.compile(r"^(?=[\w.+~-]*[^\W\d_])[\w.+~-]*(?:[_-]\d{5,}|\d{6,})[\w.+~-]*$")
_CAMERA = re.compile(r"^(?:img|dsc|dscn|dscf|pxl|p|gopr|mvimg)[_-]?\d{3,}(?:[_-]\w+)?$", re.I)
_SCREENSHOT = re.compile(r"^(?:screenshot|bildschirmfoto)[\s_-].{0,60}\d", re.I)
_STOCK = (
    r"adobe\s?stock|shutterstock|istock(?:photo)?|getty\s?images|depositphotos|fotolia|bigstock|123rf|pexels|"
    r"unsplash|pixabay|dreamstime|canva|freepik|envato|stocksy|alamy|picture alliance|dpa"
)
_CREDIT = re.compile(
    r"^\(?\s*(?:(?:bild|foto|photo|image|grafik|illustration|abbildung|titelbild|beitragsbild|headerbild|"
    r"bildquelle|bildnachweis|bildrechte|fotonachweis|fotocredit|image credit|photo credit|picture|figure|credits?|"
    r"bilder|fotos|photos|images|abb\.|fig\.)(?:\s*\d+)?\s*[:|/–—]|symbolbild|symbolfoto|©|\(c\)\s)",
    re.I,
)
_BY_ON = re.compile(
    rf"^(?:foto|bild|photo|image|picture)\s+(?:von|by)\s+.{{1,60}}\s+(?:auf|on|from|via|bei)\s+(?:{_STOCK})\b", re.I,
)
_SOURCE = re.compile(r"^\(?\s*(?:quelle|source)\s*:", re.I)
_NAMES_STOCK = re.compile(rf"\b(?:{_STOCK})\b", re.I)


def is_image_name(line: str) -> bool:
    """A line that is an image's file name, with or without its extension."""
    text = line.strip().strip("[]()\"'")
    if len(text) > 200 or "://" in text and not re.search(rf"{_EXTENSION}$", text, re.I):
        return False
    if _FILE.match(text) and len(text.split()) <= 8:
        return True
    return " " not in text and bool(_NUMBERED.match(text) or _CAMERA.match(text)) or bool(_SCREENSHOT.match(text))


def credit(line: str) -> str | None:
    """`strong` for a line that credits or captions an image wherever it stands, `weak` for a `Quelle:` line."""
    text = line.strip()
    if len(text) > 200:
        return None
    if _CREDIT.match(text) or _BY_ON.match(text):
        return "strong"
    if _SOURCE.match(text):
        return "strong" if _NAMES_STOCK.search(text) else "weak"
    return None
