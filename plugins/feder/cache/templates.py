"""Compiled Jinja templates across builds (Jinja's own bytecode cache).

MkDocs makes a new Jinja environment for every build, so Material's templates are
compiled again each time: about 0.3 s, on every `mkdocs serve` rebuild too. Jinja
checks each cached template against the source's checksum and its own version;
the folder is also specific to the environment's settings (extensions, autoescape),
which change what a template compiles to.
"""
from __future__ import annotations

from pathlib import Path

import jinja2

from feder.cache import fingerprint


def use_bytecode_cache(env: jinja2.Environment, root: Path) -> None:
    settings = fingerprint.describe({
        "jinja": jinja2.__version__,
        "extensions": sorted(env.extensions),
        "autoescape": env.autoescape,
        "delimiters": [env.block_start_string, env.variable_start_string, env.comment_start_string],
        "options": [env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized],
    })
    folder = root / fingerprint.digest(settings)[:24]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no cache: templates are compiled as usual
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
