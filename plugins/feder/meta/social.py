"""Open Graph and Twitter card tags: how a page looks when it is shared."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal
from urllib.parse import urlsplit

IMAGE_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".avif": "image/avif",
}
"""Fixed here rather than asked of `mimetypes`, whose answers depend on the machine's files."""


@dataclass(frozen=True)
class MetaTag:
    """`<meta property="og:title" content="…">` (Open Graph) or `<meta name="twitter:card" …>`."""

    attribute: Literal["property", "name"]
    key: str
    content: str


@dataclass(frozen=True)
class SharedImage:
    """The picture a shared link shows: a post's cover or the page's card."""

    url: str
    """Absolute."""
    alt: str
    media_type: str = ""
    width: int | None = None
    height: int | None = None


def image_type(url: str) -> str:
    """The media type of an image by its name's extension; empty if unknown."""
    return IMAGE_TYPES.get(PurePosixPath(urlsplit(url).path).suffix.lower(), "")


def social_tags(
    *, title: str, description: str, url: str, site_name: str, locale: str,
    alternate_locales: Sequence[str] = (), image: SharedImage | None = None,
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
        og += [
            ("og:image", image.url), ("og:image:type", image.media_type),
            ("og:image:width", str(image.width or "")), ("og:image:height", str(image.height or "")),
            ("og:image:alt", image.alt),
        ]
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
        twitter += [("twitter:image", image.url), ("twitter:image:alt", image.alt)]
    return [MetaTag("property", key, value) for key, value in og if value] + [
        MetaTag("name", key, value) for key, value in twitter if value
    ]
