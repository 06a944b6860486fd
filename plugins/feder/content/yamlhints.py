"""Plain words for the YAML mistakes authors make most, with the line and the fix.

The parser says where it got stuck ("mapping values are not allowed here", "could
not find expected ':'"), often a line after the mistake and never in an author's
words. So the lines up to that point are read for the common mistakes: a tab in the
indentation, a colon in an unquoted text, a quote or bracket left open, a list item
without `- `, a field indented under one that has a value. Apart from tabs (never
allowed), a mistake counts only if making the suggested fix lets the parser get
past the point where it stopped: a hint never blames a line that is fine.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from feder.content.yamlloader import SafeLoader

_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<dash>-(?:[ \t]+|$))?"
    r"(?:(?P<key>[^\s#'\"\[\]{}&*!|>%@`,:-][^#:]*?)[ \t]*:(?=[ \t]|$)[ \t]*)?(?P<value>.*)$"
)
_LEADING = re.compile(r"[ \t]*(?:-[ \t]+)*")
_OPENERS = {"[": "]", "{": "}"}
_NOT_TEXT = ("[", "{", "|", ">", "&", "*", "!", "#", "%", "@", "`")


@dataclass(frozen=True)
class Hint:
    line: int
    """0-based, in the YAML text."""
    field: str | None
    """The keys the mistake belongs to, from the document's top (`redaktion.name`); None at the top."""
    message: str


@dataclass(frozen=True)
class _Line:
    """A line of block YAML: indentation, `- `, `key:` and the value, each optional."""

    indent: str
    dash: str
    key: str | None
    value: str
    prefix: str
    """The line up to its value."""

    @classmethod
    def parse(cls, text: str) -> _Line:
        match = _LINE.match(text)
        assert match is not None  # every group is optional
        return cls(
            match["indent"], match["dash"] or "", match["key"], match["value"].rstrip(), text[: match.start("value")]
        )


Fix = str | None
"""The line as it should be written; None for a mistake that needs no proof (a tab)."""
Check = Callable[[list[str], int], "tuple[str, Fix] | None"]


def explain(text: str, stopped: tuple[int, int]) -> Hint | None:
    """The first common mistake at or before `stopped` (the parser's line and column, 0-based)."""
    lines = text.split("\n")
    for index in range(min(stopped[0], len(lines) - 1) + 1):
        for check in _CHECKS:
            found = check(lines, index)
            if found is None:
                continue
            message, fix = found
            if fix is None or _gets_further(lines, index, fix, stopped):
                return Hint(index, _field(lines, index), message)
    return None


def stop_of(text: str) -> tuple[int, int] | None:
    """Where the parser stops on `text`, or None when it parses."""
    loader = SafeLoader(text)
    try:
        loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return (mark.line, mark.column) if mark else (0, 0)
    except yaml.YAMLError:
        return (0, 0)
    finally:
        loader.dispose()
    return None


def _gets_further(lines: list[str], index: int, fix: str, stopped: tuple[int, int]) -> bool:
    fixed = stop_of("\n".join([*lines[:index], fix, *lines[index + 1:]]))
    return fixed is None or fixed > stopped


# The mistakes ---------------------------------------------------------------------------------

def _tab(lines: list[str], index: int) -> tuple[str, Fix] | None:
    leading = _LEADING.match(lines[index])
    if leading is None or "\t" not in leading.group():
        return None
    return f"tab at column {lines[index].index(chr(9)) + 1}; indent with spaces", None


def _open_quote(lines: list[str], index: int) -> tuple[str, Fix] | None:
    line = _Line.parse(lines[index])
    scan = _Flow(line.value)
    if scan.open_quote is None:
        return None
    quote, column = scan.open_quote, len(line.prefix) + scan.quote_start + 1
    closers = re.search(r"[\]}\s]*$", line.value)
    cut = len(line.prefix) + (closers.start() if closers else len(line.value))
    fix = lines[index][:cut] + quote + lines[index][cut:].rstrip()
    return (f"the quote {quote} in column {column} is not closed; end the text with {quote} on the same line: "
            f"{fix.strip()}"), fix


def _open_bracket(lines: list[str], index: int) -> tuple[str, Fix] | None:
    line = _Line.parse(lines[index])
    scan = _Flow(line.value)
    if scan.open_quote is not None or not scan.brackets:
        return None
    closers = "".join(_OPENERS[b] for b in reversed(scan.brackets))
    fix = lines[index].rstrip() + closers
    if len(scan.brackets) > 1:
        brackets = " ".join(scan.brackets)
        return f"the brackets {brackets} are not closed; end them with {closers} on the same line: {fix.strip()}", fix
    what = "list" if closers == "]" else "mapping"
    return (f"the {what} opened with {scan.brackets[0]} is not closed; "
            f"end it with {closers} on the same line: {fix.strip()}", fix)


