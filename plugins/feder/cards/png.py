"""PNG files of palette images, written so that rows shared by every card are compressed once.

Compressing is most of a card's cost, and most rows of a card are the background's
rows unchanged. A zlib stream may be made of deflate pieces compressed separately,
each ended on a byte boundary (a sync flush) and none referring back into another;
so the runs of background rows are compressed once per build and reused, only the
rows with text are compressed per card, and the checksum is combined from the
pieces' checksums. No metadata, no time: the same rows give the same bytes (for a
given zlib, which Pillow and Python share).
"""
from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1
"""zlib's fastest level: cards are flat colour, and level 6 would only save a fifth of the bytes at twice the time."""
_ZLIB_HEADER = b"\x78\x01"
_FINAL_BLOCK = b"\x03\x00"
"""An empty last block (fixed Huffman codes): ends the deflate stream after the flushed pieces."""
_BASE = 65521

Piece = tuple[bytes, int, int]
"""Rows compressed on their own (`piece`): the deflate data, their Adler-32 and their length."""


class PaletteWriter:
    """Writes images of `height` rows of `width` palette indices of `bits` bits, each row led by its filter byte (0).

    `background` holds the rows (with filter bytes) that a card leaves untouched
    outside its changed bands.
    """

    def __init__(self, width: int, height: int, palette: bytes, background: bytes, bits: int = 8) -> None:
        self.stride = 1 + (width * bits + 7) // 8
        self.height = height
        self.background = background
        header = struct.pack(">IIBBBBB", width, height, bits, 3, 0, 0, 0)
        self.head = SIGNATURE + chunk(b"IHDR", header) + chunk(b"PLTE", palette)
        self._pieces: dict[tuple[int, int], Piece] = {}

    def encode(self, bands: Iterable[tuple[int, int, Piece]]) -> bytes:
        """The PNG of the background with `bands` (top row, bottom row, their `piece`) in place of its rows.

        Bands are in order and do not overlap (see `merge`).
        """
        pieces = []
        at = 0
        for top, bottom, band in bands:
            if top > at:
                pieces.append(self._background_piece(at, top))
            pieces.append(band)
            at = bottom
        if at < self.height:
            pieces.append(self._background_piece(at, self.height))
        checksum = 1
        for _, adler, length in pieces:
            checksum = adler32_combine(checksum, adler, length)
        data = (_ZLIB_HEADER + b"".join(compressed for compressed, _, _ in pieces)
                + _FINAL_BLOCK + struct.pack(">I", checksum))
        return self.head + chunk(b"IDAT", data) + chunk(b"IEND", b"")

    def _background_piece(self, top: int, bottom: int) -> Piece:
        key = (top, bottom)
        if key not in self._pieces:
            self._pieces[key] = piece(self.background[top * self.stride : bottom * self.stride])
        return self._pieces[key]


def piece(raw: bytes) -> Piece:
    """Raw deflate of `raw`, ended on a byte boundary; with its Adler-32 and length."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15, 8, zlib.Z_RLE)
    return compressor.compress(raw) + compressor.flush(zlib.Z_SYNC_FLUSH), zlib.adler32(raw), len(raw)


def merge(ranges: Iterable[tuple[int, int]], height: int) -> list[tuple[int, int]]:
    """Overlapping or touching row ranges joined, clipped to the image, in order."""
    merged: list[list[int]] = []
    for top, bottom in sorted((max(0, top), min(height, bottom)) for top, bottom in ranges):
        if bottom <= top:
            continue
        if merged and top <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(top, bottom) for top, bottom in merged]


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data from theirs (zlib's `adler32_combine`, which Python lacks)."""
    remainder = second_length % _BASE
    sum1 = first & 0xFFFF
    sum2 = (remainder * sum1) % _BASE
    sum1 = (sum1 + (second & 0xFFFF) + _BASE - 1) % _BASE
    sum2 = (sum2 + (first >> 16) + (second >> 16) + _BASE - remainder) % _BASE
    return sum1 | (sum2 << 16)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
