"""Slugs: the URL-safe identity of posts and tags."""
from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(text: str) -> str:
    """`Künstliche Intelligenz` -> `kuenstliche-intelligenz`; `!!` -> `` (empty).

    German umlauts are transliterated; other accents lose their mark (`é` -> `e`);
    everything that is not a letter or digit becomes a single hyphen.
    """
    text = text.translate(_GERMAN)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub("-", text.lower()).strip("-")


def is_slug(text: str) -> bool:
    return bool(SLUG.match(text))
