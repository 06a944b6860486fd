"""The pack files that hold rendered pages across builds (feder.cache.pack), without MkDocs."""
from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from feder.cache.pack import PackStore

ENTRY = {"html": "<p>Kundenwert über Zeit</p>\n<p>Zeile zwei</p>", "toc": [], "anchors": ["a"], "links": None}


def packs(root: Path) -> list[Path]:
    return sorted(root.rglob("*.pack"))


def test_entries_written_by_one_build_are_read_by_the_next(tmp_path):
    first = PackStore(tmp_path, "ns")
    first.put("a1", ENTRY)
    first.put("b2", {**ENTRY, "html": "zwei"})
    assert first.get("a1") == ENTRY  # within the build, too
    first.finish({"a1", "b2"})
    second = PackStore(tmp_path, "ns")
    assert (second.get("a1"), second.get("b2")["html"], second.get("c3")) == (ENTRY, "zwei", None)
    assert len(packs(tmp_path)) == 1


def test_a_build_that_uses_every_entry_and_adds_none_writes_nothing(tmp_path):
    cold = PackStore(tmp_path, "ns")
    cold.put("a1", ENTRY)
    cold.finish({"a1"})
    (pack,) = packs(tmp_path)
    before = pack.stat()
    warm = PackStore(tmp_path, "ns")
    assert warm.get("a1") == ENTRY
    warm.finish({"a1"})
    assert packs(tmp_path) == [pack]
    assert (pack.stat().st_ino, pack.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_finishing_keeps_only_the_used_entries_in_one_pack(tmp_path):
    cold = PackStore(tmp_path, "ns")
    for key in ("a1", "b2", "c3"):
        cold.put(key, {**ENTRY, "html": key})
    cold.finish({"a1", "b2", "c3"})
    edited = PackStore(tmp_path, "ns")
    edited.get("a1")
    edited.put("d4", {**ENTRY, "html": "d4"})  # b2 was edited into d4; c3 was deleted
    edited.finish({"a1", "d4"})
    assert len(packs(tmp_path)) == 1
    after = PackStore(tmp_path, "ns")
    assert [after.get(key) and after.get(key)["html"] for key in ("a1", "b2", "c3", "d4")] == ["a1", None, None, "d4"]


def test_an_interrupted_build_leaves_its_whole_entries_and_drops_a_cut_off_one(tmp_path):
    broken = PackStore(tmp_path, "ns")
    broken.put("a1", ENTRY)
    broken.put("b2", {**ENTRY, "html": "zwei"})
    broken.close()  # no finish: the build failed
    (pack,) = packs(tmp_path)
    pack.write_bytes(pack.read_bytes()[:-7])  # the process died while writing b2
    next_build = PackStore(tmp_path, "ns")
    assert (next_build.get("a1"), next_build.get("b2")) == (ENTRY, None)
    next_build.put("b2", {**ENTRY, "html": "zwei"})
    next_build.finish({"a1", "b2"})
    assert len(packs(tmp_path)) == 1
    assert PackStore(tmp_path, "ns").get("b2")["html"] == "zwei"


def test_unreadable_entries_are_misses(tmp_path):
    store = PackStore(tmp_path, "ns")
    store.put("a1", ENTRY)
    store.put("b2", ENTRY)
    store.finish({"a1", "b2"})
    (pack,) = packs(tmp_path)
    pack.write_bytes(pack.read_bytes().replace(b'{"html":', b'{"html"!', 1))  # a1's JSON, same length
    (tmp_path / "ns" / "0-garbage.pack").write_bytes(b"\x00\xff not a pack \n")
    damaged = PackStore(tmp_path, "ns")
    assert (damaged.get("a1"), damaged.get("b2")) == (None, ENTRY)


def _build(root: Path, name: str) -> None:
    store = PackStore(root, "ns")
    for number in range(50):
        store.put(f"{name}{number}", {**ENTRY, "html": f"{name} {number}"})
    store.finish(None)  # like `serve`: keep everything


def test_builds_at_once_write_packs_of_their_own(tmp_path):
    context = multiprocessing.get_context("fork")
    builds = [context.Process(target=_build, args=(tmp_path, name)) for name in ("x", "y")]
    for build in builds:
        build.start()
    for build in builds:
        build.join()
    store = PackStore(tmp_path, "ns")
    assert [store.get(f"{name}{number}")["html"] for name in "xy" for number in (0, 49)] == [
        "x 0", "x 49", "y 0", "y 49"]


def test_other_namespaces_are_removed_but_the_newest_few(tmp_path):
    for age, namespace in enumerate(("old1", "old2", "old3")):
        store = PackStore(tmp_path, namespace)
        store.put("a1", ENTRY)
        store.finish({"a1"})
        os.utime(tmp_path / namespace, (1_000_000 + age, 1_000_000 + age))
    current = PackStore(tmp_path, "new")
    current.put("a1", ENTRY)
    current.finish({"a1"})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["new", "old2", "old3"]
