"""A page cut into pieces at the end of each: a byline, a hashtag block or page debris, then a title."""
from __future__ import annotations

from feder.importer.page import read_page
from feder.importer.pieces import MIN_WORDS, split_page
from tests.importer.support import AUTHORS

LONG = ("Wer im Vertrieb heute neue Kunden gewinnen will, braucht vor allem Geduld und einen Plan, der über das "
        "nächste Quartal hinausreicht. ") * 3  # 51 words
LONGER = LONG + "\n" + LONG


def pieces(text: str) -> list[tuple[str, bool]]:
    """Each piece's first text line and whether it is a post."""
    lines, style = read_page(text, AUTHORS)
    found = []
    for piece in split_page(lines, style):
        first = next((lines[i].text for i in range(piece.start, piece.end) if lines[i].kind == "text"), "")
        found.append((first, piece.post))
    return found


def test_a_linkedin_page_with_two_posts_and_a_blurb_between():
    page = (f"Erster Beitrag\n{LONGER}\n\nAnna Berger\n#Vertrieb #B2B\n\nWer steckt hinter diesem Blog?\n"
            "Ich bin Anna und schreibe hier über Vertrieb.\n" + " ".join(f"#Thema{n}" for n in range(40))
            + f"\n\nZweiter Beitrag\n{LONGER}\n")
    assert pieces(page) == [("Erster Beitrag", True), ("Wer steckt hinter diesem Blog?", False),
                            ("Zweiter Beitrag", True)]


def test_a_one_line_blurb_right_under_the_signature_is_its_bio():
    page = f"Ein Beitrag\n{LONGER}\nAnna Berger\n\nIch bin Anna und schreibe hier über Vertrieb.\n"
    lines, _ = read_page(page, AUTHORS)
    assert [line.kind for line in lines if line.text][-2:] == ["byline", "bio"]


def test_a_blurb_without_a_title_after_a_signature():
    page = f"Erster Beitrag\n{LONGER}\nAnna Berger\n#Vertrieb\n\nIch bin Anna und schreibe hier über Vertrieb.\n"
    assert pieces(page) == [("Erster Beitrag", True), ("Ich bin Anna und schreibe hier über Vertrieb.", False)]


def test_a_title_after_page_debris_or_hashtags_starts_a_piece():
    for end in ("129 Aufrufe3 Kommentare", "#Vertrieb #Marketing", "Gefällt mir\nKommentieren\nTeilen"):
        assert pieces(f"Erster Beitrag\n{LONGER}\n{end}\n\nZweiter Beitrag\n{LONGER}\n") == [
            ("Erster Beitrag", True), ("Zweiter Beitrag", True)]


def test_text_after_hashtags_that_is_no_title_continues_the_post():
    assert pieces(f"Ein Beitrag\n{LONG}\n#Vertrieb\n{LONG}\n") == [("Ein Beitrag", True)]


def test_a_footnote_or_postscript_after_the_signature_stays_with_the_post():
    page = (f"Ein Beitrag\n{LONGER}*\nAnna Berger\n\n*Laut einer Umfrage von 2020.\nP.S. Bis bald!\n"
            "Nachtrag: Inzwischen hat sich die Lage geändert, wir berichten bald.\n")
    assert pieces(page) == [("Ein Beitrag", True)]


def test_a_page_of_short_pieces_keeps_its_longest():
    page = ("Kurz\nEin kurzer Text mit zwölf Wörtern über den Vertrieb im Mittelstand von heute.\nAnna Berger\n"
            "#Vertrieb\nNoch kürzer.\n")
    assert pieces(page) == [("Kurz", True), ("Noch kürzer.", False)]


def test_a_dated_post_is_a_post_however_short():
    page = f"Einleitung der Seite\n\n16. März 2013\nKurz notiert\nNur ein Satz.\n\n17. März 2013\nLang\n{LONGER}\n"
    assert pieces(page) == [("Einleitung der Seite", False), ("Kurz notiert", True), ("Lang", True)]


def test_the_tail_is_not_cut_into_pieces():
    page = f"Ein Beitrag\n{LONGER}\n129 Aufrufe\nAktuelle Beiträge\nAlle ansehen\nAnderer Titel\n12 Aufrufe\n"
    lines, style = read_page(page, AUTHORS)
    [piece] = split_page(lines, style)
    assert [lines[i].text for i in piece.tail if lines[i].text] == [
        "Aktuelle Beiträge", "Alle ansehen", "Anderer Titel", "12 Aufrufe"]


def test_the_threshold():
    assert MIN_WORDS == 80


def test_dated_entries_in_the_tail_start_no_posts():
    page = (f"12. Mai 2021\nEin Beitrag\n{LONGER}\nWeitere Artikel von Anna Berger\nEmpfehlungen sind kein Zufall\n"
            "3. April 2021\nMessen nach Corona\n1. März 2021\n")
    lines, style = read_page(page, AUTHORS)
    [piece] = split_page(lines, style)
    assert [lines[i].text for i in piece.tail if lines[i].text][-2:] == ["Messen nach Corona", "1. März 2021"]
