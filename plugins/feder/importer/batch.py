"""Many files in one run: each is imported and written on its own, so one file's problem never stops the others."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from feder.content.problems import Problem
from feder.content.writing import write_new
from feder.importer.convert import import_bytes
from feder.importer.model import FileImport, ImportedPost, Note, Settings
from feder.importer.writing import base_slug, free_slug, post_text


@dataclass
class Planned:
    path: Path
    shown: str
    """The path as the report shows it, e.g. `posts/vertrieb.de.md`."""
    post: ImportedPost


@dataclass
class FileReport:
    name: str
    result: FileImport | None = None
    posts: list[Planned] = field(default_factory=list)
    crash: str | None = None
    """What went wrong when importing the file failed unexpectedly."""
    problems: list[Problem] = field(default_factory=list)
    """What `feder check` found in the posts written from this file (a bug of the importer)."""

    @property
    def ok(self) -> bool:
        return bool(self.posts) and self.crash is None and not any(problem.is_error for problem in self.problems)


@dataclass(frozen=True)
class Target:
    folder: Path
    taken: set[str]
    """Slugs in use in any language; new ones are added as they are planned."""
    display: Callable[[Path], str]
    write: bool = True


def import_files(files: list[Path], settings: Settings, target: Target) -> list[FileReport]:
    return [_import_file(file, settings, target) for file in files]


def _import_file(file: Path, settings: Settings, target: Target) -> FileReport:
    report = FileReport(str(file))
    try:
        report.result = import_bytes(file.read_bytes(), str(file), settings)
        for post in report.result.posts:
            planned = _plan(post, target)
            if target.write:
                write_new(planned.path, post_text(post))
            report.posts.append(planned)
    except Exception as exc:  # noqa: BLE001 - one file's failure is reported, and the other files go on
        report.crash = f"{type(exc).__name__}: {exc}"
    return report


def _plan(post: ImportedPost, target: Target) -> Planned:
    wanted = base_slug(post)
    slug = free_slug(wanted, target.taken)
    target.taken.add(slug)
    if slug != wanted:
        post.notes.append(Note(None, f"the slug {wanted} is taken; used {slug} (feder never overwrites)"))
    path = target.folder / f"{slug}.{post.lang}.md"
    return Planned(path, target.display(path), post)
