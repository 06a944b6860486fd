"""The search index a build writes: which pages, which languages, what is published; the
control in every page; the index kept between builds; re-indexing under `mkdocs serve`."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
from mkdocs.commands.build import build

from feder.cache.searchindex import SearchIndexCache, index_key
from feder.search import pagefind
from feder.search.selection import EVERY_PAGE, glob_for
from tests.search.searchsite import (
    HOSTILE_TITLE,
    SearchSite,
    bundles,
    fragments,
    index_languages,
    indexed_urls,
    serving,
)
from tests.support.sitebuilder import make_site, post

DOCS_PAGES = {"/about/", "/impressum/", "/datenschutz/"}


def test_posts_and_content_pages_are_indexed_in_their_language(search_site):
    german = {f"/posts/vertrieb-{number:02d}/" for number in range(1, 13)} | {"/posts/markup/"}
    english = {f"/en/posts/vertrieb-{number:02d}/" for number in (1, 2, 3)}
    assert indexed_urls(search_site.site_dir) == {
        "de": german | DOCS_PAGES,
        "en": english | {f"/en{page}" for page in DOCS_PAGES},
    }


def test_one_index_per_language_below_its_root_with_its_own_stemming(search_site):
    assert index_languages(search_site.site_dir) == {"de": {"de": 16}, "en": {"en": 6}}
    assert (search_site.site_dir / "pagefind" / "wasm.de.pagefind").is_file()
    assert (search_site.site_dir / "en" / "pagefind" / "wasm.en.pagefind").is_file()


def test_list_pages_are_not_indexed(search_site):
    lists = ["", "page/2/", "archive/", "tags/", "tags/vertrieb/", "authors/redaktion/",
             "en/", "en/archive/", "en/tags/"]
    marked = [url for url in lists if search_site.html(url).xpath("//*[@data-pagefind-body]")]
    assert marked == []


def test_a_post_is_indexed_with_its_title_and_date_and_without_its_footer(search_site):
    page = search_site.html("posts/vertrieb-03/")
    body = page.xpath("//*[@data-pagefind-body]")
    assert [element.tag for element in body] == ["article"]
    assert body[0].get("data-pagefind-meta") == "date:2024-01-03"
    assert [h1.get("data-pagefind-meta") for h1 in page.iter("h1")] == ["title"]
    fragment = fragments(search_site.site_dir)["/posts/vertrieb-03/"]
    assert fragment["meta"] == {"title": "Vertrieb, Teil 3", "date": "2024-01-03"}
    assert "Redaktion" not in fragment["content"]  # the date line and the footer (authors, tags) are not indexed
    assert "¶" not in fragment["content"]


def test_drafts_and_scheduled_posts_stay_out_of_the_index(search_site):
    contents = " ".join(fragment["content"] for fragment in fragments(search_site.site_dir).values())
    assert "Entwurfsgeheimnis" not in contents and "Zukunftsgeheimnis" not in contents


def test_titles_are_indexed_as_text(search_site):
    assert fragments(search_site.site_dir)["/posts/markup/"]["meta"]["title"] == HOSTILE_TITLE


def test_pagefinds_own_interfaces_are_not_published(search_site):
    for bundle in bundles(search_site.site_dir).values():
        published = {path.name for path in bundle.iterdir()}
        assert published.isdisjoint(pagefind.UNUSED)
        assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json"} <= published


@pytest.mark.parametrize("url, archive, heading", [
    ("posts/vertrieb-01/", "/feder/archive/", "Suche"),
    ("en/posts/vertrieb-01/", "/feder/en/archive/", "Search"),
    ("about/", "/feder/archive/", "Suche"),
])
def test_the_control_leads_to_the_archive_without_javascript(search_site, url, archive, heading):
    page = search_site.html(url)
    link = page.cssselect("header [data-feder-search-link]")[0]
    assert urljoin(f"/feder/{url}", link.get("href")) == archive
    assert page.cssselect("header [data-feder-search-open]")[0].get("hidden") is not None
    dialog = page.cssselect("dialog[data-feder-search]")[0]
    title = page.get_element_by_id(dialog.get("aria-labelledby"))
    assert (title.tag, title.text_content()) == ("h2", heading)
    assert dialog.get("aria-modal") == "true" and dialog.get("open") is None


@pytest.mark.parametrize(
    "url, index", [("posts/vertrieb-01/", "/feder/pagefind/"), ("en/about/", "/feder/en/pagefind/")]
)
def test_pages_load_only_the_search_script_until_the_search_is_opened(search_site, url, index):
    page = search_site.html(url)
    sources = [element.get("src") or element.get("href") or "" for element in page.iter("script", "link")]
    assert [urljoin(f"/feder/{url}", source) for source in sources if "search" in source] == [
        "/feder/assets/feder/search.js"
    ]
    assert [source for source in sources if "pagefind" in source] == []
    button = page.cssselect("[data-feder-search-open]")[0]
    assert urljoin(f"/feder/{url}", button.get("data-feder-search-index")) == index


# Which files Pagefind reads ----------------------------------------------------------------------

def test_the_glob_names_folders_whose_pages_are_all_indexed():
    pages = ["index.html", "archive/index.html", "about/index.html", "posts/a/index.html", "posts/b/index.html",
             "en/index.html", "en/archive/index.html", "en/about/index.html", "en/posts/a/index.html", "404.html"]
    indexed = ["about/index.html", "posts/a/index.html", "posts/b/index.html",
               "en/about/index.html", "en/posts/a/index.html"]
    assert glob_for(indexed, pages) == "{about/index.html,en/about/index.html,en/posts/*/index.html,posts/*/index.html}"


def test_the_glob_names_pages_one_by_one_where_a_folder_has_other_pages():
    pages = ["tags/index.html", "tags/a/index.html", "tags/b/index.html"]
    assert glob_for(["tags/a/index.html"], pages) == "tags/a/index.html"


def test_paths_that_would_need_escaping_make_pagefind_read_every_page():
    assert glob_for(["a,b/index.html"], ["a,b/index.html", "index.html"]) == EVERY_PAGE
    with pytest.raises(ValueError):
        glob_for([], ["index.html"])


# The index kept between builds ---------------------------------------------------------------------

def test_an_unchanged_site_keeps_its_index_and_an_edit_renews_it(tmp_path, monkeypatch):
    runs = []
    original = pagefind.build_index
    monkeypatch.setattr("feder.plugins.search.plugin.build_index", lambda *args: runs.append(args) or original(*args))
    make_site(tmp_path, {"posts/a.de.md": post("Vertrieb A"), "posts/a.en.md": post("Sales A")})
    site = SearchSite(tmp_path)
    build(site.config())
    first = snapshot(site.site_dir)
    assert len(runs) == 2  # one index per language
    build(site.config())
    assert len(runs) == 2 and snapshot(site.site_dir) == first
    (tmp_path / "posts" / "a.de.md").write_text(post("Vertrieb A", body="Ein neuer Absatz.\n"), encoding="utf-8")
    build(site.config())
    assert len(runs) == 3  # the German index only
    assert snapshot(site.site_dir / "pagefind") != first_of(first, "pagefind/")
    assert snapshot(site.site_dir / "en" / "pagefind") == first_of(first, "en/pagefind/")


def test_the_cache_key_covers_pages_glob_and_indexer():
    key = index_key({"posts/a/index.html": "1"}, "posts/*/index.html", "1.5.2")
    assert key != index_key({"posts/a/index.html": "2"}, "posts/*/index.html", "1.5.2")
    assert key != index_key({"posts/b/index.html": "1"}, "posts/*/index.html", "1.5.2")
    assert key != index_key({"posts/a/index.html": "1"}, "**/*.{html}", "1.5.2")
    assert key != index_key({"posts/a/index.html": "1"}, "posts/*/index.html", "1.6.0")


def test_the_cache_keeps_the_newest_index_only(tmp_path):
    cache = SearchIndexCache(tmp_path / "cache")
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pagefind.js").write_text(name, encoding="utf-8")
        cache.store(name, tmp_path / name)
    assert [path.name for path in (tmp_path / "cache").iterdir()] == ["two"]
    assert not cache.restore("one", tmp_path / "site" / "pagefind")
    assert cache.restore("two", tmp_path / "site" / "pagefind")
    assert (tmp_path / "site" / "pagefind" / "pagefind.js").read_text(encoding="utf-8") == "two"


# mkdocs serve ------------------------------------------------------------------------------------

def test_serve_indexes_in_the_background_and_pages_carry_their_build_time(tmp_path):
    make_site(tmp_path, {"posts/a.de.md": post("Vertrieb A"), "posts/b.de.md": post("Vertrieb B", "2024-04-01")})
    site = SearchSite(tmp_path)
    with serving(site) as (config, search):
        build(config)
        search.background.wait()
        first = stamp_of(site)
        assert first == site.html("posts/a/").cssselect("[data-feder-built]")[0].get("data-feder-built")
        assert indexed_urls(site.site_dir)["de"] >= {"/posts/a/", "/posts/b/"}

        (tmp_path / "posts" / "c.de.md").write_text(post("Vertrieb C", "2024-05-01"), encoding="utf-8")
        config = site.config()
        assert config.plugins["feder-search"] is search  # as in `mkdocs serve`: one plugin for every rebuild
        build(config)
        assert (site.site_dir / "pagefind" / "pagefind.js").is_file()  # the last index serves until the new one is done
        search.background.wait()
        assert int(stamp_of(site)) > int(first)
        assert "/posts/c/" in indexed_urls(site.site_dir)["de"]
        hidden = [path for path in site.site_dir.rglob(".feder-search*")]
        assert hidden == []


def stamp_of(site: SearchSite) -> str:
    return json.loads((site.site_dir / "pagefind" / "feder-index.json").read_text(encoding="utf-8"))["built"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def first_of(files: dict[str, bytes], prefix: str) -> dict[str, bytes]:
    return {name[len(prefix):]: data for name, data in files.items() if name.startswith(prefix)}
