"""Explainer blocks in MkDocs pages.

Validation runs up front: the plugin registers the explainers' checks
(`feder.explainers.checks`) with the build's registry (`feder.registry`), so the site
checks, run by the `feder` blog plugin before the site directory is touched (and by the
command line, which finds them by this plugin's name), include `validate_posts`, and the
build fails with `path:line` for all problems at once. Feeds get the explainers' static
form, registered as a feed transform. Pages that are not posts are checked as they are
read, and their problems are reported together before anything is written. Rendering
does not go through SuperFences (which silently falls
back to a code block when a formatter fails): `on_page_markdown` replaces each
block with a placeholder paragraph, `on_page_content` puts the rendered HTML in its
place, and a placeholder that does not come out exactly once fails the build.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from feder.content.html import anchor_ids
from feder.content.problems import Problem, format_problems
from feder.explainers import ASSETS_DIR, EXPLAINER_NAMES, EXPLAINERS, PageRenderer, scan, static_fallback
from feder.explainers.checks import CHECKS
from feder.explainers.i18n import LANGUAGES
from feder.explainers.slots import place_slots
from feder.plugins.explainers.config import ExplainersConfig
from feder.registry import Registry, registry_of

log = logging.getLogger("mkdocs.plugins.feder.explainers")

# A fence our scanner missed but SuperFences rendered shows up with this class.
_MISSED = re.compile(r'class="[^"]*\blanguage-(' + "|".join(EXPLAINER_NAMES) + r')\b')
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)


@dataclass
class _PageExplainers:
    html_by_token: dict[str, Markup] = field(default_factory=dict)
    lines_by_token: dict[str, int] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


class ExplainersPlugin(BasePlugin[ExplainersConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._registry = Registry()
        self._pages: dict[str, _PageExplainers] = {}
        self._problems: list[Problem] = []
        self._versions: dict[str, str] = {}
        self._root = ""

    # -- configuration ----------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._pages = {}
        self._problems = []
        self._root = os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml"))
        self._registry = registry_of(config)
        # With the blog plugin, posts are validated with its checks (see the module doc).
        self._registry.add_checks(CHECKS)
        self._registry.add_feed_transform(static_fallback)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for path in sorted(ASSETS_DIR.iterdir()):
            if path.suffix not in (".js", ".css"):
                continue
            uri = f"{self.config.assets_uri.strip('/')}/{path.name}"
            files.append(File.generated(config, uri, abs_src_path=str(path)))
            # The file name stays stable; the query changes with the content, so caches refresh.
            self._versions[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
        return files

    # -- pages ----------------------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        path, first_line = self._source_of(page, markdown)
        result = scan(markdown, path=path, first_line=first_line)
        if result.problems:
            # Posts were checked before the build started; this catches other pages.
            # All problems of all pages are reported together in on_env.
            self._problems.extend(result.problems)
            return markdown
        if not result.blocks:
            return markdown
        renderer = PageRenderer(self._language(page))
        state = _PageExplainers()
        markdown, slots = place_slots(markdown, result.blocks)
        for slot in slots:
            state.html_by_token[slot.token] = renderer.render(slot.block)
            state.lines_by_token[slot.token] = slot.block.fence.line
        state.used = set(renderer.used)
        self._pages[page.file.src_uri] = state
        return markdown

    # Before the blog plugin keeps each post's HTML for excerpts and feeds.
    @event_priority(50)
    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        missed = _MISSED.search(html)
        if missed:
            raise PluginError(
                f"{self._display_path(page)}: a ```{missed.group(1)} block was rendered as code; "
                "feder-explainers did not recognise it (please report this with the block)"
            )
        state = self._pages.get(page.file.src_uri)
        if state is None:
            return html
        html = self._placed(html, state, page)
        if page.present_anchor_ids is not None:
            # MkDocs checks `#anchor` links against the ids it rendered, before explainers were in the
            # page; links may name an explainer's ids (feder's link check knows them too).
            for explainer_html in state.html_by_token.values():
                fragment = lxml.html.fragment_fromstring(str(explainer_html), create_parent="div")
                page.present_anchor_ids |= anchor_ids(fragment)
        return html

    def _placed(self, html: str, state: _PageExplainers, page: Page) -> str:
        """Each explainer's HTML in place of its placeholder (a paragraph of its own, or the token alone)."""
        for token, explainer_html in state.html_by_token.items():
            paragraph = f"<p>{token}</p>"
            count = html.count(token)
            if count != 1:
                raise PluginError(
                    f"{self._display_path(page)}:{state.lines_by_token[token]}: explainer: could not be "
                    f"placed in the page (found its placeholder {count} times); an explainer block must "
                    "stand on its own, not inside raw HTML or another block's text"
                )
            html = html.replace(paragraph, explainer_html) if paragraph in html else html.replace(token, explainer_html)
        return html

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        if self._problems:
            problems = sorted(set(self._problems))
            raise PluginError(
                f"{len(problems)} explainer problem{'s' if len(problems) != 1 else ''}:\n"
                + format_problems(problems)
            )
        return env

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        state = self._pages.get(page.file.src_uri)
        if state is None or not state.used:
            return output
        match = _HEAD_END.search(output)
        if match is None:
            raise PluginError(f"{self._display_path(page)}: the theme's page has no </head> for the explainers' assets")
        tags = self._asset_tags(state.used, page)
        return output[: match.start()] + tags + output[match.start():]

    # -- helpers ----------------------------------------------------------------------------------

    def _asset_tags(self, used: set[str], page: Page) -> str:
        stylesheets: list[str] = []
        scripts: list[str] = []
        for name in EXPLAINER_NAMES:  # a fixed order, so pages are reproducible
            if name in used:
                explainer = EXPLAINERS[name]
                stylesheets += [s for s in explainer.stylesheets if s not in stylesheets]
                scripts += [s for s in explainer.scripts if s not in scripts]
        tags = [f'<link rel="stylesheet" href="{self._asset_url(name, page)}">' for name in stylesheets]
        tags += [f'<script src="{self._asset_url(name, page)}" defer></script>' for name in scripts]
        return "".join(tag + "\n" for tag in tags)

    def _asset_url(self, name: str, page: Page) -> str:
        uri = f"{self.config.assets_uri.strip('/')}/{name}"
        return Markup.escape(f"{get_relative_url(uri, page.url)}?v={self._versions.get(name, '')}")

    def _language(self, page: Page) -> str:
        known = self._registry.language_of(page.url)
        if known is not None:
            return known
        return _language_of_path(page.file.src_uri, self.config.default_language)

    def _source_of(self, page: Page, markdown: str) -> tuple[str, int]:
        """The file the author wrote and its line where `markdown` starts."""
        entry = self._registry.entry_of(page.url)
        post = entry.post if entry is not None else None
        if post is not None and post.body.endswith(markdown):
            # MkDocs drops blank lines at the start of the body; count them back in.
            skipped = post.body[: len(post.body) - len(markdown)].count("\n")
            return post.path, post.body_line + skipped
        return self._display_path(page), _first_line(page, markdown)

    def _display_path(self, page: Page) -> str:
        """The file as the author knows it: relative to the project (`posts/x.de.md`)."""
        source = page.file.abs_src_path
        if source:
            return os.path.relpath(source, self._root).replace(os.sep, "/")
        return page.file.src_uri


def _language_of_path(uri: str, default: str) -> str:
    """Without the blog: a page below `<lang>/` or named `*.<lang>.md` is in that language."""
    name = uri.rsplit("/", 1)[-1]
    for lang in LANGUAGES:
        if uri.startswith(f"{lang}/") or name.endswith(f".{lang}.md"):
            return lang
    return default


def _first_line(page: Page, markdown: str) -> int:
    """The file line where `markdown` (the page without its frontmatter) starts."""
    try:
        source = page.file.content_string
    except (OSError, TypeError, ValueError):
        return 1
    source = source.replace("\r\n", "\n")
    if markdown and source.endswith(markdown):
        return source[: len(source) - len(markdown)].count("\n") + 1
    return 1
