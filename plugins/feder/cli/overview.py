"""The editor's overview behind `feder status`: states, translations, tags. No output formatting here.

Which version of a post is the source of a translation? The default-language
(German) version, because the blog is written German first, unless that version
itself carries a `source_fingerprint`, i.e. it was translated from another
language; then the source is the first version (in the site's language order)
without one. Every other version is a translation of the source:

* `current`: its `source_fingerprint` equals the source's body fingerprint;
* `stale`: it differs, so the source text changed after the translation was made
  (edits to the frontmatter alone do not change the fingerprint);
* `unknown`: it has no `source_fingerprint` (made by hand, or before feder
  recorded fingerprints), so nothing can be said; not reported as stale.
"""
from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from feder.content.languages import Languages
from feder.content.posts import Post
from feder.content.publishing import State, state_of
from feder.content.slugs import slugify
from feder.content.tags import TagsFile


@dataclass(frozen=True)
class Translation:
    post: Post
    source: Post
    status: str
    """current, stale or unknown."""


@dataclass(frozen=True)
class MissingTranslation:
    slug: str
    existing: tuple[Post, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class TagUse:
    lang: str
    slugs: tuple[str, ...]
    """The tag pages its spellings lead to: one when they differ only in case or umlauts
    (`KI`, `ki`), several when they differ in hyphens or spaces (`E-Mail`, `EMail`)."""
    spellings: dict[str, list[Post]]
    """Each spelling of the tag and the posts that use it, most used first."""
    defined: bool = False
    """The tags file defines the tag: its spellings are the file's names and aliases, all shown by one name."""

    @property
    def posts(self) -> list[Post]:
        return [post for posts in self.spellings.values() for post in posts]

    @property
    def name(self) -> str:
        return next(iter(self.spellings))

    @property
    def key(self) -> str:
        return self.slugs[0].replace("-", "")


@dataclass(frozen=True)
class RareTag:
    use: TagUse
    similar: str | None
    """A much-used tag of the same language it may be a typo of."""


@dataclass
class Overview:
    counts: dict[str, dict[str, int]]
    """Per language: published, draft, scheduled."""
    missing: list[MissingTranslation] = field(default_factory=list)
    translations: list[Translation] = field(default_factory=list)
    rare_tags: list[RareTag] = field(default_factory=list)
    spellings: list[TagUse] = field(default_factory=list)


def overview(posts: list[Post], languages: Languages, now: dt.datetime, tags_file: TagsFile | None = None) -> Overview:
    counts = {lang: {state.value: 0 for state in State} for lang in languages}
    for post in posts:
        counts[post.lang][state_of(post, now).value] += 1
    groups: dict[str, dict[str, Post]] = defaultdict(dict)
    for post in sorted(posts, key=lambda p: p.path):
        groups[post.slug].setdefault(post.lang, post)
    result = Overview(counts)
    for slug in sorted(groups):
        versions = groups[slug]
        absent = tuple(lang for lang in languages if lang not in versions)
        if absent:
            result.missing.append(
                MissingTranslation(slug, tuple(versions[code] for code in languages if code in versions), absent)
            )
        result.translations += translations(versions, languages)
    uses = tag_uses(posts, languages, tags_file or TagsFile(""))
    result.spellings = [use for use in uses if len(use.spellings) > 1 and not use.defined]
    result.rare_tags = rare_tags(uses)
    return result


def source_of(versions: dict[str, Post], languages: Languages) -> Post:
    """The version the others are translated from (see the module's docstring)."""
    ordered = [versions[lang] for lang in languages if lang in versions]
    default = versions.get(languages.default)
    if default is not None and default.source_fingerprint is None:
        return default
    return next((post for post in ordered if post.source_fingerprint is None), ordered[0])


def translations(versions: dict[str, Post], languages: Languages) -> list[Translation]:
    if len(versions) < 2:
        return []
    source = source_of(versions, languages)
    found = []
    for lang in languages:
        post = versions.get(lang)
        if post is None or post is source:
            continue
        if post.source_fingerprint is None:
            status = "unknown"
        elif post.source_fingerprint == source.fingerprint:
            status = "current"
        else:
            status = "stale"
        found.append(Translation(post, source, status))
    return found


def tag_uses(posts: list[Post], languages: Languages, tags_file: TagsFile) -> list[TagUse]:
    """Every tag per language with its spellings: every name and alias of a tag in the tags file
    is that tag (`Sales` and `Vertrieb`); other spellings are grouped by slug with hyphens ignored."""
    spellings: dict[tuple[str, bool, str], dict[str, list[Post]]] = defaultdict(lambda: defaultdict(list))
    for post in posts:
        for tag in post.tags:
            tag_id = tags_file.resolve(tag)
            defined = tag_id in tags_file.tags
            spellings[(post.lang, defined, tag_id if defined else slugify(tag).replace("-", ""))][tag].append(post)
    order = {lang: i for i, lang in enumerate(languages)}
    uses = []
    for (lang, defined, key), by_spelling in spellings.items():
        ranked = dict(sorted(by_spelling.items(), key=lambda item: (-len(item[1]), item[0])))
        if defined:
            slugs: tuple[str, ...] = (slugify(tags_file.tags[key].name(lang)),)
        else:
            slugs = tuple(dict.fromkeys(slugify(tag) for tag in ranked))
        uses.append(TagUse(lang, slugs, ranked, defined))
    return sorted(uses, key=lambda use: (order.get(use.lang, 99), use.slugs[0]))


def rare_tags(uses: list[TagUse]) -> list[RareTag]:
    """Tags of a single post: often a typo of another tag, or a tag nobody will find again."""
    common: dict[str, list[TagUse]] = defaultdict(list)
    for use in uses:
        if len(use.posts) > 1:
            common[use.lang].append(use)
    rare = []
    for use in uses:
        if len(use.posts) != 1:
            continue
        candidates = {other.key: other for other in common[use.lang]}
        close = difflib.get_close_matches(use.key, list(candidates), n=1, cutoff=0.8)
        rare.append(RareTag(use, candidates[close[0]].name if close else None))
    return rare
