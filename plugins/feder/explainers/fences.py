"""Find fenced code blocks in Markdown, with the file line of each.

The scanner follows pymdownx.superfences' rules, because SuperFences is what
renders every fence we leave alone: a fence opens after any run of spaces, tabs
and `>` (so fences in list items and block quotes count), content lines must be
indented at least as far as the opening fence, and only a fence of the same
character and the same length at the same indentation closes it. A fence inside
another fence is content of the outer one, so a ````markdown block that shows
explainer syntax to readers is never mistaken for an explainer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PREFIX_CHARS = (" ", "\t", ">")
_OPENING = re.compile(r"(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
_TAB = 4


@dataclass(frozen=True)
class Fence:
    """One fenced block as written: where it is and what it says."""

    info: str
    """Everything after the fence characters, stripped: `funnel`, `python title="x"`."""
    body: str
    """The content lines with the opening indentation removed, newline-joined."""
    prefix: str
    """What stands before the opening fence (indentation, `>`), kept for the replacement."""
    start: int
    """0-based index of the opening line in the scanned text."""
    end: int
    """0-based index one past the closing line (past the last line when unclosed)."""
    line: int
    """Line of the opening fence in the file (1-based)."""
    closed: bool

    @property
    def name(self) -> str:
        """The first word of the info string: the language or explainer name."""
        word = self.info.split(None, 1)[0] if self.info else ""
        # SuperFences, like CommonMark renderers, accept `.lang` and `{.lang}` as well.
        return word.lstrip("{.").rstrip("}")

    @property
    def extra(self) -> str:
        """The info string after the name (`title="x"`), or empty."""
        parts = self.info.split(None, 1)
        return parts[1] if len(parts) > 1 else ""

    @property
    def body_line(self) -> int:
        return self.line + 1


def find_fences(text: str, *, first_line: int = 1) -> list[Fence]:
    """Every outermost fenced block of `text`, in order.

    `first_line` is the file line of the first line of `text`, so that a post
    body after its frontmatter reports lines of the file. Unclosed fences are
    returned with `closed=False` (they run to the end of the text).
    """
    lines = text.split("\n")
    fences: list[Fence] = []
    index = 0
    while index < len(lines):
        prefix, rest = _split_prefix(lines[index])
        match = _OPENING.match(rest)
        if match is None or (match.group("fence")[0] == "`" and "`" in match.group("info")):
            # A backtick in a backtick fence's info string makes it inline code, not a fence.
            index += 1
            continue
        fence = match.group("fence")
        width = _visual_width(prefix)
        body: list[str] = []
        closed = False
        cursor = index + 1
        while cursor < len(lines):
            line = lines[cursor]
            inner = _strip_width(line, width)
            if inner is None:
                # Less indented than the opening: the block ended without a closing fence
                # (SuperFences abandons such a block and renders it as text).
                break
            if inner.rstrip(" \t") == fence:
                closed = True
                break
            body.append(inner)
            cursor += 1
        end = cursor + 1 if closed else cursor
        fences.append(Fence(
            info=match.group("info").strip(),
            body="\n".join(body),
            prefix=prefix,
            start=index,
            end=end,
            line=first_line + index,
            closed=closed,
        ))
        # SuperFences resumes after the line that ended the block, even an unclosed one.
        index = end if closed else cursor + 1
    return fences


def _split_prefix(line: str) -> tuple[str, str]:
    count = 0
    while count < len(line) and line[count] in _PREFIX_CHARS:
        count += 1
    return line[:count], line[count:]


def _visual_width(prefix: str) -> int:
    width = 0
    for char in prefix:
        width += _TAB - (width % _TAB) if char == "\t" else 1
    return width


def _strip_width(line: str, width: int) -> str | None:
    """The line without `width` columns of prefix; None if it is not indented that far.

    Blank lines belong to the block whatever their indentation.
    """
    if line.strip(" \t") == "":
        return ""
    seen = 0
    position = 0
    while seen < width:
        if position >= len(line) or line[position] not in _PREFIX_CHARS:
            return None
        seen += _TAB - (seen % _TAB) if line[position] == "\t" else 1
        position += 1
    return line[position:]
