"""The post's authors from its bylines: known people by their id, unknown ones reported with how to add them."""
from __future__ import annotations

from feder.content.slugs import slugify
from feder.importer.model import Note, Settings
from feder.importer.names import name_key, without_titles


def credited_authors(bylines: list[tuple[int, str, str | None]], settings: Settings, notes: list[Note]) -> list[str]:
    """Ids of the known authors among (line, name, id) bylines; else the default author."""
    authors: list[str] = []
    unknown: dict[str, tuple[int, str]] = {}
    for number, name, author in bylines:
        author = author or settings.authors.find(name)
        if author is None:
            unknown.setdefault(name_key(name), (number, name))
        elif author not in authors:
            authors.append(author)
            notes.append(Note(number, f"author {author} from the byline '{name}'"))
    if not authors and settings.author:
        authors.append(settings.author)
        notes.append(Note(None, f"author {settings.author}: no byline of a known author (--author or the default)"))
    notes += [Note(number, _unknown(name, authors), check=True) for number, name in unknown.values()]
    return authors


def _unknown(name: str, authors: list[str]) -> str:
    display = name.title() if name.isupper() else name
    author_id = slugify(without_titles(name)) or "new-author"
    kept = f"the post keeps the author {', '.join(authors)}" if authors else "the post has no author"
    return (
        f"byline of an unknown person: {name}; {kept}. If they wrote it, add them to authors.yml "
        f"({author_id}: {{name: {display}, bio: …}}) and set authors: [{author_id}] in the post"
    )
