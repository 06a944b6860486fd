"""Writing files over the ones already there, never through another link to them. No MkDocs imports.

Writing over a file keeps its inode, which costs less than removing it and creating a
new one (`feder.cache.overwrite` says how much less). A file with another link (the
build's cache links cards and search indexes into the site) is replaced instead, so
that neither side can change the other.
"""
from __future__ import annotations

import shutil
import stat
from pathlib import Path, PurePosixPath


def mirror(source: Path, target: Path) -> None:
    """Make the folder `target` hold exactly the files of `source`: files that differ are written
    (over the old ones where no other link shares them), the others removed. An index that did not
    change costs no new file."""
    wanted = {path.relative_to(source).as_posix(): path for path in source.rglob("*") if path.is_file()}
    folders = {str(parent) for name in wanted for parent in PurePosixPath(name).parents}
    if target.is_dir():
        for path in sorted(target.rglob("*"), key=lambda path: len(path.parts), reverse=True):
            relative = path.relative_to(target).as_posix()
            if path.is_dir() and not path.is_symlink():
                if relative not in folders:
                    shutil.rmtree(path, ignore_errors=True)
            elif relative not in wanted:
                path.unlink(missing_ok=True)
    for relative, path in wanted.items():
        data = path.read_bytes()
        destination = target / relative
        if not _holds(destination, data):
            destination.parent.mkdir(parents=True, exist_ok=True)
            write_unshared(destination, data)


def _holds(path: Path, data: bytes) -> bool:
    try:
        status = path.lstat()
        return stat.S_ISREG(status.st_mode) and status.st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_unshared(target: Path, data: bytes) -> None:
    """`data` into `target`, never through a link to another file (a cached card or index): such a file
    is replaced. A file with no other link is written over: it keeps its inode."""
    try:
        status = target.lstat()
        if status.st_nlink > 1 or not stat.S_ISREG(status.st_mode):
            target.unlink()
    except FileNotFoundError:
        pass
    target.write_bytes(data)
