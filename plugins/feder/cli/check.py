"""`feder check`: the build's content checks, without building the site."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import click

from feder.cli.options import UsageProblem, config_file_option, format_option, project
from feder.cli.project import ProjectError
from feder.content.loading import SiteSources
from feder.content.posts import Post
from feder.content.problems import Problem


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@format_option
@config_file_option
def check(paths: tuple[Path, ...], output_format: str, config_file: Path | None) -> None:
    """Check all posts and pages, or the given files and folders, exactly as the build does.

    Prints every problem as `path:line: field: message`. Exit code 0 when there is no
    error, 1 when there are errors (warnings alone do not count), 2 for usage errors.
    Inside GitHub Actions (GITHUB_ACTIONS=true) problems are also emitted as
    annotations, so they show up on the pull request.
    """
    from feder.checks import check_site, document_renderer, feature_checks, keep_renders

    site = project(config_file)
    sources = site.sources
    only = _content_files(paths, sources) if paths else None
    try:
        settings = site.markdown_settings()
    except ProjectError as exc:
        raise UsageProblem(str(exc)) from exc
    features = feature_checks(site.plugin_names)
    renderer = document_renderer(settings, features, site.cache_dir())
    content = check_site(sources, features, only=only, renderer=renderer, links=site.link_options())
    if only is None:
        keep_renders(renderer)
    problems = sorted(_relevant(content.problems, only, sources))
    errors = [problem for problem in problems if problem.is_error]

    if output_format == "json":
        click.echo(json.dumps([finding(problem) for problem in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(str(problem) if problem.is_error else f"{problem} (warning)")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        # Workflow commands are read from stdout and stderr; stderr keeps JSON output parseable.
        for problem in problems:
            click.echo(annotation(problem, sources.root), err=output_format == "json")
    if output_format == "text":
        click.echo(_summary(_without_errors(content.posts, problems), problems), err=True)
    click.get_current_context().exit(1 if errors else 0)


def _content_files(paths: Iterable[Path], sources: SiteSources) -> list[Path]:
    """The files to check: given files, and every file below given folders; all inside the posts or docs folder."""
    folders = [sources.posts_dir.resolve(), sources.docs_path.resolve()]
    files: list[Path] = []
    for path in paths:
        resolved = path.resolve()
        if not any(resolved == folder or folder in resolved.parents for folder in folders):
            raise UsageProblem(
                f"{path} is not in the posts folder {sources.display(folders[0])}/ or the docs folder "
                f"{sources.display(folders[1])}/; feder check checks posts and pages "
                "(run it without paths to check all of them)"
            )
        files += sorted(p for p in resolved.rglob("*") if p.is_file()) if resolved.is_dir() else [resolved]
    return files


def _relevant(problems: list[Problem], only: list[Path] | None, sources: SiteSources) -> list[Problem]:
    """With paths given: their problems and those of shared files (authors.yml), not other posts'."""
    if only is None:
        return problems
    wanted = {sources.display(path) for path in only}
    posts = sources.display(sources.posts_dir.resolve()) + "/"
    return [p for p in problems if p.path in wanted or not p.path.startswith(posts)]


def finding(problem: Problem) -> dict[str, object]:
    return {
        "path": problem.path, "line": problem.line, "field": problem.field,
        "message": problem.message, "severity": problem.severity,
    }


def annotation(problem: Problem, root: Path) -> str:
    """`::error file=…,line=…,title=<field>::message`, with GitHub's escaping."""
    kind = "error" if problem.is_error else "warning"
    path = _workspace_path(problem.path, root)
    properties = f"file={_property(path)},line={problem.line},title={_property(problem.field)}"
    return f"::{kind} {properties}::{_data(problem.message)}"


def _workspace_path(path: str, root: Path) -> str:
    """Annotations need paths relative to the repository, which may lie above mkdocs.yml."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if not workspace:
        return path
    try:
        return (root / path).resolve().relative_to(Path(workspace).resolve()).as_posix()
    except ValueError:
        return path


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _without_errors(posts: list[Post], problems: list[Problem]) -> int:
    """Posts no error of any kind names: not their frontmatter's, nor an explainer's, nor a duplicate URL's."""
    broken = {problem.path for problem in problems if problem.is_error}
    return sum(1 for post in posts if post.path not in broken)


def _summary(valid: int, problems: list[Problem]) -> str:
    errors = sum(1 for problem in problems if problem.is_error)
    warnings = len(problems) - errors
    if not problems:
        return f"{_count(valid, 'post')} checked, no problems."
    parts = []
    if errors:
        parts.append(_count(errors, "error"))
    if warnings:
        parts.append(_count(warnings, "warning") + " (the strict build, make build, stops on warnings too)")
    return f"{_count(valid, 'post')} without errors; " + ", ".join(parts) + "."


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
