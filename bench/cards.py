#!/usr/bin/env python3
"""The cold cost of a preview card: every post's card of a site, drawn in a fresh process.

    python bench/cards.py SITE_DIR

SITE_DIR is a bench site (`mkdocs.yml` with posts/ and authors.yml). Each post's card
text is what the build draws (title, blog name, first tag, date, authors in the post's
language); fonts are loaded and glyphs rasterised inside the timed part, as in a cold
build. Prints one JSON object: cards, CPU milliseconds per card, bytes per card.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from feder.cards import CardText, render
from feder.content.dates import long_date
from feder.content.loading import SiteSources, load_content


def main(site: Path) -> None:
    content = load_content(SiteSources.from_options(site, {"default_author": "redaktion"}))
    texts = [
        CardText(post.title, "feder", post.tags[0] if post.tags else "", (
            long_date(post.date, post.lang),
            ", ".join(content.authors[author].name(post.lang) for author in post.authors if author in content.authors),
        ))
        for post in content.posts
    ]
    start = time.process_time()
    sizes = [len(render(text)) for text in texts]
    seconds = time.process_time() - start
    print(json.dumps({"cards": len(texts), "ms_per_card": 1000 * seconds / max(1, len(texts)),
                      "bytes_per_card": sum(sizes) / max(1, len(sizes))}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
