"""The `stakeholders` explainer: people placed by influence × support, with tactics."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from feder.content.yamltext import YamlValue, describe
from feder.explainers.i18n import Strings
from feder.explainers.schema import Checker

NAME = "stakeholders"
PARAMETERS = ("title", "stakeholders")
GROUPS: tuple[str, ...] = ("sponsor", "advocate", "agent", "opinion_leader", "influencer")
LEVELS: tuple[str, ...] = ("low", "high")
FIELDS = ("name", "group", "influence", "support")
MAX_STAKEHOLDERS = 20
# Reading order of the 2×2 grid: high influence on top, high support on the right.
QUADRANTS: tuple[tuple[str, str], ...] = (("high", "low"), ("high", "high"), ("low", "low"), ("low", "high"))


@dataclass(frozen=True)
class Stakeholder:
    name: str
    group: str
    influence: str
    support: str

    @property
    def quadrant(self) -> str:
        return quadrant_key(self.influence, self.support)


def quadrant_key(influence: str, support: str) -> str:
    """`high_low`: the i18n key of the quadrant for high influence and low support."""
    return f"{influence}_{support}"


@dataclass(frozen=True)
class StakeholdersParams:
    title: str | None = None
    stakeholders: tuple[Stakeholder, ...] | None = None
    """None: the localised example cast from the i18n file."""

    def people(self, strings: Strings) -> tuple[Stakeholder, ...]:
        if self.stakeholders is not None:
            return self.stakeholders
        return tuple(Stakeholder(**entry) for entry in strings.raw("stakeholders.examples"))


def parse(check: Checker, root: YamlValue | None) -> StakeholdersParams | None:
    given = check.parameters(root, PARAMETERS)
    before = len(check.problems)
    values: dict[str, Any] = {}
    if "title" in given:
        values["title"] = check.text(given["title"], "title")
    if "stakeholders" in given:
        items = check.items(
            given["stakeholders"], "stakeholders", minimum=1, maximum=MAX_STAKEHOLDERS, what="stakeholders"
        )
        if items is not None:
            people = check.each(items, lambda item, n: _stakeholder(check, item, n))
            if people is not None:
                values["stakeholders"] = tuple(people)
    if len(check.problems) > before:
        return None
    return StakeholdersParams(**values)


def _stakeholder(check: Checker, item: YamlValue, number: int) -> Stakeholder | None:
    if item.kind != "mapping":
        check.report(
            item.line, "stakeholders",
            f"expected `name`, `group`, `influence` and `support` (e.g. `- {{name: CFO, group: sponsor, "
            f"influence: high, support: low}}`), got {describe(item)}",
            item=number,
        )
        return None
    ok = True
    for key, value in item.fields.items():
        if key not in FIELDS:
            check.report(item.key_lines.get(key, value.line), f"stakeholders.{key}",
                         f"unknown field; a stakeholder has: {', '.join(FIELDS)}", item=number)
            ok = False
    for key in FIELDS:
        if key not in item.fields:
            check.report(item.line, f"stakeholders.{key}", "missing", item=number)
            ok = False
    if not ok:
        return None
    name = check.text(item.fields["name"], "stakeholders.name", max_length=60, item=number)
    group = check.choice(item.fields["group"], "stakeholders.group", GROUPS, item=number)
    influence = check.choice(item.fields["influence"], "stakeholders.influence", LEVELS, item=number)
    support = check.choice(item.fields["support"], "stakeholders.support", LEVELS, item=number)
    if name is None or group is None or influence is None or support is None:
        return None
    return Stakeholder(name=name, group=group, influence=influence, support=support)


def view(params: StakeholdersParams, strings: Strings) -> dict[str, Any]:
    people = params.people(strings)
    quadrants = []
    for influence, support in QUADRANTS:
        key = quadrant_key(influence, support)
        quadrants.append({
            "key": key,
            "influence": influence,
            "support": support,
            "name": strings(f"stakeholders.quadrants.{key}.name"),
            "tactic": strings(f"stakeholders.quadrants.{key}.tactic"),
            "people": [(index, person) for index, person in enumerate(people) if person.quadrant == key],
        })
    return {
        "params": params,
        "people": list(enumerate(people)),
        "quadrants": quadrants,
        "groups": {group: strings(f"stakeholders.groups.{group}") for group in GROUPS},
        "levels": {level: strings(f"stakeholders.levels.{level}") for level in LEVELS},
        "script_data": {
            "text": {"moved": strings.raw("stakeholders.moved")},
        },
    }
