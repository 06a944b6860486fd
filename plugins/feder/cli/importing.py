"""`feder import`: posts copied as plain text out of Blogger, Wix or WordPress become feder posts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from pathlib import Path

import click

from feder.cli.options import UsageProblem, config_file_option, format_option, project


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", help="Language of the posts (default: guessed per post from the text, else the site's first).")
@click.option("--author", metavar="ID", help="Author of posts without a recognised signature (default: the default author).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Folder for the new posts (default: the posts folder).")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]), help="Date for a file that has no date line (YYYY-MM-DD).")
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@format_option
@config_file_option
def import_(
    files: tuple[Path, ...], lang: str | None, author: str | None, out: Path | None, date: dt.datetime | None,
    dry_run: bool, output_format: str, config_file: Path | None,
) -> None:
    """Turn text copied from old blog pages (Blogger, Wix, WordPress) into posts.

    \b
    - the title is the first meaningful line (next to the date line);
    - dates such as "Samstag, 16. März 2013", "16.03.2013" or "March 16, 2013" are
      recognised, and a file with several dated posts becomes several posts; a file
      without any date is not imported unless --date is given;
    - hashtags (#Digitalisierung) and "Labels:"/"Schlagwörter:" lines become tags;
    - bullet characters (•, ·, –) become lists, "1." lines numbered lists, short
      title-like lines and "IV – …" section lines headings;
    - page debris (top of page, Suche, 129 Ansichten, 0 Kommentare, Alle ansehen,
      Aktuelle Beiträge, share buttons, comment forms) is removed;
    - a signature naming a known author sets the author; images and captions
      become TODO comments.

    Existing files are never overwritten: a numbered suffix is added. Every new post
    passes `feder check`; the report says, per file, what was recognised and what
    needs a human look (marked with !).
    """
    from feder.content.authors import load_authors
    from feder.content.loading import load_content
    from feder.content.slugs import slugify
    from feder.content.sources import discover
    from feder.content.writing import write_new
    from feder.importer.bylines import AuthorNames
    from feder.importer.convert import Note, Settings, import_bytes
    from feder.importer.writing import base_slug, free_slug, post_text

    site = project(config_file)
    sources = site.sources
    languages = sources.languages
    if lang is not None and lang not in languages:
        raise UsageProblem(f"unknown language '{lang}'; this blog's languages are {languages.described()}")
    known, _ = load_authors(sources.authors_file, sources.display(sources.authors_file), languages)
    if author is not None and author not in known:
        raise UsageProblem(f"unknown author '{author}'; the ids in {sources.display(sources.authors_file)} are "
                           f"{', '.join(sorted(known)) or '(none)'}")
    fallback = author or sources.default_author
    if fallback is None:
        raise UsageProblem("no default author is configured; pass --author ID for posts without a known signature")
    out_dir = (out or sources.posts_dir).resolve()

    existing = load_content(sources).posts
    settings = Settings(
        languages=languages.codes,
        authors=AuthorNames({author_id: a.names.values() for author_id, a in known.items()}),
        author=fallback, lang=lang, date=date.date() if date else None,
        known_tags=_known_tags(existing, slugify),
    )
    taken = {source.slug for source in discover(sources.posts_dir, sources.root, languages)[0]}
    if out_dir.is_dir():
        taken |= {path.name.split(".")[0] for path in out_dir.rglob("*.md")}

    reports = []
    written: list[Path] = []
    for file in files:
        result = import_bytes(file.read_bytes(), str(file), settings)
        planned = []
        for post in result.posts:
            wanted = base_slug(post)
            slug = free_slug(wanted, taken)
            taken.add(slug)
            if slug != wanted:
                post.notes.append(Note(None, f"the slug {wanted} is taken; used {slug} (feder never overwrites)"))
            target = out_dir / f"{slug}.{post.lang}.md"
            if not dry_run:
                write_new(target, post_text(post))
                written.append(target)
            planned.append((sources.display(target), post))
        reports.append((result, planned))

    problems = [] if dry_run or not written else _check(site, out_dir, written)
    if output_format == "json":
        click.echo(json.dumps(_as_json(reports, problems), ensure_ascii=False, indent=2))
    else:
        click.echo(_as_text(reports, problems, dry_run))
    failed = any(result.error for result, _ in reports)
    click.get_current_context().exit(1 if failed or any(p.is_error for p in problems) else 0)


def _known_tags(posts, slugify) -> dict[str, dict[str, str]]:
    """Per language, the blog's most used spelling of each tag, by its slug without hyphens."""
    counts: Counter = Counter((post.lang, tag) for post in posts for tag in post.tags)
    known: dict[str, dict[str, str]] = {}
    for (lang, tag), _ in counts.most_common():
        known.setdefault(lang, {}).setdefault(slugify(tag).replace("-", ""), tag)
    return known


def _check(site, out_dir: Path, written: list[Path]):
    """The build's checks on the new files (in a separate --out folder: as if it were the posts folder)."""
    from feder.checks import check_site

    sources = site.sources
    inside = out_dir == sources.posts_dir.resolve() or sources.posts_dir.resolve() in out_dir.parents
    if not inside:
        sources = dataclasses.replace(sources, posts_dir=out_dir)
    wanted = {sources.display(path) for path in written}
    content = check_site(sources, site.plugin_names, only=written)
    return [problem for problem in content.problems if problem.path in wanted]


def _as_text(reports, problems, dry_run: bool) -> str:
    out: list[str] = []
    posts = 0
    checks = 0
    for result, planned in reports:
        style = f", looks like a {result.style} page" if result.style else ""
        if result.error:
            out.append(f"{result.name}: not imported: {result.error}")
            checks += 1
            continue
        out.append(f"{result.name}: {len(planned)} post(s){style}")
        for note in result.notes:
            out.append(_line(note, "  "))
            checks += note.check
        for path, post in planned:
            posts += 1
            out.append(f"  {path}{' (not written: dry run)' if dry_run else ''}")
            out.append(f"        title \"{post.title}\", {post.date.isoformat()}, {post.lang}")
            for note in sorted(post.notes, key=lambda n: n.check):
                out.append(_line(note, "      "))
                checks += note.check
        out.append("")
    if problems:
        out.append("The new posts do not pass feder check (please report this as a bug of feder import):")
        out += [f"  {problem}" for problem in problems]
        out.append("")
    verb = "Would write" if dry_run else "Wrote"
    out.append(f"{verb} {posts} post(s) from {len(reports)} file(s); {checks} thing(s) marked ! need a human look.")
    if posts and not dry_run:
        out.append("Next: read each new post, fix what is marked, then `feder check` and preview with `make serve`.")
    return "\n".join(out)


def _line(note, indent: str) -> str:
    where = f"line {note.line}: " if note.line else ""
    return f"{indent}{'! ' if note.check else '  '}{where}{note.message}"


def _as_json(reports, problems) -> dict:
    return {
        "inputs": [
            {
                "input": result.name, "style": result.style, "error": result.error,
                "notes": [dataclasses.asdict(note) for note in result.notes],
                "posts": [
                    {
                        "path": path, "title": post.title, "date": post.date.isoformat(), "lang": post.lang,
                        "authors": post.authors, "tags": post.tags,
                        "notes": [dataclasses.asdict(note) for note in post.notes],
                    }
                    for path, post in planned
                ],
            }
            for result, planned in reports
        ],
        "problems": [
            {"path": p.path, "line": p.line, "field": p.field, "message": p.message, "severity": p.severity}
            for p in problems
        ],
    }
