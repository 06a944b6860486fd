"""Tag identity, display names, counts, German order and related posts, without MkDocs."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from feder.content.blog import Blog
from feder.content.posts import Post
from feder.content.tags import TagIndex, load_tags_file, plan_tag_listings, sort_key
from feder.content.urls import Urls
from tests.support.contentloader import LANGUAGES, load


def blog_of(tmp_path: Path, posts: dict[str, tuple[str, list[str]]]) -> Blog:
    files = {
        f"posts/{name}": f"---\ntitle: {name}\ndate: {date}\ntags: {tags!r}\n---\nText.\n"
        for name, (date, tags) in posts.items()
    }
    content = load(tmp_path, files)
    assert content.problems == []
    return Blog(LANGUAGES, content.posts, content.authors)


def index_of(tmp_path: Path, posts, tags_yml: str | None = None) -> TagIndex:
    blog = blog_of(tmp_path, posts)
    if tags_yml is not None:
        (tmp_path / "tags.yml").write_text(tags_yml, encoding="utf-8")
    tags_file, problems = load_tags_file(tmp_path / "tags.yml", "tags.yml", LANGUAGES)
    assert problems == []
    return TagIndex(blog, tags_file)


def names(index: TagIndex, lang: str) -> list[str]:
    return [tag.name(lang) for tag in index.in_language(lang)]


def test_a_tag_is_its_slug(tmp_path):
    index = index_of(tmp_path, {
        "a.de.md": ("2024-01-01", ["KI"]), "b.de.md": ("2024-02-01", ["ki"]), "c.de.md": ("2024-03-01", [" KI "]),
        "d.de.md": ("2024-04-01", ["Künstliche Intelligenz"]),
    })
    assert [(tag.id, index.count(tag, "de")) for tag in index.in_language("de")] == [
        ("ki", 3), ("kuenstliche-intelligenz", 1),
    ]


def test_without_an_entry_the_name_is_the_most_frequent_spelling(tmp_path):
    index = index_of(tmp_path, {
        "a.de.md": ("2024-01-01", ["ki"]), "b.de.md": ("2024-02-01", ["KI"]), "c.de.md": ("2024-03-01", ["KI"]),
        "d.de.md": ("2024-04-01", ["vertrieb"]), "e.de.md": ("2024-05-01", ["Vertrieb"]),
    })
    assert names(index, "de") == ["KI", "Vertrieb"]  # 2:1 for KI; a tie goes to the capital


def test_names_and_slugs_per_language_from_the_tags_file(tmp_path):
    index = index_of(tmp_path, {
        "a.de.md": ("2024-01-01", ["KI", "Vertrieb"]), "a.en.md": ("2024-01-01", ["AI", "Sales"]),
    }, "tags:\n  KI:\n    name: {en: Artificial Intelligence}\n  Vertrieb:\n    name: {en: Sales}\n"
       "aliases:\n  AI: KI\n")
    [ki, vertrieb] = index.in_language("de")
    assert (ki.name("de"), ki.slug("de")) == ("KI", "ki")
    assert (ki.name("en"), ki.slug("en")) == ("Artificial Intelligence", "artificial-intelligence")
    assert (vertrieb.slug("de"), vertrieb.slug("en")) == ("vertrieb", "sales")
    assert index.in_language("en") == [ki, vertrieb]
    assert names(index, "en") == ["Artificial Intelligence", "Sales"]


def test_an_alias_and_its_tag_on_one_post_count_once(tmp_path):
    index = index_of(tmp_path, {"a.de.md": ("2024-01-01", ["AI", "KI"])}, "tags:\n  KI:\naliases:\n  AI: KI\n")
    post = index.posts(index.get("ki"), "de")[0]
    assert [tag.id for tag in index.tags_of(post)] == ["ki"]


def test_tags_sort_in_german_dictionary_order(tmp_path):
    words = ["Zukunft", "Ärger", "Apfel", "Öl", "Ozean", "Straße", "Strand", "übermorgen", "Umsatz", "äußerst", "B2B",
             "2024"]
    index = index_of(tmp_path, {f"p{i}.de.md": ("2024-01-01", [word]) for i, word in enumerate(words)})
    assert names(index, "de") == [
        "2024", "Apfel", "Ärger", "äußerst", "B2B", "Öl", "Ozean", "Strand", "Straße", "übermorgen", "Umsatz",
        "Zukunft",
    ]


def test_collation_key_folds_case_umlauts_and_sharp_s():
    assert sorted(["b", "Ä", "a", "z", "ö", "O"], key=sort_key) == ["a", "Ä", "b", "O", "ö", "z"]
    assert sort_key("Maße")[0] == sort_key("Masse")[0]
    assert sort_key("Äpfel")[0] == "apfel"


def test_most_used_by_count_then_name(tmp_path):
    index = index_of(tmp_path, {
        "a.de.md": ("2024-01-01", ["Zebra", "Marketing"]), "b.de.md": ("2024-01-02", ["Zebra", "Ärger"]),
        "c.de.md": ("2024-01-03", ["Apfel", "Marketing"]), "d.de.md": ("2024-01-04", ["Zebra"]),
    })
    assert [tag.name("de") for tag in index.most_used("de", 3)] == ["Zebra", "Marketing", "Apfel"]


def test_tag_pages_paginate_and_pair_languages(tmp_path):
    posts = {f"p{i}.de.md": (f"2024-01-{i + 1:02d}", ["Vertrieb"]) for i in range(5)}
    posts["p0.en.md"] = ("2024-01-01", ["Sales"])
    index = index_of(tmp_path, posts, "tags:\n  Vertrieb:\n    name: {en: Sales}\n")
    listings = plan_tag_listings(index, Urls(LANGUAGES), per_page=2)
    assert [(listing.url, listing.key) for listing in listings] == [
        ("tags/", ("tags", None, 1)),
        ("tags/vertrieb/", ("tag", "vertrieb", 1)),
        ("tags/vertrieb/page/2/", ("tag", "vertrieb", 2)),
        ("tags/vertrieb/page/3/", ("tag", "vertrieb", 3)),
        ("en/tags/", ("tags", None, 1)),
        ("en/tags/sales/", ("tag", "vertrieb", 1)),
    ]
    assert [post.slug for post in listings[1].posts] == ["p4", "p3"]


# Related posts -----------------------------------------------------------------------------


def test_related_by_shared_tags_then_recency(tmp_path):
    index = index_of(tmp_path, {
        "me.de.md": ("2024-01-01", ["A", "B", "C"]),
        "two-old.de.md": ("2023-01-01", ["A", "B"]),
        "one-new.de.md": ("2024-06-01", ["C"]),
        "one-newer.de.md": ("2024-07-01", ["A"]),
        "three.de.md": ("2022-01-01", ["A", "B", "C", "D"]),
        "none.de.md": ("2025-01-01", ["D"]),
        "me.en.md": ("2024-01-01", ["A", "B", "C"]),  # other language: never related
    })
    me = next(post for post in index.posts(index.get("a"), "de") if post.slug == "me")
    assert [post.slug for post in index.related(me)] == ["three", "two-old", "one-newer"]
    assert [post.slug for post in index.related(me, limit=10)] == ["three", "two-old", "one-newer", "one-new"]


def test_a_post_without_tags_has_no_related_posts(tmp_path):
    blog = blog_of(tmp_path, {"a.de.md": ("2024-01-01", []), "b.de.md": ("2024-01-02", ["A"])})
    index = TagIndex(blog, load_tags_file(tmp_path / "tags.yml", "tags.yml", LANGUAGES)[0])
    assert index.related(blog.get("de", "a")) == []
    assert index.related(blog.get("de", "b")) == []


def naive_related(posts: list[Post], tags_of, post: Post, limit: int) -> list[Post]:
    """The definition: most shared tags first, then newest (posts come newest first)."""
    mine = set(tags_of(post))
    scored = [(len(mine & set(tags_of(other))), i, other) for i, other in enumerate(posts) if other is not post]
    return [other for shared, _, other in sorted(scored, key=lambda s: (-s[0], s[1])) if shared][:limit]


def test_bit_set_ranking_equals_the_definition():
    from feder.content.tags.related import RelatedPosts

    rng = random.Random(7)
    vocabulary = [f"t{i}" for i in range(30)]
    weights = [1 / (i + 1) for i in range(30)]  # skewed, like real tags
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    posts, tags = [], {}
    for i in range(400):
        post = Post(slug=f"p{i}", lang="de", path="", file=Path(), relpath="", title="",
                    date=start + dt.timedelta(days=i), authors=(), tags=(), body="", body_line=1, excerpt="",
                    has_more=False, fingerprint="")
        posts.append(post)
        tags[post] = tuple(dict.fromkeys(rng.choices(vocabulary, weights, k=rng.randint(0, 7))))
    posts.reverse()  # newest first
    related = RelatedPosts(posts, lambda post: tags[post])
    for post in posts:
        for limit in (1, 3, 8):
            assert related.of(post, limit) == naive_related(posts, lambda p: tags[p], post, limit)
