"""Options and errors shared by the subcommands."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from feder.cli.project import Project, ProjectError, load_project


class UsageProblem(click.ClickException):
    """A problem with how feder was called or configured: exit code 2, like click's usage errors."""

    exit_code = 2


def config_file_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config-file", "-f", "config_file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="The blog's mkdocs.yml (default: found in this folder or above).",
    )(command)


def format_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
        help="Plain text for people, JSON for programs.",
    )(command)


def project(config_file: Path | None) -> Project:
    try:
        return load_project(config_file)
    except ProjectError as exc:
        raise UsageProblem(str(exc)) from exc
