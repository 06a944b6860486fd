"""Running one command and measuring it: wall time, CPU time and peak memory of the process."""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = REPO / ".venv" / "bin"

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0")
"""MkDocs' end-of-life banner off; a fixed hash seed, so runs do the same work."""


@dataclass(frozen=True)
class Run:
    wall: float
    """Seconds."""
    cpu: float
    """User + system CPU seconds of the process (and any children it waited for)."""
    rss_mb: float
    """Peak resident set size, MiB."""
    output: str
    user: float = 0.0
    """The user part of `cpu`: what the code computes."""
    system: float = 0.0
    """The system part: the kernel's work for the process (files, memory), which swings most here."""
    """stdout and stderr, for counting warnings and reporting failures."""


@dataclass(frozen=True)
class Summary:
    wall: float
    cpu: float
    rss_mb: float
    runs: int
    cpu_low: float
    cpu_high: float
    user: float = 0.0
    system: float = 0.0

    @classmethod
    def of(cls, runs: Sequence[Run]) -> Summary:
        cpus = [run.cpu for run in runs]
        return cls(
            wall=statistics.median(run.wall for run in runs),
            cpu=statistics.median(cpus),
            rss_mb=statistics.median(run.rss_mb for run in runs),
            runs=len(runs), cpu_low=min(cpus), cpu_high=max(cpus),
            user=statistics.median(run.user for run in runs), system=statistics.median(run.system for run in runs),
        )


class CommandFailed(RuntimeError):
    pass


def run(command: Sequence[str], *, cwd: Path | None = None) -> Run:
    """Run `command` to completion; its own resource usage comes from wait4, not from a sampler."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command), cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise CommandFailed(f"{' '.join(command)} failed with exit code {process.returncode}:\n{output[-3000:]}")
    return Run(
        wall=wall, cpu=usage.ru_utime + usage.ru_stime, rss_mb=usage.ru_maxrss / 1024, output=output,
        user=usage.ru_utime, system=usage.ru_stime,
    )


def count_pages(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("*.html"))


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{total_kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    versions = subprocess.run(
        [str(VENV_BIN / "python"), "-c",
         "import importlib.metadata as m; print(' '.join(f'{p} {m.version(p)}' for p in "
         "('mkdocs', 'mkdocs-material', 'markdown', 'pymdown-extensions', 'jinja2')))"],
        capture_output=True, text=True, env=ENV,
    ).stdout.strip()
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": sys.version.split()[0],
        "system": f"{platform.system()} {platform.release()}",
        "packages": versions,
        "load": " ".join(f"{value:.2f}" for value in os.getloadavg()),
    }
