"""Test sites' files without MkDocs: writing them below a folder, and the authors file of every test site."""
from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path

AUTHORS = """\
redaktion:
  name: {de: Redaktion, en: Editorial team}
  bio: {de: Die Redaktion., en: The editorial team.}
"""


def write_files(root: Path, files: Mapping[str, str | bytes], *, dedent: bool = True) -> None:
    """Each file below `root`, folders made as needed; with `dedent`, a text that starts with a
    newline is dedented (without, every text is written exactly as given)."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            text = textwrap.dedent(content) if dedent and content.startswith("\n") else content
            path.write_text(text, encoding="utf-8")
