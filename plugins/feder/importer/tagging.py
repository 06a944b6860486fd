"""Which of a post's hashtags and labels become tags: the blog's own, the post's own line, at most eight.

A page's hashtags are often a cloud of dozens meant for search engines, not for the
blog's tag pages. A hashtag becomes a tag when the blog already has that tag (in
`tags.yml`, as a name or alias, or on a post, in any spelling: `#BigData` is `Big
Data`), or when it stands in the post's own short hashtag line (at most five), like
the labels of a `Labels:` line. A post gets at most eight tags; the rest are listed
in the report as suggestions and not written.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from feder.content.blog import Blog
from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.slugs import slugify
from feder.content.tags import TagIndex, TagsFile

OWN_LINE = 5
"""A hashtag line of at most this many hashtags is the post's own; a longer one is a cloud."""
MAX_TAGS = 8


def compact(tag: str) -> str:
    """A tag's identity for matching spellings: its slug without hyphens (`Big Data`, `#BigData` → `bigdata`)."""
    return slugify(tag).replace("-", "")


@dataclass(frozen=True)
class KnownTags:
    spellings: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Per language, the blog's spelling of each tag it has, by `compact` key: `bigdata` → `Big Data`."""

    def spelling(self, tag: str, lang: str) -> str | None:
        return self.spellings.get(lang, {}).get(compact(tag))

    @classmethod
    def of_blog(cls, posts: Iterable[Post], tags_file: TagsFile, languages: Languages) -> KnownTags:
        """The tags of `tags.yml` (keys, names, aliases) and of the existing posts, named as the site shows them."""
        posts = list(posts)
        index = TagIndex(Blog(languages, posts), tags_file)
        spellings: dict[str, dict[str, str]] = {lang: {} for lang in languages}
        written = [tag for post in posts for tag in post.tags]
        for spelling in [*tags_file.spellings, *written]:
            tag_id = tags_file.resolve(spelling)
            definition = tags_file.tags.get(tag_id)
            tag = index.get(tag_id)
            for lang in languages:
                name = definition.name(lang) if definition else tag.name(lang) if tag else None
                if name:
                    spellings[lang].setdefault(compact(spelling), name)
                    spellings[lang].setdefault(compact(name), name)
        return cls(spellings)


@dataclass(frozen=True)
class Found:
    tag: str
    source: str
    """`labels` (a Labels: line), `own` (the post's short hashtag line), `cloud` (a long one) or `text`."""
    line: int


@dataclass
class TagChoice:
    tags: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    """Per chosen tag, why: the blog has it, or the post's own line or labels named it."""
    suggestions: list[str] = field(default_factory=list)
    respelled: dict[str, str] = field(default_factory=dict)
    """Hashtags and labels written as the blog's existing tag: `DigitaleTransformation` → `Digitalisierung`."""


def choose_tags(found: list[Found], lang: str, known: KnownTags) -> TagChoice:
    """Labels and the post's own hashtags first, then the blog's tags among the others; eight at most.

    One tag per `compact` identity, in the order the post names them, spelled as the
    blog spells it, else as a label, else with the most words (`Big Data` over `BigData`).
    """
    groups: dict[str, list[Found]] = {}
    for item in found:
        if compact(item.tag):
            groups.setdefault(compact(item.tag), []).append(item)
    ranked = sorted(groups.values(), key=lambda group: min(_RANK[item.source] for item in group))
    chosen: list[list[Found]] = []
    choice = TagChoice()
    for group in ranked:
        spelling = known.spelling(group[0].tag, lang)
        eligible = spelling is not None or any(item.source in _OWN for item in group)
        if eligible and len(chosen) < MAX_TAGS:
            chosen.append(group)
        else:
            choice.suggestions.append(group[0].tag)
    for group in sorted(chosen, key=lambda group: found.index(group[0])):
        _add(choice, group, known.spelling(group[0].tag, lang))
    return choice


def _add(choice: TagChoice, group: list[Found], spelling: str | None) -> None:
    labels = [item.tag for item in group if item.source == "labels"]
    wordiest = sorted((item.tag for item in group), key=lambda tag: -len(slugify(tag).split("-")))
    name = spelling or (labels or wordiest)[0]
    choice.tags.append(name)
    best = min(group, key=lambda item: _RANK[item.source])
    choice.sources[name] = "the blog's tag" if spelling else _SOURCE[best.source]
    for item in group:
        if item.tag != name:
            choice.respelled[item.tag] = name


_RANK = {"labels": 0, "own": 0, "cloud": 1, "text": 1}
_OWN = ("labels", "own")
_SOURCE = {"labels": "labels", "own": "the post's hashtag line"}
