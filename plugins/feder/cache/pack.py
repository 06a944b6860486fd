"""JSON entries in a few append-only pack files instead of one file each. No MkDocs imports.

A build that renders every post would otherwise create a file per post, and creating
a file costs far more than writing its bytes: on ext4 without a journal (this
project's build machine) the kernel looks at every free inode of a block group whose
table block is not yet written back, for every new file, so the system time of a
build grows with the square of the files it creates. A cold build at 1,000 posts
spent about 3.5 s of system time on its 1,482 entry files.

Layout: `<root>/<namespace>/<name>.pack` (namespaces as in `feder.cache.store`).
A record is a header line `<key> <length>`, then `length` bytes of compact JSON and a
newline. Each build appends what it adds to a pack of its own, so two builds at once
never write the same file; an interrupted build leaves whole records and at most one
cut-off one, which readers skip. `finish` with the keys a build used leaves exactly
those in one pack, and writes nothing when that is already so (a warm build).
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from feder.cache.store import prune_namespaces
from feder.jsonfiles import compact

SUFFIX = ".pack"
HEADER_LIMIT = 256
"""Bytes read for a record's header: a key (a SHA-256 in hex) and a length, with room to spare."""
MAX_PACKS = 8
"""Packs left by builds that keep everything (`serve`) before they are joined into one."""


@dataclass(frozen=True)
class Record:
    pack: Path
    offset: int
    """Where the JSON starts."""
    length: int


class PackStore:
    """`get` and `put` JSON objects by key; `finish` once, after a build."""

    def __init__(self, root: Path, namespace: str) -> None:
        self.root = root
        self.folder = root / namespace[:24]
        self._records: dict[str, Record] | None = None
        self._counts: dict[Path, int] = {}
        """Whole records in each pack, superseded ones included; a pack with a cut-off record counts -1."""
        self._readers: dict[Path, BinaryIO] = {}
        self._writer: BinaryIO | None = None
        self._own: Path | None = None
        self._size = 0
        self._failed = False

    def get(self, key: str) -> dict[str, Any] | None:
        record = self._index().get(key)
        if record is None:
            return None
        try:
            entry = json.loads(self._read(record))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        if self._failed:
            return
        data = compact(entry).encode("utf-8")
        header = _header(key, data)
        try:
            writer = self._writer or self._start_pack()
            writer.write(header + data + b"\n")
        except OSError:  # a cache that cannot be written only makes the next build slower
            self._failed = True
            if self._own is not None:
                self._counts[self._own] = -1
            return
        assert self._own is not None
        self._index()[key] = Record(self._own, self._size + len(header), len(data))
        self._counts[self._own] += 1
        self._size += len(header) + len(data) + 1

    def finish(self, keep: set[str] | None) -> None:
        """After a successful build: keep only the entries in `keep`, or all of them (None)."""
        self.close()
        records = self._index()
        kept = {key: records[key] for key in (records.keys() if keep is None else keep) if key in records}
        if keep is None and len(self._counts) <= MAX_PACKS:
            return
        if not self._is_one_pack_of(kept):
            self._rewrite(kept)
        if keep is not None:
            prune_namespaces(self.root, self.folder)

    def close(self) -> None:
        for stream in (self._writer, *self._readers.values()):
            if stream is not None:
                stream.close()
        self._writer, self._readers = None, {}

    # Packs -------------------------------------------------------------------------------------

    def _index(self) -> dict[str, Record]:
        if self._records is None:
            self._records = {}
            for pack in sorted(self.folder.glob(f"*{SUFFIX}")):  # oldest first: newer records replace older
                records, self._counts[pack] = _scan(pack)
                self._records.update(records)
        return self._records

    def _read(self, record: Record) -> bytes:
        if self._writer is not None and record.pack == self._own:
            self._writer.flush()
        reader = self._readers.get(record.pack)
        if reader is None:
            reader = self._readers[record.pack] = open(record.pack, "rb")
        return os.pread(reader.fileno(), record.length, record.offset)

    def _start_pack(self) -> BinaryIO:
        self._index()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._own = self._new_pack_path()
        self._writer = open(self._own, "xb")
        self._counts[self._own], self._size = 0, 0
        return self._writer

    def _new_pack_path(self) -> Path:
        """Named by the time it is started (and the process): names sort oldest first."""
        return self.folder / f"{time.time_ns():020d}-{os.getpid()}{SUFFIX}"

    def _is_one_pack_of(self, kept: dict[str, Record]) -> bool:
        """Whether the packs this build knows hold exactly the `kept` records, in one pack."""
        packs = {record.pack for record in kept.values()}
        if not packs:
            return not self._counts
        return len(self._counts) == 1 and len(packs) == 1 and self._counts[packs.pop()] == len(kept)

    def _rewrite(self, kept: dict[str, Record]) -> None:
        """One new pack with the `kept` records (none if there are none), then the others removed."""
        joined = self._new_pack_path()
        temporary = joined.with_suffix(".tmp")
        try:
            if kept:
                with open(temporary, "wb") as stream:
                    for key, record in sorted(kept.items(), key=lambda item: (item[1].pack, item[1].offset)):
                        data = self._read(record)
                        stream.write(_header(key, data) + data + b"\n")
                os.replace(temporary, joined)
        except OSError:
            temporary.unlink(missing_ok=True)
            return
        finally:
            self.close()
        for pack in self._counts:
            pack.unlink(missing_ok=True)


def _header(key: str, data: bytes) -> bytes:
    return f"{key} {len(data)}\n".encode("ascii")


def _scan(pack: Path) -> tuple[dict[str, Record], int]:
    """The records of a pack up to the first cut-off or malformed one, and how many records the
    pack holds (superseded ones too), or -1 if it has a cut-off or malformed one."""
    found: dict[str, Record] = {}
    offset = size = count = 0
    try:
        with open(pack, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            while offset < size:
                line, newline, _ = os.pread(stream.fileno(), HEADER_LIMIT, offset).partition(b"\n")
                key, _, length = line.partition(b" ")
                if not newline or not key.isalnum() or not length.isdigit():
                    break
                start = offset + len(line) + 1
                end = start + int(length)
                if end >= size or os.pread(stream.fileno(), 1, end) != b"\n":
                    break
                found[key.decode("ascii")] = Record(pack, start, int(length))
                offset, count = end + 1, count + 1
    except OSError:
        return found, -1
    return found, count if offset == size else -1
