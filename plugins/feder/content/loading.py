"""Loading every post of a site: discover, read, validate; collect all problems."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from typing import Any, Mapping, Protocol
from zoneinfo import ZoneInfo

from feder.content.authors import Author, load_authors
from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.problems import Problem
from feder.content.reading import read_post
from feder.content.sources import PostSource, discover
from feder.content.urls import Urls
from feder.content.validation import Rules, validate


PostResult = tuple["Post | None", "list[Problem]"]
"""What reading and checking one file gives: the post if it is valid, and its problems."""


class PostMemo(Protocol):
    """Results of earlier loads, e.g. across the rebuilds of `mkdocs serve` (see feder.cache.posts)."""

    def get(self, source: PostSource, data: bytes, rules: Rules) -> PostResult | None: ...
    def put(self, source: PostSource, data: bytes, rules: Rules, result: PostResult) -> None: ...


@dataclass
class Loaded:
    posts: list[Post] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_posts(
    posts_dir: Path, root: Path, languages: Languages, rules: Rules, only: list[Path] | None = None,
    memo: PostMemo | None = None,
) -> Loaded:
    """Every valid post below `posts_dir`, and every problem found on the way.

    `only` restricts reading to some files (e.g. `feder check FILE`), while URL
    collisions are still checked against all files. With a `memo`, files whose
    bytes it has seen under the same rules are not parsed again.
    """
    sources, problems = discover(posts_dir, root, languages)
    problems += same_url_problems(sources, languages)
    loaded = Loaded(problems=problems)
    wanted = {path.resolve() for path in only} if only is not None else None
    for source in sources:
        if wanted is not None and source.file.resolve() not in wanted:
            continue
        data = source.file.read_bytes()
        result = memo.get(source, data, rules) if memo is not None else None
        if result is None:
            result = read_and_validate(source, data, rules)
            if memo is not None:
                memo.put(source, data, rules, result)
        post, post_problems = result
        loaded.problems += post_problems
        if post is not None:
            loaded.posts.append(post)
    return loaded


def read_and_validate(source: PostSource, data: bytes, rules: Rules) -> PostResult:
    raw, problems = read_post(source, data)
    if raw is None:
        return None, problems
    post, post_problems = validate(raw, rules)
    return post, problems + post_problems


def same_url_problems(sources: list[PostSource], languages: Languages) -> list[Problem]:
    """Two files with the same slug and language would publish to the same URL."""
    by_url: dict[tuple[str, str], list[PostSource]] = defaultdict(list)
    for source in sources:
        by_url[(source.lang, source.slug)].append(source)
    problems = []
    for (lang, slug), group in by_url.items():
        if len(group) < 2:
            continue
        url = f"/{Urls(languages).post(lang, slug)}"
        for source in group:
            others = ", ".join(other.path for other in group if other is not source)
            problems.append(Problem(source.path, 1, "file name", (
                f"publishes to the same URL {url} as {others}; rename one of them"
            )))
    return problems


DEFAULT_POSTS_DIR = "posts"
DEFAULT_AUTHORS_FILE = "authors.yml"
DEFAULT_LANGUAGES = ("de", "en")
DEFAULT_TIMEZONE = "Europe/Berlin"
DEFAULT_TAGS_FILE = "tags.yml"
DEFAULT_DOCS_DIR = "docs"


@dataclass(frozen=True)
class SiteSources:
    """Where a site's content lives and the rules it is checked against."""

    root: Path
    posts_dir: Path
    authors_file: Path
    languages: Languages
    default_author: str | None
    timezone: ZoneInfo
    tags_file: Path | None = None
    """The tags file (display names, aliases, descriptions); None means `tags.yml` in `root`."""
    docs_dir: Path | None = None
    """The pages written by hand (MkDocs' `docs_dir`); None means `docs` in `root`."""

    @classmethod
    def from_options(cls, root: Path, options: Mapping[str, Any], docs_dir: str | Path = DEFAULT_DOCS_DIR) -> SiteSources:
        """From the `feder` plugin options of mkdocs.yml (defaults as in the plugin's config) and its `docs_dir`."""
        languages = Languages(tuple(options.get("languages") or DEFAULT_LANGUAGES))
        return cls(
            root=root,
            posts_dir=root / options.get("posts_dir", DEFAULT_POSTS_DIR),
            authors_file=root / options.get("authors_file", DEFAULT_AUTHORS_FILE),
            languages=languages,
            default_author=options.get("default_author"),
            timezone=ZoneInfo(options.get("timezone", DEFAULT_TIMEZONE)),
            tags_file=root / options.get("tags_file", DEFAULT_TAGS_FILE),
            docs_dir=root / docs_dir,
        )

    @property
    def tags_path(self) -> Path:
        return self.tags_file or self.root / DEFAULT_TAGS_FILE

    @property
    def docs_path(self) -> Path:
        return self.docs_dir or self.root / DEFAULT_DOCS_DIR

    def display(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass
class Content:
    authors: dict[str, Author]
    posts: list[Post]
    problems: list[Problem]


def load_content(sources: SiteSources, only: list[Path] | None = None, memo: PostMemo | None = None) -> Content:
    """Authors and posts of a site with every problem found; the one loader for build and CLI."""
    authors_path = sources.display(sources.authors_file)
    authors, problems = load_authors(sources.authors_file, authors_path, sources.languages)
    if sources.default_author and sources.default_author not in authors and authors:
        problems.append(Problem(authors_path, 1, sources.default_author, (
            "the default author (plugin option default_author) is not defined in this file"
        )))
    rules = Rules(authors, sources.default_author, sources.timezone, authors_path)
    loaded = load_posts(sources.posts_dir, sources.root, sources.languages, rules, only, memo)
    return Content(authors, loaded.posts, problems + loaded.problems)
