"""Fixtures for the explainer tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from explainer_site import FILES, build_explainer_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The test site, built once per session: every explainer in both languages."""
    return build_explainer_site(tmp_path_factory.mktemp("explainer-site"), FILES).site_dir
