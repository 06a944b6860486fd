"""A small bilingual site with the search (feder-search), built once per module and served
under a sub-path (/feder/, as on GitHub Pages)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "gates"))

from searchsite import SearchSite, build_search_site  # noqa: E402


@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> SearchSite:
    return build_search_site(tmp_path_factory.mktemp("search"))
