"""Stable fingerprints of what cached results depend on. No MkDocs imports.

A fingerprint must change whenever the result could; it may change more often
(that costs a re-render, never a wrong page).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

FORMAT = "feder-cache-1"
"""Part of every key: bump it when the entry format or a key's recipe changes."""

LIBRARIES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "markupsafe", "pygments")
"""Libraries whose version can change rendered HTML or templates."""

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def digest(*parts: str | bytes) -> str:
    """SHA-256 over the parts, each prefixed with its length so that ("ab", "c") != ("a", "bc")."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def describe(value: Any) -> str:
    """Configuration values as stable text: JSON with sorted keys, callables by their name."""
    return json.dumps(value, sort_keys=True, default=_stable, ensure_ascii=False)


def _stable(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(describe(item) for item in value)
    if isinstance(value, Path):
        return str(value)
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    return _ADDRESS.sub("", repr(value))


def tree(root: Path, suffixes: Iterable[str] | None = None) -> str:
    """Fingerprint of every file below `root` (names and bytes); caches and hidden files excluded."""
    wanted = tuple(suffixes) if suffixes is not None else None
    parts: list[str | bytes] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith(".") or (wanted is not None and not name.endswith(wanted)):
                continue
            path = Path(folder) / name
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    return digest(*parts)


def files(paths: Iterable[Path]) -> str:
    """Fingerprint of some files' names and bytes; a missing file counts as missing."""
    parts: list[str | bytes] = []
    for path in paths:
        parts.append(str(path))
        parts.append(path.read_bytes() if path.is_file() else b"\0missing")
    return digest(*parts)


def library_versions(names: Iterable[str] = LIBRARIES) -> str:
    found = []
    for name in names:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} absent")
    return " ".join(found)
