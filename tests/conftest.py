"""Shared fixtures: tiny sites built through MkDocs' Python API."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.logs import LogMessages, mkdocs_messages
from tests.support.sitebuilder import Site, make_site


@pytest.fixture
def site(tmp_path: Path) -> Site:
    """An empty site (docs pages and authors file only); add posts with `site.write`."""
    return make_site(tmp_path)


@pytest.fixture
def mkdocs_log() -> Iterator[LogMessages]:
    """Every warning and error MkDocs and its plugins log during the test."""
    with mkdocs_messages(logging.WARNING) as handler:
        yield handler


@pytest.fixture(autouse=True)
def fresh_plugins():
    """MkDocs keeps plugins that have `on_startup` alive across configs loaded in one process
    (for `mkdocs serve` reloads): without this, a preview test would leave feder in serve
    mode for every later test."""
    yield
    from mkdocs.config.defaults import MkDocsConfig

    MkDocsConfig.plugins.plugin_cache.clear()


@pytest.fixture(scope="session")
def playwright_driver():
    """The one Playwright driver of the session: its sync API cannot run twice at once, so the
    explainer tests and the site gates launch their browsers from this one."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is in requirements.lock
        reason = "Playwright for Python is not installed: run `make .venv/.installed`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (required when CI=true)")
        pytest.skip(reason)
    with sync_playwright() as driver:
        yield driver
