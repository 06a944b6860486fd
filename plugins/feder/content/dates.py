"""Dates as readers of each language expect them."""
from __future__ import annotations

import datetime as dt

from babel.dates import format_date


def long_date(value: dt.datetime, lang: str) -> str:
    """`31. März 2019` in German, `March 31, 2019` in English."""
    return format_date(value.date(), format="long", locale=lang)


def iso_date(value: dt.datetime) -> str:
    return value.date().isoformat()
