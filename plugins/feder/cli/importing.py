"""`feder import`: posts copied as plain text out of Blogger, Wix, WordPress or LinkedIn become feder posts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from feder.cli.options import UsageProblem, config_file_option, format_option, project

if TYPE_CHECKING:
    from feder.cli.project import Project
    from feder.importer.batch import FileReport, Target
    from feder.importer.model import Settings


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", help="Language of the posts (default: guessed per post from the text, else the site's first).")
@click.option("--author", metavar="ID",
              help="Author of posts without a known author's byline (default: the default author).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the new posts (default: the posts folder).")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]),
              help="Date for posts without a date line, which are then published (default: drafts dated today).")
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@format_option
@config_file_option
def import_(
    files: tuple[Path, ...], lang: str | None, author: str | None, out: Path | None, date: dt.datetime | None,
    dry_run: bool, output_format: str, config_file: Path | None,
) -> None:
    """Turn text copied from old blog pages (Blogger, Wix, WordPress, LinkedIn) into posts.

    \b
    - every file on its own: a file that fails is reported, the others go on;
    - a date line ("Samstag, 16. März 2013", "16.03.2013", "March 16, 2013") dates
      a post; a post without one becomes a draft dated today (--date publishes it
      with that date instead);
    - a page with several posts becomes several posts: a new one starts at a date
      line, or at a title after a signature, a hashtag line or page debris;
      blurbs under 80 words are dropped and listed;
    - hashtags become tags only if the blog has the tag or they stand in the post's
      own short hashtag line (5 at most); 8 tags at most, the rest are suggested;
    - bylines and author boxes (a name, even "DR. ANNA BERGER", and a bio line)
      set the author if authors.yml knows the name; they are kept as a comment;
    - image file names and credit lines ("Quelle: …", "Symbolbild") become TODO
      comments, "*" footnotes Markdown footnotes, "X X X" lines thematic breaks;
    - page debris (top of page, 129 Aufrufe3 Kommentare, Alle ansehen, Aktuelle
      Beiträge, share buttons, comment forms) is removed and listed.

    Existing files are never overwritten. Every new post passes `feder check`; the
    report ends with one line per file: posts written and things to look at (the
    lines marked !). Exit code 0 when every file gave at least one post, else 1.
    """
    from feder.importer.batch import import_files
    from feder.importer.report import json_report, text_report

    site = project(config_file)
    settings = _settings(site, lang, author, date)
    target = _target(site, out, write=not dry_run)
    reports = import_files(list(files), settings, target)
    if not dry_run:
        _check(site, target, reports)
    if output_format == "json":
        click.echo(json.dumps(json_report(reports, dry_run=dry_run), ensure_ascii=False, indent=2))
    else:
        click.echo(text_report(reports, dry_run=dry_run))
    click.get_current_context().exit(0 if all(report.ok for report in reports) else 1)


def _settings(site: Project, lang: str | None, author: str | None, date: dt.datetime | None) -> Settings:
    from feder.content.authors import load_authors
    from feder.content.loading import load_content
    from feder.content.tags import load_tags_file
    from feder.importer.authors import AuthorNames
    from feder.importer.model import Settings
    from feder.importer.tagging import KnownTags

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
        raise UsageProblem("no default author is configured; pass --author ID for posts without a known byline")
    tags_file, _ = load_tags_file(sources.tags_path, sources.display(sources.tags_path), languages)
    return Settings(
        languages=languages.codes, authors=AuthorNames({key: a.names.values() for key, a in known.items()}),
        author=fallback, lang=lang, date=date.date() if date else None,
        known_tags=KnownTags.of_blog(load_content(sources).posts, tags_file, languages),
    )


def _target(site: Project, out: Path | None, *, write: bool) -> Target:
    from feder.content.sources import discover
    from feder.importer.batch import Target

    sources = site.sources
    folder = (out or sources.posts_dir).resolve()
    taken = {source.slug for source in discover(sources.posts_dir, sources.root, sources.languages)[0]}
    if folder.is_dir():
        taken |= {path.name.split(".")[0] for path in folder.rglob("*.md")}
    return Target(folder, taken, sources.display, write)


def _check(site: Project, target: Target, reports: list[FileReport]) -> None:
    """The build's checks on the new files (in a separate --out folder: as if it were the posts folder)."""
    from feder.checks import check_site, feature_checks

    written = [planned.path for report in reports for planned in report.posts]
    if not written:
        return
    sources = site.sources
    posts_dir = sources.posts_dir.resolve()
    if target.folder != posts_dir and posts_dir not in target.folder.parents:
        sources = dataclasses.replace(sources, posts_dir=target.folder)
    problems = check_site(sources, feature_checks(site.plugin_names), only=written).problems
    for report in reports:
        mine = {sources.display(planned.path) for planned in report.posts}
        report.problems = [problem for problem in problems if problem.path in mine]
