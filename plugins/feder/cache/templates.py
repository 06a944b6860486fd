"""Compiled Jinja templates across builds (Jinja's own bytecode cache).

MkDocs makes a new Jinja environment for every build, so Material's templates are
compiled again each time: about 0.3 s, on every `mkdocs serve` rebuild too. Jinja
checks each cached template against the source's checksum and its own version;
the folder is also specific to the environment's settings (extensions, autoescape),
which change what a template compiles to.
"""
from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from feder import fingerprint


def use_bytecode_cache(env: jinja2.Environment, root: Path) -> None:
    settings = fingerprint.describe({
        "jinja": jinja2.__version__,
        "extensions": sorted(env.extensions),
        "autoescape": env.autoescape,
        "delimiters": [env.block_start_string, env.variable_start_string, env.comment_start_string],
        "options": [env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized],
    })
    folder = root / fingerprint.digest(settings)[:24]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no cache: templates are compiled as usual
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))


class MaterialStrings:
    """`lang.t(key)` of Material's templates, computed once per language and key.

    The result is what Material's `partials/language.html` computes: the string of
    the page's language, else the English one, else the key. It is the theme's own
    text, which Material's templates print as HTML: so it is `Markup`, and feder's
    autoescaped templates print it unchanged, as Material's do.
    """

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        self._found: dict[tuple[str, str], Markup] = {}

    def __call__(self, lang: str, key: str) -> Markup:
        found = self._found.get((lang, key))
        if found is None:
            own = self.env.get_template(f"partials/languages/{lang}.html").module.t  # type: ignore[attr-defined]
            fallback = self.env.get_template("partials/languages/en.html").module.t  # type: ignore[attr-defined]
            found = self._found[(lang, key)] = Markup(str(own(key) or fallback(key) or key))
        return found
