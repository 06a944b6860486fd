"""What each view field is made of: the declarations incremental rebuilds rely on.

`mkdocs serve` leaves out of a rebuild every page whose inputs an edit did not change
(`feder.cache.serve`); what a page's inputs are follows from what its views show.
So every view dataclass declares, next to its fields, where each field comes from:

- `SITE`: configuration, code, templates, docs pages, authors, the tags file and the
  date: every page's input;
- `METADATA`: the frontmatter and publication state of any post (titles, dates, authors,
  tags, summaries, …): every page's input too, since lists, neighbour links, related
  posts and tag chips are made of it;
- `TEXT`: the text of the posts the page is about: a post page's post, a list page's
  posts (reading times, teasers, descriptions are made of it).

`feder.cache.dependencies` fingerprints exactly these inputs. A view that shows
something else must name a new input here, and the pages that show it are then
always built until the fingerprint covers it. A test checks that every field of every
view is declared, so a new field cannot be forgotten.
"""
from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from typing import TypeVar

T = TypeVar("T")


class Input(Enum):
    SITE = "site"
    METADATA = "metadata"
    TEXT = "text"


SITE, METADATA, TEXT = Input.SITE, Input.METADATA, Input.TEXT

_DECLARED: dict[type, Mapping[str, frozenset[Input]]] = {}


def shows(**fields: Input | tuple[Input, ...]) -> Callable[[type[T]], type[T]]:
    """Declares, for a view dataclass, the inputs each of its fields is made of."""

    def declare(cls: type[T]) -> type[T]:
        _DECLARED[cls] = {
            name: frozenset(value if isinstance(value, tuple) else (value,)) for name, value in fields.items()
        }
        return cls

    return declare


def declared(cls: type) -> Mapping[str, frozenset[Input]]:
    """The declarations of a view type (empty for a type that declares none)."""
    return _DECLARED.get(cls, {})


def view_types() -> list[type]:
    """Every view type that declares its inputs."""
    return list(_DECLARED)


@cache
def inputs_of(root: type) -> frozenset[Input]:
    """Everything a view of type `root` shows: its fields' inputs and those of the views inside it."""
    found: set[Input] = set()
    seen: set[type] = set()
    pending = [root]
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for inputs in declared(cls).values():
            found |= inputs
        pending += [inner for inner in _field_types(cls) if inner in _DECLARED]
    return frozenset(found)


def _field_types(cls: type) -> list[type]:
    """The classes a dataclass's fields hold, also inside lists, mappings and optionals."""
    if not dataclasses.is_dataclass(cls):
        return []
    found: list[type] = []
    pending: list[object] = list(typing.get_type_hints(cls).values())
    while pending:
        hint = pending.pop()
        pending += typing.get_args(hint)
        if isinstance(hint, type):
            found.append(hint)
    return found
