"""Build tiny feder sites in a temp dir through MkDocs' Python API, and read their HTML."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.support.fixtures import AUTHORS, write_files

DOCS = {
    "docs/impressum.md": "# Impressum\n\nAngaben gemäß § 5 DDG.\n",
    "docs/datenschutz.md": "# Datenschutzerklärung\n\nKeine Cookies.\n",
    "docs/en/impressum.md": "# Legal notice\n\nThe German version is authoritative.\n",
    "docs/en/datenschutz.md": "# Privacy policy\n\nNo cookies.\n",
    "docs/about.md": "# Über uns\n\nWir schreiben über Vertrieb.\n",
    "docs/en/about.md": "# About\n\nWe write about sales.\n",
}


def config_dict(**overrides: Any) -> dict[str, Any]:
    config: dict[str, Any] = {
        "site_name": "Testblog",
        "site_url": "https://blog.example.org/",
        "theme": {"name": "material", "language": "de", "font": False},
        "nav": ["index.md", "archive/index.md", "about.md"],
        "not_in_nav": "/impressum.md\n/datenschutz.md\n",
        "plugins": [{"feder": {"default_author": "redaktion"}}],
        "markdown_extensions": ["toc", "attr_list", "md_in_html", "pymdownx.superfences"],
        "validation": {
            "nav": {"omitted_files": "warn", "not_found": "warn", "absolute_links": "warn"},
            "links": {"not_found": "warn", "anchors": "warn", "absolute_links": "warn", "unrecognized_links": "warn"},
        },
    }
    config.update(overrides)
    return config


def plugins(**feder_options: Any) -> list[Any]:
    """The `plugins` of `config_dict` with more options for feder: `site.build(plugins=plugins(per_page=2))`."""
    return [{"feder": {"default_author": "redaktion", **feder_options}}]


def post(
    title: str, date: str = "2024-03-31", body: str = "Erster Absatz.\n\n<!-- more -->\n\nMehr Text.\n", **fields: Any
) -> str:
    """A post file's text with valid frontmatter."""
    meta = {"title": title, "date": date, **fields}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{body}"


@dataclass
class Site:
    root: Path

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def write(self, files: Mapping[str, str | bytes]) -> None:
        write_files(self.root, files)

    def build(self, *, strict: bool = True, **overrides: Any) -> None:
        (self.root / "mkdocs.yml").write_text(
            yaml.safe_dump(config_dict(**overrides), allow_unicode=True), encoding="utf-8"
        )
        config = load_config(str(self.root / "mkdocs.yml"), strict=strict)
        build(config)

    def exists(self, url: str) -> bool:
        return (self.site_dir / url / "index.html").is_file()

    def html(self, url: str) -> lxml.html.HtmlElement:
        """The parsed page at a site-relative URL such as `en/posts/x/`."""
        return lxml.html.parse(str(self.site_dir / url / "index.html")).getroot()


def make_site(root: Path, files: dict[str, str | bytes] | None = None, *, authors: str = AUTHORS) -> Site:
    site = Site(root)
    site.write({**DOCS, "authors.yml": authors, **(files or {})})
    return site
