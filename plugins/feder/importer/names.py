"""People's names as bylines print them: `Dr. Anna Berger`, `PROF. DR. MAX MUSTERMANN`, `anna berger, MBA`.

A name is two to four words shaped like a given name and family names (capitalised,
all capitals or all small letters; `von`, `van`, `de` … between them; an initial like
`M.`), with academic titles before it or after a comma. Whether a name-shaped line is
a byline depends on where it stands (see `bylines`); `PersonName.sure` says how much
the shape alone tells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from feder.content.tags.collation import fold
from feder.importer.given_names import GIVEN_NAMES

_TITLE = re.compile(
    r"^(?:dr|prof|pd|apl|hon|dipl|mag|ing|med|dent|vet|rer|nat|pol|oec|soc|phil|jur|theol|habil|h\.?c|"
    r"mba|emba|m\.?a|m\.?sc|m\.?eng|b\.?a|b\.?sc|ll\.?m|ph\.?d|msc|bsc|herr|frau|mr|mrs|ms)\.?$"
    r"|^(?:dr|dipl|prof)\.?-[^\W\d_]+\.?$",
    re.I,
)
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_PARTICLES = frozenset("von van de der den zu zur vom ten ter di da du del della la le dos bin al af".split())
_NOT_IN_NAMES = frozenset("""
der den dem des die das ein eine einer eines und oder aber mit für im in am an auf aus bei zum nach über unter
vor wie was warum wer wo wann mein meine unser unsere ihr ihre dein deine sein seine kein keine nicht ist sind
war wird neue neuer neues alle mehr viele mich uns euch the a an and or of for to on at by with from my our
your his her their why how what who when where new all more is are no not this that these those me us teil
part kapitel chapter fazit einleitung ausblick schluss summary introduction conclusion tipps tips schritt step
home blog kontakt contact impressum datenschutz menü menu suche search startseite leistungen services about
über
""".split())
_FORBIDDEN = re.compile(r"[\d@#/:;!?()\[\]{}\"„“”«»=+*&%$§|]")


@dataclass(frozen=True)
class PersonName:
    written: str
    """As in the text: `DR. ANNA BERGER`."""
    words: tuple[str, ...]
    """The name without titles: (`ANNA`, `BERGER`)."""
    titled: bool
    capitals: bool
    given: bool
    """The first word is a common given name."""

    @property
    def sure(self) -> bool:
        """The shape alone makes a byline likely: an academic title, capitals, or a known given name."""
        return self.titled or self.capitals or self.given

    @property
    def key(self) -> str:
        return name_key(" ".join(self.words))


def name_key(name: str) -> str:
    """How names are compared: without titles, case, accents or umlaut dots (`DR. ÄNNE` = `Änne`)."""
    return fold(without_titles(name))


def without_titles(name: str) -> str:
    """`Prof. Dr. Anna Berger, MBA` → `Anna Berger`."""
    return " ".join(word for word in name.replace(",", " ").split() if not _TITLE.match(word))


def parse_name(text: str) -> PersonName | None:
    """The name a line consists of, or None when the line is anything else."""
    text = " ".join(text.split())
    if not text or len(text) > 80 or _FORBIDDEN.search(text):
        return None
    head, *suffixes = text.split(",")
    if not all(suffix.split() and all(_TITLE.match(word) for word in suffix.split()) for suffix in suffixes):
        return None
    tokens = head.split()
    titled = bool(suffixes)
    while tokens and _TITLE.match(tokens[0]):
        tokens.pop(0)
        titled = True
    words = tuple(tokens)
    if not _name_words(words):
        return None
    plain = [word for word in words if word.casefold() not in _PARTICLES and not _INITIAL.match(word)]
    capitals = all(word.isupper() for word in plain)
    return PersonName(text, words, titled, capitals, plain[0].casefold() in GIVEN_NAMES)


def _name_words(words: tuple[str, ...]) -> bool:
    """Two to four name words, particles only between them, one way of writing capitals."""
    if not 2 <= len(words) <= 5:
        return False
    plain: list[str] = []
    for position, word in enumerate(words):
        folded = word.casefold()
        if folded in _PARTICLES and 0 < position < len(words) - 1:
            continue
        if _INITIAL.match(word) and position < len(words) - 1:
            continue
        if not _WORD.match(word) or folded in _NOT_IN_NAMES:
            return False
        plain.append(word)
    if not 2 <= len(plain) <= 4:
        return False
    styles = {_style(word) for word in plain}
    return len(styles) == 1 and None not in styles


def _style(word: str) -> str | None:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word.islower():
        return "lower"
    if word[0].isupper():
        return "title"
    return None
