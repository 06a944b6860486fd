"""Checking an explainer block's YAML parameters, with messages for authors.

Every check returns the typed value or None, and records a `Problem` at the line
of the offending value, with the field named `<explainer>.<parameter>` so the
author sees which block and which parameter (`funnel.rates (item 3)`).
"""
from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from feder.content.problems import Problem
from feder.content.yamltext import YamlValue, describe, quoting_hint

T = TypeVar("T")


@dataclass
class Checker:
    """Collects the problems of one block while its parameters are read."""

    path: str
    explainer: str
    line: int
    """The block's opening fence line, for problems that belong to the whole block."""
    problems: list[Problem] = field(default_factory=list)

    def name(self, parameter: str, item: int | None = None) -> str:
        """`funnel.rates (item 3)`; a sub-field goes after the item: `stakeholders.stakeholders (item 2).group`."""
        parameter, _, sub = parameter.partition(".")
        base = f"{self.explainer}.{parameter}" if parameter else self.explainer
        if item is not None:
            base += f" (item {item})"
        return f"{base}.{sub}" if sub else base

    def report(self, line: int, parameter: str, message: str, item: int | None = None) -> None:
        self.problems.append(Problem(self.path, line, self.name(parameter, item), message))

    # -- the block as a whole -------------------------------------------------

    def parameters(self, root: YamlValue | None, allowed: Sequence[str]) -> dict[str, YamlValue]:
        """The block's key: value pairs; unknown keys are reported (with a suggestion)."""
        if root is None:
            return {}
        if root.kind != "mapping":
            self.report(root.line, "", f"parameters must be `key: value` lines, got {describe(root)}")
            return {}
        known: dict[str, YamlValue] = {}
        for key, value in root.fields.items():
            if key in allowed:
                known[key] = value
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f'did you mean "{close[0]}"? ' if close else ""
            self.report(
                root.key_lines.get(key, value.line), key,
                f"unknown parameter; {hint}the {self.explainer} explainer takes: {', '.join(allowed)}",
            )
        return known

    # -- scalars ----------------------------------------------------------------

    def _built(self, value: YamlValue, parameter: str, item: int | None) -> bool:
        if value.error is not None:
            self.report(value.line, parameter, f"`{value.written}` cannot be read: {value.error}", item)
            return False
        return True

    def number(
        self, value: YamlValue, parameter: str, *, minimum: float, maximum: float,
        whole: bool = False, unit: str = "", item: int | None = None,
    ) -> float | None:
        if not self._built(value, parameter, item):
            return None
        v = value.value
        expected = "a whole number" if whole else "a number"
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            hint = ""
            if isinstance(v, str):
                hint = _number_hint(v)
            self.report(value.line, parameter, f"expected {expected}{unit}, got {describe(value)}{hint}", item)
            return None
        if whole and not float(v).is_integer():
            self.report(value.line, parameter, f"expected {expected}{unit}, got {value.written}", item)
            return None
        if not math.isfinite(v) or not minimum <= v <= maximum:
            self.report(
                value.line, parameter,
                f"{value.written} is outside {_plain(minimum)}–{_plain(maximum)}{unit}", item,
            )
            return None
        return float(v)

    def percent(self, value: YamlValue, parameter: str, item: int | None = None) -> float | None:
        return self.number(value, parameter, minimum=0, maximum=100, unit=" (a percentage)", item=item)

    def text(self, value: YamlValue, parameter: str, *, max_length: int = 120, item: int | None = None) -> str | None:
        if not self._built(value, parameter, item):
            return None
        if not isinstance(value.value, str):
            self.report(value.line, parameter, f"expected text, got {describe(value)}{quoting_hint(value)}", item)
            return None
        text = value.value.strip()
        if not text:
            self.report(value.line, parameter, "is empty; write some text or leave the parameter out", item)
            return None
        if len(text) > max_length:
            self.report(value.line, parameter, f"is {len(text)} characters long; keep it to {max_length}", item)
            return None
        return text

    def choice(self, value: YamlValue, parameter: str, choices: Sequence[str], item: int | None = None) -> str | None:
        if not self._built(value, parameter, item):
            return None
        v = value.value
        if isinstance(v, str) and v in choices:
            return v
        close = difflib.get_close_matches(str(v), choices, n=1, cutoff=0.6) if isinstance(v, str) else []
        hint = f'did you mean "{close[0]}"? ' if close else ""
        what = describe(value) + ("" if isinstance(v, str) else quoting_hint(value))
        self.report(value.line, parameter, f"got {what}; {hint}choose one of: {', '.join(choices)}", item)
        return None

    def boolean(self, value: YamlValue, parameter: str) -> bool | None:
        if isinstance(value.value, bool):
            return value.value
        self.report(value.line, parameter, f"expected true or false, got {describe(value)}")
        return None

    # -- collections ----------------------------------------------------------------

    def items(
        self, value: YamlValue, parameter: str, *, minimum: int, maximum: int,
        what: str = "items",
    ) -> list[YamlValue] | None:
        """The items of a list parameter, if it is a list of acceptable length."""
        if value.kind != "list":
            self.report(value.line, parameter, f"expected a list ({what}, one `- ` line each), got {describe(value)}")
            return None
        if not minimum <= len(value.items) <= maximum:
            self.report(
                value.line, parameter,
                f"has {len(value.items)} {what}; give {_between(minimum, maximum)}",
            )
            return None
        return value.items

    def each(
        self, items: list[YamlValue], check: Callable[[YamlValue, int], T | None]
    ) -> list[T] | None:
        """Check every item (1-based numbers in messages); None if any failed."""
        results = [check(item, number) for number, item in enumerate(items, start=1)]
        if any(result is None for result in results):
            return None
        return [result for result in results if result is not None]


def _number_hint(text: str) -> str:
    stripped = text.strip()
    if stripped.endswith("%"):
        return f"; write the number without the % sign: {stripped.rstrip('%').strip()}"
    if stripped.endswith("€") or stripped.startswith("€"):
        return f"; write the amount without the € sign: {stripped.strip('€ ')}"
    if "," in stripped or "." in stripped:
        return "; write numbers without thousands separators and with a decimal point: 1234.5"
    return ""


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _between(minimum: int, maximum: int) -> str:
    if minimum == maximum:
        return f"exactly {minimum}"
    return f"{minimum} to {maximum}"
