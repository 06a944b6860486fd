"""What templates see: small, ready-to-print objects built from the content model. No MkDocs imports.

- `models`: the view dataclasses, each field declaring what it is made of (`inputs`);
- `links`: absolute URLs and language versions (also the sitemap's);
- `posts`, `listings`, `head`: the views of a post, of a list page, of a page's `<head>`;
- `labels`: texts made of numbers and dates; `escaping`: titles and frontmatter for the theme;
- `pages`: `Views`, which puts a page's `PageView` together (imported from there: `feder.sharing`,
  which it uses, reads the labels of this package).
"""
from __future__ import annotations

from feder.views.escaping import escape_title, escaped_metadata, page_title
from feder.views.models import (
    Alternate,
    AuthorView,
    Card,
    HeadView,
    LanguageLink,
    Link,
    ListingView,
    PageView,
    PostView,
    RelatedLink,
    TagIndexView,
    TagLink,
    TagView,
    YearView,
)

__all__ = [
    "Alternate", "AuthorView", "Card", "HeadView", "LanguageLink", "Link", "ListingView", "PageView", "PostView",
    "RelatedLink", "TagIndexView", "TagLink", "TagView", "YearView", "escape_title", "escaped_metadata",
    "page_title",
]
