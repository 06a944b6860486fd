"""The tags of the published posts: names per language, posts per tag, counts, related posts."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from feder.content.blog import Blog
from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.slugs import slugify
from feder.content.tags.collation import sort_key
from feder.content.tags.related import RelatedPosts
from feder.content.tags.tagsfile import TagsFile


@dataclass(frozen=True, eq=False)
class Tag:
    id: str
    """The identity: the slug of the tag's key in the tags file, or of any spelling in posts."""
    names: Mapping[str, str]
    """Display name per language."""
    descriptions: Mapping[str, str] = field(default_factory=dict)
    slugs: Mapping[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "slugs", {lang: slugify(name) for lang, name in self.names.items()})

    def name(self, lang: str) -> str:
        return self.names[lang]

    def slug(self, lang: str) -> str:
        """The slug of the tag's page in `lang`: that of its name there (`artificial-intelligence`)."""
        return self.slugs[lang]

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang, "")


class TagIndex:
    """Built once per build from the blog's posts and the tags file."""

    def __init__(self, blog: Blog, tags_file: TagsFile) -> None:
        self.languages: Languages = blog.languages
        self._file = tags_file
        self._posts: dict[tuple[str, str], list[Post]] = defaultdict(list)
        self._of: dict[Post, tuple[str, ...]] = {}
        spellings: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for lang in self.languages:
            for post in blog.in_language(lang):  # newest first, so every tag's list is too
                ids: list[str] = []
                for written in post.tags:
                    tag_id = tags_file.resolve(written)
                    if tag_id in ids:
                        continue  # `KI` and its alias `AI` on one post
                    ids.append(tag_id)
                    spellings[tag_id][lang][written] += 1
                    self._posts[(tag_id, lang)].append(post)
                self._of[post] = tuple(ids)
        self._tags = {
            tag_id: self._tag(tag_id, by_lang, tags_file) for tag_id, by_lang in spellings.items()
        }
        self._related = {lang: RelatedPosts(blog.in_language(lang), self._ids_of) for lang in self.languages}

    def _tag(self, tag_id: str, by_lang: Mapping[str, Counter[str]], tags_file: TagsFile) -> Tag:
        definition = tags_file.tags.get(tag_id)
        if definition is not None:
            names = {lang: definition.name(lang) for lang in self.languages}
            return Tag(tag_id, names, dict(definition.descriptions))
        everywhere: Counter[str] = sum(by_lang.values(), Counter())
        names = {lang: most_frequent(by_lang.get(lang) or everywhere) for lang in self.languages}
        return Tag(tag_id, names)

    def _ids_of(self, post: Post) -> tuple[str, ...]:
        return self._of.get(post, ())

    def tags_of(self, post: Post) -> list[Tag]:
        """The post's tags in the order the author wrote them, each once."""
        return [self._tags[tag_id] for tag_id in self._ids_of(post)]

    def get(self, tag_id: str) -> Tag | None:
        return self._tags.get(tag_id)

    def find(self, written: str) -> Tag | None:
        """The tag a post means by `written` (any spelling, name or alias), if a post has it."""
        return self._tags.get(self._file.resolve(written))

    def posts(self, tag: Tag, lang: str) -> list[Post]:
        """The tag's posts in one language, newest first."""
        return self._posts.get((tag.id, lang), [])

    def count(self, tag: Tag, lang: str) -> int:
        return len(self.posts(tag, lang))

    def in_language(self, lang: str) -> list[Tag]:
        """Every tag with posts in `lang`, by name in German dictionary order."""
        tags = [tag for tag in self._tags.values() if self._posts.get((tag.id, lang))]
        return sorted(tags, key=lambda tag: sort_key(tag.name(lang)))

    def most_used(self, lang: str, limit: int) -> list[Tag]:
        """The `limit` tags with the most posts in `lang`; equal counts by name."""
        return sorted(self.in_language(lang), key=lambda tag: -self.count(tag, lang))[:limit]

    def related(self, post: Post, limit: int = 3) -> list[Post]:
        """Up to `limit` posts in the post's language sharing most tags with it, newest first."""
        return self._related[post.lang].of(post, limit)


def most_frequent(spellings: Counter[str]) -> str:
    """The spelling used most; equal counts go to the first in code point order (`KI` before `ki`)."""
    return min(spellings.items(), key=lambda item: (-item[1], item[0]))[0]
