"""Writing over the last build's files (feder.cache.overwrite), without MkDocs."""
from __future__ import annotations

import os
from pathlib import Path

from feder.cache.overwrite import WrittenOver
from feder.inplace import mirror, write_unshared
from tests.support.fixtures import write_files


def _tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_mirror_writes_only_what_differs_and_removes_the_rest(tmp_path):
    write_files(tmp_path / "new", {"entry.json": "{}", "fragment/a.pf": "A", "fragment/b.pf": "B2"})
    write_files(tmp_path / "site", {"entry.json": "{}", "fragment/b.pf": "B1", "fragment/old.pf": "X",
                                    "gone/c.pf": "C"})
    same = (tmp_path / "site" / "entry.json").stat().st_ino
    mirror(tmp_path / "new", tmp_path / "site")
    assert _tree(tmp_path / "site") == _tree(tmp_path / "new")
    assert not (tmp_path / "site" / "gone").exists()
    assert (tmp_path / "site" / "entry.json").stat().st_ino == same


def test_a_file_shared_with_another_link_is_replaced_not_written_through(tmp_path):
    cached = tmp_path / "cache.png"
    cached.write_bytes(b"old")
    site = tmp_path / "site.png"
    os.link(cached, site)
    write_unshared(site, b"new")
    assert (cached.read_bytes(), site.read_bytes()) == (b"old", b"new")
    alone = site.stat().st_ino
    write_unshared(site, b"newer")
    assert site.stat().st_ino == alone  # no other link: written over


def test_files_not_written_again_go_and_folders_kept_by_others_stay(tmp_path):
    write_files(tmp_path, {"posts/a/index.html": "a", "posts/b/index.html": "b", "pagefind/x.pf": "x",
                           "en/pagefind/y.pf": "y", "en/posts/c/index.html": "c"})
    shared = tmp_path / "cached.png"
    os.link(tmp_path / "posts" / "a" / "index.html", shared)
    taken = WrittenOver.take(tmp_path, ["posts", "pagefind", "en"], others={"pagefind", "en/pagefind"})
    assert not (tmp_path / "posts" / "a" / "index.html").exists()  # shared with the cache: placed again
    (tmp_path / "posts" / "b" / "index.html").write_text("b, again")
    taken.remove_unwritten()
    assert _tree(tmp_path) == {"cached.png": b"a", "en/pagefind/y.pf": b"y", "pagefind/x.pf": b"x",
                               "posts/b/index.html": b"b, again"}
    assert not (tmp_path / "en" / "posts").exists()


def test_what_stands_in_the_way_of_a_new_file_goes(tmp_path):
    write_files(tmp_path, {"docs/anlage": "eine Datei", "docs/bericht/index.html": "ein Ordner"})
    taken = WrittenOver.take(tmp_path, ["docs"])
    taken.clear_the_way(["docs/anlage/index.html", "docs/bericht"])
    assert not (tmp_path / "docs" / "anlage").exists() and not (tmp_path / "docs" / "bericht").exists()
