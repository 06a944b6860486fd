"""JSON-LD (schema.org) for posts, serialised so it can sit inside a `<script>` element.

An HTML parser ends a script element at the first `</script` whatever JSON thinks of
it, and `<!--` inside a script changes how the parser looks for that end. JSON lets
any character in a string be written as `\\uXXXX`, so `<`, `>` and `&` are written
that way: no value can then close the element or start a comment, and the parsed
JSON is unchanged. U+2028 and U+2029 are escaped too, for JavaScript consumers that
predate ES2019 and treat them as line ends inside strings.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

_SCRIPT_SAFE = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
})


def script_json(data: Any) -> str:
    """`data` as JSON that is safe as the text of a `<script type="application/ld+json">`."""
    # These characters can only occur inside JSON strings, where \u escapes mean the same.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


def blog_posting(
    *, url: str, headline: str, description: str, published: str, modified: str, lang: str,
    authors: Sequence[tuple[str, str]], keywords: Sequence[str], image: str | None,
    blog_name: str, blog_url: str, site_url: str,
    original: tuple[str, str] | None = None, translations: Sequence[tuple[str, str]] = (),
) -> dict[str, Any]:
    """A `BlogPosting`; `original` is (url, language) of the post this one translates,
    `translations` those of the posts that translate this one."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "@id": url,
        "url": url,
        "mainEntityOfPage": url,
        "headline": headline,
        "description": description,
        "datePublished": published,
        "dateModified": modified,
        "inLanguage": lang,
        "author": [{"@type": "Person", "name": name, "url": page} for name, page in authors],
        "keywords": list(keywords),
        "isPartOf": {"@type": "Blog", "name": blog_name, "url": blog_url},
        "publisher": {"@type": "Organization", "name": blog_name, "url": site_url},
    }
    if image:
        data["image"] = image
    if original is not None:
        data["translationOfWork"] = _work(*original)
    if translations:
        data["workTranslation"] = [_work(link, language) for link, language in translations]
    return data


def _work(url: str, lang: str) -> dict[str, str]:
    return {"@type": "BlogPosting", "@id": url, "url": url, "inLanguage": lang}
