"""A clean build says only what an author needs; `make help` lists the targets."""
from __future__ import annotations

import logging
import re
import subprocess
from pathlib import Path

import lxml.etree
from mkdocs.config import load_config

from tests.support.logs import mkdocs_messages
from tests.support.sitebuilder import post

REPO = Path(__file__).resolve().parents[2]
MKDOCS_PROGRESS = ("Cleaning site directory", "Building documentation to directory: ", "Documentation built in ")


def test_a_clean_build_logs_only_mkdocs_progress(site):
    site.write({"posts/a.de.md": post("Ein Beitrag", tags=["KI"]), "posts/a.en.md": post("A post")})
    with mkdocs_messages(logging.INFO) as handler:
        site.build()
    assert [m for m in handler.messages if not m.startswith(MKDOCS_PROGRESS)] == []


def test_mkdocs_does_not_render_its_sitemap(site):
    site.build()
    config = load_config(str(site.root / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    assert "sitemap.xml" not in config.theme.static_templates
    assert "404.html" in config.theme.static_templates


def test_the_sitemap_is_feders_and_the_theme_template_is_not_copied(site):
    site.write({"posts/a.de.md": post("Ein Beitrag"), "posts/a.en.md": post("A post")})
    site.build()
    sitemap = lxml.etree.parse(str(site.site_dir / "sitemap.xml"))
    links = sitemap.findall(".//{http://www.w3.org/1999/xhtml}link")
    assert links and not (site.site_dir / "sitemap.xml").read_text().count("{%")


def test_make_help_lists_every_target_on_one_line():
    targets = set(re.findall(r"^([a-z][a-z-]*):", (REPO / "Makefile").read_text(), re.MULTILINE))
    shown = subprocess.run(
        ["make", "--no-print-directory", "help"], cwd=REPO, capture_output=True, text=True, check=True
    )
    lines = shown.stdout.splitlines()
    assert {line.split()[0] for line in lines} == targets
    assert all(len(line.split(maxsplit=1)) == 2 for line in lines)
