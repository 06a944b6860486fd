"""The site plan (feder.content.plan): every page and file of the blog, known before anything is rendered."""
from __future__ import annotations

from feder.content.blog import Blog
from feder.content.plan import plan_site
from feder.content.tags import TagIndex
from feder.content.tags.tagsfile import TagsFile
from feder.content.urls import Urls
from tests.support.contentloader import LANGUAGES, load

POSTS = {
    "posts/a.de.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [KI]\n---\nText.\n",
    "posts/a.en.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [KI]\n---\nText.\n",
    "posts/b.de.md": "---\ntitle: B\ndate: 2024-02-01\n---\nText.\n",
}


def plan(tmp_path, written=(), per_page=1):
    content = load(tmp_path, POSTS)
    blog = Blog(LANGUAGES, content.posts, content.authors)
    return plan_site(blog, TagIndex(blog, TagsFile("tags.yml")), Urls(LANGUAGES), per_page, written, "docs")


def test_posts_come_first_then_every_list_page(tmp_path):
    planned = plan(tmp_path)
    assert sorted(entry.url for entry in planned.posts) == ["en/posts/a/", "posts/a/", "posts/b/"]
    assert planned.pages[: len(planned.posts)] == planned.posts
    urls = {entry.url for entry in planned.listings}
    assert {"", "page/2/", "archive/", "authors/redaktion/", "tags/", "tags/ki/", "en/", "en/tags/ki/"} <= urls
    assert planned.feeds == (
        "feed.xml", "atom.xml", "tags/ki/feed.xml", "en/feed.xml", "en/atom.xml", "en/tags/ki/feed.xml",
    )
    assert planned.problems == ()


def test_translations_share_a_key(tmp_path):
    planned = plan(tmp_path)
    keys = {entry.url: entry.key for entry in planned.pages}
    assert keys["posts/a/"] == keys["en/posts/a/"] and keys["tags/ki/"] == keys["en/tags/ki/"]


def test_hand_written_files_where_the_blog_writes_are_problems(tmp_path):
    written = [("posts/a/index.md", "posts/a/index.html"), ("feed.md", "feed.xml"), ("about.md", "about/index.html"),
               ("sitemap.xml", "sitemap.xml")]
    found = [(problem.path, problem.message) for problem in plan(tmp_path, written).problems]
    assert found == [
        ("docs/posts/a/index.md", "would be written to posts/a/index.html, where feder writes the post posts/a.de.md; "
                                  "rename or remove this file"),
        ("docs/feed.md", "would be written to feed.xml, where feder writes the feed; rename or remove this file"),
        ("docs/sitemap.xml",
         "would be written to sitemap.xml, where feder writes the sitemap; rename or remove this file"),
    ]
