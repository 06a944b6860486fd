"""`feder status`: what is published, what waits, which translations are missing or stale, which tags look odd."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Set
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from feder.cli.options import config_file_option, format_option, project

if TYPE_CHECKING:
    from feder.cli.overview import Overview


@click.command()
@format_option
@config_file_option
def status(output_format: str, config_file: Path | None) -> None:
    """An editor's overview of the blog.

    \b
    - per language: published, draft and scheduled posts;
    - posts without a translation;
    - translations whose source text changed since they were made (stale), and
      translations without a recorded source (unknown);
    - tags used by one post only (typo candidates) and tags written in several ways.

    The source of a translation is the version in the site's first language (German)
    unless that version records a source_fingerprint itself; see the README.
    """
    from feder.checks import check_site, feature_checks
    from feder.cli.overview import overview
    from feder.content.tags import load_tags_file

    site = project(config_file)
    sources = site.sources
    content = check_site(sources, feature_checks(site.plugin_names))
    now = dt.datetime.now(sources.timezone)
    tags_file, _ = load_tags_file(sources.tags_path, sources.display(sources.tags_path), sources.languages)
    result = overview(content.posts, sources.languages, now, tags_file)
    broken = sorted({problem.path for problem in content.problems if problem.is_error})
    if output_format == "json":
        click.echo(json.dumps(as_json(result, broken), ensure_ascii=False, indent=2))
    else:
        click.echo(as_text(result, broken))


def as_json(result: Overview, broken: list[str]) -> dict[str, Any]:
    return {
        "posts": result.counts,
        "missing_translations": [
            {"slug": m.slug, "existing": [p.path for p in m.existing], "missing": list(m.missing)}
            for m in result.missing
        ],
        "translations": [
            {
                "path": t.post.path, "lang": t.post.lang, "source": t.source.path, "status": t.status,
                "recorded_fingerprint": t.post.source_fingerprint, "source_fingerprint": t.source.fingerprint,
            }
            for t in result.translations
        ],
        "tags_used_once": [
            {"lang": r.use.lang, "tag": r.use.name, "path": r.use.posts[0].path, "similar": r.similar}
            for r in result.rare_tags
        ],
        "tag_spellings": [
            {
                "lang": use.lang, "tag_pages": list(use.slugs),
                "spellings": [{"tag": tag, "posts": [p.path for p in posts]} for tag, posts in use.spellings.items()],
            }
            for use in result.spellings
        ],
        "files_with_errors": broken,
    }


def as_text(result: Overview, broken: list[str]) -> str:
    out: list[str] = []
    rows = [["language", "published", "draft", "scheduled"]]
    rows += [[lang, *(str(n) for n in counts.values())] for lang, counts in result.counts.items()]
    out += ["Posts", *table(rows, numeric={1, 2, 3})]

    out += ["", f"Missing translations ({len(result.missing)})"]
    if result.missing:
        rows = [["slug", "exists", "missing"]]
        rows += [[m.slug, ", ".join(p.path for p in m.existing), ", ".join(m.missing)] for m in result.missing]
        out += table(rows)
    else:
        out.append("  none")

    stale = [t for t in result.translations if t.status == "stale"]
    unknown = [t for t in result.translations if t.status == "unknown"]
    current = len(result.translations) - len(stale) - len(unknown)
    out += ["", f"Translations: {current} current, {len(stale)} stale, {len(unknown)} unknown"]
    if stale or unknown:
        rows = [["translation", "status", "source", "source's fingerprint now"]]
        rows += [[t.post.path, t.status, t.source.path, t.source.fingerprint] for t in stale + unknown]
        out += table(rows)
        if stale:
            out.append(
                "  stale: the source's text changed since the translation was made (git log -p <source> shows how);"
            )
            out.append("  bring the translation up to date, then set its source_fingerprint to the value above.")
        if unknown:
            out.append("  unknown: no source_fingerprint recorded, so feder cannot tell whether it is up to date;")
            out.append("  once you have compared the texts, record the value above as source_fingerprint.")

    out += ["", f"Tags used by one post only ({len(result.rare_tags)})"]
    if result.rare_tags:
        rows = [["language", "tag", "post", "similar to"]]
        rows += [[r.use.lang, r.use.name, r.use.posts[0].path, r.similar or ""] for r in result.rare_tags]
        out += table(rows)
    else:
        out.append("  none")

    out += ["", f"Tags written in several ways ({len(result.spellings)})"]
    if result.spellings:
        rows = [["language", "tag page(s)", "spellings (posts)"]]
        rows += [
            [use.lang, ", ".join(use.slugs),
             ", ".join(f'"{tag}" ({len(posts)})' for tag, posts in use.spellings.items())]
            for use in result.spellings
        ]
        out += table(rows)
    else:
        out.append("  none")

    if broken:
        out += ["", f"Not counted: {len(broken)} file(s) with errors; run feder check"]
        out += [f"  {path}" for path in broken]
    return "\n".join(out)


def table(rows: list[list[str]], numeric: Set[int] = frozenset()) -> list[str]:
    """Aligned columns, indented by two spaces; `numeric` columns are right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        columns = enumerate(zip(row, widths, strict=True))
        cells = [cell.rjust(width) if i in numeric else cell.ljust(width) for i, (cell, width) in columns]
        lines.append(("  " + "  ".join(cells)).rstrip())
    return lines
