"""Imported posts as files: a free slug (never overwrite) and frontmatter the checks accept."""
from __future__ import annotations

from collections.abc import Iterable

from feder.content.slugs import slugify
from feder.content.writing import Value, render_post
from feder.importer.model import ImportedPost

MAX_SLUG = 60
"""Long titles make long URLs; the slug is cut at a word boundary."""
UNDATED = "no date in the old text: this is the day of the import; set the post's date"
DRAFT = "not published: set the date above, then remove this line"


def base_slug(post: ImportedPost) -> str:
    slug = slugify(post.title)
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug or f"{'beitrag' if post.lang == 'de' else 'post'}-{post.date.isoformat()}"


def free_slug(wanted: str, taken: Iterable[str] | set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`, … whichever is not taken in any language.

    A slug taken only in another language is avoided too: the new post would
    silently become that post's translation.
    """
    taken = set(taken)
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def post_text(post: ImportedPost) -> str:
    fields: dict[str, Value] = {
        "title": post.title,
        "date": post.date,
        "updated": post.updated,
        "authors": post.authors or None,
        "tags": post.tags or None,
        "draft": True if post.draft else None,
    }
    comments = {"date": UNDATED, "draft": DRAFT} if post.draft else None
    return render_post(fields, post.body, comments)
