"""Who wrote a post: the names of the blog's authors, and lines that say who wrote it.

A name matches an author in `authors.yml` whatever its case and academic titles:
`DR. ANNA BERGER`, `Anna Berger` and `Prof. Dr. Anna Berger` are one person. Some
lines name the writer explicitly (`Eingestellt von Max um 10:15`, `Posted by Max`,
`Viele Grüße, Max Mustermann`, `– Max`); a bare name is a byline only where it stands
like one, which `bylines` decides.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from feder.importer.datelines import TIME
from feder.importer.names import name_key, parse_name


@dataclass(frozen=True)
class Byline:
    name: str
    """As written, e.g. `DR. ANNA BERGER`."""
    author: str | None
    """The id of the known author of that name, or None."""
    role: str | None = None
    """A role or short bio written on the same line: `Anna Berger | Vertriebsstrategin`."""


class AuthorNames:
    """Known authors by every name they go by: display names in each language and the id."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        self._ids: dict[str, str] = {}
        for author_id, author_names in names.items():
            for name in (author_id, *author_names):
                self._ids.setdefault(name_key(name), author_id)

    def find(self, name: str | None) -> str | None:
        return self._ids.get(name_key(name)) if name else None

    def explicit(self, line: str) -> Byline | None:
        """A line that names the writer: `Max Mustermann`, `– Max`, `Eingestellt von Max um 10:15`, `Ihr Max`."""
        text = line.strip()
        if len(text) > 120:
            return None
        said = _EXPLICIT.match(text)
        if said:
            name = said["name"].strip()
            author = self.find(name)
            # "Eingestellt von Hans" is a byline even for an unknown Hans; "Von der Idee zum Produkt" is not.
            if author or (said["strong"] and len(name.split()) <= 4) or parse_name(name):
                return Byline(name, author)
        greeted = _GREETING.match(text)
        bare = text[greeted.end():].strip(" -–—~,") if greeted else text
        author = self.find(bare)
        if author:
            return Byline(bare, author)
        if greeted and greeted.group(0).strip() and parse_name(bare):
            return Byline(bare, None)  # "Viele Grüße, Anna Berger", "– Anna Berger"
        return None


_EXPLICIT = re.compile(
    r"^(?:(?P<strong>eingestellt von|gepostet von|posted by|geschrieben von|written by|verfasst von|"
    r"autor(?:in)?:|author:|text:)|von|by)\s+"
    rf"(?P<name>.+?)(?:\s+{TIME}.*|\s*[·|].*)?$", re.I,
)
_GREETING = re.compile(
    r"^(?:[-–—~]\s*|(?:(?:viele|beste|herzliche|liebe|freundliche)\s+grüße|mit freundlichen grüßen|best regards|"
    r"kind regards|warm regards|regards|best|cheers|ihr|ihre|euer|eure|dein|deine|your|yours)[,\s]+)", re.I,
)
