"""Copied text as Markdown that renders exactly as written, and as HTML comments that stay closed."""
from __future__ import annotations

import re

URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]}»“”’']")
_INLINE = re.compile(r"([\\`*_\[\]{}])")


def escape(text: str, *, line_start: bool = True) -> str:
    """Text that renders as written: Markdown syntax escaped, `<` as an entity, web addresses as links."""
    parts = []
    position = 0
    for url in URL.finditer(text):
        parts.append(_escape_plain(text[position: url.start()]))
        parts.append(f"<{url.group(0)}>")
        position = url.end()
    parts.append(_escape_plain(text[position:]))
    escaped = "".join(parts)
    if line_start:
        escaped = _escape_start(escaped)
    return escaped


def _escape_plain(text: str) -> str:
    return _INLINE.sub(r"\\\1", text).replace("<", "&lt;")


def _escape_start(text: str) -> str:
    """What Markdown reads at the start of a line: headings, quotes, list markers, admonitions."""
    if re.match(r"^(?:#|>|[+\-]\s|!!!)", text):
        return "\\" + text
    if text.startswith("???"):
        return "&#63;" + text[1:]
    return re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text)


def comment(text: str) -> str:
    """An HTML comment holding `text`; a `--` or `>` in the text cannot close it early."""
    return f"<!-- {text.replace('--', '- -').replace('>', '›')} -->"
