"""The blog's own UI strings, one YAML file per language (`de.yml`, `en.yml`)."""
from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).parent


@cache
def strings(lang: str) -> Mapping[str, str]:
    """All UI strings of a language; a missing language file is a programming error."""
    with open(_HERE / f"{lang}.yml", encoding="utf-8") as file:
        found: Mapping[str, str] = yaml.safe_load(file)
        return found


def available() -> list[str]:
    return sorted(path.stem for path in _HERE.glob("*.yml"))
