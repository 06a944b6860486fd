"""Pagefind reads copies of the indexed pages without what comes before the indexed element
(`feder.search.copies`): the index is the one it makes of the whole pages."""
from __future__ import annotations

import hashlib
from pathlib import Path

import lxml.html

from feder.search import BUNDLE_DIR, pagefind
from feder.search.copies import SearchCopies, search_copy
from feder.search.selection import EVERY_PAGE
from tests.search.searchsite import ROOTS, build_search_site, indexed_urls

PAGE = """<!doctype html>
<html lang="de" class="no-js"><head><meta charset="utf-8">
<meta name="description" content="Über data-pagefind-body">
<title>Vertrieb &amp; Marketing - Blog</title><link rel="stylesheet" href="x.css"></head>
<body><header>Kopf</header><nav>Navigation</nav>
<main><article lang="de" data-pagefind-body data-pagefind-meta="date:2024-01-01"><h1>Titel</h1><p>Text</p></article>
<footer>Fuß</footer></main></body></html>"""


def test_a_copy_keeps_the_language_the_title_and_everything_from_the_indexed_element():
    page = PAGE.replace('<meta name="description" content="Über data-pagefind-body">\n', "")
    copy = lxml.html.fromstring(search_copy(page))
    assert copy.get("lang") == "de" and copy.get("class") == "no-js"
    assert copy.findtext(".//title") == "Vertrieb & Marketing - Blog"
    assert copy.xpath("//article[@data-pagefind-body]/h1/text()") == ["Titel"]
    assert copy.xpath("//footer/text()") == ["Fuß"]
    assert copy.xpath("//nav") == [] and copy.xpath("//header") == []


def test_an_earlier_mention_of_the_attribute_makes_a_longer_copy_never_a_shorter_one():
    copy = lxml.html.fromstring(search_copy(PAGE))
    assert copy.xpath("//article[@data-pagefind-body]/p/text()") == ["Text"]


def test_a_page_without_the_attribute_or_without_html_is_copied_whole():
    assert search_copy("<p>Kein Index</p>") == "<p>Kein Index</p>"
    assert search_copy("<div data-pagefind-body>x</div>") == "<div data-pagefind-body>x</div>"


def _fragments(bundle: Path, lang: str) -> dict[str, str]:
    """Pagefind's record of each page (URL, title, meta, text), named by its content's hash."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((bundle / "fragment").glob(f"{lang}_*.pf_fragment"))
    }


def test_every_page_is_indexed_as_pagefind_indexes_the_whole_page(search_site, tmp_path):
    """The records are the same; the word index may number the pages in another order (Pagefind
    takes them in the order the file system lists them)."""
    for lang, root in ROOTS.items():
        whole = tmp_path / lang
        pagefind.build_index(search_site.site_dir / root, whole, EVERY_PAGE)
        built = _fragments(search_site.site_dir / root / BUNDLE_DIR, lang)
        assert len(built) == {"de": 16, "en": 6}[lang]
        assert built == _fragments(whole, lang), lang


def test_the_same_pages_in_another_order_give_the_same_index(search_site, tmp_path):
    pages = sorted(
        (path.relative_to(search_site.site_dir).as_posix(), path.read_text(encoding="utf-8"))
        for path in search_site.site_dir.rglob("index.html")
        if not path.relative_to(search_site.site_dir).as_posix().startswith("en/")
    )
    indexes = []
    for number, order in enumerate((pages, pages[::-1])):
        copies = SearchCopies()
        try:
            for path, html in order:
                copies.put(path, html)
            pagefind.build_index(copies.arrange(), tmp_path / str(number), EVERY_PAGE)
        finally:
            copies.remove()
        indexes.append({
            path.relative_to(tmp_path / str(number)).as_posix(): path.read_bytes()
            for path in sorted((tmp_path / str(number)).rglob("*")) if path.is_file()
        })
    assert any(name.startswith("index/de_") for name in indexes[0])
    assert indexes[0] == indexes[1]


def test_pagefind_reads_the_site_folder_when_the_copies_cannot_be_written(search_site, tmp_path, monkeypatch):
    """A container's `/dev/shm` is often 64 MB: a full one must neither fail the build nor lose pages."""
    write_text = Path.write_text

    def full_for_copies(path: Path, *args, **kwargs):
        if "feder-search-" in str(path):
            raise OSError(28, "No space left on device")
        return write_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full_for_copies)
    site = build_search_site(tmp_path)
    assert indexed_urls(site.site_dir) == indexed_urls(search_site.site_dir)
