"""Gate 1: the Nu Html Checker (vnu-jar, Java 17) finds no error in any page of the site."""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.support.tools import java, node_module

VNU = "vnu-jar/build/dist/vnu.jar"


@dataclass(frozen=True)
class Finding:
    file: str
    line: int | None
    message: str
    extract: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}\n    {self.extract.strip()}"


def deliberate(finding: Finding) -> bool:
    """Markup Material for MkDocs chooses on purpose, which we accept.

    Material's two state checkboxes (#__drawer for the navigation drawer, #__search for its
    search overlay, which its base template writes even without its search, as here) carry
    autocomplete="off" so that Firefox does not restore their checked state on reload or
    back/forward navigation, which would reopen the drawer or the overlay.
    The spec does not allow `autocomplete` on checkboxes; browsers honour it anyway.
    Only this message, only on these two elements, is filtered.
    """
    return (
        finding.message.startswith("Attribute “autocomplete” is only allowed when the input type is")
        and 'type="checkbox"' in finding.extract
        and any(f'id="{toggle}"' in finding.extract for toggle in ("__drawer", "__search"))
    )


def validate(root: Path, paths: list[Path]) -> list[Finding]:
    """Errors in the given files; warnings (type "info") do not count."""
    result = subprocess.run(
        [java(), "-jar", str(node_module(VNU)), "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True, text=True, timeout=600,
    )
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError as error:
        raise AssertionError(f"vnu did not report JSON (exit {result.returncode}):\n{result.stderr[-2000:]}") from error
    prefix = f"file:{root}/"
    return [
        Finding(m.get("url", "").removeprefix(prefix), m.get("lastLine"), m["message"], m.get("extract", ""))
        for m in report["messages"]
        if m["type"] in ("error", "non-document-error")
    ]


def test_filter_accepts_only_materials_toggle_checkboxes():
    message = "Attribute “autocomplete” is only allowed when the input type is “color”, …"
    toggle = Finding("a.html", 1, message, '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">')
    other = Finding("a.html", 1, message, '<input type="checkbox" id="newsletter" autocomplete="off">')
    assert deliberate(toggle) and not deliberate(other)


def test_gate_every_page_is_valid_html(built_site):
    files = built_site.html_files
    errors = [f for f in validate(built_site.root, files) if not deliberate(f)]
    report = "\n".join(map(str, errors))
    assert not errors, f"{len(errors)} HTML error(s) in {len(files)} pages:\n{report}"
