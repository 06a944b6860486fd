"""What feder's plugins and hooks share within one build: the registry. No MkDocs imports.

The `feder` blog plugin owns the site's content; other features (the explainers, the
search, the page policy hook) add to it or ask about it, always here, never by naming
another plugin:

- features add `FeatureChecks` (`add_checks`: validators, document validators, Markdown
  transforms, anchor ids), which the blog runs with its content checks before anything is
  written, and feed transforms (`add_feed_transform`: a post's HTML on its way into a
  feed), which run before feder's own removal of active content;
- the blog provides `languages`, each page's entry and language (`entry_of`,
  `language_of`), its cache folder (`cache_root`) and stores of derived texts kept across
  builds (`derived`). Without the blog plugin these are empty, and features fall back to
  what they can tell on their own.

One way to find it: `registry_of(config)`, with the MkDocs configuration object every
event handler receives. The registry belongs to that object: MkDocs makes a new one for
every build (also for each rebuild of `mkdocs serve`, while plugin objects live on), so a
registry never carries anything from one build into the next, and it is there for
whichever plugin or hook asks first, whatever the order of plugins in mkdocs.yml. Finding
the blog plugin in `config.plugins` instead would tie features to its name or class, and
hooks, which are modules, to both.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

from feder.content.features import FeatureChecks
from feder.content.languages import Languages
from feder.content.pages import PageEntry, SitePages
from feder.feeds import HtmlTransform

TextStore = MutableMapping[str, Any]
"""Texts derived from others, kept across builds; keys must cover everything a value depends on
except code and configuration (the store's namespace covers those)."""


class Registry:
    def __init__(self) -> None:
        self.checks: list[FeatureChecks] = []
        self.feed_transforms: list[HtmlTransform] = []
        self.languages: Languages | None = None
        """The site's languages, the default first; set by the blog in `on_config`."""
        self.pages: SitePages | None = None
        """Every page of the site by URL; set by the blog in `on_files`."""
        self.cache_root: Path | None = None
        """The blog's cache folder, None when it does not cache; set by the blog in `on_config`."""
        self.own_folders: set[str] = set()
        """Site folders (relative paths) that a feature writes after the blog's pages and keeps
        up to date itself (the search's index): the blog leaves the last build's files there to
        it (`feder.cache.overwrite`). Added by features before `on_env`."""
        self._derived: Callable[[str], TextStore | None] = lambda name: None

    # Added by features (in `on_config`, before the blog checks the content in `on_pre_build`).

    def add_checks(self, checks: FeatureChecks) -> None:
        self.checks.append(checks)

    def add_feed_transform(self, transform: HtmlTransform) -> None:
        self.feed_transforms.append(transform)

    # Provided by the blog.

    def entry_of(self, url: str) -> PageEntry | None:
        """The blog's entry of the page at `url` (MkDocs' `Page.url`)."""
        return self.pages.get(url) if self.pages is not None else None

    def language_of(self, url: str) -> str | None:
        """The language of the page at `url`; the default language for a page the blog does not know;
        None without the blog."""
        entry = self.entry_of(url)
        if entry is not None:
            return entry.lang
        return self.languages.default if self.languages is not None else None

    def derived(self, name: str) -> TextStore | None:
        """The store of derived texts called `name` (e.g. `csp-policy`), or None when the blog does not cache."""
        return self._derived(name)

    def provide_derived(self, stores: Callable[[str], TextStore | None]) -> None:
        self._derived = stores


_REGISTRIES: dict[int, Registry] = {}


def registry_of(config: object) -> Registry:
    """The registry of the build that `config` (MkDocs' configuration object) configures."""
    key = id(config)
    registry = _REGISTRIES.get(key)
    if registry is None:
        registry = _REGISTRIES[key] = Registry()
        weakref.finalize(config, _REGISTRIES.pop, key, None)  # before the id can be another object's
    return registry
