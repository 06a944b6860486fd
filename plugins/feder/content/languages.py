"""The site's languages: the first is the default and lives at the site root."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Languages:
    codes: tuple[str, ...]
    """Language codes, the default language first, e.g. ("de", "en")."""

    def __post_init__(self) -> None:
        if not self.codes:
            raise ValueError("at least one language is needed")

    @property
    def default(self) -> str:
        return self.codes[0]

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def prefix(self, lang: str) -> str:
        """URL prefix of a language: "" for the default, "en/" for English."""
        return "" if lang == self.default else f"{lang}/"

    def split(self, uri: str) -> tuple[str, str]:
        """`en/about.md` -> ("en", "about.md"); `about.md` -> ("de", "about.md")."""
        head, sep, rest = uri.partition("/")
        if sep and head in self.codes and head != self.default:
            return head, rest
        return self.default, uri

    def others(self, lang: str) -> tuple[str, ...]:
        return tuple(code for code in self.codes if code != lang)

    def described(self) -> str:
        return ", ".join(self.codes)
