"""The tags file (`tags.yml`): display names per language, descriptions and aliases.

    tags:
      KI:
        name: {de: KI, en: Artificial Intelligence}
        description:
          de: Wie Maschinen lernen und was das für den Vertrieb bedeutet.
          en: How machines learn and what that means for sales.
      Vertrieb:
        name: {en: Sales}
    aliases:
      AI: KI

A tag's identity is the slug of its key (`KI` -> `ki`). Every name and alias is one
more spelling of its tag: an English post tagged `Sales` and a German one tagged
`Vertrieb` share one tag, shown as `Vertrieb` on German pages and as `Sales` (at
`/en/tags/sales/`) on English ones. So no two tags may share a slug, whether it
comes from a key, a name or an alias.
"""
from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.problems import Problem, Severity
from feder.content.slugs import slugify
from feder.content.validation import Validator, normal_spaces
from feder.content.yamltext import YamlValue, describe, parse_yaml, quoting_hint

SECTIONS = ("tags", "aliases")
TAG_KEYS = ("name", "description")
EXAMPLE = "tags:\n  KI:\n    name: {de: KI, en: Artificial Intelligence}\naliases:\n  AI: KI"


@dataclass(frozen=True)
class TagDefinition:
    """One entry under `tags:`."""

    key: str
    """As written in the file, e.g. `KI`; the display name where no name is given."""
    id: str
    """The tag's identity, the slug of its key: `ki`."""
    line: int
    names: Mapping[str, str] = field(default_factory=dict)
    """Display name per language, only where the file gives one."""
    descriptions: Mapping[str, str] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return self.names.get(lang, self.key)

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang, "")


@dataclass(frozen=True)
class TagsFile:
    path: str
    tags: Mapping[str, TagDefinition] = field(default_factory=dict)
    """Definitions by tag id."""
    spellings: Mapping[str, str] = field(default_factory=dict)
    """The slug of every key, name and alias -> the id of its tag."""

    def resolve(self, written: str) -> str:
        """The id of the tag a post means by `written`: `AI` -> `ki`, `Marketing` -> `marketing`."""
        slug = slugify(written)
        return self.spellings.get(slug, slug)


@dataclass
class _Claim:
    tag_id: str
    what: str
    line: int


