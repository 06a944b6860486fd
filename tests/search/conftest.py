"""A small bilingual site with the search (feder-search), built once per module and served
under a sub-path (/feder/, as on GitHub Pages)."""
from __future__ import annotations

import pytest

from tests.search.searchsite import SearchSite, build_search_site


@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> SearchSite:
    return build_search_site(tmp_path_factory.mktemp("search"))
