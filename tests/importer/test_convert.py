"""One page's text to posts: dates, drafts, titles, languages, authors, tags and what is dropped."""
from __future__ import annotations

import dataclasses
import datetime as dt

from feder.importer.authors import AuthorNames
from feder.importer.convert import import_bytes, import_text
from feder.importer.tagging import KnownTags
from tests.importer.support import SETTINGS, fixture

TODAY = dt.date(2025, 1, 15)
UNDATED = dataclasses.replace(SETTINGS, today=TODAY)
MARCH_16 = dt.date(2013, 3, 16)


def test_an_undated_post_is_a_draft_dated_today_with_a_note():
    result = import_text(fixture("ohne-datum-messe.de.txt"), "x.txt", UNDATED)
    [post] = result.posts
    assert (post.title, post.date, post.draft, post.authors) == (
        "Messen nach Corona: Was bleibt?", TODAY, True, ["max"])
    [note] = [note for note in post.notes if note.check]
    assert note.line == 1 and note.message.startswith("no date found: imported as a draft dated 2025-01-15")
    assert "remove draft: true" in note.message


def test_the_date_option_dates_and_publishes_undated_posts():
    result = import_text(fixture("undated-trade-fairs.en.txt"), "x.txt", dataclasses.replace(UNDATED, date=MARCH_16))
    [post] = result.posts
    assert (post.date, post.draft, post.lang) == (MARCH_16, False, "en")
    assert not [note for note in post.notes if note.check]


def test_a_linkedin_page_gives_a_dated_post_and_an_undated_draft_and_drops_the_blurb():
    result = import_text(fixture("linkedin-zwei-beitraege.de.txt"), "x.txt", UNDATED)
    first, second = result.posts
    assert (first.title, first.date, first.draft) == (
        "Vertrieb ohne Kaltakquise: Was im Mittelstand wirklich funktioniert", dt.date(2022, 6, 14), False)
    assert (second.title, second.date, second.draft) == ("Empfehlungen sind kein Zufall", TODAY, True)
    assert first.tags == ["Vertrieb", "Neukundengewinnung", "B2B"]
    assert second.tags == ["Empfehlungsmarketing", "Vertrieb"]
    [dropped] = result.notes
    assert dropped.check and dropped.line == 22
    assert dropped.message.startswith("dropped a piece too short to be a post (33 words")
    assert "'Wer steckt hinter diesem Blog?', 'Ich bin Anna Berger und begleite …'" in dropped.message
    for post in result.posts:
        assert "Wer steckt" not in post.body and "Marketingautomation" not in post.body


def test_hashtags_of_the_blog_in_any_spelling_become_its_tags():
    known = KnownTags({"de": {"digitalisierung": "Digitalisierung", "vertrieb": "Vertrieb", "verkauf": "Vertrieb"}})
    text = fixture("linkedin-zwei-beitraege.de.txt").replace("#Empfehlungsmarketing #Vertrieb", "#VERKAUF")
    [_, second] = import_text(text, "x.txt", dataclasses.replace(UNDATED, known_tags=known)).posts
    assert second.tags == ["Vertrieb"]


def test_title_before_date_when_the_next_line_is_a_paragraph():
    text = "Mein Titel\n16.03.2013\nEin langer erster Absatz, der ganz sicher kein Titel ist, weil er endet.\n"
    result = import_text(text, "x.txt", SETTINGS)
    [post] = result.posts
    assert (post.title, post.date) == ("Mein Titel", MARCH_16)


def test_title_from_the_first_sentence_when_no_line_looks_like_one():
    text = "16.03.2013\nDas ist ein langer Satz ohne Überschrift, der trotzdem einen Titel braucht. Und mehr.\n"
    result = import_text(text, "x.txt", SETTINGS)
    [post] = result.posts
    assert post.title == "Das ist ein langer Satz ohne Überschrift, der trotzdem einen Titel braucht"
    assert any(note.check and "first sentence" in note.message for note in post.notes)
    assert "Und mehr." in post.body


def test_language_is_guessed_per_post():
    text = ("16.03.2013\nTitel\nDas ist ein Text, der auf Deutsch ist und nicht auf Englisch.\n\n"
            "March 17, 2013\nTitle\nThis is a text that is in English and not in German.\n")
    assert [post.lang for post in import_text(text, "x.txt", SETTINGS).posts] == ["de", "en"]


def test_a_date_line_without_text_after_it_is_skipped_and_said():
    result = import_text("16.03.2013\nNur ein Titel\n\n17.03.2013\nZweiter Titel\nMit Text, der lang genug ist.\n",
                         "x.txt", SETTINGS)
    assert [post.title for post in result.posts] == ["Zweiter Titel"]
    skipped = [(note.line, note.check) for note in result.notes if "skipped 'Nur ein Titel'" in note.message]
    assert skipped == [(2, True)]


def test_times_of_day_mark_comments_unless_every_date_has_one():
    comments = ("16.03.2013\nTitel\nText, der lang genug ist, um ein Absatz zu sein.\n3 Kommentare:\n"
                "Anna hat gesagt…\nSuper!\n17. März 2013 um 08:12\n")
    [post] = import_text(comments, "x.txt", SETTINGS).posts
    assert "Super" not in post.body
    timed = ("Titel eins\n16. März 2013 um 10:15\nText, der lang genug ist, um ein Absatz zu sein.\n\n"
             "Titel zwei\n17. März 2013 um 09:00\nNoch ein Text, der lang genug ist, um ein Absatz zu sein.\n")
    assert [(p.title, p.date.day) for p in import_text(timed, "x.txt", SETTINGS).posts] == [
        ("Titel eins", 16), ("Titel zwei", 17)]


def test_a_byline_sets_a_known_author_case_and_title_insensitively():
    settings = dataclasses.replace(UNDATED, authors=AuthorNames({"anna": ["Prof. Dr. Anna Berger"]}))
    [post] = import_text(fixture("wix-autorenbox.de.txt"), "x.txt", settings).posts
    assert post.authors == ["anna"]
    assert not any("unknown person" in note.message for note in post.notes)
    assert "<!-- byline (feder import): DR. ANNA BERGER · Vertriebsstrategin und Autorin aus Hamburg -->" in post.body


def test_an_unknown_byline_keeps_the_default_author_and_says_how_to_add_the_person():
    [post] = import_text(fixture("wix-author-box.en.txt"), "x.txt", UNDATED).posts
    assert post.authors == ["redaktion"]
    [note] = [note for note in post.notes if "unknown person" in note.message]
    assert note.check and note.line == 12
    assert note.message.startswith("byline of an unknown person: Anna Berger; the post keeps the author redaktion.")
    assert ("add them to authors.yml (anna-berger: {name: Anna Berger, bio: …}) and set authors: [anna-berger]"
            in note.message)


def test_a_file_without_any_text_gives_no_post_and_says_why():
    result = import_text("top of page\nSuche\n129 Aufrufe\nbottom of page\n", "x.txt", SETTINGS)
    assert result.posts == []
    assert result.error == "the file holds no text besides page debris (all listed above)"
    assert [note.message for note in result.notes] == [
        "removed 4 line(s) of page debris: 'top of page', 'Suche', '129 Aufrufe', 'bottom of page'",
    ]


def test_windows_encoded_input_is_read_and_said():
    result = import_bytes("16.03.2013\nÜber Größe\nGrößer ist nicht immer besser, auch im Vertrieb.\n".encode("cp1252"),
                          "x.txt", SETTINGS)
    assert result.posts[0].title == "Über Größe"
    assert result.notes[0].check and "not UTF-8" in result.notes[0].message