class _Reader:
    """Reads the parsed file section by section; collects every problem."""

    def __init__(self, path: str, languages: Languages) -> None:
        self.path = path
        self.languages = languages
        self.problems: list[Problem] = []
        self.tags: dict[str, TagDefinition] = {}
        self.claims: dict[str, _Claim] = {}
        self.aliases: dict[str, str] = {}

    def problem(self, line: int, field_name: str, message: str, severity: Severity = "error") -> None:
        self.problems.append(Problem(self.path, line, field_name, message, severity))

    def claim(self, slug: str, tag_id: str, what: str, line: int, field_name: str, advice: str) -> bool:
        """Record that `slug` means the tag `tag_id`; a slug of another tag is a problem."""
        earlier = self.claims.get(slug)
        if earlier is None:
            self.claims[slug] = _Claim(tag_id, what, line)
            return True
        if earlier.tag_id == tag_id:
            return True
        self.problem(line, field_name, (
            f'{what} becomes the slug "{slug}", which already belongs to {earlier.what} (line {earlier.line}); {advice}'
        ))
        return False

    # Sections -----------------------------------------------------------------------------

    def read(self, root: YamlValue) -> None:
        if root.kind != "mapping":
            self.problem(root.line, "tags file",
                         f"expected the sections tags: and aliases:, found {describe(root)}; e.g.\n{EXAMPLE}")
            return
        for key, line in root.key_lines.items():
            if key not in SECTIONS:
                close = difflib.get_close_matches(key, SECTIONS, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.problem(
                    line, key, f"unknown section{hint}; it is ignored. Known sections: {', '.join(SECTIONS)}", "warning"
                )
        tags = root.fields.get("tags")
        definitions: list[tuple[TagDefinition, YamlValue]] = []
        if tags is not None and tags.value is not None:
            if tags.kind != "mapping":
                self.problem(tags.line, "tags", f"is {describe(tags)}; expected one entry per tag, e.g.\n{EXAMPLE}")
            else:
                definitions = [d for d in (self.key(key, tags) for key in tags.fields) if d is not None]
        for definition, entry in definitions:
            self.tags[definition.id] = self.entry(definition, entry)
        aliases = root.fields.get("aliases")
        if aliases is not None and aliases.value is not None:
            if aliases.kind != "mapping":
                self.problem(
                    aliases.line, "aliases", f"is {describe(aliases)}; expected lines like 'AI: KI' (alias: tag)"
                )
            else:
                for alias in aliases.fields:
                    self.alias(alias, aliases)

    def key(self, key: str, tags: YamlValue) -> tuple[TagDefinition, YamlValue] | None:
        """A tag's key: its identity. Keys are read first, so that names and aliases yield to them."""
        line = tags.key_lines[key]
        written = normal_spaces(key)
        slug = slugify(written)
        if not slug:
            self.problem(line, f"tags.{key}", (
                f'the tag "{key}" has no letters or digits, so it cannot have a page; expected a word such as Vertrieb'
            ))
            return None
        earlier = self.claims.get(slug)
        if earlier is not None:
            self.problem(line, f"tags.{key}", (
                f'the tag "{written}" becomes the slug "{slug}", like {earlier.what} on line {earlier.line}, '
                "so both are the same tag; keep one entry"
            ))
            return None
        self.claim(slug, slug, f'the tag "{written}"', line, f"tags.{key}", "")
        return TagDefinition(written, slug, line), tags.fields[key]

    def entry(self, definition: TagDefinition, entry: YamlValue) -> TagDefinition:
        prefix = f"tags.{definition.key}"
        if entry.value is None:
            return definition  # `KI:` alone declares the tag, e.g. as the target of aliases
        if entry.kind != "mapping":
            self.problem(entry.line, prefix,
                         f"is {describe(entry)}; expected name: and description:, e.g. name: {{de: KI, en: AI}}")
            return definition
        for key, line in entry.key_lines.items():
            if key not in TAG_KEYS:
                hint = " (aliases go in the aliases: section, as 'AI: KI')" if key in ("alias", "aliases") else ""
                self.problem(line, f"{prefix}.{key}",
                             f"unknown key{hint}; it is ignored. Known keys: {', '.join(TAG_KEYS)}", "warning")
        names = self.texts(entry.fields.get("name"), f"{prefix}.name", "Künstliche Intelligenz")
        for lang, name in list(names.items()):
            line = _line_of(entry.fields["name"], lang)
            slug = slugify(name)
            if not slug:
                self.problem(line, f"{prefix}.name.{lang}",
                             f'"{name}" has no letters or digits, so it cannot be part of a URL; expected a word')
                del names[lang]
            elif not self.claim(slug, definition.id, f'the name "{name}" ({lang}) of the tag "{definition.key}"', line,
                                f"{prefix}.name.{lang}", "give one of the two tags another name"):
                del names[lang]
        descriptions = self.texts(
            entry.fields.get("description"), f"{prefix}.description", "Worum es bei diesem Thema geht."
        )
        return TagDefinition(definition.key, definition.id, definition.line, names, descriptions)

    def texts(self, value: YamlValue | None, field_name: str, example: str) -> dict[str, str]:
        """Text for every language, or a mapping with text per language."""
        if value is None or value.value is None:
            return {}
        if isinstance(value.value, str):
            text = normal_spaces(value.value)
            if not text:
                self.problem(value.line, field_name, f"is empty; expected text, e.g. {example}")
                return {}
            return {lang: text for lang in self.languages}
        if value.kind != "mapping":
            self.problem(value.line, field_name, (
                f"is {describe(value)}; expected text, or text per language ({self.languages.described()})"
                f"{quoting_hint(value)}"
            ))
            return {}
        texts: dict[str, str] = {}
        for lang, given in value.fields.items():
            line = value.key_lines[lang]
            if lang not in self.languages:
                self.problem(
                    line, f"{field_name}.{lang}", f"unknown language; expected {self.languages.described()}", "warning"
                )
            elif not isinstance(given.value, str) or not given.value.strip():
                what = "empty" if given.value in (None, "") else describe(given)
                self.problem(given.line, f"{field_name}.{lang}", f"is {what}; expected text{quoting_hint(given)}")
            else:
                texts[lang] = normal_spaces(given.value)
        return texts

    def alias(self, alias: str, aliases: YamlValue) -> None:
        line = aliases.key_lines[alias]
        value = aliases.fields[alias]
        field_name = f"aliases.{alias}"
        slug = slugify(alias)
        if not slug:
            self.problem(line, field_name, f'the alias "{alias}" has no letters or digits; expected a word such as AI')
            return
        if not isinstance(value.value, str) or not value.value.strip():
            what = "empty" if value.value in (None, "") else describe(value)
            self.problem(
                value.line, field_name, f"is {what}; expected the tag it stands for, e.g. AI: KI{quoting_hint(value)}"
            )
            return
        target = normal_spaces(value.value)
        target_id = slugify(target)
        if target_id not in self.tags:
            self.problem(value.line, field_name, self._unknown_target(alias, target, target_id))
            return
        advice = "an alias stands for one tag; keep one of the two" if slug in self.aliases else (
            "a spelling can mean only one tag; remove the alias or rename the other tag"
        )
        if self.claim(slug, target_id, f'the alias "{alias}"', line, field_name, advice):
            self.aliases[slug] = target_id

    def _unknown_target(self, alias: str, target: str, target_id: str) -> str:
        if target_id in self.aliases:
            real = self.tags[self.aliases[target_id]].key
            return (f'the alias "{alias}" points to "{target}", which is itself an alias of "{real}"; '
                    f'point it to "{real}" directly')
        keys = [definition.key for definition in self.tags.values()]
        close = difflib.get_close_matches(target, keys, n=1, cutoff=0.5)
        hint = f' (did you mean "{close[0]}"?)' if close else ""
        known = ", ".join(sorted(keys)) or "(none)"
        return (
            f'the alias "{alias}" points to "{target}", which is not a tag in this file{hint}; '
            f"add it under tags: or point the alias to one of: {known}"
        )

    def result(self) -> TagsFile:
        spellings = {slug: claim.tag_id for slug, claim in self.claims.items()}
        return TagsFile(self.path, dict(self.tags), spellings)


def _line_of(value: YamlValue, lang: str) -> int:
    return value.key_lines.get(lang, value.line) if value.kind == "mapping" else value.line


def load_tags_file(file: Path, path: str, languages: Languages) -> tuple[TagsFile, list[Problem]]:
    """Read the tags file; `path` is its name as authors see it. A missing file is no problem."""
    if not file.is_file():
        return TagsFile(path), []
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return TagsFile(path), [Problem(path, 1, "encoding", "the file is not UTF-8; save it with UTF-8 encoding")]
    root, problems = parse_yaml(text, path=path, field_name="tags file")
    reader = _Reader(path, languages)
    reader.problems = problems
    if root is not None:
        reader.read(root)
    return reader.result(), sorted(reader.problems, key=lambda problem: problem.line)


def tags_file_validator(file: Path, path: str, languages: Languages) -> Validator:
    """The check of the tags file, run with the post checks (build and `feder check`).

    The file is checked on its own: which tags the posts use does not change whether
    it is valid, so checking some posts (`feder check FILE`) gives the same result.
    """
    def validate(posts: list[Post]) -> list[Problem]:
        del posts
        return load_tags_file(file, path, languages)[1]

    return validate
