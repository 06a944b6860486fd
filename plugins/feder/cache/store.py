"""A folder of files, one per key (preview cards). No MkDocs imports.

Entries live in `<root>/<namespace>/`; the namespace is the fingerprint of
everything all entries share (code, templates, configuration), so a change there
starts a fresh folder and old folders are removed. Writes are atomic (temporary
file, then rename): a build that is interrupted, or two builds at once, leave
either the old entry or the new one, never half of one.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

KEEP_NAMESPACES = 2
"""Folders kept besides the current one, e.g. while switching between two branches."""


class EntryStore:
    """Files named `<key><suffix>`: `path`, `put_bytes`, `put_link`, `prune`."""

    def __init__(self, root: Path, namespace: str, suffix: str) -> None:
        self.root = root
        self.folder = root / namespace[:24]
        self.suffix = suffix
        self._made = False

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{self.suffix}"

    def put_bytes(self, key: str, data: bytes) -> None:
        target, temporary = self._target(key)
        try:
            with open(temporary, "wb") as stream:
                stream.write(data)
            os.replace(temporary, target)
        except OSError:
            # A cache that cannot be written only makes the next build slower.
            temporary.unlink(missing_ok=True)

    def put_link(self, key: str, source: Path, data: bytes) -> None:
        """`put_bytes(key, data)` where `source` holds `data`: a hard link to it where the file system allows one."""
        target, temporary = self._target(key)
        try:
            os.link(source, temporary)
            os.replace(temporary, target)
        except OSError:  # another file system, or one without hard links
            temporary.unlink(missing_ok=True)
            self.put_bytes(key, data)

    def _target(self, key: str) -> tuple[Path, Path]:
        """An entry's file and the temporary file it is written to first (replaced atomically)."""
        if not self._made:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._made = True
        target = self.path(key)
        return target, target.with_name(f"{target.name}.{os.getpid()}.tmp")

    def prune(self, keep: set[str]) -> None:
        """Remove this namespace's entries not in `keep`, and all but the newest other namespaces."""
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.suffix == self.suffix and path.stem not in keep:
                    path.unlink(missing_ok=True)
        prune_namespaces(self.root, self.folder)


def prune_namespaces(root: Path, current: Path) -> None:
    """Remove the namespace folders in `root` besides `current`, but for the newest few."""
    if not root.is_dir():
        return
    others = sorted(
        (path for path in root.iterdir() if path.is_dir() and path != current),
        key=lambda path: path.stat().st_mtime, reverse=True,
    )
    for stale in others[KEEP_NAMESPACES:]:
        shutil.rmtree(stale, ignore_errors=True)
