"""A small blog to import into, with `feder import` run on it through click's CliRunner."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import lxml.html
import markdown
import yaml
from click.testing import CliRunner, Result

from feder.cli import main
from feder.importer.authors import AuthorNames
from feder.importer.model import Settings
from tests.support.sitebuilder import AUTHORS as EDITORIAL
from tests.support.sitebuilder import config_dict

FIXTURES = Path(__file__).parent / "fixtures"
EXTENSIONS = ["toc", "admonition", "attr_list", "md_in_html", "tables", "footnotes", "pymdownx.superfences"]

MKDOCS_YML = yaml.safe_dump(config_dict(markdown_extensions=["toc", "footnotes"]), allow_unicode=True)
AUTHORS_YML = EDITORIAL + """\
max:
  name: Max Mustermann
  bio: {de: Berät Vertriebsteams., en: Advises sales teams.}
"""
ANNA = """\
anna:
  name: Prof. Dr. Anna Berger
  bio: {de: Vertriebsstrategin., en: Sales strategist.}
"""
TAGS_YML = """\
tags:
  Vertrieb:
    name: {de: Vertrieb, en: Sales}
  Digitalisierung:
    name: {de: Digitalisierung, en: Digital Transformation}
  Kundenmanagement:
    name: {de: Kundenmanagement, en: Customer Management}
  Lead-Qualifizierung:
    name: {de: Lead-Qualifizierung, en: Lead Qualification}
aliases:
  Verkauf: Vertrieb
  Digitale Transformation: Digitalisierung
"""
AUTHORS = AuthorNames({"max": ["Max Mustermann"], "redaktion": ["Redaktion", "Editorial team"]})
SETTINGS = Settings(("de", "en"), AUTHORS, author="redaktion")


@dataclass
class Blog:
    root: Path

    def add(self, name: str, text: str) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def feder(self, *args: str) -> Result:
        return CliRunner().invoke(main, list(args), env={"GITHUB_ACTIONS": None}, catch_exceptions=False)

    def imported(self, *names: str, args: tuple[str, ...] = ()) -> Result:
        """`feder import` of files in the blog's folder; fixture files are copied there first."""
        for name in names:
            if (FIXTURES / name).is_file():
                shutil.copy(FIXTURES / name, self.root / name)
        return self.feder("import", *names, *args)

    def post_files(self) -> list[str]:
        return sorted(path.relative_to(self.root).as_posix() for path in (self.root / "posts").rglob("*.md"))

    def load(self, name: str) -> frontmatter.Post:
        return frontmatter.loads((self.root / name).read_text(encoding="utf-8"))

    def text(self, name: str) -> str:
        return (self.root / name).read_text(encoding="utf-8")

    def assert_passes_check(self) -> None:
        result = self.feder("check")
        assert (result.exit_code, result.stdout) == (0, ""), result.stdout


def make_blog(root: Path, *, authors: str = AUTHORS_YML) -> Blog:
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "authors.yml").write_text(authors, encoding="utf-8")
    (root / "tags.yml").write_text(TAGS_YML, encoding="utf-8")
    (root / "posts").mkdir()
    return Blog(root)


def html(body: str) -> lxml.html.HtmlElement:
    """The body as the site renders it (Python-Markdown with the site's extensions)."""
    return lxml.html.fragment_fromstring(markdown.markdown(body, extensions=EXTENSIONS), create_parent="div")


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")
