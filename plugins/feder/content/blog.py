"""The blog: posts indexed by language, translation, author and year."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from feder.content.authors import Author
from feder.content.languages import Languages
from feder.content.posts import Post


def newest_first(post: Post) -> tuple[float, str]:
    return (-post.date.timestamp(), post.slug)


@dataclass
class Blog:
    """Built once per build from the posts that are to be published; lookups are O(1)."""

    languages: Languages
    posts: Sequence[Post]
    authors: Mapping[str, Author] = field(default_factory=dict)
    _by_lang: dict[str, list[Post]] = field(init=False, repr=False)
    _by_key: dict[tuple[str, str], Post] = field(init=False, repr=False)
    _index: dict[int, int] = field(init=False, repr=False)
    _by_author: dict[tuple[str, str], list[Post]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_lang = {lang: [] for lang in self.languages}
        for post in sorted(self.posts, key=newest_first):
            self._by_lang[post.lang].append(post)
        self._by_key = {post.key: post for post in self.posts}
        self._index = {id(post): i for posts in self._by_lang.values() for i, post in enumerate(posts)}
        self._by_author = {}
        for lang, posts in self._by_lang.items():
            for post in posts:
                for author_id in dict.fromkeys(post.authors):
                    self._by_author.setdefault((lang, author_id), []).append(post)

    def in_language(self, lang: str) -> list[Post]:
        """The posts of one language, newest first."""
        return self._by_lang.get(lang, [])

    def get(self, lang: str, slug: str) -> Post | None:
        return self._by_key.get((lang, slug))

    def translation(self, post: Post, lang: str) -> Post | None:
        return self._by_key.get((lang, post.slug))

    def translations(self, post: Post) -> dict[str, Post]:
        """Every language version of the post, the post itself included."""
        found = {}
        for lang in self.languages:
            version = self._by_key.get((lang, post.slug))
            if version is not None:
                found[lang] = version
        return found

    def newer(self, post: Post) -> Post | None:
        i = self._index[id(post)]
        return self._by_lang[post.lang][i - 1] if i > 0 else None

    def older(self, post: Post) -> Post | None:
        posts = self._by_lang[post.lang]
        i = self._index[id(post)]
        return posts[i + 1] if i + 1 < len(posts) else None

    def by_author(self, lang: str, author_id: str) -> list[Post]:
        """The author's posts in one language, newest first."""
        return list(self._by_author.get((lang, author_id), []))

    def by_year(self, lang: str) -> list[tuple[int, list[Post]]]:
        """Newest year first; the posts of each year newest first."""
        return [(year, list(posts)) for year, posts in groupby(self.in_language(lang), key=lambda p: p.date.year)]

    def authors_of(self, post: Post) -> list[Author]:
        return [self.authors[author_id] for author_id in post.authors if author_id in self.authors]
