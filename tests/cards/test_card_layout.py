"""feder.cards.layout: titles wrapped between words, shrunk before they overflow, inside the safe area."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from feder.cards import SAFE, CardText, layout
from feder.cards.layout import ELLIPSIS, MAX_LINES, TITLE_AREA, TITLE_SIZES

LONG = (
    "Kundenmanagement in der BANI-Welt: Was brüchige Zeiten für Vertrieb, Marketing und Kundenbeziehungen "
    "bedeuten, warum die alten Trichtermodelle nicht mehr tragen und welche Antworten Vertriebsleiterinnen "
    "und Vertriebsleiter jetzt geben sollten, bevor der nächste Umbruch kommt"
)
UMLAUTS = "ÄÖÜ äöü ÄÖÜÄÖÜ äöüß ÜÖÄ ÖÖÖÖ ÄÄÄÄ ÜÜÜÜ äää ööö üüü ßßß ÄÖÜäöüß ÄÖÜ ÖÄÜ ÜÄÖ äöü"


def card(title: str, **fields) -> CardText:
    return CardText(
        title, "feder", fields.pop("tag", "Vertrieb"), fields.pop("byline", ("12. Februar 2024", "Redaktion"))
    )


def assert_inside_safe_area(placed) -> None:
    for box in placed.boxes():
        assert SAFE.contains(box), box
    for text in placed.texts:
        if text.size in TITLE_SIZES and text.weight == "bold" and text.y >= TITLE_AREA.top:
            # The title keeps clear of the blog name above and the byline below.
            assert TITLE_AREA.top <= text.box.top and text.box.bottom <= TITLE_AREA.bottom, text


def title_words(placed) -> list[str]:
    return " ".join(placed.title_lines).split()


def test_a_short_title_keeps_the_largest_size():
    placed = layout(card("KI im Vertrieb"))
    assert (placed.title_size, placed.title_lines) == (TITLE_SIZES[0], ("KI im Vertrieb",))


def test_a_longer_title_is_shrunk_before_it_needs_a_fourth_line():
    title = "Kundenmanagement in der BANI-Welt: Was brüchige Zeiten für Vertrieb und Kundenbeziehungen bedeuten"
    placed = layout(card(title))
    assert TITLE_SIZES[-1] < placed.title_size < TITLE_SIZES[0]
    assert len(placed.title_lines) <= MAX_LINES and title_words(placed) == title.split()
    assert_inside_safe_area(placed)


def test_a_very_long_title_ends_after_a_whole_word_inside_the_safe_area():
    placed = layout(card(LONG))
    assert placed.title_size == TITLE_SIZES[-1] and len(placed.title_lines) == MAX_LINES
    assert placed.title_lines[-1].endswith(ELLIPSIS)
    shown = title_words(placed)
    assert shown[:-1] == LONG.split()[: len(shown) - 1]
    assert shown[-1].removesuffix(ELLIPSIS).rstrip(",:") == LONG.split()[len(shown) - 1].rstrip(",:")
    assert_inside_safe_area(placed)


def test_a_title_of_umlauts_only_fits_with_its_dots():
    for title in (UMLAUTS, "ÄÖÜ", "Ü" * 12):
        placed = layout(card(title))
        assert_inside_safe_area(placed)
        assert "".join(placed.title_lines).replace(" ", "").replace(ELLIPSIS, "") in title.replace(" ", "")


def test_a_word_wider_than_the_card_is_the_only_thing_ever_cut():
    placed = layout(card("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" * 3))
    assert placed.title_lines[0].endswith(ELLIPSIS) and len(placed.title_lines) == 1
    assert_inside_safe_area(placed)


def test_long_tags_bylines_and_blog_names_stay_on_the_card():
    placed = layout(CardText("Titel", "Ein sehr langer Blogname " * 6,
                             "Künstliche Intelligenz und maschinelles Lernen im Vertrieb",
                             ("12. Februar 2024", ", ".join(["Anna Beispielfrau-Mustermann"] * 8))))
    assert_inside_safe_area(placed)
    assert all(text.text.endswith(ELLIPSIS) for text in placed.texts if text.weight == "regular")


def test_nothing_but_the_title_is_optional():
    placed = layout(CardText("Über uns"))
    assert [text.text for text in placed.texts] == ["Über uns"] and placed.tag_pill is None


words = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzÄÖÜäöüßABCXYZ-–„“€:,.?!0123456789"), min_size=1, max_size=18
)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=40), st.text(max_size=40), st.lists(st.text(max_size=60), max_size=3))
def test_any_title_fits_in_three_lines_of_whole_words(title_words_, tag, byline):
    title = " ".join(title_words_)
    placed = layout(CardText(title, "feder", tag, tuple(byline)))
    assert_inside_safe_area(placed)
    assert 1 <= len(placed.title_lines) <= MAX_LINES
    shown = " ".join(placed.title_lines).split()
    original = title.split()
    if not placed.title_lines[-1].endswith(ELLIPSIS):
        assert shown == original  # the whole title, broken only between words
    else:
        complete = shown[:-1]
        assert complete == original[: len(complete)]  # whole words, then the cut
