"""Running Pagefind's indexer (the binary from the `pagefind_bin` wheel) on a built site."""
from __future__ import annotations

import os
import shutil
import subprocess
from importlib.metadata import version as package_version
from pathlib import Path

from feder.inplace import mirror

UNUSED = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)
"""Pagefind's ready-made interfaces: the site has its own (assets/search.js), so they are not published."""


class IndexingFailed(RuntimeError):
    pass


def executable() -> Path:
    from pagefind_bin import get_executable

    found: Path = get_executable()
    return found


OPTIONS = ("--exclude-selectors", ".headerlink, .feder-meta, .feder-state, .feder-post__footer")
"""Not indexed: the `¶` permalinks of headings; a post's date line, draft notice and footer
(tags, related posts, authors, links to other posts), which name other things than the post."""


def settings() -> str:
    """Everything besides the pages that an index depends on: part of every cache key of one."""
    return "\0".join((package_version("pagefind_bin"), *OPTIONS, *UNUSED))


def command(site_dir: Path, output: Path, glob: str) -> list[str]:
    return [
        str(executable()), "--site", str(site_dir), "--output-path", str(output.resolve()), "--glob", glob,
        *OPTIONS, "--silent",
    ]


def environment() -> dict[str, str]:
    """One thread: Pagefind's thread pool spends CPU time waiting for work (a tenth more CPU
    on two cores at 1,000 posts); the build is measured in CPU time, and wall time grows less."""
    return dict(os.environ, RAYON_NUM_THREADS="1")


def build_index(site_dir: Path, output: Path, glob: str, scratch: Path | None = None) -> None:
    """Index the pages of `site_dir` that match `glob` into `output` (replaced).

    With an empty folder `scratch` (in memory: `feder.search.copies`), Pagefind writes there and
    `output` gets only the files that changed (`mirror`): on disk, removing the last index's 1,500
    files and creating as many costs more system time than Pagefind's whole run in memory.
    Where `scratch` cannot take the index (a full `/dev/shm`), Pagefind writes to `output`."""
    if scratch is not None:
        try:
            _run(site_dir, scratch, glob)
        except IndexingFailed:
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            prune(scratch)
            mirror(scratch, output)
            shutil.rmtree(scratch, ignore_errors=True)
            return
    shutil.rmtree(output, ignore_errors=True)
    _run(site_dir, output, glob)
    prune(output)


def _run(site_dir: Path, output: Path, glob: str) -> None:
    result = subprocess.run(
        command(site_dir, output, glob), check=False, capture_output=True, text=True, cwd=site_dir, env=environment(),
    )
    if result.returncode != 0:
        raise IndexingFailed(
            f"Pagefind failed (exit code {result.returncode}): {(result.stderr or result.stdout).strip()}"
        )


def start_index(site_dir: Path, output: Path, glob: str) -> subprocess.Popen[bytes]:
    """The same in the background, at the lowest CPU priority, so that it leaves the machine
    to the next build. The caller waits for it (and then calls `prune`)."""
    shutil.rmtree(output, ignore_errors=True)
    nice = shutil.which("nice")
    prefix = [nice, "-n", "19"] if nice else []
    return subprocess.Popen(
        [*prefix, *command(site_dir, output, glob)], cwd=site_dir, env=environment(),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def prune(output: Path) -> None:
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
