"""Finding post files and reading slug and language from their names."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from feder.content.languages import Languages
from feder.content.problems import Problem
from feder.content.slugs import is_slug, slugify

_NAME = re.compile(r"^(?P<slug>[^.]+)\.(?P<lang>[^.]+)\.md$")


@dataclass(frozen=True)
class PostSource:
    """A post file whose name is valid: `<slug>.<lang>.md`."""

    file: Path
    path: str
    """As shown to authors: relative to the project root, e.g. `posts/bani.de.md`."""
    relpath: str
    """Relative to the posts folder, e.g. `bani.de.md` or `2019/bani.de.md`."""
    slug: str
    lang: str


def discover(posts_dir: Path, root: Path, languages: Languages) -> tuple[list[PostSource], list[Problem]]:
    """Every post file below `posts_dir`, and a problem for every file that is not one."""
    sources: list[PostSource] = []
    problems: list[Problem] = []
    if not posts_dir.is_dir():
        return sources, problems
    base = _display_path(posts_dir, root)
    for relpath in _files_below(posts_dir):
        file = posts_dir / relpath
        source, problem = _parse_name(file, relpath if base == "." else f"{base}/{relpath}", relpath, languages)
        if source:
            sources.append(source)
        if problem:
            problems.append(problem)
    return sources, problems


def _files_below(folder: Path) -> list[str]:
    """Paths (with `/`) of the files below `folder`, hidden ones and those in hidden folders left out.

    In the order of sorted `Path`s (part by part), as authors see them in a file manager.
    """
    found: list[str] = []
    for current, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        relative = os.path.relpath(current, folder)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        found += [prefix + name for name in names if not name.startswith(".")]
    return sorted(found, key=lambda relpath: relpath.split("/"))


def _display_path(file: Path, root: Path) -> str:
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return file.as_posix()


def _parse_name(file: Path, path: str, relpath: str, languages: Languages) -> tuple[PostSource | None, Problem | None]:
    name = file.name
    example = f"{_stem(name)}.{languages.default}.md"
    if not name.endswith(".md"):
        return None, Problem(path, 1, "file name", (
            "not a post: only Markdown files named <slug>.<language>.md belong in the posts folder; "
            "put images and downloads in docs/assets/"
        ))
    match = _NAME.match(name)
    if not match:
        return None, Problem(path, 1, "file name", (
            f"no language suffix; name the file <slug>.<language>.md with a language of "
            f"{languages.described()}, e.g. {example}"
        ))
    slug, lang = match["slug"], match["lang"]
    if lang not in languages:
        return None, Problem(path, 1, "file name", (
            f"unknown language suffix '.{lang}'; expected one of {languages.described()}, "
            f"e.g. {slug}.{languages.default}.md"
        ))
    if not is_slug(slug):
        suggestion = slugify(slug)
        hint = f"; rename it to {suggestion}.{lang}.md" if suggestion else ""
        return None, Problem(path, 1, "file name", (
            f"the slug '{slug}' becomes the URL, so it may only contain lower-case letters a-z, digits and "
            f"single hyphens{hint}"
        ))
    return PostSource(file, path, relpath, slug, lang), None


def _stem(name: str) -> str:
    return slugify(name.split(".")[0]) or "my-post"
