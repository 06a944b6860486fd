"""The blog the command-line tests run `feder` in: its files, and `feder` run through click's CliRunner."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner, Result

from feder.cli import main
from tests.support.sitebuilder import write_files

# Material's own plugins are named through the theme (`offline` → `material/offline`); the custom
# fence uses a `!!python/name:` tag, which the command must read without importing anything.
MKDOCS_YML = """\
site_name: Testblog
site_url: https://blog.example.org/
theme:
  name: material
  language: de
plugins:
  - offline
  - feder:
      default_author: redaktion
      languages: [de, en]
markdown_extensions:
  - toc:
      permalink: true
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
"""

AUTHORS = """\
redaktion:
  name: {de: Redaktion, en: Editorial team}
  bio: {de: Die Redaktion., en: The editorial team.}
max:
  name: Max Mustermann
  bio: {de: Berät Vertriebsteams., en: Advises sales teams.}
"""


def post(title: str, date: str = "2024-03-31", body: str = "Erster Absatz.\n\n<!-- more -->\n\nMehr Text.\n",
         **fields: str) -> str:
    """A post file's text; field values are written as given (YAML)."""
    lines = [f'title: "{title}"', f"date: {date}"] + [f"{key}: {value}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


@dataclass
class Blog:
    root: Path

    @property
    def posts(self) -> Path:
        return self.root / "posts"

    def write(self, files: Mapping[str, str]) -> None:
        write_files(self.root, files)

    def read(self, name: str) -> str:
        return (self.root / name).read_text(encoding="utf-8")

    def feder(self, *args: str, env: dict[str, str] | None = None) -> Result:
        """Run `feder ARGS` inside the blog's folder."""
        return CliRunner().invoke(main, list(args), env={"GITHUB_ACTIONS": None, **(env or {})},
                                  catch_exceptions=False)

    def post_files(self) -> list[str]:
        return sorted(path.relative_to(self.root).as_posix() for path in self.posts.rglob("*.md"))

