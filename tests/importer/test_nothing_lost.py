"""Property: no paragraph of the input disappears unreported, and the report counts what it lists.

Pages are made of the classes of line real copies hold (titles, paragraphs, dates, bylines with
bios, hashtag lines and clouds, labels, page debris, images and credits, footnotes, lists,
separators, a page's tail) in any order. Every line that has words must come out somewhere: in
a post (title, text, tags, comments) or in the report, by its first words.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feder.importer.batch import FileReport, Planned
from feder.importer.convert import import_text
from feder.importer.report import text_report
from feder.importer.tagging import KnownTags
from feder.importer.writing import post_text
from tests.importer.support import SETTINGS

WORDS = ("vertrieb kunden markt angebot preis team daten wachstum beratung projekt frage antwort sales market "
         "customer price team data growth project question answer und oder mit the and with for").split()
DEBRIS = ["top of page", "129 Aufrufe3 Kommentare", "1.234 Ansichten", "Alle ansehen", "See All", "Gefällt mir",
          "Kommentieren", "Teilen", "+ Folgen", "12", "3 min read", "Post not marked as liked", "Like Comment Repost"]
TAILS = ["Aktuelle Beiträge", "Recent Posts", "3 Kommentare:", "Blog-Archiv"]
BREAKS = ["X X X", "* * *", "---", "~~~", "• • •"]
NAMES = ["Anna Berger", "DR. ANNA BERGER", "Prof. Dr. Jens Kowalski", "Max Mustermann", "Tjark Hinrichsen",
         "– Lena Hoffmann", "Viele Grüße, Anna Berger"]
DATES = ["Samstag, 16. März 2013", "16.03.2013", "March 16, 2013", "Posted on March 2, 2013 by admin",
         "Veröffentlicht am 5. Mai 2015 von Max Mustermann", "Aktualisiert: 10. Mai 2021", "9. März 2013 um 08:12"]
KINDS = ["title", "prose", "prose", "prose", "long", "date", "byline", "hashtags", "cloud", "labels", "debris",
         "image", "credit", "footnote", "bullet", "break", "tail", "blank", "inline"]
SETTINGS_TODAY = dataclasses.replace(
    SETTINGS, today=dt.date(2025, 1, 15), known_tags=KnownTags({"de": {"vertrieb": "Vertrieb", "verkauf": "Vertrieb"}}),
)


def marker(n: int) -> str:
    """A word no other line has: `Quabf`."""
    letters = ""
    n += 27
    while n:
        n, rest = divmod(n, 26)
        letters = chr(ord("a") + rest) + letters
    return "Qu" + letters


@st.composite
def pages(draw) -> list[str]:
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=40))
    return [_line(draw, kind, marker(n)) for n, kind in enumerate(kinds)]


def _line(draw, kind: str, mark: str) -> str:
    def words(low: int, high: int) -> str:
        return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=low, max_size=high)))

    made = {
        "title": lambda: f"{mark} {words(1, 6)}".strip(),
        "prose": lambda: f"{mark} {words(6, 30)}.",
        "long": lambda: f"{mark} {words(40, 90)}.",
        "inline": lambda: f"{mark} {words(3, 10)} #{mark}tag {words(1, 5)}. #Verkauf #{mark}x",
        "date": lambda: draw(st.sampled_from(DATES)),
        "byline": lambda: draw(st.sampled_from(NAMES)) + draw(st.sampled_from(["", f"\n{mark} Beraterin"])),
        "hashtags": lambda: " ".join(f"#{mark}{n}a" for n in range(draw(st.integers(1, 5)))),
        "cloud": lambda: " ".join(f"#{mark}{n}a" for n in range(draw(st.integers(6, 40)))) + " #Vertrieb",
        "labels": lambda: f"Labels: {mark}, {mark}b",
        "debris": lambda: draw(st.sampled_from(DEBRIS)),
        "image": lambda: draw(st.sampled_from([f"AdobeStock_{len(mark)}87459123", f"{mark}.jpg", "IMG_2041.jpg"])),
        "credit": lambda: draw(st.sampled_from([f"Quelle: {mark} Stock", f"Symbolbild {mark}", f"Foto: {mark}"])),
        "footnote": lambda: f"Ein {mark} Wert* steigt.\n*{mark}b erklärt {words(2, 8)}.",
        "bullet": lambda: f"• {mark} {words(1, 8)}",
        "break": lambda: draw(st.sampled_from(BREAKS)),
        "tail": lambda: draw(st.sampled_from(TAILS)),
        "blank": lambda: "",
    }
    return made[kind]()


def compact(text: str) -> str:
    return "".join(re.findall(r"[^\W_]+", text.casefold()))


def found(line: str, out: str) -> bool:
    """Whether one input line came out: by its first words, or (label and hashtag lines) tag by tag."""
    tokens = re.findall(r"[^\W_]+", line.casefold())
    if not tokens or "".join(tokens[:3]) in out:
        return True
    if line.startswith("Labels: "):
        return all(compact(label) in out for label in line.removeprefix("Labels: ").split(","))
    return line.startswith("#") and all(compact(tag) in out for tag in line.split())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_no_paragraph_disappears_unreported(page):
    text = "\n".join(page)
    result = import_text(text, "page.txt", SETTINGS_TODAY)
    planned = [Planned(Path(f"/b/posts/{n}.md"), f"posts/{n}.md", post) for n, post in enumerate(result.posts)]
    report = text_report([FileReport("page.txt", result, planned)], dry_run=True)
    out = compact(report + "".join(post_text(post) for post in result.posts))
    for line in text.splitlines():
        assert found(line, out), f"lost: {line!r}"
    summary = report.splitlines()[-1]
    marked = sum(line.lstrip().startswith("! ") for line in report.splitlines())
    assert summary.endswith("nothing to look at") if not marked else f" {marked} thing" in summary
