"""Labels made of a number or a date, in a page's language: each written once, here."""
from __future__ import annotations

import datetime as dt

from feder.content.dates import long_date
from feder.content.publishing import State
from feder.i18n import strings


def post_count(lang: str, count: int) -> str:
    """`1 Beitrag`, `12 Beiträge`."""
    t = strings(lang)
    return t["post_count_one"] if count == 1 else t["post_count_other"].format(count=count)


def reading_time(lang: str, minutes: int) -> str:
    return strings(lang)["reading_time"].format(minutes=minutes)


def page_of(lang: str, number: int, count: int) -> str:
    """`Seite 2 von 5`."""
    return strings(lang)["page_of"].format(number=number, count=count)


def updated(lang: str, date: dt.datetime) -> str:
    return strings(lang)["updated"].format(date=long_date(date, lang))


def state(lang: str, state: State, date: dt.datetime) -> str | None:
    """The notice of a draft or a scheduled post (published on `date`); None for a published one."""
    t = strings(lang)
    if state is State.DRAFT:
        return t["draft"]
    if state is State.SCHEDULED:
        return t["scheduled"].format(date=long_date(date, lang))
    return None
