"""What a copied web page holds besides the post: navigation, counters, share buttons, comment forms.

Only whole lines are recognised, never words inside a sentence, so a post that
talks about "Kommentare" keeps its text. Two kinds:

* `is_debris(line)`: a line to drop (`top of page`, `129 Aufrufe3 Kommentare`, `Suche`, …);
* `starts_tail(line)`: a line after which the rest of the post is page furniture
  (`Aktuelle Beiträge` with the titles of other posts, a comment section, …).
"""
from __future__ import annotations

import re

from feder.importer.dates import MONTHS

_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "…": "..."})


def key(line: str) -> str:
    """A line as compared here: case, spacing and quote styles do not matter."""
    return " ".join(line.translate(_QUOTES).casefold().split()).replace(" ...", "...")


_PHRASES = frozenset({
    # Wix
    "top of page", "bottom of page", "seitenanfang", "seitenende", "zum seitenanfang", "nach oben", "back to top",
    "suche", "search", "alle ansehen", "alle anzeigen", "see all", "view all", "alle beiträge", "all posts",
    'beitrag nicht markiert als "gefällt mir"', 'beitrag als "gefällt mir" markiert', "post not marked as liked",
    "post marked as liked", "gefällt mir", "like", "teilen", "share", "kommentar schreiben", "write a comment",
    "kommentar schreiben...", "write a comment...", "schreib einen kommentar...", "schreibe einen kommentar...",
    "kommentare", "comments", "log in / sign up", "anmelden / registrieren", "log in", "sign up", "anmelden",
    "registrieren", "mitglied werden", "melde dich an, um zu kommentieren.", "log in to comment.", "abonnieren",
    "subscribe", "mehr", "more", "menü", "menu", "blog", "link kopiert", "link copied", "link kopieren", "copy link",
    "updated:", "aktualisiert:", "kommentare sind geschlossen.", "comments are closed.", "beitrag teilen",
    "share post", "startseite", "home", "kontakt", "contact", "impressum", "imprint", "datenschutz",
    "datenschutzerklärung", "privacy policy", "kommentare sind deaktiviert.", "comments are turned off.",
    # LinkedIn
    "kommentieren", "comment", "senden", "send", "reposten", "repost", "reagieren", "react", "folgen", "follow",
    "+ folgen", "+ follow", "vernetzen", "connect", "nachricht", "message", "mehr anzeigen", "see more",
    "...mehr", "...more", "...see more", "...mehr anzeigen", "weniger anzeigen", "see less", "bearbeitet", "edited",
    "gesponsert", "promoted",
    "newsletter abonnieren", "subscribe to newsletter", "artikel teilen", "share article", "melden", "report",
    "zum artikel", "read article", "kommentare anzeigen", "show comments", "alle reaktionen", "all reactions",
    "zum anzeigen oder hinzufügen eines kommentars melden sie sich an",
    "zum anzeigen oder hinzufügen eines kommentars melden sie sich an.", "to view or add a comment, sign in",
    "to view or add a comment, sign in.", "sign in", "join now", "jetzt anmelden", "jetzt mitglied werden",
    "melden sie sich an, um mehr inhalte anzuzeigen", "sign in to view more content", "artikel melden",
    "diesen artikel melden", "report this article", "alle artikel anzeigen", "see all articles",
    "zum hauptinhalt springen", "skip to main content", "x (twitter)", "link", "link teilen",
    # social buttons, alone on a line
    "facebook", "twitter", "x", "linkedin", "xing", "whatsapp", "pinterest", "instagram", "e-mail", "email",
    "drucken", "print", "reddit", "tumblr", "telegram", "youtube", "mastodon", "threads",
    # Blogger
    "keine kommentare:", "no comments:", "keine kommentare", "no comments", "diesen post per e-mail versenden",
    "email this", "blogthis!", "in twitter freigeben", "share to twitter", "in facebook freigeben",
    "share to facebook", "auf pinterest teilen", "share to pinterest", "kommentar veröffentlichen",
    "post a comment", "labels:", "mein profil vollständig anzeigen", "view my complete profile",
    "links zu diesem post", "links to this post", "link erstellen", "create a link",
    "hinweis: nur ein mitglied dieses blogs kann kommentare posten.",
    "note: only a member of this blog may post a comment.",
    # WordPress
    "leave a comment", "hinterlasse einen kommentar", "kommentar hinterlassen", "teilen mit:", "share this:",
    "gefällt mir:", "like this:", "gefällt mir wird geladen...", "like loading...", "wird geladen...",
    "loading...", "weiterlesen", "weiterlesen →", "continue reading", "continue reading →", "zum inhalt springen",
    "skip to content", "suche nach:", "search for:", "proudly powered by wordpress", "stolz präsentiert von wordpress",
    "bloggen auf wordpress.com.", "blog at wordpress.com.", "beitrags-navigation", "post navigation",
    "vorheriger beitrag", "nächster beitrag", "previous post", "next post", "neueste kommentare", "recent comments",
    "archive", "archives", "kategorien", "categories", "meta", "einträge-feed", "entries feed", "kommentar-feed",
    "comments feed", "wordpress.org", "antworten", "reply", "diesen blog durchsuchen", "search this blog",
    # comment forms
    "your email address will not be published.", "deine e-mail-adresse wird nicht veröffentlicht.",
    "ihre e-mail-adresse wird nicht veröffentlicht.", "required fields are marked *",
    "erforderliche felder sind mit * markiert", "kommentar", "name", "name *", "email *", "e-mail *",
    "website", "webseite", "post comment", "kommentar abschicken", "kommentar absenden",
    "save my name, email, and website in this browser for the next time i comment.",
    "meinen namen, meine e-mail-adresse und meine website in diesem browser speichern, bis ich wieder kommentiere.",
})

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBER = r"\d{1,3}(?:[.,  ]\d{3})+|\d+(?:[.,]\d+)?\s?(?:k|tsd\.?|mio\.?)?"
_UNIT = (
    r"aufrufe?|ansichten|views?|kommentare?|comments?|likes?|gefällt mir|reaktionen|reactions?|reposts?|shares?|"
    r"mal geteilt|geteilt|antworten|replies|mal gelesen|leser|reads?|klicks?|clicks?|follower(?:innen)?|followers|"
    r"abonnenten|abonnent:?innen|subscribers?|impressionen|impressions|mal angesehen"
)
_COUNTER = rf"(?:(?:{_NUMBER})\s*(?:{_UNIT})|(?:{_UNIT})\s*:?\s*(?:{_NUMBER}))"
_RELATIVE = (
    r"(?:vor\s+)?\d+\s*(?:min\.?|minuten|std\.?|stunden?|h|t\.?|tagen?|tage|d|wo\.?|wochen?|w|mon\.?|monaten?|mo|"
    r"j\.?|jahren?|jahre|y|yr|yrs|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?"
)
_PATTERNS = [re.compile(p, re.I) for p in (
    rf"^(?:{_COUNTER})(?:[\s·•|,;/]*(?:{_COUNTER}))*$",  # "129 Aufrufe3 Kommentare", "1.234 Ansichten"
    r"^\d+\s*(?:min\.?|minuten?|minutes?)\.?\s*(?:lesezeit|lesedauer|read|to read)$",
    r"^(?:lesezeit|lesedauer|reading time):?\s*\d+\s*(?:min\.?|minuten?|minutes?)$",
    r"^\d{1,7}$",  # like and view counts on a line of their own
    rf"^{_RELATIVE}(?:\s*[•·]\s*(?:bearbeitet|edited)?)*\s*[•·]?$",  # LinkedIn: "1 Woche • Bearbeitet"
    r"^.{1,60}\s(?:und|and)\s\d[\d.,]*\s(?:weitere(?:\s+personen)?|others?)$",  # "Anna und 122 weitere Personen"
    r"^[►▼▸▾]\s*.*\(\d+\)$",  # Blogger's archive tree: ► März (2)
    r"^.{0,120}(?:bereitgestellt von|powered by|präsentiert von|erstellt mit|created with|bloggen auf|blog at)\s+"
    r"(?:blogger|wordpress|wix)\b.{0,40}$",
    r"^(?:design|theme)\b.{0,40}\b(?:blogger|wordpress)\b.{0,20}$",
    r"^.{0,40}\btheme\.\s*(?:bereitgestellt von|powered by)\s+blogger\.?$",
    r"^(?:←|«)\s.{0,80}$|^.{0,80}\s(?:→|»)$",  # previous/next post links: "← Vorheriger Beitrag"
    r"^klicke?n?\s+(?:zum|um|auf).{0,80}(?:teilen|drucken|e-mail|senden).{0,60}$",
    r"^click to (?:share|print|email).{0,80}$",
    r"^©\s*\d{4}.{0,80}$",
    r"^(?:abonnieren|subscribe to):?\s+(?:posts|kommentare zum post|post comments|kommentare|comments)\s*\(atom\)$",
    r"^(?:keine|no|\d+)\s+(?:kommentare?|comments?)\s*:?$",
    r"^(?:eingestellt von|posted by)\s+.{1,60}?\s+(?:um|at)\s+\d{1,2}[:.]\d{2}.*$",  # Blogger footer
    r"^(?:kommentare|comments)\s*\(\d+\)$",
    # Wix prints the day without the year for this year's posts: no date to go by, and no title either.
    rf"^(?:aktualisiert|zuletzt aktualisiert|updated|last updated)?:?\s*(?:\d{{1,2}}\.\s*{_MONTH}|{_MONTH}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?)$",
    r"^(?:antworten|reply)\s*(?:löschen|delete)?$|^(?:löschen|delete)$",
    r"^[^\w\s]{1,2}$",  # a separator dot or bar between copied widgets: "·", "|"
    r"^gefällt\s+\d[\d.,]*\s*(?:mal|personen)$",
)]
CONTACT_DEGREE = re.compile(r"^[•·]?\s*(?:\d\.\+?|1st|2nd|3rd\+?)(?:\s*[•·])?$", re.I)
"""LinkedIn prints a contact's degree under their name: `• 2.`, `· 3rd+`."""
_WIDGETS = (
    "diesen post per e-mail versenden", "blogthis!", "in twitter freigeben", "in facebook freigeben",
    "auf pinterest teilen", "auf twitter teilen", "auf facebook teilen", "auf x teilen", "email this",
    "share to twitter", "share to facebook", "share to pinterest", "share to x", "teilen", "share", "facebook",
    "twitter", "linkedin", "pinterest", "whatsapp", "e-mail", "email",
    "drucken", "print", "xing", "gefällt mir", "kommentieren", "senden", "reposten", "repost", "like", "comment",
    "send", "link kopieren", "copy link",
)
_WIDGET_RUN = re.compile(
    "(?:" + "|".join(re.escape(widget) for widget in sorted(_WIDGETS, key=len, reverse=True)) + r")[\s|·•,]*"
)

