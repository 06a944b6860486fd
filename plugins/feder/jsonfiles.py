"""Large JSON files (cache files), written fast and in pieces.

`json.dump` encodes with the pure-Python encoder (only `json.dumps` uses the C one),
several times slower; `json.dumps` of a whole large document holds it in memory
twice. `dump_in_pieces` writes exactly what `json.dump(value, stream,
ensure_ascii=False, separators=(",", ":"))` writes, encoding a mapping's values one
by one and a long list in slices, each with the C encoder.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

SLICE = 256
"""Items of a long list encoded at once."""


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dump_in_pieces(value: Any, stream: TextIO) -> None:
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        stream.write("{")
        for number, (key, item) in enumerate(value.items()):
            stream.write(("," if number else "") + compact(key) + ":")
            dump_in_pieces(item, stream)
        stream.write("}")
    elif isinstance(value, list) and len(value) > SLICE:
        stream.write("[")
        for start in range(0, len(value), SLICE):
            stream.write(("," if start else "") + compact(value[start:start + SLICE])[1:-1])
        stream.write("]")
    else:
        stream.write(compact(value))
