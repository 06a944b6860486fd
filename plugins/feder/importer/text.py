"""Input text as copied from a browser: encoding, invisible characters, language."""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\t"), " ")
_WORD = re.compile(r"[^\W\d_]+")
_GERMAN = set("der die das und ist nicht mit für ein eine einen auf den von zu sich auch wir sie es im dem dass "
              "wie bei oder sind wird werden hat haben nach über aus kann noch nur".split())
_ENGLISH = set("the and is not with for a an on of to it we they in that how at or this are be was were has "
               "have from by can will would which their our".split())


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes, and a note when it was not UTF-8 (Windows editors still save cp1252)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "the file is not UTF-8; read it as Windows-1252 (check umlauts)"


def normalize(text: str) -> list[str]:
    """Lines with composed umlauts, plain spaces, no invisible characters, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SPACES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return [line.strip() for line in text.split("\n")]


def guess_language(text: str, candidates: tuple[str, ...]) -> str | None:
    """`de` or `en` when the common words say so clearly, else None."""
    words = [word.casefold() for word in _WORD.findall(text)]
    german = sum(word in _GERMAN for word in words)
    english = sum(word in _ENGLISH for word in words)
    if german >= 3 and german > 2 * english and "de" in candidates:
        return "de"
    if english >= 3 and english > 2 * german and "en" in candidates:
        return "en"
    return None
