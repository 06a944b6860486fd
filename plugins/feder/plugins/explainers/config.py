"""Options of the `feder-explainers` plugin in mkdocs.yml."""
from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from feder.explainers.i18n import DEFAULT_LANGUAGE, LANGUAGES


class ExplainersConfig(base.Config):
    assets_uri = c.Type(str, default="assets/feder/explainers")
    """Where the explainers' JavaScript and CSS go in the site."""
    default_language = c.Choice(LANGUAGES, default=DEFAULT_LANGUAGE)
    """Page language when the `feder` blog plugin is not there to say (pages below
    `en/` or named `*.en.md` are English, and so on for each language)."""
