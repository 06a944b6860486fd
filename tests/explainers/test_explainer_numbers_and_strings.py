"""Number formats per language, and the two string files agreeing."""
import pytest

from feder.explainers.i18n import LANGUAGES, placeholders, strings
from feder.explainers.numbers import format_money, format_number, format_percent, style


@pytest.mark.parametrize("lang, money, number, percent", [
    ("de", "1.234,5\u00a0€", "1.234.567,5", "12,5\u00a0%"),
    ("en", "€1,234.5", "1,234,567.5", "12.5%"),
])
def test_formats(lang, money, number, percent):
    assert format_money(1234.5, lang) == money
    assert format_number(1234567.49, lang) == number
    assert format_percent(12.5, lang) == percent


def test_rounding_is_half_up_on_the_binary_value_like_javascript_tofixed():
    assert format_number(0.25, "en") == "0.3"   # 0.25 is exact: half up
    assert format_number(0.35, "en") == "0.3"   # 0.35 is 0.34999…: down, as (0.35).toFixed(1)
    assert format_money(1.005, "en") == "€1"     # 1.00499…, trailing zeros dropped
    assert format_number(15.0, "de") == "15"


def test_style_gives_the_script_babels_symbols():
    assert style("de").as_json() == {
        "decimal": ",", "group": ".", "currency_prefix": "", "currency_suffix": "\u00a0€",
        "percent_prefix": "", "percent_suffix": "\u00a0%",
    }


def _leaves(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}{key}.")
    elif isinstance(node, list):
        yield prefix.rstrip("."), node
    else:
        yield prefix.rstrip("."), node


def test_every_string_exists_in_both_languages_with_the_same_placeholders():
    german = dict(_leaves(strings("de")._data))
    english = dict(_leaves(strings("en")._data))
    assert german.keys() == english.keys()
    for key, text in german.items():
        if isinstance(text, str):
            assert placeholders(text) == placeholders(english[key]), key
    assert LANGUAGES == ("de", "en")


def test_default_stages_are_localised():
    assert strings("de").raw("funnel.default_stages")[-1] == "Kunde"
    assert strings("en").raw("funnel.default_stages")[-1] == "Customer"
