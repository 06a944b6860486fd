"""feder.cards.png: valid PNG files whose background rows are compressed once."""
from __future__ import annotations

import io
import struct
import zlib

from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from feder.cards.png import PaletteWriter, adler32_combine, merge, piece

PALETTE = bytes(range(256)) * 3


def chunks(png: bytes) -> list[bytes]:
    kinds, at = [], 8
    while at < len(png):
        length = struct.unpack(">I", png[at : at + 4])[0]
        kinds.append(png[at + 4 : at + 8])
        at += 12 + length
    return kinds


def rows_of(image: Image.Image) -> bytes:
    width = image.width
    data = image.tobytes()
    return b"".join(b"\0" + data[y * width : (y + 1) * width] for y in range(image.height))


@given(st.binary(max_size=300), st.binary(max_size=3000))
def test_checksums_combine_as_zlib_computes_them(first, second):
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(first + second)


def test_four_bit_rows_decode_to_their_indices():
    image = Image.new("L", (32, 6), 3)
    image.paste(15, (5, 2, 20, 4))
    padded = Image.new("L", (34, 6))
    padded.paste(image, (2, 0))  # two columns of zeros: the filter byte once packed
    rows = padded.tobytes("raw", "L;4")
    png = PaletteWriter(32, 6, bytes(range(48)), Image.new("L", (34, 6)).tobytes("raw", "L;4"), bits=4).encode(
        [(0, 6, piece(rows))]
    )
    decoded = Image.open(io.BytesIO(png))
    assert decoded.tobytes() == image.tobytes() and len(decoded.getpalette()) == 48


def test_row_ranges_are_merged_and_clipped():
    assert merge([(5, 9), (-3, 2), (8, 12), (12, 13), (20, 40), (7, 7)], 30) == [(0, 2), (5, 13), (20, 30)]


@given(st.lists(st.tuples(st.integers(0, 39), st.integers(1, 12), st.integers(0, 255)), max_size=6))
def test_the_file_decodes_to_the_image_for_any_changed_bands(bands):
    background = Image.new("L", (30, 40), 7)
    image = background.copy()
    for top, height, value in bands:
        image.paste(value, (3, top, 20, min(40, top + height)))
    writer = PaletteWriter(30, 40, PALETTE, rows_of(background))
    raw = rows_of(image)
    changed = merge([(top, top + height) for top, height, _ in bands], 40)
    png = writer.encode([(top, bottom, piece(raw[top * 31 : bottom * 31])) for top, bottom in changed])
    Image.open(io.BytesIO(png)).verify()
    decoded = Image.open(io.BytesIO(png))
    assert decoded.mode == "P" and decoded.size == (30, 40)
    assert decoded.tobytes() == image.tobytes()
    assert chunks(png) == [b"IHDR", b"PLTE", b"IDAT", b"IEND"]  # no time, no text, nothing else
