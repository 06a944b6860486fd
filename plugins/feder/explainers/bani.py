"""The `bani` explainer: the four traits of a BANI world, and VUCA for comparison."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from feder.content.yamltext import YamlValue
from feder.explainers.i18n import Strings
from feder.explainers.schema import Checker

NAME = "bani"
TRAITS: tuple[str, ...] = ("brittle", "anxious", "nonlinear", "incomprehensible")
PARAMETERS = ("title", "selected", "compare")


@dataclass(frozen=True)
class BaniParams:
    title: str | None = None
    selected: str = TRAITS[0]
    """The trait whose tab is open first."""
    compare: bool = False
    """Whether the VUCA comparison starts open (it can always be toggled)."""


def parse(check: Checker, root: YamlValue | None) -> BaniParams | None:
    given = check.parameters(root, PARAMETERS)
    before = len(check.problems)
    values: dict[str, Any] = {}
    if "title" in given:
        values["title"] = check.text(given["title"], "title")
    if "selected" in given:
        values["selected"] = check.choice(given["selected"], "selected", TRAITS)
    if "compare" in given:
        values["compare"] = check.boolean(given["compare"], "compare")
    if len(check.problems) > before:
        return None
    return BaniParams(**values)


def view(params: BaniParams, strings: Strings) -> dict[str, Any]:
    traits = [
        {
            "key": key,
            "name": strings(f"bani.traits.{key}.name"),
            "short": strings(f"bani.traits.{key}.short"),
            "meaning": strings(f"bani.traits.{key}.meaning"),
            "customers": strings(f"bani.traits.{key}.customers"),
            "answer": strings(f"bani.traits.{key}.answer"),
            "vuca": strings(f"bani.traits.{key}.vuca"),
            "difference": strings(f"bani.traits.{key}.difference"),
            "selected": key == params.selected,
        }
        for key in TRAITS
    ]
    return {"traits": traits, "params": params}
