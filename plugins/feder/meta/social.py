"""Open Graph and Twitter card tags: how a page looks when it is shared."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence


@dataclass(frozen=True)
class MetaTag:
    """`<meta property="og:title" content="…">` (Open Graph) or `<meta name="twitter:card" …>`."""

    attribute: Literal["property", "name"]
    key: str
    content: str


def social_tags(
    *, title: str, description: str, url: str, site_name: str, locale: str,
    alternate_locales: Sequence[str] = (), image: str | None = None,
    published: str | None = None, modified: str | None = None, tags: Sequence[str] = (),
) -> list[MetaTag]:
    """Tags for any page; with `published` the page is an article (a post)."""
    og = [
        ("og:type", "article" if published else "website"),
        ("og:site_name", site_name),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:locale", locale),
        *(("og:locale:alternate", other) for other in alternate_locales),
    ]
    if image:
        og.append(("og:image", image))
    if published:
        og.append(("article:published_time", published))
        og.append(("article:modified_time", modified or published))
        og += [("article:tag", tag) for tag in tags]
    twitter = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title),
        ("twitter:description", description),
    ]
    if image:
        twitter.append(("twitter:image", image))
    return [MetaTag("property", key, value) for key, value in og if value] + [
        MetaTag("name", key, value) for key, value in twitter if value
    ]
