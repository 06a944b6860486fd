"""The external tools the gates need (Java, Node, Chromium, npm packages), found or explained.

Locally, a gate whose tool is missing is skipped with a reason that says how to get
it (`pytest -ra` lists the reasons). Under CI=true a missing tool fails the gate:
CI must never pass because a check did not run.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / "node_modules"
MIN_JAVA = 17

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> NoReturn:
    if in_ci():
        pytest.fail(f"{reason} (CI=true: every gate must run)", pytrace=False)
    pytest.skip(reason)


def java() -> str:
    path = shutil.which("java")
    if path is None:
        unavailable(f"Java not found: install Java {MIN_JAVA}+ (apt-get install default-jre-headless) "
                    "for the HTML validity gate")
    result = subprocess.run([path, "-version"], capture_output=True, text=True)
    found = re.search(r'version "(\d+)', result.stderr + result.stdout)
    if found is None or int(found.group(1)) < MIN_JAVA:
        version = (result.stderr or result.stdout).splitlines()[:1]
        unavailable(f"{path} is not Java {MIN_JAVA}+ ({version}); the Nu Html Checker needs it")
    return path


def node() -> str:
    path = shutil.which("node")
    if path is None:
        unavailable(
            "Node.js not found: install it (apt-get install nodejs npm) and run `make node` for the workflow lint"
        )
    return path


def node_module(relative: str) -> Path:
    """A file of a pinned test tool in node_modules/ (installed by `make node`)."""
    path = NODE_MODULES / relative
    if not path.is_file():
        unavailable(f"node_modules/{relative} is missing: run `make node` (needs npm)")
    return path


def chromium() -> str:
    """Debian's Chromium; FEDER_CHROMIUM names another Chromium-based browser."""
    path = os.environ.get("FEDER_CHROMIUM", "/usr/bin/chromium")
    if not os.access(path, os.X_OK):
        unavailable(f"no Chromium at {path}: install it (apt-get install chromium; .ci/run does) or set FEDER_CHROMIUM")
    try:
        import playwright.sync_api  # noqa: F401 - only whether it imports
    except ImportError:
        unavailable("Playwright for Python is not installed: run `make .venv/.installed`")
    return path
