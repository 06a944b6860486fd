"""The import's report: per file what was recognised and, marked `!`, what needs a human look.

Every file's section ends up as lines; the closing summary (one line per file)
counts the `!` lines of that section, so every counted thing is a listed line.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from feder.importer.batch import FileReport, Planned
from feder.importer.model import Note

FILE_NOTE = "  "
POST_NOTE = "    "
BUG = "please report this as a bug of feder import"


def text_report(reports: list[FileReport], *, dry_run: bool) -> str:
    out: list[str] = []
    summary: list[str] = []
    for report in reports:
        section = file_section(report, dry_run=dry_run)
        out += [*section, ""]
        summary.append(summary_line(report, to_look_at(section), dry_run=dry_run))
    posts = sum(len(report.posts) for report in reports)
    verb = "Would write" if dry_run else "Wrote"
    out.append(f"{verb} {_count(posts, 'post')} from {_count(len(reports), 'file')}." + (
        " Read each post, fix what is marked !, then run `feder check` and preview with `make serve`."
        if posts and not dry_run else ""
    ))
    return "\n".join(out + summary)


def file_section(report: FileReport, *, dry_run: bool) -> list[str]:
    """The lines about one input file: its own notes, then each post with its notes."""
    result = report.result
    style = f", looks like a {result.style} page" if result and result.style else ""
    lines = [f"{report.name}: {_count(len(report.posts), 'post')}{style}"]
    if report.crash:
        lines.append(f"{FILE_NOTE}! crashed while importing ({report.crash}); the other files went on; {BUG}")
    if result is not None:
        lines += [note_line(note, FILE_NOTE) for note in result.notes]
        if result.error:
            lines.append(f"{FILE_NOTE}! not imported: {result.error}")
    for planned in report.posts:
        lines += _post_lines(planned, dry_run=dry_run)
    lines += [f"{FILE_NOTE}! feder check: {problem} ({BUG})" for problem in report.problems]
    return lines


def _post_lines(planned: Planned, *, dry_run: bool) -> list[str]:
    post = planned.post
    date = f"draft dated {post.date.isoformat()}" if post.draft else post.date.isoformat()
    written = " (not written: dry run)" if dry_run else ""
    lines = [f'{FILE_NOTE}{planned.shown}{written}: "{post.title}", {date}, {post.lang}']
    return lines + [note_line(note, POST_NOTE) for note in sorted(post.notes, key=lambda note: not note.check)]


def note_line(note: Note, indent: str) -> str:
    where = f"line {note.line}: " if note.line else ""
    return f"{indent}{'! ' if note.check else '  '}{where}{note.message}"


def to_look_at(section: list[str]) -> int:
    """The `!` lines of a file's section: exactly what its summary line counts."""
    return sum(line.lstrip().startswith("! ") for line in section)


def summary_line(report: FileReport, marked: int, *, dry_run: bool) -> str:
    posts = _count(len(report.posts), "post") if report.posts else "no post"
    verb = "would be written" if dry_run else "written"
    looks = f"{_count(marked, 'thing')} to look at (marked !)" if marked else "nothing to look at"
    return f"{report.name}: {posts} {verb}, {looks}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def json_report(reports: list[FileReport], *, dry_run: bool) -> dict[str, Any]:
    inputs = []
    for report in reports:
        result = report.result
        inputs.append({
            "input": report.name, "style": result.style if result else None,
            "error": result.error if result else None, "crash": report.crash,
            "to_look_at": to_look_at(file_section(report, dry_run=dry_run)),
            "notes": [dataclasses.asdict(note) for note in result.notes] if result else [],
            "posts": [_post_json(planned) for planned in report.posts],
            "problems": [dataclasses.asdict(problem) for problem in report.problems],
        })
    return {"inputs": inputs, "dry_run": dry_run}


def _post_json(planned: Planned) -> dict[str, Any]:
    post = planned.post
    return {
        "path": planned.shown, "title": post.title, "date": post.date.isoformat(), "draft": post.draft,
        "updated": post.updated.isoformat() if post.updated else None,
        "lang": post.lang, "authors": post.authors, "tags": post.tags,
        "notes": [dataclasses.asdict(note) for note in post.notes],
    }
