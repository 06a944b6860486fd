"""Quality gates on the real site: one strict build of the repository's own content per session."""
from __future__ import annotations

import pytest

from tests.gates.built import SOURCE_DATE_EPOCH, BuiltSite, build_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
        env.setenv("NO_MKDOCS_2_WARNING", "1")
        return build_site(tmp_path_factory.mktemp("gates") / "site")
