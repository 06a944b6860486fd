"""Writing post files: frontmatter that reads back exactly as written.

Used by the tools that create posts (`feder new`, `feder import`). Text values are
written as double-quoted YAML scalars, so no title or tag turns into a number, a
boolean or a date, and no colon or `#` in a title can break the frontmatter.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

Value = str | bool | dt.date | dt.datetime | Iterable[str] | None


def quoted(text: str) -> str:
    """A YAML double-quoted scalar; JSON's string escapes are a subset of YAML's."""
    return json.dumps(text, ensure_ascii=False)


def yaml_value(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return quoted(value)
    if value is None:
        raise ValueError("empty values are left out, not written")
    return "[" + ", ".join(quoted(item) for item in value) + "]"


def render_post(fields: Mapping[str, Value], body: str, comments: Mapping[str, str] | None = None) -> str:
    """A post file's text: `---`, one line per field (None values left out), `---`, the body.

    `comments` adds a YAML comment after a field's value, e.g. `# TODO: translate`.
    """
    lines = ["---"]
    for key, value in fields.items():
        if value is None:
            continue
        line = f"{key}: {yaml_value(value)}"
        if comments and key in comments:
            line += f"  # {comments[key]}"
        lines.append(line)
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def write_new(path: Path, text: str) -> None:
    """Create `path` with `text`; never overwrite (FileExistsError if it exists)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
