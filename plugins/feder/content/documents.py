"""Posts and docs pages as documents: the Markdown an author wrote, where it is, where it goes.

Checks that need a page's rendered HTML (active content, links) work on documents,
rendered by `feder.content.rendering` exactly as the build renders them, and report
problems at the author's file and line (`RenderedDocument.line_of`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import lxml.html
import yaml

from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.text import fenced_blocks
from feder.content.urls import Urls
from feder.content.yamlloader import SafeLoader

# The metadata forms MkDocs reads at the top of a page (mkdocs.utils.meta).
_YAML_META = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_MULTIMARKDOWN_META = re.compile(r"^[ ]{0,3}[A-Za-z0-9_-]+:\s*.*")
_MULTIMARKDOWN_MORE = re.compile(r"^([ ]{4}|\t)(\s*).*")


@dataclass(frozen=True)
class Document:
    """A post or a docs page: its Markdown without frontmatter, as MkDocs renders it."""

    path: str
    """The file as authors know it: `posts/x.de.md`, `docs/about.md`."""
    kind: str
    """`post` or `page`."""
    lang: str
    url: str
    """The page's URL relative to the site root: `posts/x/`, `en/about/`, `` for the home page."""
    markdown: str
    body_line: int
    """The file line of the first line of `markdown`."""
    post: Post | None = None


@dataclass
class RenderedDocument:
    document: Document
    html: str
    """The HTML of the document's Markdown with the site's extensions, before MkDocs rewrites
    links to other Markdown files (so they read as the author wrote them) and before plugins
    put their own HTML in (explainer blocks are placeholders, as in the build at that point)."""
    _searched: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def path(self) -> str:
        return self.document.path

    def parsed(self) -> lxml.html.HtmlElement:
        """The HTML parsed, inside a `<div>`: a new tree on each call (not kept: at 5,000 posts the
        trees of all documents would hold hundreds of megabytes)."""
        return lxml.html.fragment_fromstring(self.html or "<p></p>", create_parent="div")

    def line_of(self, needles: Iterable[str]) -> int:
        """The file line of the next occurrence of the first needle (a regular expression) found.

        Occurrences in fenced code blocks (examples, shown as text) do not count. Each call
        continues after the last occurrence found for the same needle, so the second of two
        equal findings gets the second line; without any match, the body's first line.
        """
        markdown = self.document.markdown
        for needle in needles:
            start = self._searched.get(needle, 0)
            match = self._search(needle, start) or (self._search(needle, 0) if start else None)
            if match is not None:
                self._searched[needle] = match.end()
                return self.document.body_line + markdown.count("\n", 0, match.start())
        return self.document.body_line

    def _search(self, needle: str, start: int) -> re.Match[str] | None:
        for match in re.compile(needle, re.IGNORECASE).finditer(self.document.markdown, start):
            if not any(begin <= match.start() < end for begin, end in self._code):
                return match
        return None

    @cached_property
    def _code(self) -> list[tuple[int, int]]:
        return fenced_blocks(self.document.markdown)


def post_document(post: Post, urls: Urls) -> Document:
    """A post as MkDocs reads it: the body, without the blank lines MkDocs drops at its start."""
    markdown = post.body.lstrip("\n")
    skipped = post.body[: len(post.body) - len(markdown)].count("\n")
    return Document(
        post.path, "post", post.lang, urls.post(post.lang, post.slug), markdown, post.body_line + skipped, post
    )


def page_documents(
    docs_dir: Path, root: Path, languages: Languages, only: Iterable[Path] | None = None
) -> list[Document]:
    """Every Markdown page of the docs folder (hidden files and `templates/` left out, as MkDocs does)."""
    if not docs_dir.is_dir():
        return []
    wanted = {path.resolve() for path in only} if only is not None else None
    documents = []
    for file in sorted(docs_dir.rglob("*.md")):
        relative = file.relative_to(docs_dir).as_posix()
        if any(part.startswith(".") for part in relative.split("/")) or relative.startswith("templates/"):
            continue
        if wanted is not None and file.resolve() not in wanted:
            continue
        try:
            text = file.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue  # MkDocs reports it when it reads the page
        markdown, body_line = split_page(text)
        lang, _ = languages.split(relative)
        documents.append(Document(_display(file, root), "page", lang, _page_url(relative), markdown, body_line))
    return documents


def split_page(text: str) -> tuple[str, int]:
    """A docs page's Markdown after its metadata, as MkDocs splits it, and the file line where it starts."""
    match = _YAML_META.match(text)
    if match:
        try:
            data = yaml.load(match.group(1), Loader=SafeLoader)
        except yaml.YAMLError:
            data = None
        if isinstance(data, dict):
            return _after(text, match.end())
        return text, 1
    lines = text.split("\n")
    consumed, key = 0, False
    for line in lines:
        if not line.strip():
            consumed += 1  # the blank line that ends the metadata
            break
        if _MULTIMARKDOWN_META.match(line) or (key and _MULTIMARKDOWN_MORE.match(line)):
            consumed, key = consumed + 1, True
        else:
            break
    return _after(text, len("\n".join(lines[:consumed])) + (1 if consumed and consumed < len(lines) else 0))


def _after(text: str, end: int) -> tuple[str, int]:
    rest = text[end:]
    markdown = rest.lstrip("\n")
    return markdown, text.count("\n", 0, end) + (len(rest) - len(markdown)) + 1


def _page_url(relative: str) -> str:
    """`about.md` -> `about/`, `en/index.md` -> `en/`, `index.md` -> `` (use_directory_urls)."""
    stem = relative[: -len(".md")]
    if stem in ("index", "README") or stem.endswith(("/index", "/README")):
        return stem.rpartition("/")[0] + "/" if "/" in stem else ""
    return f"{stem}/"


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, root)).as_posix()
