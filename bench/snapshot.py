#!/usr/bin/env python3
"""A snapshot of a built site, to prove a refactoring changed no byte of the output.

    python bench/snapshot.py SITE_DIR [--config mkdocs.yml | --corpus DIR] [--manifest FILE] [--no-cache]
    python bench/snapshot.py --compare A B

The first form builds a site into SITE_DIR (emptied first) the way `make build` does
(strict), but with an empty render cache (a fresh cache folder, removed afterwards;
`--no-cache` switches feder's cache off instead) and a fixed `SOURCE_DATE_EPOCH`, and
writes a manifest: the sha256 of every file, by its path in the site (default:
`SITE_DIR.json`). With `--corpus`, the site is the benchmark's "ours" for that corpus
(`bench/sites.py`: the repository's configuration, docs/ and tags.yml, the corpus's
posts), set up in a temporary folder.

`--compare A B` lists the files that differ between two manifests or built folders
(either may be given as a folder) and exits with 1 if there are any.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import sites

REPO = Path(__file__).resolve().parents[1]
EPOCH = "1700000000"
"""14 November 2023: any fixed date will do; dates MkDocs derives from the build time use it."""


def manifest(site_dir: Path) -> dict[str, str]:
    return {
        path.relative_to(site_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site_dir.rglob("*")) if path.is_file()
    }


def load(path: Path) -> dict[str, str]:
    """A manifest from its file, or made from a built folder."""
    if path.is_dir():
        return manifest(path)
    return json.loads(path.read_text(encoding="utf-8"))


def differences(first: dict[str, str], second: dict[str, str]) -> list[str]:
    found = [f"only in the first: {name}" for name in sorted(first.keys() - second.keys())]
    found += [f"only in the second: {name}" for name in sorted(second.keys() - first.keys())]
    found += [f"differs: {name}" for name in sorted(first.keys() & second.keys()) if first[name] != second[name]]
    return found


def build(config_file: Path, site_dir: Path, *, cache: bool) -> None:
    """`mkdocs build --strict` in this process, feder's cache in a fresh folder (or off)."""
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    if site_dir.exists():
        shutil.rmtree(site_dir)
    with tempfile.TemporaryDirectory(prefix="feder-snapshot-cache-") as cache_dir:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        feder = config.plugins.get("feder")
        if feder is not None:
            feder.config["cache"] = cache
            feder.config["cache_dir"] = cache_dir
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", nargs="?", type=Path, help="where to build the site")
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml", help="the site's mkdocs.yml")
    parser.add_argument("--corpus", type=Path, help="build the benchmark's site of this corpus instead")
    parser.add_argument("--manifest", type=Path, help="where to write the manifest (default: SITE_DIR.json)")
    parser.add_argument("--no-cache", action="store_true", help="feder's cache off instead of a fresh one")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"), help="list the files that differ")
    args = parser.parse_args()

    if args.compare:
        found = differences(load(args.compare[0]), load(args.compare[1]))
        print("\n".join(found) if found else "identical")
        return 1 if found else 0
    if args.site_dir is None:
        parser.error("give SITE_DIR to build, or --compare A B")

    site_dir = args.site_dir.resolve()
    if args.corpus is not None:
        with tempfile.TemporaryDirectory(prefix="feder-snapshot-site-") as root:
            site = sites.make_ours(args.corpus.resolve(), Path(root) / "site-src")
            build(site.config_file, site_dir, cache=not args.no_cache)
    else:
        build(args.config.resolve(), site_dir, cache=not args.no_cache)
    files = manifest(site_dir)
    target = args.manifest or site_dir.with_name(f"{site_dir.name}.json")
    target.write_text(json.dumps(files, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(files)} files; manifest in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
