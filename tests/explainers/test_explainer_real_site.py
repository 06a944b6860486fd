"""The blog's own posts: every page with an explainer, built from the repository's
mkdocs.yml, works in Chromium (tests/explainers/test_explainer_browser.py has the tools)."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.explainers.explainer_browser import EXPLAINERS_ONLY, axe_serious, open_visit, ready, serving

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("real-site")
    # `watch` only matters to `mkdocs serve`; a fresh clone may lack a watched folder.
    config = load_config(str(REPOSITORY / "mkdocs.yml"), site_dir=str(site_dir), strict=True, watch=[])
    build(config)
    return site_dir


def explainer_pages(site: Path) -> dict[str, set[str]]:
    pages = {}
    for path in sorted(site.rglob("index.html")):
        names = set(lxml_html.parse(str(path)).getroot().xpath("//section/@data-feder-explainer"))
        if names:
            pages[path.parent.relative_to(site).as_posix() + "/"] = names
    return pages


def test_the_posts_use_all_four_explainers_in_both_languages(real_site):
    pages = explainer_pages(real_site)
    for lang_prefix in ("posts/", "en/posts/"):
        used = set().union(*(names for url, names in pages.items() if url.startswith(lang_prefix)))
        assert used == {"bani", "funnel", "stakeholders", "qualification"}, lang_prefix


@pytest.mark.browser
def test_every_explainer_page_runs_clean(real_site, chromium):
    with serving(real_site) as base:
        for url in explainer_pages(real_site):
            context, visit = open_visit(chromium, base, viewport={"width": 1024, "height": 800})
            try:
                visit.open(url)
                ready(visit)
                assert axe_serious(visit, EXPLAINERS_ONLY) == [], url
                visit.assert_clean()
            finally:
                context.close()
