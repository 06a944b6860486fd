"""Explainer blocks in a Markdown body: found, checked and typed, with file lines.

The same scan serves the build-time validator (all posts, before anything is
written) and the page renderer, so what is validated is exactly what is rendered.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from feder.content.problems import Problem
from feder.content.yamltext import parse_yaml
from feder.explainers.fences import Fence, find_fences
from feder.explainers.names import EXPLAINER_NAMES, is_explainer, suspected_explainer
from feder.explainers.registry import EXPLAINERS
from feder.explainers.schema import Checker


@dataclass(frozen=True)
class ExplainerBlock:
    """One explainer in a body: which, with what parameters, where."""

    name: str
    params: Any
    fence: Fence


@dataclass
class Scan:
    blocks: list[ExplainerBlock] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class PostLike(Protocol):
    """What the validator needs of `feder.content.posts.Post`."""

    @property
    def path(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def body_line(self) -> int: ...


def scan(markdown: str, *, path: str, first_line: int = 1) -> Scan:
    """Every explainer block of `markdown` and every problem with them.

    `first_line` is the file line where `markdown` starts (after the frontmatter).
    A block with problems is left out of `blocks`.
    """
    result = Scan()
    for fence in find_fences(markdown, first_line=first_line):
        name = fence.name
        if not is_explainer(name):
            meant = suspected_explainer(name)
            if meant is not None:
                result.problems.append(Problem(path, fence.line, "explainer", _unknown(name, meant)))
            continue
        block = _read_block(fence, path, result.problems)
        if block is not None:
            result.blocks.append(block)
    return result


def validate_posts(posts: Sequence[PostLike]) -> list[Problem]:
    """The validator for the blog plugin: every explainer problem in every post."""
    problems: list[Problem] = []
    for post in posts:
        problems.extend(scan(post.body, path=post.path, first_line=post.body_line).problems)
    return problems


def _read_block(fence: Fence, path: str, problems: list[Problem]) -> ExplainerBlock | None:
    name = fence.name
    explainer = EXPLAINERS[name]
    if fence.info != name:
        problems.append(Problem(
            path, fence.line, name,
            f"write the parameters as YAML inside the block, not after the name: "
            f"open the block with ```{name} and nothing else on that line (found `{fence.info}`)",
        ))
        return None
    if not fence.closed:
        problems.append(Problem(
            path, fence.line, name,
            "the block is not closed; end it with a line of the same fence "
            "(e.g. ```) at the same indentation as the opening line",
        ))
        return None
    root, yaml_problems = parse_yaml(
        fence.body, path=path, first_line=fence.body_line, field_name=name, key_prefix=f"{name}."
    )
    if yaml_problems:
        problems.extend(yaml_problems)
        return None
    check = Checker(path=path, explainer=name, line=fence.line)
    params = explainer.parse(check, root)
    if check.problems:
        problems.extend(check.problems)
        return None
    assert params is not None, f"{name}.parse returned None without a problem"
    return ExplainerBlock(name=name, params=params, fence=fence)


def _unknown(word: str, meant: str) -> str:
    return (
        f'unknown explainer "{word}"; did you mean "{meant}"? '
        f"Explainers: {', '.join(EXPLAINER_NAMES)} (lower case). "
        "For an ordinary code block, name its language (e.g. `text`)."
    )
