"""The explainers there are: name, parameter parser, view builder, template."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from feder.content.yamltext import YamlValue
from feder.explainers import bani, funnel, qualification, stakeholders
from feder.explainers.i18n import Strings
from feder.explainers.names import EXPLAINER_NAMES
from feder.explainers.schema import Checker


@dataclass(frozen=True)
class Explainer:
    name: str
    parse: Callable[[Checker, YamlValue | None], Any]
    """Typed parameters, or None when the checker recorded problems."""
    view: Callable[[Any, Strings], dict[str, Any]]
    parameters: tuple[str, ...]

    @property
    def template(self) -> str:
        return f"{self.name}.html"

    scripts: tuple[str, ...]
    """Asset files, in load order; shared ones first (several explainers use tabs.js)."""
    stylesheets: tuple[str, ...]


_TABBED = {bani.NAME, funnel.NAME}

EXPLAINERS: dict[str, Explainer] = {
    module.NAME: Explainer(
        name=module.NAME,
        parse=module.parse,
        view=module.view,
        parameters=module.PARAMETERS,
        scripts=(("tabs.js",) if module.NAME in _TABBED else ()) + (f"{module.NAME}.js",),
        stylesheets=("explainers.css", f"{module.NAME}.css"),
    )
    for module in (bani, funnel, stakeholders, qualification)
}
assert tuple(EXPLAINERS) == EXPLAINER_NAMES, "names.EXPLAINER_NAMES must list the registered explainers"
