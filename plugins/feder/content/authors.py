"""Authors: defined once in the authors file, referenced by id from posts."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from feder.content.languages import Languages
from feder.content.problems import Problem
from feder.content.slugs import is_slug
from feder.content.urls import content_url_problem
from feder.content.yamltext import YamlValue, describe, parse_yaml

_FIELDS = ("name", "bio", "avatar")


@dataclass(frozen=True, eq=False)
class Author:
    id: str
    names: Mapping[str, str]
    """Display name per language."""
    bios: Mapping[str, str]
    """Short biography per language."""
    avatar: str | None = None
    """Image path relative to the docs folder, e.g. `assets/authors/redaktion.svg`."""

    def name(self, lang: str) -> str:
        return self.names[lang]

    def bio(self, lang: str) -> str:
        return self.bios.get(lang, "")


def load_authors(file: Path, path: str, languages: Languages) -> tuple[dict[str, Author], list[Problem]]:
    """Read the authors file; `path` is how authors see its name (e.g. `authors.yml`)."""
    if not file.is_file():
        return {}, [Problem(path, 1, "file", "the authors file is missing; create it with one entry per author id")]
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return {}, [Problem(path, 1, "encoding", "the file is not UTF-8; save it with UTF-8 encoding")]
    root, problems = parse_yaml(text, path=path, field_name="authors")
    if root is None:
        return {}, problems
    if root.kind != "mapping":
        return {}, problems + [Problem(path, root.line, "authors", (
            f"expected one entry per author id (redaktion: {{name: …, bio: …}}), found {describe(root)}"
        ))]
    authors: dict[str, Author] = {}
    for author_id, entry in root.fields.items():
        author = _author(author_id, entry, root.key_lines[author_id], path, languages, problems)
        if author:
            authors[author_id] = author
    return authors, problems


def _author(
    author_id: str, entry: YamlValue, line: int, path: str, languages: Languages, problems: list[Problem]
) -> Author | None:
    before = len(problems)
    if not is_slug(author_id):
        problems.append(Problem(path, line, author_id, (
            "an author id becomes part of a URL; use lower-case letters, digits and hyphens"
        )))
    if entry.kind != "mapping":
        problems.append(Problem(path, entry.line, author_id, f"expected name and bio, found {describe(entry)}"))
        return None
    for key in entry.fields:
        if key not in _FIELDS:
            problems.append(Problem(path, entry.key_lines[key], f"{author_id}.{key}", (
                f"unknown key; known keys are {', '.join(_FIELDS)}"
            ), "warning"))
    names = _per_language(author_id, "name", entry, line, path, languages, problems, required=True)
    bios = _per_language(author_id, "bio", entry, line, path, languages, problems, required=False)
    avatar = entry.fields.get("avatar")
    if avatar is not None and not isinstance(avatar.value, str):
        problems.append(Problem(path, avatar.line, f"{author_id}.avatar", (
            f"is {describe(avatar)}; expected an image path such as assets/authors/{author_id}.svg"
        )))
    elif avatar is not None and (wrong := content_url_problem(avatar.value, f"assets/authors/{author_id}.svg")):
        problems.append(Problem(path, avatar.line, f"{author_id}.avatar", wrong))
    if len(problems) > before and any(p.is_error for p in problems[before:]):
        return None
    return Author(author_id, names, bios, avatar.value if avatar else None)


def _per_language(
    author_id: str, key: str, entry: YamlValue, line: int, path: str, languages: Languages,
    problems: list[Problem], *, required: bool,
) -> dict[str, str]:
    """A text that is either the same in every language or given per language."""
    value = entry.fields.get(key)
    field = f"{author_id}.{key}"
    if value is None:
        if required:
            problems.append(Problem(path, line, field, "missing; expected text, or one text per language"))
        return {}
    if isinstance(value.value, str) and value.value.strip():
        return {lang: value.value.strip() for lang in languages}
    if value.kind != "mapping":
        problems.append(Problem(path, value.line, field, (
            f"is {describe(value)}; expected text, or one text per language ({languages.described()})"
        )))
        return {}
    texts: dict[str, str] = {}
    for lang in languages:
        text = value.fields.get(lang)
        if text is None or not isinstance(text.value, str) or not text.value.strip():
            problems.append(Problem(path, text.line if text else value.line, f"{field}.{lang}", (
                f"missing text for language '{lang}'" if text is None else f"is {describe(text)}; expected text"
            )))
        else:
            texts[lang] = text.value.strip()
    for lang in value.fields:
        if lang not in languages:
            problems.append(Problem(path, value.key_lines[lang], f"{field}.{lang}", (
                f"unknown language; expected {languages.described()}"
            ), "warning"))
    return texts
