"""The last build's files, written over by this build instead of removed first. No MkDocs imports.

MkDocs empties the site folder and writes every file anew. Writing over a file that is
already there keeps its inode; removing thousands of files and creating as many again
costs far more system time than the writing itself (on ext4 without a journal, the
kernel looks at every recently freed inode of a block group for each file it creates:
a cold build at 1,000 posts spent 4–8 s of system time on it, more than the floor's
whole build). So a `mkdocs build` puts the last build's folders back before MkDocs
writes (`feder.cache.aside`), and afterwards removes every file it did not write
again, with the folders that are then empty: the site ends up as an empty folder
would have it.

A file counts as written when its inode or its status-change time (ctime) differs from
when the build took it over: writing, truncating, replacing and linking all change one
of them; reading does not. Files with more than one link (cards and search indexes
shared with the cache, whose ctime the cache's own links change) are removed when the
build takes the folders over: placing them again only links them, which creates no
file. Top-level files stay out (the rename that puts them back would change their
ctime, possibly in the same clock tick as a later write).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath


@dataclass
class WrittenOver:
    """The files (inode and ctime) and folders of the last build that are in the site folder again."""

    root: Path
    files: dict[str, tuple[int, int]] = field(default_factory=dict)
    folders: set[str] = field(default_factory=set)

    @classmethod
    def take(cls, root: Path, names: Iterable[str], others: Iterable[str] = ()) -> WrittenOver:
        """The folders `names` of `root`, as they are now, but for the folders `others` in them
        (relative paths), which other code keeps up to date (`Registry.own_folders`)."""
        taken = cls(root)
        skipped = set(others)
        for name in names:
            if name not in skipped:
                taken.folders.add(name)
                taken._walk(name, skipped)
        return taken

    def _walk(self, folder: str, skipped: set[str]) -> None:
        with os.scandir(self.root / folder) as entries:
            for entry in entries:
                path = f"{folder}/{entry.name}"
                if path in skipped:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    self.folders.add(path)
                    self._walk(path, skipped)
                else:
                    status = entry.stat(follow_symlinks=False)
                    if status.st_nlink > 1:
                        os.unlink(entry.path)
                    else:
                        self.files[path] = (status.st_ino, status.st_ctime_ns)

    def clear_the_way(self, written: Iterable[str]) -> None:
        """Remove what would stop this build from writing the site-relative paths `written`: a
        folder where a file goes, a file where a folder goes."""
        for path in written:
            if path in self.folders:
                shutil.rmtree(self.root / path, ignore_errors=True)
                self._forget(path)
            for parent in PurePosixPath(path).parents:
                if str(parent) in self.files:
                    (self.root / str(parent)).unlink(missing_ok=True)
                    del self.files[str(parent)]

    def _forget(self, folder: str) -> None:
        inside = f"{folder}/"
        self.folders = {path for path in self.folders if path != folder and not path.startswith(inside)}
        self.files = {path: status for path, status in self.files.items() if not path.startswith(inside)}

    def remove_unwritten(self) -> None:
        """After the build: the files it did not write again, then the folders left empty."""
        for path, taken in self.files.items():
            target = self.root / path
            try:
                status = target.lstat()
            except OSError:
                continue
            if (status.st_ino, status.st_ctime_ns) == taken:
                target.unlink(missing_ok=True)
        for folder in sorted(self.folders, key=lambda path: path.count("/"), reverse=True):
            try:
                (self.root / folder).rmdir()
            except OSError:
                pass  # not empty: something of this build is in it

