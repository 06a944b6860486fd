"""Every field of every view declares what it is made of: incremental rebuilds rely on it (feder.views.inputs)."""
from __future__ import annotations

import dataclasses
import inspect
import typing
from dataclasses import dataclass

import feder.views.models as models
from feder.cache.dependencies import FINGERPRINTED
from feder.views.inputs import METADATA, TEXT, declared, inputs_of, shows, view_types


def undeclared(cls: type) -> set[str]:
    """Fields of a view without a declaration, and declarations of fields it does not have."""
    names = {field.name for field in dataclasses.fields(cls)}
    return names ^ set(declared(cls))


def view_classes() -> list[type]:
    """Every dataclass defined in feder.views, and every one reachable from a page's view."""
    members = inspect.getmembers(models, dataclasses.is_dataclass)
    found = {cls for _, cls in members if cls.__module__ == models.__name__}
    pending = [models.PageView]
    while pending:
        cls = pending.pop()
        for hint in typing.get_type_hints(cls).values():
            nested = [hint, *typing.get_args(hint), *(a for arg in typing.get_args(hint) for a in typing.get_args(arg))]
            for inner in nested:
                ours = dataclasses.is_dataclass(inner) and inner.__module__.startswith("feder.views")
                if ours and inner not in found:
                    found.add(inner)
                    pending.append(inner)
    return sorted(found, key=lambda cls: cls.__name__)


def test_every_field_of_every_view_declares_its_inputs():
    classes = view_classes()
    assert len(classes) >= 14
    assert {cls.__name__: undeclared(cls) for cls in classes if undeclared(cls)} == {}
    assert set(classes) <= set(view_types())


def test_a_new_field_without_a_declaration_is_found():
    @shows(title=METADATA)
    @dataclass(frozen=True)
    class Teaser:
        title: str
        excerpt: str

    assert undeclared(Teaser) == {"excerpt"}


def test_what_pages_show_is_what_the_fingerprints_cover():
    """A view that shows another input makes its pages always built: the fingerprints must learn it first."""
    assert inputs_of(models.PageView) <= FINGERPRINTED
    assert TEXT in inputs_of(models.Card) and TEXT in inputs_of(models.PageView)
