"""Numbers, money and percentages per language, as babel's CLDR data says.

The browser must show exactly what the server rendered, so the script does not
use Intl (whose CLDR version differs from babel's); it gets the symbols from
`NumberStyle` and rounds like this module: half up on the exact binary value,
which is what JavaScript's `toFixed` does.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel import Locale
from babel.numbers import format_currency, format_decimal, get_currency_symbol, parse_pattern

CURRENCY = "EUR"
COUNT_DIGITS = 1
"""Counts of people keep one decimal: 0.4 customers is an honest expectation, not 0."""
MONEY_DIGITS = 2
PERCENT_DIGITS = 2


@dataclass(frozen=True)
class NumberStyle:
    decimal: str
    group: str
    currency_prefix: str
    currency_suffix: str
    percent_prefix: str
    percent_suffix: str

    def as_json(self) -> dict[str, str]:
        return asdict(self)


@cache
def style(lang: str) -> NumberStyle:
    locale = Locale.parse(lang)
    symbols = locale.number_symbols["latn"]
    symbol = get_currency_symbol(CURRENCY, locale)
    money = parse_pattern(locale.currency_formats["standard"].pattern)
    percent = parse_pattern(locale.percent_formats[None].pattern)
    return NumberStyle(
        decimal=symbols["decimal"],
        group=symbols["group"],
        currency_prefix=money.prefix[0].replace("¤", symbol),
        currency_suffix=money.suffix[0].replace("¤", symbol),
        percent_prefix=percent.prefix[0],
        percent_suffix=percent.suffix[0],
    )


def _rounded(value: float, digits: int) -> Decimal:
    return Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def _pattern(digits: int) -> str:
    return "#,##0" + ("." + "#" * digits if digits else "")


def format_number(value: float, lang: str, digits: int = COUNT_DIGITS) -> str:
    """`1234.5` -> `1.234,5` (de) / `1,234.5` (en); trailing zeros dropped."""
    return format_decimal(_rounded(value, digits), format=_pattern(digits), locale=lang)


def format_money(value: float, lang: str) -> str:
    """`1234.5` -> `1.234,5 €` (de) / `€1,234.5` (en)."""
    locale = Locale.parse(lang)
    pattern = locale.currency_formats["standard"].pattern.replace("0.00", "0." + "#" * MONEY_DIGITS)
    return format_currency(
        _rounded(value, MONEY_DIGITS), CURRENCY, format=pattern, locale=lang, currency_digits=False
    )


def format_percent(value: float, lang: str, digits: int = PERCENT_DIGITS) -> str:
    """`value` is already in percent: `12.5` -> `12,5 %` (de) / `12.5%` (en)."""
    s = style(lang)
    return s.percent_prefix + format_number(value, lang, digits) + s.percent_suffix
