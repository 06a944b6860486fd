"""`mkdocs serve`: the search indexes are rebuilt in the background after each build.

Indexing 1,000 posts takes longer than the incremental rebuild after an edit, and the
preview server holds every request back while a build runs; so no build waits for
the indexes:

1. `hold` (start of a build, before MkDocs empties the site folder): indexing still
   running is stopped, and the last complete indexes move to a hidden folder of the
   site folder (MkDocs and feder's incremental serve leave hidden entries alone).
2. `start` (end of the build): the held indexes go back into place, so the search
   works at once, with the last indexes; then Pagefind indexes the new pages, one
   language after the other, into another hidden folder, at the lowest CPU
   priority, and each finished index takes its language's place. Its stamp file
   names the build it was made from; each page of the preview carries the stamp of
   the build that wrote it, so the search can say when its index is older than the
   page.
3. `stop` (when `serve` ends): indexing still running is stopped.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from feder.search import BUNDLE_DIR, STAMP_FILE
from feder.search.pagefind import prune, start_index
from feder.search.selection import IndexPlan

HELD = ".feder-search-held"
NEXT = ".feder-search-next"
OLD = ".feder-search-old"


class BackgroundIndexer:
    def __init__(self, report: Callable[[str], None]) -> None:
        """`report(message)` is told when an indexing run fails."""
        self.report = report
        self._lock = threading.Lock()
        self._generation = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def hold(self, site_dir: Path, roots: list[str]) -> None:
        """Before the build: the indexes below the language roots `roots` (``, `en/`) go aside."""
        self.stop()
        for root in roots:
            bundle, held = site_dir / root / BUNDLE_DIR, _held(site_dir, root)
            if bundle.is_dir():
                shutil.rmtree(held, ignore_errors=True)
                held.parent.mkdir(exist_ok=True)
                bundle.rename(held)

    def start(self, site_dir: Path, plans: list[IndexPlan], stamp: str, roots: list[str]) -> None:
        """After the build: the held indexes back, then a new index for each plan."""
        for root in roots:
            bundle, held = site_dir / root / BUNDLE_DIR, _held(site_dir, root)
            if held.is_dir() and bundle.parent.is_dir() and not bundle.exists():
                held.rename(bundle)
        shutil.rmtree(site_dir / HELD, ignore_errors=True)  # a language that has no pages any more
        with self._lock:
            self._generation += 1
            self._thread = threading.Thread(
                target=self._run, args=(plans, self._generation, site_dir, stamp), daemon=True,
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

    def _run(self, plans: list[IndexPlan], generation: int, site_dir: Path, stamp: str) -> None:
        try:
            for plan in plans:
                output = site_dir / NEXT / plan.lang
                with self._lock:
                    if generation != self._generation:
                        return
                    self._process = process = start_index(site_dir / plan.root, output, plan.glob)
                _, errors = process.communicate()
                if process.returncode == 0:
                    self._replace(site_dir / plan.root / BUNDLE_DIR, output, generation, stamp)
                elif generation == self._generation:
                    self.report(f"the {plan.lang} search index was not updated: Pagefind failed "
                                f"({errors.decode('utf-8', 'replace').strip()})")
        finally:
            shutil.rmtree(site_dir / NEXT, ignore_errors=True)

    def _replace(self, bundle: Path, output: Path, generation: int, stamp: str) -> None:
        """The new index takes the old one's place, unless a newer build has started."""
        old = bundle.parent / f"{OLD}-{generation}"
        with self._lock:
            if generation != self._generation or not bundle.parent.is_dir():
                shutil.rmtree(output, ignore_errors=True)
                return
            prune(output)
            (output / STAMP_FILE).write_text(json.dumps({"built": stamp}), encoding="utf-8")
            if bundle.exists():
                bundle.rename(old)
            output.rename(bundle)
        shutil.rmtree(old, ignore_errors=True)


def _held(site_dir: Path, root: str) -> Path:
    return site_dir / HELD / (root.strip("/") or "_")
