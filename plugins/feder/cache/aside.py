"""The last build's site, moved out of the way while a build runs. No MkDocs imports.

MkDocs empties the site folder right after `on_pre_build`. Moved into the cache folder
instead (renames, not copies), the last build's files can come back: `mkdocs serve` takes
back the pages an edit did not change (`feder.cache.serve`), and `mkdocs build` puts the
whole site back when the build stops before writing its pages (`PreviousSite`): the
content checks of rendered pages run once MkDocs has rendered every page (`on_env`), after
it emptied the folder. When they pass, its folders come back to be written over
(`feder.cache.overwrite`). Hidden files stay where they are, as MkDocs leaves them. Where
the cache folder is on another file system than the site, nothing moves (and MkDocs
empties the folder as it would without feder).
"""
from __future__ import annotations

import os
import shutil
import threading
from itertools import count
from pathlib import Path

from feder.cache.overwrite import WrittenOver

ASIDE_PREFIX = "previous-"
_builds = count()


def set_aside(site_dir: Path, folder: Path) -> Path | None:
    """Move the files of `site_dir` into a new folder below `folder` and return it; None when there is no
    site or the move takes more than renames. Folders that earlier builds left there are removed."""
    if not site_dir.is_dir():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stale = [path for path in folder.iterdir() if path.name.startswith(ASIDE_PREFIX)]
    aside = folder / f"{ASIDE_PREFIX}{os.getpid()}-{next(_builds)}"
    aside.mkdir()
    if move_all(site_dir, aside):
        remove_later(stale)
        return aside
    remove_later([*stale, aside])
    return None


class PreviousSite:
    """`mkdocs build`: the last build's site, back in place if this build stops before writing pages."""

    def __init__(self) -> None:
        self._site_dir: Path | None = None
        self._aside: Path | None = None
        self._own_folder: Path | None = None
        self._written_over: WrittenOver | None = None

    def set_aside(self, site_dir: Path, folder: Path | None) -> None:
        """Last of all `on_pre_build` handlers: MkDocs empties the site folder next. Without a
        cache `folder`, a hidden folder next to the site holds it, removed with it afterwards."""
        if folder is None:
            folder = self._own_folder = site_dir.parent / f".{site_dir.name}-previous"
        self._site_dir, self._aside = site_dir, set_aside(site_dir, folder)

    def put_back(self) -> None:
        """The build failed before writing its pages: the site folder as it was. (Once it writes
        them, nothing can come back: a failed build then leaves what it wrote.)"""
        self._written_over = None
        if self._aside is not None and self._site_dir is not None:
            for path in self._site_dir.iterdir():  # anything a plugin wrote early
                if not path.name.startswith("."):
                    shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
            move_all(self._aside, self._site_dir)
        self._remove()

    def reuse(self, written: list[str], others: set[str] | None = None) -> None:
        """The pages are written next (`written`: their site-relative paths): the last build's
        folders go back into the site folder, to be written over (but for `others`, folders other
        code keeps up to date); the rest is removed now, not in the background: a build's process
        may end first and leave it in the cache folder."""
        if self._aside is not None and self._site_dir is not None:
            taken = {path.name for path in self._site_dir.iterdir()}
            folders = [path for path in self._aside.iterdir()
                       if path.is_dir() and not path.is_symlink() and path.name not in taken]
            back = []
            for folder in folders:
                try:
                    folder.rename(self._site_dir / folder.name)
                except OSError:  # that folder is made anew instead
                    continue
                back.append(folder.name)
            self._written_over = WrittenOver.take(self._site_dir, back, others or ())
            self._written_over.clear_the_way(written)
        self._remove()

    def remove_unwritten(self) -> None:
        """The site is written: what of the last build's it did not write again goes."""
        if self._written_over is not None:
            self._written_over.remove_unwritten()
            self._written_over = None

    def _remove(self) -> None:
        if self._aside is not None:
            shutil.rmtree(self._aside, ignore_errors=True)
        if self._own_folder is not None:
            shutil.rmtree(self._own_folder, ignore_errors=True)
        self._aside = self._own_folder = None


def move_all(site_dir: Path, aside: Path) -> bool:
    """Every file and folder of `site_dir` but hidden ones into `aside`; False (and nothing moved) where
    that takes more than renames (another file system)."""
    moved: list[str] = []
    try:
        for path in site_dir.iterdir():
            if not path.name.startswith("."):
                path.rename(aside / path.name)
                moved.append(path.name)
    except OSError:
        for name in moved:
            (aside / name).rename(site_dir / name)
        return False
    return True


def remove_later(paths: list[Path]) -> None:
    """Old copies are deleted in the background: nobody waits for that."""
    if paths:
        threading.Thread(target=_remove, args=(paths,), daemon=True).start()


def _remove(paths: list[Path]) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
