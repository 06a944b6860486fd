"""The hostile site: every content field holds hostile text; built once per session."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.security import hostile
from tests.support.sitebuilder import Site


@dataclass
class HostileSite:
    site: Site
    accepted: dict[hostile.Field, Any]
    """Each field with the hostile value it carries in the site."""
    refused: dict[hostile.Field, list]
    """Fields whose checks refuse every hostile value, with the problems they report."""


def _built(tmp_path_factory, name: str, texts) -> HostileSite:
    root = tmp_path_factory.mktemp(name)
    accepted, refused = hostile.classify(root / "checks", hostile.content_fields(), texts)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NO_MKDOCS_2_WARNING", "1")
        site = hostile.build_site(root / "site", accepted)
    return HostileSite(site, accepted, refused)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> HostileSite:
    """Markup, quotes, `<!--`, `]]>`, U+2028/U+2029 and a `javascript:` text in every field."""
    return _built(tmp_path_factory, "hostile", hostile.TEXT_PAYLOADS)


@pytest.fixture(scope="session")
def script_url_site(tmp_path_factory) -> HostileSite:
    """`javascript:…` as the whole value of every field (it may become a link or an image)."""
    return _built(tmp_path_factory, "script-url", (hostile.SCRIPT_URL,))
