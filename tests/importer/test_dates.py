"""Dates as old blogs print them, in German and English."""
from __future__ import annotations

import datetime as dt

import pytest

from feder.importer.dates import find_date, parse_date

MARCH_16 = dt.date(2013, 3, 16)


@pytest.mark.parametrize("text", [
    "Samstag, 16. März 2013", "16. März 2013", "16.03.2013", "16.3.2013", "16.03.13", "2013-03-16",
    "Sa., 16. Mär. 2013", "Samstag, den 16. Maerz 2013", "16. Mrz. 2013",
    "March 16, 2013", "Saturday, March 16, 2013", "Mar 16, 2013", "March 16th, 2013", "16 March 2013",
    "16th March 2013", "Sat, Mar 16 2013",
])
def test_dates_german_and_english(text):
    assert parse_date(text) == MARCH_16


@pytest.mark.parametrize("text", ["30.02.2013", "März 2013", "16. März", "2013", "Seite 16.03", "1.000.000"])
def test_not_dates(text):
    assert parse_date(text) is None


def test_other_months():
    assert parse_date("1. Jänner 2014") == dt.date(2014, 1, 1)
    assert parse_date("Dienstag, 5. Mai 2015") == dt.date(2015, 5, 5)
    assert parse_date("December 24, 2012") == dt.date(2012, 12, 24)
    assert parse_date("3. Okt. 2012") == dt.date(2012, 10, 3)
    assert find_date("Am 16.03.2013 war Messe").date == MARCH_16
