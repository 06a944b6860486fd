"""sitemap.xml: every published page, with `xhtml:link` alternates for translated pages.

Written with lxml, so every URL is escaped for XML; entries are sorted by URL and
carry only dates from content, so the same content gives the same file.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    """Absolute URL."""
    lastmod: str | None = None
    """W3C datetime of the last change, from content (never the build time)."""
    alternates: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """(hreflang, absolute URL) of every language version, this one included, and x-default."""


def sitemap_xml(entries: Sequence[SitemapEntry]) -> bytes:
    namespaces = {None: SITEMAP_NS, "xhtml": XHTML_NS}
    # lxml-stubs allow no None key (the default namespace) in nsmap; lxml takes it.
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap=namespaces)  # type: ignore[arg-type]
    for entry in sorted(entries, key=lambda entry: entry.loc):
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod:
            etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod
        for hreflang, href in entry.alternates:
            etree.SubElement(url, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=hreflang, href=href)
    return etree.tostring(urlset, xml_declaration=True, encoding="UTF-8", pretty_print=True)
