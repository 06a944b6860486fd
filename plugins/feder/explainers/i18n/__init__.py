"""UI strings of the explainers, one YAML file per language (`de.yml`, `en.yml`)."""
from __future__ import annotations

import string
from functools import cache
from importlib import resources
from typing import Any

import yaml

LANGUAGES: tuple[str, ...] = ("de", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]
"""A page's language when nothing else says (the blog's first language)."""


class Strings:
    """The strings of one language, addressed by dotted keys (`funnel.title`)."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self._data = data

    def raw(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(f"explainer string {key!r} missing in i18n/{self.lang}.yml")
            node = node[part]
        return node

    def __call__(self, key: str, **values: object) -> str:
        """The string at `key`, with `{placeholders}` filled from `values`."""
        text = self.raw(key)
        if not isinstance(text, str):
            raise TypeError(f"explainer string {key!r} in i18n/{self.lang}.yml is not text")
        return text.format_map(values) if values else text


@cache
def strings(lang: str) -> Strings:
    if lang not in LANGUAGES:
        raise ValueError(f"explainers have no strings for language {lang!r}; known: {', '.join(LANGUAGES)}")
    text = resources.files(__package__).joinpath(f"{lang}.yml").read_text(encoding="utf-8")
    return Strings(lang, yaml.safe_load(text))


def placeholders(text: str) -> set[str]:
    """The `{names}` used in a string, for checking that translations agree."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
