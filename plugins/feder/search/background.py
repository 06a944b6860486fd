"""`mkdocs serve`: the search index is rebuilt in the background after each build.

Indexing 1,000 posts takes longer than the incremental rebuild after an edit, and the
preview server holds every request back while a build runs; so no build waits for
the index:

1. `hold` (start of a build, before MkDocs empties the site folder): indexing still
   running is stopped, and the last complete index moves to a hidden folder of the
   site folder (MkDocs and feder's incremental serve leave hidden entries alone).
2. `start` (end of the build): the held index goes back into place, so the search
   works at once, with the last index; then Pagefind indexes the new pages into
   another hidden folder, at the lowest CPU priority and on one thread, and when it
   is done that folder takes the index's place. Its stamp file names the build it
   was made from; each page of the preview carries the stamp of the build that
   wrote it, so the search can say when its index is older than the page.
3. `stop` (when `serve` ends): indexing still running is stopped.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
from pathlib import Path
from collections.abc import Callable

from feder.search import BUNDLE_DIR, STAMP_FILE
from feder.search.pagefind import prune, start_index

HELD = ".feder-search-held"
NEXT = ".feder-search-next-"
OLD = ".feder-search-old-"


class BackgroundIndexer:
    def __init__(self, report: Callable[[str], None]) -> None:
        """`report(message)` is told when an indexing run fails."""
        self.report = report
        self._lock = threading.Lock()
        self._generation = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def hold(self, site_dir: Path) -> None:
        self.stop()
        bundle, held = site_dir / BUNDLE_DIR, site_dir / HELD
        if bundle.is_dir():
            shutil.rmtree(held, ignore_errors=True)
            bundle.rename(held)

    def start(self, site_dir: Path, glob: str | None, stamp: str) -> None:
        """Put the last index back, then index the site (`glob`: its indexed pages; None: none)."""
        bundle, held = site_dir / BUNDLE_DIR, site_dir / HELD
        if held.is_dir() and not bundle.exists():
            held.rename(bundle)
        if glob is None:
            return
        with self._lock:
            self._generation += 1
            generation = self._generation
            output = site_dir / f"{NEXT}{generation}"
            self._process = process = start_index(site_dir, output, glob)
            self._thread = threading.Thread(
                target=self._finish, args=(process, generation, site_dir, output, stamp), daemon=True,
            )
        self._thread.start()

    def wait(self) -> None:
        """Until the indexing started last has finished (for tests)."""
        thread = self._thread
        if thread is not None:
            thread.join()

    def stop(self) -> None:
        with self._lock:
            self._generation += 1  # a run that finishes now is discarded
            process, thread = self._process, self._thread
            self._process = self._thread = None
        if process is not None and process.poll() is None:
            process.terminate()
        if thread is not None:
            thread.join()

    def _finish(self, process: subprocess.Popen[bytes], generation: int, site_dir: Path, output: Path, stamp: str) -> None:
        _, errors = process.communicate()
        with self._lock:
            current = generation == self._generation
            if current and process.returncode == 0:
                prune(output)
                (output / STAMP_FILE).write_text(json.dumps({"built": stamp}), encoding="utf-8")
                bundle, old = site_dir / BUNDLE_DIR, site_dir / f"{OLD}{generation}"
                if bundle.exists():
                    bundle.rename(old)
                output.rename(bundle)
                output = old
        if current and process.returncode != 0:
            self.report(f"the search index was not updated: Pagefind failed ({errors.decode('utf-8', 'replace').strip()})")
        shutil.rmtree(output, ignore_errors=True)
