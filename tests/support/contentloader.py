"""Load posts from text, without MkDocs."""
from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from feder.content.languages import Languages
from feder.content.loading import SiteSources, load_content
from tests.support.fixtures import AUTHORS, write_files

LANGUAGES = Languages(("de", "en"))


def load(tmp_path: Path, files: dict[str, str | bytes], authors: str = AUTHORS):
    """Write `files` (paths relative to the project root) and load the content."""
    write_files(tmp_path, files, dedent=False)
    (tmp_path / "authors.yml").write_text(authors, encoding="utf-8")
    (tmp_path / "posts").mkdir(exist_ok=True)
    sources = SiteSources(
        root=tmp_path, posts_dir=tmp_path / "posts", authors_file=tmp_path / "authors.yml",
        languages=LANGUAGES, default_author="redaktion", timezone=ZoneInfo("Europe/Berlin"),
    )
    return load_content(sources)


def messages(content) -> list[str]:
    return [str(problem) for problem in content.problems]
