#!/usr/bin/env python3
"""Where a build's time goes: `mkdocs build` of one site under pyinstrument, summed by area.

    .venv/bin/python bench/profile.py SITE_DIR [--save FILE.pyisession] [--serve-rebuild [--edit POST]]
    .venv/bin/python bench/profile.py --load FILE.pyisession

Prints the share of each area (Markdown rendering, page templates, feder's
events, the search plugin (waiting for Pagefind, whose own CPU time a sampler of
this process does not see), writing files, …). An area is decided by the deepest
frame of a sample that matches one of the rules below, so time spent in the Markdown
library on behalf of a plugin counts as that plugin's, and a Jinja filter called
from a page template counts as template time. `--save` keeps the full session for
`pyinstrument --load FILE -r html`. `--serve-rebuild` builds twice in one process
with the same plugin objects, as `mkdocs serve` does, and profiles the second build.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.frame import Frame

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

Rule = tuple[str, Callable[[Frame], bool]]


def _fn(name: str, path_part: str) -> Callable[[Frame], bool]:
    return lambda f: f.function == name and path_part in (f.file_path or "")


PLUGINS = (
    ("feder/plugins/search", "search plugin"), ("feder/plugins/blog", "feder plugin"),
    ("feder/plugins/explainers", "explainers plugin"), ("/hooks/", "hooks"),
    ("material/plugins/", "Material plugins"), ("mkdocs_rss_plugin", "rss plugin"),
)


def _event_of(f: Frame, parent: Frame | None) -> str | None:
    """A plugin's event handler (called by MkDocs' `run_event`) -> `feder plugin: on_page_context`."""
    if parent is None or parent.function != "run_event":
        return None
    path = f.file_path or ""
    for part, name in PLUGINS:
        if part in path:
            return f"{name}: {f.function.lstrip('_')}"
    return f"other plugins: {f.function}"


RULES: list[Rule] = [
    ("imports", _fn("_find_and_load", "<frozen importlib._bootstrap>")),
    ("config", _fn("load_config", "mkdocs/config/base.py")),
    ("file discovery", _fn("get_files", "mkdocs/structure/files.py")),
    ("file discovery", _fn("add_files_from_theme", "mkdocs/structure/files.py")),
    ("reading sources", _fn("read_source", "mkdocs/structure/pages.py")),
    ("Markdown -> HTML", _fn("render", "mkdocs/structure/pages.py")),
    ("Markdown -> HTML", _fn("render", "feder/plugins/blog/converter.py")),
    ("Markdown: a new Markdown() per page", _fn("__init__", "markdown/core.py")),
    ("page templates (Jinja + Material)", _fn("render", "jinja2/environment.py")),
    ("template loading/compiling", _fn("get_template", "jinja2/environment.py")),
    ("template context (MkDocs)", _fn("get_context", "mkdocs/commands/build.py")),
    ("theme templates (sitemap, 404)", _fn("_build_theme_template", "mkdocs/commands/build.py")),
    ("writing pages", _fn("write_file", "mkdocs/utils/__init__.py")),
    ("static files", _fn("copy_static_files", "mkdocs/structure/files.py")),
    ("cleaning site_dir", _fn("clean_directory", "mkdocs/utils/__init__.py")),
    ("anchor validation", _fn("validate_anchor_links", "mkdocs/structure/pages.py")),
    ("nav", _fn("get_navigation", "mkdocs/structure/nav.py")),
]


def area(stack: list[Frame]) -> str:
    label = "other"
    for index, frame in enumerate(stack):
        for name, matches in RULES:
            if matches(frame):
                label = name
                break
        event = _event_of(frame, stack[index - 1] if index else None)
        if event is not None:
            label = event
    return label


def summarize(root: Frame) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)

    def walk(frame: Frame, stack: list[Frame]) -> None:
        stack.append(frame)
        own = frame.time - sum(child.time for child in frame.children)
        if own > 0:
            totals[area(stack)] += own
        for child in frame.children:
            walk(child, stack)
        stack.pop()

    walk(root, [])
    return dict(totals)


def build_once(config_file: Path, site_dir: Path, *, serve: bool, startup: bool = True):
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.INFO)  # as the command line sets it (part of cache keys)

    config = load_config(str(config_file), site_dir=str(site_dir))
    if startup:
        config.plugins.on_startup(command="serve" if serve else "build", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/" if serve else None)
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--serve-rebuild", action="store_true")
    parser.add_argument("--edit", type=Path, help="with --serve-rebuild: a post to change between the builds")
    parser.add_argument("--load", type=Path, help="summarize a saved session instead of building")
    args = parser.parse_args()
    if args.load:
        from pyinstrument.session import Session

        report(Session.load(str(args.load)), str(args.load))
        return
    config_file = args.site / "mkdocs.yml"
    site_dir = Path("/tmp") / f"feder-profile-{os.getpid()}"
    original = args.edit.read_text(encoding="utf-8") if args.edit else None
    if args.serve_rebuild:
        build_once(config_file, site_dir, serve=True)
        if args.edit and original is not None:
            args.edit.write_text(
                original.replace("\n\n", " Geändert.\n\n", 2).replace(" Geändert.", "", 1), encoding="utf-8"
            )
    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        build_once(config_file, site_dir, serve=args.serve_rebuild, startup=not args.serve_rebuild)
    finally:
        session = profiler.stop()
        if args.edit and original is not None:
            args.edit.write_text(original, encoding="utf-8")
        shutil.rmtree(site_dir, ignore_errors=True)
    if args.save:
        session.save(str(args.save))
    report(session, str(args.site))


def report(session, title: str) -> None:
    root = session.root_frame()
    assert root is not None
    totals = summarize(root)
    whole = sum(totals.values())
    print(f"{title}: {whole:.2f} s sampled (wall clock), CPU {session.cpu_time:.2f} s")
    for name, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        if seconds / whole >= 0.005:
            print(f"  {seconds / whole:6.1%}  {seconds:6.2f} s  {name}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
