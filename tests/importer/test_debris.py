"""Page debris in all its spacing and number variants, in German and English; whole lines only."""
from __future__ import annotations

import pytest

from feder.importer.debris import is_debris, starts_tail


@pytest.mark.parametrize("text", [
    # counters, alone, glued together or with separators
    "129 Ansichten", "129 Aufrufe", "129 Aufrufe3 Kommentare", "129Aufrufe 3Kommentare", "1.234 Ansichten",
    "1.234 Aufrufe12 Kommentare", "0 Kommentare", "1 Kommentar", "12 Likes", "Kommentare: 3", "3 Kommentare · 5 Likes",
    "123 views", "1,234 views3 comments", "84 views0 comments", "57 views 1 comment", "1 like", "2 Comments",
    "45 Reaktionen", "12 Kommentare • 3 Reposts", "1.234 Follower", "Anna Berger und 122 weitere Personen",
    "Kommentare (3)", "12", "3",
    # Wix
    "top of page", "bottom of page", "Suche", "Alle ansehen", "See All", "Alle Beiträge", "All Posts",
    "Beitrag nicht markiert als „Gefällt mir“", "Post not marked as liked", "2 Min. Lesezeit", "3 min read",
    "Schreib einen Kommentar...", "Write a comment…", "Kommentar schreiben …", "Log in / Sign up", "Startseite",
    # LinkedIn
    "+ Folgen", "+ Follow", "Gefällt mir", "Kommentieren", "Teilen", "Senden", "Like", "Comment", "Repost", "Send",
    "Gefällt mir Kommentieren Teilen Senden", "Gefällt mirKommentierenTeilen", "LikeCommentRepostSend",
    "1 Woche • Bearbeitet", "3 Mon. •", "vor 3 Tagen", "2 weeks ago", "• 2.", "...mehr", "…see more",
    # Blogger and WordPress
    "Teilen mit:", "Gefällt mir:", "Wird geladen …", "Like Loading...", "Facebook",
    "Diesen Post per E-Mail versendenBlogThis!In Twitter freigeben", "Email ThisBlogThis!Share to Twitter",
    "Design „Einfach“. Bereitgestellt von Blogger.", "Simple theme. Powered by Blogger.",
    "Proudly powered by WordPress",
    "► März (2)", "Keine Kommentare:", "Design „Einfach“. Bildmotive von Jason Morrow. Bereitgestellt von Blogger.",
    "Aktualisiert: 10. Mai", "Updated: May 10", "3. Mai", "Mar 3", "Antworten Löschen", "1.234 Abonnent:innen",
    "·", "|", "Gefällt 12 Mal", "Diesen Post per E-Mail versenden BlogThis! Auf X teilen Auf Facebook teilen",
    "Zum Anzeigen oder Hinzufügen eines Kommentars melden Sie sich an", "To view or add a comment, sign in",
    "X (Twitter)",
])
def test_debris(text):
    assert is_debris(text)


@pytest.mark.parametrize("text", [
    "Die Suche nach guten Leuten", "Teilen ist wichtig.", "129 Ansichten eines Problems", "Kommentare erwünscht!",
    "2013 war ein gutes Jahr.", "Facebook verändert den Vertrieb", "Like a rolling stone",
    "Wir hatten 129 Aufrufe und 3 Kommentare.", "Über mich", "Referrals are not luck", "Sales", "Vertrieb",
    "3. Mai: Tag der Entscheidung", "May the best offer win",
])
def test_not_debris(text):
    assert not is_debris(text) and not starts_tail(text)


@pytest.mark.parametrize("text", [
    "Aktuelle Beiträge", "Recent Posts", "Ähnliche Beiträge", "3 Kommentare:", "5 comments:", "Anonym hat gesagt…",
    "Anonymous said...", "Newer Post Older Post Home", "Neuere Posts Startseite Ältere Posts", "Leave a Reply",
    "2 Gedanken zu „Vertrieb“", "Blog-Archiv", "Blog Archive", "Weitere Artikel von Anna Berger",
    "More articles by Anna Berger",
])
def test_page_tails(text):
    assert starts_tail(text)


def test_a_menu_word_alone_does_not_start_the_tail():
    assert not starts_tail("Startseite") and not starts_tail("Home")
