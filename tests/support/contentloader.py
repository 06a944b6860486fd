"""Load posts from text, without MkDocs."""
from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from feder.content.languages import Languages
from feder.content.loading import SiteSources, load_content

AUTHORS = """\
redaktion:
  name: {de: Redaktion, en: Editorial team}
  bio: {de: Die Redaktion., en: The editorial team.}
"""

LANGUAGES = Languages(("de", "en"))


def load(tmp_path: Path, files: dict[str, str | bytes], authors: str = AUTHORS):
    """Write `files` (paths relative to the project root) and load the content."""
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (tmp_path / "authors.yml").write_text(authors, encoding="utf-8")
    (tmp_path / "posts").mkdir(exist_ok=True)
    sources = SiteSources(
        root=tmp_path, posts_dir=tmp_path / "posts", authors_file=tmp_path / "authors.yml",
        languages=LANGUAGES, default_author="redaktion", timezone=ZoneInfo("Europe/Berlin"),
    )
    return load_content(sources)


def messages(content) -> list[str]:
    return [str(problem) for problem in content.problems]
