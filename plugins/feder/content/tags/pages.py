"""Tag pages: the tag index of each language and one paginated list per tag."""
from __future__ import annotations

from functools import partial

from feder.content.listings import Listing, paginate
from feder.content.tags.index import TagIndex
from feder.content.urls import Urls


def plan_tag_listings(index: TagIndex, urls: Urls, per_page: int) -> list[Listing]:
    """`/tags/` and `/tags/<slug>/` (paginated like the home page) for every language.

    A tag's pages share its id as subject, so the German and the English page of a
    tag are translations of each other even though their slugs differ.
    """
    listings: list[Listing] = []
    for lang in index.languages:
        listings.append(Listing("tags", lang, urls.tags(lang), ()))
        for tag in index.in_language(lang):
            slug = tag.slug(lang)
            listings += paginate(
                "tag", lang, index.posts(tag, lang), per_page,
                partial(urls.tag, lang, slug), tag.id,
            )
    return listings
