"""The content checks of a site: one entry point for the build and for `feder check`.

`load_content` checks frontmatter and authors; features add checks of their own
(explainer parameters, the tags file) here, so that the build and the command
line report exactly the same problems with the same messages.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from feder.content.loading import Content, SiteSources, load_content
from feder.content.tags import tags_file_validator
from feder.content.validation import Validator


def feature_validators(plugins: Iterable[str], sources: SiteSources) -> list[Validator]:
    """Validators of the feder features enabled in mkdocs.yml (`plugins` are their names)."""
    enabled = set(plugins)
    found: list[Validator] = []
    if "feder" in enabled:
        found.append(tags_file_validator(sources.tags_path, sources.display(sources.tags_path), sources.languages))
    if "feder-explainers" in enabled:
        from feder.explainers import validate_posts  # imported only when the feature is on

        found.append(validate_posts)
    return found


def check_site(sources: SiteSources, plugins: Iterable[str], only: list[Path] | None = None) -> Content:
    """Load all content and run every check; `Content.problems` holds all findings."""
    content = load_content(sources, only)
    for validator in feature_validators(plugins, sources):
        content.problems += validator(content.posts)
    return content
