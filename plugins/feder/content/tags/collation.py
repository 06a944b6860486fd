"""Sorting names the way German readers expect, without babel's or the OS's locale data.

German dictionary order (DIN 5007-1) sorts `ä` with `a`, `ö` with `o`, `ü` with `u`
and `ß` as `ss`, ignoring case. Python's default order puts every umlaut after `z`
and every capital before every small letter; `locale.strxfrm` depends on locales
that build machines often lack. A key that folds case and marks gives the German
order everywhere, and is harmless for English names.
"""
from __future__ import annotations

import unicodedata

_SHARP_S = str.maketrans({"ß": "ss", "ẞ": "SS"})


def fold(text: str) -> str:
    """`Änderung` -> `anderung`: lower case, `ß` as `ss`, accents and umlaut dots removed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SHARP_S))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def sort_key(text: str) -> tuple[str, str, str]:
    """Sort key for names: German dictionary order, then a fixed order among equal foldings.

    `Apfel`, `Äpfel`, `apfel` fold alike; the second and third parts make their order
    stable (unmarked before marked, as DIN 5007 asks, then by the exact text).
    """
    return fold(text), text.casefold(), text
