"""robots.txt: everything may be crawled; the sitemap says what there is."""
from __future__ import annotations


def robots_txt(sitemap_url: str) -> str:
    """Crawlers read robots.txt only at the root of a host: for a site in a sub-folder
    (`https://example.github.io/blog/`) this file is informative, and the sitemap must
    be submitted to search engines directly."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n"
