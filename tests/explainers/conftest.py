"""Fixtures for the explainer tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.explainers.explainer_browser import AXE, CHROMIUM, LAUNCH_ARGS, needs, open_visit, serving
from tests.explainers.explainer_site import FILES, build_explainer_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The test site, built once per session: every explainer in both languages."""
    return build_explainer_site(tmp_path_factory.mktemp("explainer-site"), FILES).site_dir


@pytest.fixture(scope="session")
def chromium(request):
    needs(CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install chromium")
    needs(AXE.exists(), f"{AXE} is missing: run `make node`")
    # The session's one Playwright driver (tests/conftest.py), shared with the site gates.
    playwright = request.getfixturevalue("playwright_driver")
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def server(built_site):
    with serving(built_site) as base:
        yield base


@pytest.fixture
def visit(chromium, server):
    context, visit = open_visit(chromium, server, viewport={"width": 1024, "height": 800})
    yield visit
    context.close()
