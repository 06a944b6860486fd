"""Incremental rebuilds for `mkdocs serve`: build the pages an edit changed, keep the others.

`mkdocs serve` rebuilds the whole site on every change, and the server holds
requests back until it is done: with 1,000 posts that is several seconds per
keystroke-and-save, even with every post's HTML cached, because every page still
goes through the theme's templates and the disk. The plugin
object lives through all rebuilds of a `serve` session, so it remembers, for every
page of the last build, the fingerprint of what the page shows
(`feder.cache.dependencies`). On the next build:

1. `set_aside` (last `on_pre_build`, just before MkDocs empties the site folder):
   the last build's files move into a folder in the cache folder (renames, not
   copies; where the two are on different file systems, nothing moves and the build
   is a full one). Hidden files stay where they are, as MkDocs leaves them.
2. `plan` (end of `on_files`): if everything all pages share is unchanged, every
   page whose own fingerprint is unchanged is excluded from this build
   (`InclusionLevel.EXCLUDED`, MkDocs' regular way to leave a file out). Links to
   excluded pages still resolve: the `feder` plugin's link extension writes their
   URLs as MkDocs would (`feder.plugins.blog.links`; the page is not excluded from
   the site, only from this build's work).
3. `restore` (`on_post_build`): the kept pages' files move back; files written
   after the pages (feeds) come back with `keep_output` when their content would
   be the same; `finish` removes the set-aside copy.

If anything all pages share changed (configuration, templates, code, docs pages,
authors, tags file, the date, any post's frontmatter, a new or deleted post),
the build is a full one. A failed build forgets everything: the next is full.
Anchors in kept pages are not checked again for links from rebuilt pages (the
full build does that).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

from feder.cache.aside import remove_later, set_aside
from feder.cache.render import files_signature
from feder.fingerprint import digest


@dataclass
class _Kept:
    inputs: str
    """The page's own fingerprint when it was built."""
    dest: str
    html: str | None = None
    """A post's rendered content, for the teasers and feeds of the pages that are built."""


class IncrementalServe:
    def __init__(self) -> None:
        self._shared: str | None = None
        self._pages: dict[str, _Kept] = {}
        self._planned_shared: str | None = None
        self._inputs: dict[str, str] = {}
        self._kept: dict[str, _Kept] = {}
        self._aside: Path | None = None
        self._site_dir: Path | None = None
        self._next_pages: dict[str, _Kept] = {}
        self._outputs: dict[str, object] = {}
        self._next_outputs: dict[str, object] = {}
        self.kept_count = 0

    # 1. Before MkDocs empties the site folder ---------------------------------------------------

    def set_aside(self, site_dir: Path, folder: Path) -> None:
        """Move the last build's files out of `site_dir`, into a new folder below `folder`."""
        self._aside = set_aside(site_dir, folder)

    # 2. Which pages this build can keep ---------------------------------------------------------

    def plan(self, files: Files, shared: Iterable[str], pages: Iterable[tuple[File, str | None, bool]]) -> set[str]:
        """Exclude the pages that need no rebuild; returns their URLs.

        `shared` are the fingerprints of what all pages depend on; `pages` are the
        files of feder's pages with their own fingerprint (None: always build) and
        whether they are posts (whose rendered content must be known to keep them).
        """
        self._planned_shared = digest(*shared, files_signature(files))
        self._inputs = {}
        self._kept = {}
        same = self._planned_shared == self._shared and self._aside is not None
        for file, inputs, is_post in pages:
            if inputs is None:
                continue
            self._inputs[file.url] = inputs
            previous = self._pages.get(file.url) if same else None
            if (
                previous is not None and previous.inputs == inputs and previous.dest == file.dest_uri
                and (previous.html is not None or not is_post)
                and (self._aside / file.dest_uri).is_file()  # type: ignore[operator]
            ):
                file.inclusion = InclusionLevel.EXCLUDED
                self._kept[file.url] = previous
        self.kept_count = len(self._kept)
        return set(self._kept)

    def html(self, url: str) -> str | None:
        """A kept post's rendered content."""
        kept = self._kept.get(url)
        return kept.html if kept else None

    # 3. After the build -------------------------------------------------------------------------

    def restore(self, site_dir: Path, files: Files, rendered: dict[str, str]) -> None:
        """Move kept pages back; remember this build for the next one.

        `rendered` maps the URL of every post built now to its content.
        """
        if self._aside is not None:
            _move_back(self._aside, site_dir, [kept.dest for kept in self._kept.values()])
        pages: dict[str, _Kept] = {}
        for file in files.documentation_pages(inclusion=InclusionLevel.all):
            url = file.url
            if url in self._kept:
                pages[url] = self._kept[url]
            elif url in self._inputs:
                pages[url] = _Kept(self._inputs[url], file.dest_uri, rendered.get(url))
        self._next_pages = pages
        self._site_dir = site_dir

    def keep_output(self, path: str, key: object) -> bool:
        """For other files of the site (feeds): True if the last build's file is still right and is back in place.

        `key` must change whenever the file's content would (within this process).
        """
        previous = self._outputs.get(path)
        self._next_outputs[path] = key
        if previous != key or self._aside is None or self._site_dir is None or self._planned_shared != self._shared:
            return False
        source, target = self._aside / path, self._site_dir / path
        if not source.is_file():
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        return True

    def finish(self) -> None:
        """The build succeeded: remember it for the next one."""
        if self._aside is not None:
            remove_later([self._aside])
            self._aside = None
        self._pages, self._next_pages = self._next_pages, {}
        self._outputs, self._next_outputs = self._next_outputs, {}
        self._shared = self._planned_shared

    def forget(self) -> None:
        """After a failed build: the next build is a full one."""
        self._shared = None
        self._pages, self._next_pages = {}, {}
        self._outputs, self._next_outputs = {}, {}
        self._kept = {}




def _move_back(aside: Path, site_dir: Path, dests: list[str]) -> None:
    """Move kept files from the set-aside copy back into place.

    Creating folders is the slow part on most file systems, so a page whose old
    folder holds nothing else (`posts/x/index.html`) goes back with its folder.
    """
    made: set[Path] = set()

    def folder(path: Path) -> None:
        if path not in made:
            path.mkdir(parents=True, exist_ok=True)
            made.update([path, *path.parents])

    for dest in sorted(dests, key=lambda d: d.count("/")):  # parents first
        source, target = aside / dest, site_dir / dest
        if source.name == "index.html" and target.parent != site_dir and not target.parent.exists():
            if os.listdir(source.parent) == ["index.html"]:
                folder(target.parent.parent)
                os.rename(source.parent, target.parent)
                made.add(target.parent)
                continue
        folder(target.parent)
        os.replace(source, target)
