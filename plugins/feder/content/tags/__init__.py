"""Tags: identity by slug, the tags file (names, aliases, descriptions), tag pages and related posts.

A tag is identified by the slug of how it is written (`KI`, `ki` and ` KI ` are one
tag). The tags file gives tags display names per language, aliases and descriptions;
without an entry a tag is shown as its most frequent spelling. No MkDocs imports here.
"""
from feder.content.tags.collation import sort_key
from feder.content.tags.index import Tag, TagIndex
from feder.content.tags.pages import plan_tag_listings
from feder.content.tags.tagsfile import TagDefinition, TagsFile, load_tags_file, tags_file_validator

__all__ = [
    "Tag", "TagDefinition", "TagIndex", "TagsFile", "load_tags_file", "plan_tag_listings", "sort_key",
    "tags_file_validator",
]
