"""Which preview card each page shares, and what it says. Nothing here imports MkDocs.

Every page of the site shares a card (`feder.cards`) unless it is a post with a
`cover`: a post shows its title, first tag, date and authors in its language; a list
page its heading and how many posts the list has (later pages of a list share the
first page's card), the home page the blog's name and description (or its number of
posts), a page from docs/ its title. Cards are files of the
site at `assets/cards/<the page's path>.png`: the name comes from the page's URL,
never from its title.
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from feder.cards import CardText
from feder.content.dates import long_date
from feder.content.pages import PageEntry, SitePages
from feder.views.labels import post_count

if TYPE_CHECKING:  # Views creates its Sharing; importing it here would be circular
    from feder.views.pages import Views

CARDS = "assets/cards"
LIST_KINDS = {"home", "archive", "author", "tag", "tags"}


def card_path(url: str) -> str | None:
    """The card's file for a page URL.

    `en/posts/x/` -> `assets/cards/en/posts/x.png`, `` -> `assets/cards/index.png`."""
    parts = unquote(url).strip("/").split("/")
    if any(part in (".", "..") for part in parts):
        return None
    return f"{CARDS}/{'/'.join(parts) or 'index'}.png"


def card_url(path: str) -> str:
    """The card file's URL, relative to the site root."""
    return quote(path)


class Sharing:
    """The cards of one build's pages; texts of pages from docs/ are known once their page is built."""

    def __init__(self, views: Views) -> None:
        self.views = views
        self._titles: dict[str, str] = {}

    def card(self, entry: PageEntry, title: str) -> tuple[str, CardText] | None:
        """The file and text of the card `entry` shares (None for a post with a cover); `title` is the page's."""
        if entry.kind not in LIST_KINDS and entry.post is None:
            self._titles[entry.url] = title
        return self._card(entry)

    def cards(self, site: SitePages) -> dict[str, CardText]:
        """Every card of the site by its file, each once."""
        planned: dict[str, CardText] = {}
        for entry in site:
            card = self._card(entry)
            if card is not None:
                planned.setdefault(*card)
        return planned

    def _card(self, entry: PageEntry) -> tuple[str, CardText] | None:
        if entry.post is not None and entry.post.cover:
            return None
        first = self._first_page(entry)
        path = card_path(first.url)
        text = self._text(first)
        return (path, text) if path is not None and text is not None else None

    def _first_page(self, entry: PageEntry) -> PageEntry:
        listing = entry.listing
        if listing is None or listing.number == 1 or not listing.page_urls:
            return entry
        return self.views.site.get(listing.page_urls[0]) or entry

    def _text(self, entry: PageEntry) -> CardText | None:
        views, lang = self.views, entry.lang
        description = views.descriptions.get(lang, "")
        if entry.post is not None:
            post = entry.post
            tags = views.tags(post)
            authors = ", ".join(author.name for author in views.authors(post))
            return CardText(
                post.title, views.site_name, tags[0].name if tags else "", (long_date(post.date, lang), authors)
            )
        if entry.listing is not None and entry.kind == "home":
            return CardText(views.site_name, byline=(description or self._count(entry),))
        if entry.listing is not None:
            tag = views.tag_index.get(entry.listing.subject or "") if entry.kind == "tag" and views.tag_index else None
            byline = (self._count(entry),) if entry.kind != "tags" else (description,)
            return CardText(views.listing_title(entry.listing), views.site_name, tag.name(lang) if tag else "", byline)
        title = self._titles.get(entry.url)
        return CardText(title, views.site_name, byline=(description,)) if title is not None else None

    def _count(self, entry: PageEntry) -> str:
        """`12 Beiträge`: how many posts the whole list has."""
        views, listing, lang, index = self.views, entry.listing, entry.lang, self.views.tag_index
        assert listing is not None
        if entry.kind == "author":
            count = len(views.blog.by_author(lang, listing.subject or ""))
        elif entry.kind == "tag" and index is not None and (tag := index.get(listing.subject or "")):
            count = index.count(tag, lang)
        else:
            count = len(views.blog.in_language(lang))
        return post_count(lang, count)
