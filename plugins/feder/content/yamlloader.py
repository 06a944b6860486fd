"""PyYAML's safe loader: libyaml's where PyYAML has it.

libyaml's parser is several times faster than PyYAML's own and reads the same documents;
the constructor stays PyYAML's. PyYAML's wheels carry libyaml, a PyYAML built without it
does not. Everything feder reads as YAML goes through this one loader: frontmatter,
authors.yml, tags.yml, the docs pages' metadata and mkdocs.yml.
"""
from __future__ import annotations

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    # The same interface, written in Python; the stubs declare the two as unrelated classes.
    from yaml import SafeLoader  # type: ignore[assignment]

__all__ = ["SafeLoader"]
