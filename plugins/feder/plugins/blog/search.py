"""One search index per language, so a search on an English page finds English pages.

Material's search plugin writes one index for the whole site. We split it by URL
prefix; each language's pages load theirs because their `base` points to the
language root (see `BlogPlugin.on_page_context`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from feder.content.languages import Languages
from feder.jsonfiles import dump_in_pieces


def read_search_index(site_dir: Path) -> dict[str, Any] | None:
    """The index Material's search plugin wrote, or None when search is off."""
    path = site_dir / "search" / "search_index.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def split_search_index(site_dir: Path, languages: Languages, index: dict[str, Any] | None = None) -> None:
    """Write one index per language from `index` (default: the one in `site_dir`)."""
    index = read_search_index(site_dir) if index is None else index
    if index is None:
        return
    docs = index.get("docs", [])
    for lang in languages:
        prefix = languages.prefix(lang)
        if prefix:
            own = [dict(doc, location=doc["location"][len(prefix):]) for doc in docs if doc["location"].startswith(prefix)]
        else:
            others = tuple(languages.prefix(other) for other in languages.others(lang))
            own = [doc for doc in docs if not doc["location"].startswith(others)]
        localized = dict(index, config=dict(index.get("config", {}), lang=[lang]), docs=own)
        target = site_dir / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as stream:  # written in pieces: the index can be large
            dump_in_pieces(localized, stream)
