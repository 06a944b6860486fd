#!/usr/bin/env python3
"""A deterministic synthetic corpus of blog posts in feder's post format, for benchmarks.

    python bench/corpus.py OUT_DIR --posts 1000 [--translated 0.5] [--seed 1]

Writes OUT_DIR/posts/<slug>.de.md for every post, OUT_DIR/posts/<slug>.en.md for
the translated share, and OUT_DIR/authors.yml with the authors the posts name.
The same seed always gives the same bytes (the generator draws from its own
`random.Random` and never looks at the clock).

What the corpus exercises, on purpose:
- ~1,000 words per post: headings, lists, quotes, tables, footnotes, an admonition
  now and then, links to the web and to earlier posts (`beitrag-00012.de.md`);
- 3–7 tags per post from a Zipf-skewed vocabulary with umlauts, spaces and case
  variants ("KI" and "ki", "Führung" and "führung") so tag normalisation works;
- summaries on most posts; the rest take their teaser from the excerpt;
- about 5% of posts with an explainer block (```bani or ```funnel, valid parameters).

The result has the same format as `../shared/bench/make_corpus.py`; the benchmark
accepts either. Only the Python standard library is needed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

AUTHORS = {
    # id: (weight, German name, English name)
    "redaktion": (6, "Redaktion", "Editorial team"),
    "anna-krueger": (2, "Anna Krüger", "Anna Krüger"),
    "jonas-weiss": (1, "Jonas Weiß", "Jonas Weiß"),
    "lea-oezdemir": (1, "Lea Özdemir", "Lea Özdemir"),
}

TAGS = [
    "Digitalisierung", "Vertrieb", "Marketing", "KI", "ki", "Künstliche Intelligenz", "BANI",
    "Sales Funnel", "CRM", "Führung", "führung", "Big Data", "Customer Lifetime Value", "Strategie",
    "Mittelstand", "Change Management", "Stakeholder", "MarTech", "SalesTech", "Social Media",
    "Conversion Rate", "Lead-Qualifizierung", "Customer Journey", "Kundenbindung", "Plattformen",
    "Innovation", "Wachstum", "Kommunikation", "Größenvorteile", "Automatisierung", "E-Commerce",
    "Öffentlichkeitsarbeit", "Preisgestaltung", "Onboarding", "Account Management", "Übernahmen",
    "New Work", "Industrie 4.0", "Datenschutz", "DATENSCHUTZ", "Silicon Valley", "Demand Generation",
]
TAGS += [f"Thema {i:03d}" for i in range(100)]
_TAG_WEIGHTS = [1 / (rank + 1) for rank in range(len(TAGS))]

WORDS = (
    "Vertrieb Kunde Kundin Daten Plattform Prozess Wandel Strategie Markt Wert Beziehung "
    "Entscheidung Organisation Umsatz Chance Risiko Zukunft Technologie Marketing Führung Team "
    "Budget Angebot Nachfrage Pipeline Trichter Reise Vertrauen Aufmerksamkeit Öffentlichkeit "
    "Größe Qualität Geschwindigkeit Übergang Mitarbeitende Gespräch Abschluss Bedarf Lösung "
    "nicht linear brüchig ängstlich unverständlich schnell digital analog agil messbar offen "
    "müssen können sollen wollen verändern begleiten konvertieren verstehen überzeugen führen "
    "und oder aber denn weil wenn dass die der das ein eine mit für über unter zwischen heute"
).split()

FUNNEL = (
    "```funnel\nvisitors: {visitors}\nrates: [2, 40, 50, 40, 25]\ndeal_value: {value}\n"
    "lifetime_years: 5\nrepeat_revenue: {value}\nreferral_rate: 15\n```"
)
BANI = "```bani\nselected: {trait}\n```"
TRAITS = ("brittle", "anxious", "nonlinear", "incomprehensible")


@dataclass(frozen=True)
class Options:
    posts: int
    translated: float = 0.5
    seed: int = 1


class Writer:
    """Draws every piece of text from one seeded generator, in a fixed order."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high)))

    def sentence(self) -> str:
        return self.words(9, 16).capitalize() + self.rng.choice(".....?!")

    def paragraph(self, low: int = 4, high: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def tags(self) -> list[str]:
        count = self.rng.randint(3, 7)
        picked: list[str] = []
        while len(picked) < count:
            tag = self.rng.choices(TAGS, _TAG_WEIGHTS)[0]
            if tag not in picked:
                picked.append(tag)
        return picked

    def author(self) -> str:
        ids = list(AUTHORS)
        return self.rng.choices(ids, [AUTHORS[i][0] for i in ids])[0]

    def explainer(self) -> str:
        if self.rng.random() < 0.5:
            return BANI.format(trait=self.rng.choice(TRAITS))
        return FUNNEL.format(
            visitors=self.rng.randrange(10_000, 90_000, 1000), value=self.rng.randrange(5_000, 50_000, 500)
        )

    def body(self, index: int, explainer: bool) -> str:
        rng = self.rng
        parts = [self.paragraph(3, 4), "<!-- more -->"]
        sections = rng.randint(4, 7)
        for section in range(sections):
            parts.append(f"## {self.words(3, 7).capitalize()}")
            parts.extend(self.paragraph() for _ in range(rng.randint(2, 3)))
            if section == 0 and explainer:
                parts.append(self.explainer())
            if section == 1:
                parts.append("\n".join(f"- {self.sentence()}" for _ in range(rng.randint(3, 5))))
            if section == 2:
                parts.append("> " + self.sentence())
                parts.append(
                    f"Mehr dazu [bei der Quelle](https://example.org/studie/{rng.randint(1, 999)}) "
                    f"und **{rng.choice(WORDS)}** im Vergleich[^{section}]."
                )
                parts.append(f"[^{section}]: {self.sentence()}")
            if section == 3 and index > 0 and rng.random() < 0.4:
                earlier = rng.randrange(index)
                parts.append(f"Siehe auch [einen früheren Beitrag](beitrag-{earlier:05d}.de.md).")
            if section == 3 and rng.random() < 0.25:
                rows = "\n".join(f"| {self.words(1, 2)} | {rng.randint(1, 99)} % |" for _ in range(4))
                parts.append(f"| Kennzahl | Wert |\n| --- | --- |\n{rows}")
            if section == 4 and rng.random() < 0.2:
                parts.append('!!! note "Hinweis"\n\n    ' + self.sentence())
        return "\n\n".join(parts) + "\n"


def frontmatter(title: str, date: dt.date, author: str, tags: list[str], summary: str | None) -> str:
    tag_list = ", ".join(f'"{tag}"' for tag in tags)
    lines = [f'title: "{title}"', f"date: {date.isoformat()}", f"authors: [{author}]", f"tags: [{tag_list}]"]
    if summary is not None:
        lines.append(f'summary: "{summary}"')
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def authors_yml() -> str:
    out = ["# Authors of the synthetic benchmark corpus (bench/corpus.py)."]
    for author_id, (_, de, en) in AUTHORS.items():
        out += [
            f"{author_id}:",
            f"  name: {{de: {de}, en: {en}}}",
            f"  bio: {{de: {de} schreibt über Vertrieb und Marketing., en: {en} writes about sales and marketing.}}",
        ]
    return "\n".join(out) + "\n"


def generate(out: Path, options: Options) -> int:
    """Write the corpus below `out`; returns the number of post files."""
    writer = Writer(options.seed)
    rng = writer.rng
    posts = out / "posts"
    posts.mkdir(parents=True, exist_ok=True)
    (out / "authors.yml").write_text(authors_yml(), encoding="utf-8")
    start = dt.date(2012, 1, 1)
    written = 0
    for index in range(options.posts):
        slug = f"beitrag-{index:05d}"
        date = start + dt.timedelta(days=rng.randint(0, 5000))
        author = writer.author()
        tags = writer.tags()
        explainer = rng.random() < 0.05
        title = writer.words(4, 8).capitalize().replace('"', "")
        summary = writer.sentence() if rng.random() < 0.7 else None
        text = frontmatter(title, date, author, tags, summary) + writer.body(index, explainer)
        (posts / f"{slug}.de.md").write_text(text, encoding="utf-8")
        written += 1
        if rng.random() < options.translated:
            en_summary = writer.sentence() if summary is not None else None
            en = frontmatter("EN: " + title, date, author, tags, en_summary) + writer.body(index, explainer)
            (posts / f"{slug}.en.md").write_text(en, encoding="utf-8")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--translated", type=float, default=0.5, help="share of posts with an English version")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    count = generate(args.out, Options(args.posts, args.translated, args.seed))
    print(f"{count} post files in {args.out / 'posts'}")


if __name__ == "__main__":
    main()
