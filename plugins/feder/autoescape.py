"""Autoescape for feder's templates, decided per template file when Jinja compiles it.

MkDocs runs Jinja without autoescape, and Material's templates rely on that: they
print `page.content` and other HTML without `|safe`. feder's templates print content
(titles, names, bios, descriptions) and must escape every value. `{% autoescape true %}`
inside a template does not do that reliably: a `{% block %}` compiles to a function of
its own and does not inherit the region around it in a parent template. So the
environment decides instead: every template whose file lies in one of feder's template
folders is compiled with autoescape, whatever blocks it has; every other template
(Material's, a site's own `custom_dir`) is compiled as MkDocs would.

A value that is HTML made by our own code from escaped parts is `Markup`
(`feder.views`); nothing else reaches a template unescaped.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jinja2


class OwnTemplatesAutoescape:
    """`Environment.autoescape` as a function of the template's name: True for feder's files.

    The decision depends only on the file the name resolves to (Jinja keys its bytecode
    cache by name and file, too), so the object's `repr` describes it completely.
    """

    def __init__(self, env: jinja2.Environment, folders: Sequence[Path]) -> None:
        self.env = env
        self.folders = tuple(Path(folder).resolve() for folder in folders)
        self._decided: dict[str, bool] = {}

    def __call__(self, name: str | None) -> bool:
        if name is None:  # `from_string`: not one of our files
            return False
        decided = self._decided.get(name)
        if decided is None:
            decided = self._decided[name] = self._is_ours(name)
        return decided

    def _is_ours(self, name: str) -> bool:
        if self.env.loader is None:
            return False
        try:
            _, filename, _ = self.env.loader.get_source(self.env, name)
        except jinja2.TemplateNotFound:
            return False  # loading it fails anyway, with Jinja's message
        if filename is None:
            return False
        path = Path(filename).resolve()
        return any(folder == path or folder in path.parents for folder in self.folders)

    def __repr__(self) -> str:
        return f"OwnTemplatesAutoescape(folders={[str(folder) for folder in self.folders]})"


def autoescape_own_templates(env: jinja2.Environment, folders: Sequence[Path]) -> OwnTemplatesAutoescape:
    """Switch autoescape on for every template from `folders`; call before any template is loaded."""
    decide = OwnTemplatesAutoescape(env, folders)
    env.autoescape = decide
    return decide
