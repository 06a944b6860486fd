"""Reading a post file: bytes to text, text to frontmatter and body, with line numbers."""
from __future__ import annotations

from dataclasses import dataclass

from frontmatter.default_handlers import YAMLHandler

from feder.content.problems import Problem
from feder.content.sources import PostSource
from feder.content.yamltext import YamlValue, describe, parse_yaml

_HANDLER = YAMLHandler()


@dataclass(frozen=True)
class RawPost:
    """A post file split into its parsed frontmatter and its Markdown body."""

    source: PostSource
    meta: YamlValue
    body: str
    body_line: int
    """Line number in the file of the first line of `body`."""


def read_post(source: PostSource, data: bytes | None = None) -> tuple[RawPost | None, list[Problem]]:
    """The post in `source` (whose bytes the caller may have read already)."""
    text, problem = _decode(source.file.read_bytes() if data is None else data, source.path)
    if problem:
        return None, [problem]
    return split_post(source, text)


def _decode(data: bytes, path: str) -> tuple[str, Problem | None]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return "", Problem(path, line, "encoding", (
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x} in column {column}); "
            "save it with UTF-8 encoding"
        ))
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"), None


def split_post(source: PostSource, text: str) -> tuple[RawPost | None, list[Problem]]:
    """Split `text` into frontmatter and body; python-frontmatter finds the `---` fences."""
    path = source.path
    if not text.strip():
        return None, [Problem(path, 1, "file", (
            "the file is empty; a post starts with frontmatter between two '---' lines "
            "(at least title and date), followed by the text"
        ))]
    if not _HANDLER.detect(text):
        return None, [Problem(path, 1, "frontmatter", (
            "missing; the first line of a post must be '---', followed by title, date and the other "
            "fields, and another '---' line"
        ))]
    try:
        fm, body = _HANDLER.split(text)
    except ValueError:
        return None, [Problem(path, 1, "frontmatter", (
            "not closed: the '---' on line 1 opens the frontmatter but no '---' line closes it; "
            "add one after the last field"
        ))]
    opening = _HANDLER.FM_BOUNDARY.search(text)
    assert opening is not None  # detect() matched it
    first_line = text.count("\n", 0, opening.end()) + 1
    body_start = len(text) - len(body)
    if body.startswith("\n"):
        body, body_start = body[1:], body_start + 1
    body_line = text.count("\n", 0, body_start) + 1

    meta, problems = parse_yaml(fm, path=path, first_line=first_line, field_name="frontmatter")
    if meta is None and not any(p.is_error for p in problems):
        meta = YamlValue({}, first_line, "mapping")  # an empty frontmatter: no fields
    if meta is not None and meta.kind != "mapping":
        problems.append(Problem(path, meta.line, "frontmatter", (
            f"expected fields as 'key: value' lines (title: …, date: …), found {describe(meta)}"
        )))
    if meta is None or (any(p.is_error for p in problems) and meta.kind != "mapping"):
        return None, problems
    return RawPost(source, meta, body, body_line), problems