def _quoted_text(lines: list[str], index: int) -> tuple[str, Fix] | None:
    """A text YAML reads as more than text: a colon in it, or a quote at its start only."""
    line = _Line.parse(lines[index])
    value, name = line.value, line.key or "text"
    if not (line.key or line.dash) or not value or value.startswith(_NOT_TEXT):
        return None
    if value.startswith(("'", '"')):
        scan = _Flow(value)
        if scan.open_quote is not None or not scan.after_quote:
            return None
        why = f"it starts with a quote, so YAML reads the text only up to the next {value[0]}"
    elif ": " in value or value.endswith(":"):
        why = 'it contains ": ", which YAML reads as the start of another field' if ": " in value else (
            'it ends with ":", which YAML reads as the start of another field')
    else:
        return None
    fix = line.prefix + _quote(value)
    return f"{why}; put the whole {name} in quotes: {fix.strip()}", fix


def _list_item(lines: list[str], index: int) -> tuple[str, Fix] | None:
    line = _Line.parse(lines[index])
    if line.dash or line.key or not line.value or line.value.startswith("#"):
        return None
    neighbours = [_Line.parse(other) for other in lines[max(0, index - 1): index + 2] if other.strip()]
    if not any(other.dash and other.indent == line.indent for other in neighbours):
        return None
    if line.value.startswith("-"):
        fix = f"{line.indent}- {line.value[1:].lstrip()}"
        return f'put a space after "-" to make it a list item: {fix.strip()}', fix
    fix = f"{line.indent}- {line.value}"
    return f'"{line.value}" is not a list item; start the line with "- " like the items next to it: {fix.strip()}', fix


def _indented_field(lines: list[str], index: int) -> tuple[str, Fix] | None:
    line = _Line.parse(lines[index])
    above = next((_Line.parse(other) for other in reversed(lines[:index]) if other.strip()), None)
    if not line.key or above is None or not above.key or not above.value or above.value.startswith("#"):
        return None
    if len(line.indent) <= len(above.indent) or line.dash:
        return None
    fix = above.indent + lines[index].lstrip()
    return (f'"{line.key}:" is indented under "{above.key}:", which already has a value; '
            f'start it where "{above.key}:" starts'), fix


_CHECKS: tuple[Check, ...] = (_tab, _open_quote, _open_bracket, _quoted_text, _list_item, _indented_field)


# Helpers --------------------------------------------------------------------------------------

class _Flow:
    """Quotes and brackets in one line's value, as YAML's flow style reads them."""

    def __init__(self, value: str) -> None:
        self.open_quote: str | None = None
        self.quote_start = 0
        self.brackets: list[str] = []
        self.after_quote = False
        """Text follows the first quoted text that closes (`"Der" beste Weg`)."""
        self._read(value)

    def _read(self, value: str) -> None:
        i, token_start, first = 0, True, True
        while i < len(value):
            char = value[i]
            if char in "\"'" and token_start:
                end = _closing_quote(value, i)
                if end is None:
                    self.open_quote, self.quote_start = char, i
                    return
                rest = value[end + 1:].lstrip()
                if first and not self.brackets and rest and not rest.startswith("#"):
                    self.after_quote = True
                i, token_start, first = end + 1, False, False
                continue
            if char == "#" and i > 0 and value[i - 1] in " \t":
                return  # a comment
            if char in _OPENERS:
                self.brackets.append(char)
            elif char in "]}" and self.brackets:
                self.brackets.pop()
            token_start = char in "[{, \t" or (char == ":" and i + 1 < len(value) and value[i + 1] == " ")
            first = first and char in " \t"
            i += 1


def _closing_quote(value: str, start: int) -> int | None:
    quote, i = value[start], start + 1
    while i < len(value):
        if quote == '"' and value[i] == "\\":
            i += 2
            continue
        if value[i] == quote:
            if quote == "'" and value[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def _quote(text: str) -> str:
    """`text` as one YAML string: in double quotes unless it holds some, then in single quotes."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def _field(lines: list[str], index: int) -> str | None:
    """The key on the line and those of the lines it is indented under, joined by dots."""
    line = _Line.parse(lines[index])
    keys = [line.key] if line.key else []
    depth = len(line.indent.expandtabs(8)) + (1 if line.dash and not line.key else 0)
    for other in reversed(lines[:index]):
        parsed = _Line.parse(other)
        indent = len(parsed.indent.expandtabs(8))
        if parsed.key and indent < depth and (not parsed.value or parsed.value.startswith("#")):
            keys.append(parsed.key)
            depth = indent
    return ".".join(reversed(keys)) or None
