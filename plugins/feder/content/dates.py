"""Dates as readers of each language expect them."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import format_date


def long_date(value: dt.datetime, lang: str) -> str:
    """`31. März 2019` in German, `March 31, 2019` in English."""
    return _long_date(value.date(), lang)


@lru_cache(maxsize=65536)
def _long_date(day: dt.date, lang: str) -> str:
    # Babel takes ~0.1 ms per call; a list page shows a dozen dates, the archive thousands.
    return format_date(day, format="long", locale=lang)


def iso_date(value: dt.datetime) -> str:
    return value.date().isoformat()
