"""A build that fails leaves the site folder as the last good build left it.

MkDocs empties the site folder early; the checks of rendered pages (links, active content)
run once MkDocs has rendered every page, so feder keeps the last site aside until then.
"""
from __future__ import annotations

import hashlib

import pytest
from mkdocs.exceptions import Abort

from tests.support.sitebuilder import plugins, post

GOOD = {
    "posts/quelle.de.md": post("Quelle", body="[Ziel](../ziel/)\n"),
    "posts/ziel.de.md": post("Ziel", body="## Zweiter Teil\n\nText.\n"),
}
BROKEN = {
    "a link to a missing post": post("Quelle", body="[Ziel](../fehlt/)\n"),
    "a missing anchor": post("Quelle", body="[Ziel](ziel.de.md#gibt-es-nicht)\n"),
    "a script": post("Quelle", body="Text.\n\n<script>alert(1)</script>\n"),
    "broken frontmatter": "---\ntitle: [Quelle\n---\nText.\n",
}


def _files(site_dir) -> dict[str, str]:
    return {
        path.relative_to(site_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site_dir.rglob("*")) if path.is_file()
    }


@pytest.mark.parametrize("cache", [True, False], ids=["cache", "no-cache"])
@pytest.mark.parametrize("broken", list(BROKEN), ids=list(BROKEN))
def test_a_failed_build_leaves_the_previous_site_untouched(site, mkdocs_log, broken, cache):
    site.write(GOOD)
    site.build(plugins=plugins(cache=cache))
    before = _files(site.site_dir)
    assert "posts/quelle/index.html" in before
    site.write({"posts/quelle.de.md": BROKEN[broken]})
    with pytest.raises(Abort):
        site.build(plugins=plugins(cache=cache))
    assert _files(site.site_dir) == before
    assert sorted(path.name for path in site.root.iterdir() if path.name.endswith("-previous")) == []


def test_the_built_pages_carry_no_trace_of_the_links_as_written(site, mkdocs_log):
    site.write({**GOOD, "posts/quelle.de.md": post("Quelle", body="[Ziel](ziel.de.md) ![Bild](/bild.png)\n"),
                "docs/bild.png": b"\x89PNG\r\n\x1a\n"})
    site.build()
    for page in site.site_dir.rglob("*.html"):
        assert "data-feder-authored" not in page.read_text(encoding="utf-8"), page
    assert site.html("posts/quelle/").cssselect(".feder-post__body a")[0].get("href") == "../ziel/"
