"""Gate 6: two builds of the same commit with the same SOURCE_DATE_EPOCH are byte-identical.

The second build runs in another process (another PYTHONHASHSEED, so set and dict
iteration orders that depend on hashing change) from a copy of the repository at another
path (so absolute paths cannot leak into the output).
"""
from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.gates.built import SOURCE_DATE_EPOCH
from tests.support.tools import REPO

NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", ".site-staging", "__pycache__", ".pytest_cache", ".cache", "bench",
)


def files_of(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def differences(first: dict[str, bytes], second: dict[str, bytes], limit: int = 12) -> list[str]:
    report = [f"only in the first build: {name}" for name in sorted(first.keys() - second.keys())]
    report += [f"only in the second build: {name}" for name in sorted(second.keys() - first.keys())]
    for name in sorted(first.keys() & second.keys()):
        if first[name] == second[name]:
            continue
        try:
            a, b = first[name].decode("utf-8").splitlines(), second[name].decode("utf-8").splitlines()
            diff = list(difflib.unified_diff(a, b, "first", "second", n=0, lineterm=""))[2:8]
            report.append(f"{name} differs:\n    " + "\n    ".join(line[:200] for line in diff))
        except UnicodeDecodeError:
            report.append(f"{name} differs (binary)")
    return report[:limit]


def test_gate_two_builds_are_byte_identical(built_site, tmp_path):
    copy = tmp_path / "elsewhere" / "repo"
    shutil.copytree(REPO, copy, ignore=NOT_SOURCES)
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, PYTHONHASHSEED="4242", NO_MKDOCS_2_WARNING="1")
    second = tmp_path / "second-site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(copy / "mkdocs.yml"),
         "--site-dir", str(second)],
        cwd=copy, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = differences(files_of(built_site.root), files_of(second))
    assert not found, "the builds differ:\n" + "\n".join(found)

