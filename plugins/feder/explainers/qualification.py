"""The `qualification` explainer: B.U.N.T. criteria, lead category A/B/C, next step."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from feder.content.yamltext import YamlValue
from feder.explainers.i18n import Strings
from feder.explainers.schema import Checker

NAME = "qualification"
CRITERIA: tuple[str, ...] = ("budget", "authority", "need", "timing")
PARAMETERS = ("title", "checked")
Category = Literal["A", "B", "C"]
CATEGORIES: tuple[Category, ...] = ("A", "B", "C")


@dataclass(frozen=True)
class QualificationParams:
    title: str | None = None
    checked: frozenset[str] = frozenset()
    """The criteria ticked when the page loads: the author's example lead."""


def category(met: Iterable[str]) -> Category:
    """A: all four criteria known and met; B: two or three; C: none or one.

    assets/qualification.js repeats this rule.
    """
    count = len(set(met) & set(CRITERIA))
    if count == len(CRITERIA):
        return "A"
    if count >= 2:
        return "B"
    return "C"


def missing(met: Iterable[str]) -> list[str]:
    known = set(met)
    return [criterion for criterion in CRITERIA if criterion not in known]


def parse(check: Checker, root: YamlValue | None) -> QualificationParams | None:
    given = check.parameters(root, PARAMETERS)
    before = len(check.problems)
    values: dict[str, Any] = {}
    if "title" in given:
        values["title"] = check.text(given["title"], "title")
    if "checked" in given:
        items = check.items(given["checked"], "checked", minimum=0, maximum=len(CRITERIA), what="criteria")
        if items is not None:
            chosen = check.each(items, lambda item, n: check.choice(item, "checked", CRITERIA, item=n))
            if chosen is not None:
                values["checked"] = frozenset(chosen)
    if len(check.problems) > before:
        return None
    return QualificationParams(**values)


def view(params: QualificationParams, strings: Strings) -> dict[str, Any]:
    current = category(params.checked)
    open_criteria = missing(params.checked)
    names = {key: strings(f"qualification.criteria.{key}.name") for key in CRITERIA}
    return {
        "params": params,
        "criteria": [
            {
                "key": key,
                "name": names[key],
                "question": strings(f"qualification.criteria.{key}.question"),
                "checked": key in params.checked,
            }
            for key in CRITERIA
        ],
        "categories": [
            {
                "key": key,
                "label": strings("qualification.category", category=key),
                "rule": strings(f"qualification.categories.{key}.rule"),
                "next": strings(f"qualification.categories.{key}.next"),
                "current": key == current,
            }
            for key in CATEGORIES
        ],
        "current": current,
        "current_label": strings("qualification.category", category=current),
        "current_next": strings(f"qualification.categories.{current}.next"),
        "met_text": strings("qualification.met", count=len(params.checked)),
        "missing_text": (
            strings("qualification.missing",
                    criteria=strings("qualification.list_separator").join(names[k] for k in open_criteria))
            if open_criteria else strings("qualification.nothing_missing")
        ),
        "script_data": {
            "names": names,
            "text": {
                "category": strings.raw("qualification.category"),
                "met": strings.raw("qualification.met"),
                "missing": strings.raw("qualification.missing"),
                "nothing_missing": strings.raw("qualification.nothing_missing"),
                "separator": strings.raw("qualification.list_separator"),
                "next": {key: strings(f"qualification.categories.{key}.next") for key in CATEGORIES},
            },
        },
    }
