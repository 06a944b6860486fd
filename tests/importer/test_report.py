"""The report: what needs a look is marked `!`, and every counted thing is a listed line."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from feder.content.problems import Problem
from feder.importer.batch import FileReport, Planned
from feder.importer.convert import import_text
from feder.importer.report import json_report, text_report
from tests.importer.support import FIXTURES, SETTINGS, fixture

SUMMARY = re.compile(r"^(?P<name>\S+): (?:(?P<posts>\d+) posts?|no post) (?:would be )?written, "
                     r"(?:(?P<looks>\d+) things? to look at \(marked !\)|nothing to look at)$")


def report_of(name: str, **changes) -> FileReport:
    result = import_text(fixture(name), name, dataclasses.replace(SETTINGS, today=dt.date(2025, 1, 15)))
    planned = [Planned(Path(f"/blog/posts/{n}.md"), f"posts/{n}.md", post) for n, post in enumerate(result.posts)]
    return FileReport(name, result, planned, **changes)


def sections(text: str, names: list[str]) -> dict[str, list[str]]:
    """Each file's lines: from its heading line up to the next file's."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        heading = next((name for name in names if line.startswith(f"{name}: ") and not SUMMARY.match(line)), None)
        if heading:
            current = heading
            found[current] = []
        elif current and line.strip() and not line.startswith(("Wrote", "Would")) and not SUMMARY.match(line):
            found[current].append(line)
    return found


def test_every_counted_thing_is_a_listed_line():
    names = sorted(path.name for path in FIXTURES.glob("*.txt"))
    reports = [report_of(name) for name in names]
    reports.append(FileReport("kaputt.txt", crash="ValueError: unforeseen"))
    reports[0].problems = [Problem("posts/0.md", 3, "title", "expected text")]
    text = text_report(reports, dry_run=False)
    lines = text.splitlines()
    summary = lines[-len(reports):]
    assert [SUMMARY.match(line)["name"] for line in summary] == [*names, "kaputt.txt"]  # one line per file, last
    listed = sections(text, [*names, "kaputt.txt"])
    for line in summary:
        found = SUMMARY.match(line)
        marked = [entry for entry in listed[found["name"]] if entry.lstrip().startswith("! ")]
        assert int(found["looks"] or 0) == len(marked), found["name"]
        assert int(found["posts"] or 0) == sum(1 for entry in listed[found["name"]] if entry.startswith("  posts/"))
    total = sum(int(SUMMARY.match(line)["looks"] or 0) for line in summary)
    assert total == sum(1 for line in lines if line.lstrip().startswith("! ")) > 20


def test_the_lines_of_a_file():
    report = report_of("linkedin-zwei-beitraege.de.txt")
    lines = text_report([report], dry_run=False).splitlines()
    assert lines[0] == "linkedin-zwei-beitraege.de.txt: 2 posts, looks like a LinkedIn page"
    assert lines[1].startswith(
        "  ! line 22: dropped a piece too short to be a post (33 words, fewer than 80, no date): "
        "'Wer steckt hinter diesem Blog?', ")
    assert ('  posts/1.md: "Empfehlungen sind kein Zufall", draft dated 2025-01-15, de') in lines
    assert ("    ! line 26: no date found: imported as a draft dated 2025-01-15, the day of the import; set the "
            "post's original date and remove draft: true (or import it again with --date YYYY-MM-DD)") in lines
    assert "      line 5: date 2022-06-14 from 'Veröffentlicht am 14. Juni 2022'" in lines
    assert lines[-2].startswith("Wrote 2 posts from 1 file. Read each post, fix what is marked !")
    assert lines[-1] == "linkedin-zwei-beitraege.de.txt: 2 posts written, 4 things to look at (marked !)"


def test_a_crashed_file_is_one_marked_line():
    text = text_report([FileReport("kaputt.txt", crash="ValueError: unforeseen")], dry_run=True)
    assert text.splitlines() == [
        "kaputt.txt: 0 posts",
        "  ! crashed while importing (ValueError: unforeseen); the other files went on; "
        "please report this as a bug of feder import",
        "",
        "Would write 0 posts from 1 file.",
        "kaputt.txt: no post would be written, 1 thing to look at (marked !)",
    ]


def test_json_counts_the_same_lines():
    reports = [report_of("wix-autorenbox.de.txt"), FileReport("kaputt.txt", crash="OSError: gone")]
    data = json_report(reports, dry_run=False)
    wix, broken = data["inputs"]
    assert (wix["to_look_at"], wix["style"], len(wix["posts"]), wix["posts"][0]["updated"]) == (
        2, "Wix", 1, "2021-05-10")
    assert (broken["crash"], broken["to_look_at"], broken["posts"]) == ("OSError: gone", 1, [])
