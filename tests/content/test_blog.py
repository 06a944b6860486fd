"""The blog index: languages, translations, neighbours, years, list pages."""
from __future__ import annotations

from feder.content.blog import Blog
from feder.content.listings import plan_listings
from feder.content.urls import Urls
from tests.support.contentloader import LANGUAGES, load


def make_blog(tmp_path, posts: dict[str, str]) -> Blog:
    files = {f"posts/{name}": f"---\ntitle: {name}\ndate: {date}\n---\nText.\n" for name, date in posts.items()}
    content = load(tmp_path, files)
    assert content.problems == []
    return Blog(LANGUAGES, content.posts, content.authors)


def test_posts_are_grouped_by_language_newest_first(tmp_path):
    blog = make_blog(tmp_path, {"a.de.md": "2024-01-01", "b.de.md": "2024-05-01", "a.en.md": "2024-01-01"})
    assert [p.slug for p in blog.in_language("de")] == ["b", "a"]
    assert [p.slug for p in blog.in_language("en")] == ["a"]


def test_translations_pair_by_slug(tmp_path):
    blog = make_blog(tmp_path, {"a.de.md": "2024-01-01", "a.en.md": "2024-01-01", "b.de.md": "2024-02-01"})
    a_de, b_de = blog.get("de", "a"), blog.get("de", "b")
    assert set(blog.translations(a_de)) == {"de", "en"}
    assert blog.translation(a_de, "en").path == "posts/a.en.md"
    assert blog.translations(b_de) == {"de": b_de}


def test_newer_and_older_stay_in_the_language(tmp_path):
    blog = make_blog(
        tmp_path, {"a.de.md": "2024-01-01", "b.de.md": "2024-02-01", "c.de.md": "2024-03-01", "b.en.md": "2024-02-01"}
    )
    b = blog.get("de", "b")
    assert (blog.newer(b).slug, blog.older(b).slug) == ("c", "a")
    assert blog.newer(blog.get("de", "c")) is None
    assert (blog.newer(blog.get("en", "b")), blog.older(blog.get("en", "b"))) == (None, None)


def test_archive_years_newest_first(tmp_path):
    blog = make_blog(tmp_path, {"a.de.md": "2022-01-01", "b.de.md": "2024-02-01", "c.de.md": "2024-03-01"})
    assert [(year, [p.slug for p in posts]) for year, posts in blog.by_year("de")] == [
        (2024, ["c", "b"]),
        (2022, ["a"]),
    ]


def test_home_is_paginated_per_language(tmp_path):
    blog = make_blog(
        tmp_path, {f"p{i:02d}.de.md": f"2024-01-{i:02d}" for i in range(1, 24)} | {"p01.en.md": "2024-01-01"}
    )
    homes = [listing for listing in plan_listings(blog, Urls(LANGUAGES), 10) if listing.kind == "home"]
    assert [(h.lang, h.url, len(h.posts)) for h in homes] == [
        ("de", "", 10), ("de", "page/2/", 10), ("de", "page/3/", 3), ("en", "en/", 1),
    ]
    assert (homes[1].previous_url, homes[1].next_url) == ("", "page/3/")
    assert homes[0].key == ("home", None, 1) == homes[3].key


def test_an_authors_posts_in_one_language_newest_first(tmp_path):
    blog = make_blog(tmp_path, {"a.de.md": "2024-01-01", "b.de.md": "2024-05-01", "a.en.md": "2024-01-01"})
    author = blog.in_language("de")[0].authors[0]
    assert [p.slug for p in blog.by_author("de", author)] == ["b", "a"]
    assert [p.slug for p in blog.by_author("en", author)] == ["a"]
    assert blog.by_author("de", "niemand") == []
    blog.by_author("de", author).clear()  # a copy: the index stays as it was
    assert len(blog.by_author("de", author)) == 2
