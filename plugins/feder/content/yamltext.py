"""YAML that remembers where every value was written.

Authors need `path:line` in every message, so values are built node by node from
PyYAML's composed tree: each keeps its line and the text as written, and a value
that cannot be built (an impossible date such as `2019-02-30`) becomes an error
on that one value instead of failing the whole document.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from feder.content.problems import Problem
from feder.content.yamlhints import explain
from feder.content.yamlloader import SafeLoader

Kind = Literal["scalar", "list", "mapping"]


@dataclass
class YamlValue:
    """A value with the line (1-based, in the file) and the text it was written as."""

    value: Any
    line: int
    kind: Kind = "scalar"
    written: str | None = None
    """The scalar exactly as written (`On`, `2019`), for messages; None for collections."""
    quoted: bool = False
    folded: bool = False
    """A text written without quotes over several lines, which YAML joins into one line."""
    error: str | None = None
    """Why the value could not be built, e.g. `day is out of range for month`."""
    items: list[YamlValue] = field(default_factory=list)
    fields: dict[str, YamlValue] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)


def parse_yaml(
    text: str, *, path: str, first_line: int = 1, field_name: str = "yaml", key_prefix: str = "",
) -> tuple[YamlValue | None, list[Problem]]:
    """Parse one YAML document whose first line is line `first_line` of `path`.

    A syntax error is reported for the keys it belongs to where they are known
    (`title`, `redaktion.name`; after `key_prefix`, e.g. `bani.`), else for `field_name`.

    Returns the root value (None for an empty document) and the problems found:
    syntax errors, keys given twice and values that cannot be built.
    """
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(text, exc, path, first_line, field_name, key_prefix)]
    except yaml.YAMLError as exc:
        return None, [Problem(path, first_line, field_name, f"YAML error: {exc}")]
    problems: list[Problem] = []
    try:
        root = None if node is None else _convert(node, loader, path, first_line, problems)
    finally:
        loader.dispose()
    return root, problems


def _syntax_problem(
    text: str, exc: yaml.MarkedYAMLError, path: str, first_line: int, field_name: str, key_prefix: str,
) -> Problem:
    """In plain words with the fix for the common mistakes (feder.content.yamlhints), else as the parser says."""
    mark = exc.problem_mark or exc.context_mark
    hint = explain(text, (mark.line, mark.column)) if mark else None
    if hint is not None:
        field = key_prefix + hint.field if hint.field else field_name
        return Problem(path, first_line + hint.line, field, hint.message)
    line = first_line + (mark.line if mark else 0)
    what = exc.problem or "invalid syntax"
    if exc.context and exc.context_mark and exc.context_mark.line != (mark.line if mark else -1):
        what += f" ({exc.context} on line {first_line + exc.context_mark.line})"
    elif exc.context:
        what += f" ({exc.context})"
    return Problem(path, line, field_name, f"YAML syntax error: {what}; check quotes, colons and indentation")


def _convert(node: yaml.Node, loader: Any, path: str, first_line: int, problems: list[Problem]) -> YamlValue:
    line = first_line + node.start_mark.line
    if isinstance(node, yaml.MappingNode):
        result = YamlValue({}, line, "mapping")
        for key_node, value_node in node.value:
            key = str(_scalar(key_node, loader).value)
            key_line = first_line + key_node.start_mark.line
            if key in result.fields:
                problems.append(Problem(
                    path, key_line, key,
                    f"given twice (lines {result.key_lines[key]} and {key_line}); keep one",
                ))
                continue
            child = _convert(value_node, loader, path, first_line, problems)
            result.fields[key] = child
            result.key_lines[key] = key_line
            result.value[key] = child.value
        return result
    if isinstance(node, yaml.SequenceNode):
        items = [_convert(child, loader, path, first_line, problems) for child in node.value]
        return YamlValue([item.value for item in items], line, "list", items=items)
    result = _scalar(node, loader)
    result.line = line
    return result


def _scalar(node: yaml.Node, loader: Any) -> YamlValue:
    written = node.value if isinstance(node.value, str) else None
    quoted = getattr(node, "style", None) in ("'", '"')
    folded = not getattr(node, "style", None) and node.end_mark.line > node.start_mark.line  # plain: None or ""
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:
        return YamlValue(None, 0, written=written, quoted=quoted, folded=folded, error=str(exc))
    return YamlValue(value, 0, written=written, quoted=quoted, folded=folded)


def describe(value: YamlValue) -> str:
    """Say what YAML made of a value, in words an author understands."""
    v = value.value
    if value.kind == "list":
        return "a list"
    if value.kind == "mapping":
        return "a mapping (key: value pairs)"
    if v is None:
        return "empty"
    if isinstance(v, bool):
        return f"`{value.written}`, which YAML reads as the boolean {str(v).lower()}"
    if isinstance(v, (int, float)):
        return f"`{value.written}`, which YAML reads as a number"
    if isinstance(v, (dt.date, dt.datetime)):
        return f"`{value.written}`, which YAML reads as a date"
    return f'the text "{v}"'


def folded_list(value: YamlValue, key: str, item: str) -> str | None:
    """Lines meant as list items but written without `- `, which YAML joined into one text."""
    if not value.folded:
        return None
    return (f'the lines below {key}: have no "- ", so YAML reads them as one text "{value.value}"; '
            f'start each {item}\'s line with "- "')


def quoting_hint(value: YamlValue) -> str:
    """For a bool or number that was meant as text: how to keep it text."""
    if isinstance(value.value, (bool, int, float, dt.date)) and value.written is not None:
        return f'; put it in quotes to keep it as text: "{value.written}"'
    return ""
