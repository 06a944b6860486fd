"""Image file names and the credit and caption lines next to them."""
from __future__ import annotations

import pytest

from feder.importer.images import credit, is_image_name
from feder.importer.page import read_page
from tests.importer.support import AUTHORS

PROSE = "Ein Absatz davor, lang genug, um ein Absatz zu sein, und mit einem Punkt am Ende."


@pytest.mark.parametrize("text", [
    "IMG_2041.jpg", "AdobeStock_287459123", "AdobeStock_287459123.jpeg", "shutterstock_1049517821.jpg",
    "shutterstock_1049517821", "iStock-1165055465", "GettyImages-1203654321.jpg", "pexels-fauxels-3183150.jpg",
    "pexels-fauxels-3183150", "photo-1542744173-8e7e53415bb0", "DSC01234", "bild_01.JPG", "Logo Berger GmbH.png",
    "Bildschirmfoto 2021-03-12 um 10.15.32", "depositphotos_12345678-stock-photo-business-meeting.jpg",
])
def test_image_names(text):
    assert is_image_name(text)


@pytest.mark.parametrize("text", [
    "ISO27001", "B2B", "2021-03-12", "+49 40 1234567", "https://example.com/bericht-2021", "Vertrieb 2025",
    "Das Logo steht in der Ecke.", "KW-42",
])
def test_not_image_names(text):
    assert not is_image_name(text)


@pytest.mark.parametrize("text, strength", [
    ("Symbolbild", "strong"), ("(Symbolbild)", "strong"), ("Bild: Shutterstock", "strong"),
    ("Foto: Unser Messestand", "strong"), ("Photo: fauxels / Pexels", "strong"), ("Image: Shutterstock", "strong"),
    ("Foto von Lena Hoffmann auf Unsplash", "strong"), ("Photo by Lena Hoffmann on Unsplash", "strong"),
    ("Abb. 1: Das Team", "strong"), ("© Robert Kneschke / Adobe Stock", "strong"),
    ("Quelle: Adobe Stock / Robert Kneschke", "strong"), ("Source: Shutterstock", "strong"),
    ("Quelle: Statistisches Bundesamt", "weak"), ("Source: own survey", "weak"),
    ("Bilder sagen mehr als Worte.", None), ("Quelle der Zahlen: eigene Auswertung", None),
    ("Photos are important in sales.", None),
])
def test_credits(text, strength):
    assert credit(text) == strength


def kinds(text: str) -> list[str]:
    lines, _ = read_page(text, AUTHORS)
    return [line.kind for line in lines if line.kind != "blank"]


def test_a_source_line_credits_an_image_only_next_to_one():
    assert kinds(f"{PROSE}\nAdobeStock_287459123\nSymbolbild\nQuelle: Robert Kneschke\n{PROSE}") == [
        "text", "image", "image", "image", "text"]
    assert kinds(f"{PROSE}\n\nQuelle: Robert Kneschke\n\nshutterstock_1049517821\n\n{PROSE}") == [
        "text", "image", "image", "text"]
    assert kinds(f"{PROSE}\nQuelle: Statistisches Bundesamt, 2022\n{PROSE}") == ["text", "text", "text"]