_TAILS = frozenset({
    "aktuelle beiträge", "neueste beiträge", "recent posts", "ähnliche beiträge", "related posts", "related",
    "ähnliche artikel", "das könnte dich auch interessieren", "das könnte sie auch interessieren",
    "you might also like", "you may also like", "weitere beiträge", "more posts", "blog-archiv", "blog archive",
    "abonnieren: posts (atom)", "subscribe to: posts (atom)", "abonnieren: kommentare zum post (atom)",
    "subscribe to: post comments (atom)", "neuerer post", "newer post", "älterer post", "older post",
    "neuere posts", "newer posts", "ältere posts", "older posts", "kommentare:", "comments:",
    "leave a reply", "kommentar verfassen", "schreibe einen kommentar", "antworten abbrechen", "cancel reply",
    "bottom of page", "seitenende", "beliebte posts", "popular posts", "beliebte beiträge",
})
_TAIL_PATTERNS = [re.compile(p, re.I) for p in (
    r"^\d+\s+(?:kommentare?|comments?|antworten|responses|replies)\s*:$",  # Blogger: "3 Kommentare:"
    r"^\d+\s+(?:gedanken|thoughts|antworten|responses|replies)\s+(?:zu|on)\b.*$",  # WordPress: "2 Gedanken zu …"
    r"^(?:ein|one)\s+(?:gedanke|thought|kommentar|comment|antwort|response)\s+(?:zu|on)\b.*$",
    r"^.{1,60}\s(?:hat gesagt|said)\s*(?:…|\.\.\.)?\s*:?$",  # Blogger's comments: "Anonym hat gesagt…"
    r"^(?:weitere artikel|mehr artikel|more articles|other articles) (?:von|by)\b.{1,60}$",  # LinkedIn
)]
_PAGER = re.compile(
    r"^(?:(?:neuerer post|älterer post|neuere posts|ältere posts|newer posts?|older posts?|startseite|home)"
    r"[\s|·•]*){2,}$"
)


def is_debris(line: str) -> bool:
    k = key(line)
    if not k:
        return False
    if k in _PHRASES or any(pattern.match(k) for pattern in _PATTERNS) or CONTACT_DEGREE.match(k):
        return True
    # Buttons copied as one run: "Diesen Post per E-Mail versendenBlogThis!In Twitter freigeben…"
    return len(k) < 200 and not _WIDGET_RUN.sub("", k).strip() and bool(_WIDGET_RUN.match(k))


def starts_tail(line: str) -> bool:
    k = key(line)
    return k in _TAILS or any(pattern.match(k) for pattern in _TAIL_PATTERNS) or bool(_PAGER.match(k))
