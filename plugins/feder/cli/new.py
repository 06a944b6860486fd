"""`feder new`: start a post, or the missing translation of one, with frontmatter that passes the checks."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import click

from feder.cli.options import UsageProblem, config_file_option, project
from feder.cli.project import Project
from feder.content.loading import SiteSources

if TYPE_CHECKING:
    from feder.content.sources import PostSource

SKELETONS = Path(__file__).with_name("skeletons.yml")


@click.command()
@click.argument("title", required=False)
@click.option(
    "--lang", help="Language of the post (default: the site's first language; with --translate: the missing one)."
)
@click.option("--tags", help='Comma-separated tags, e.g. "KI, Vertrieb".')
@click.option("--author", "authors", multiple=True, metavar="ID",
              help="Author id from authors.yml; repeat for several (default: the default author).")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]), help="Publication date YYYY-MM-DD (default: today).")
@click.option("--slug", help="The slug (file name and URL) instead of one made from the title.")
@click.option("--translate", "translate", metavar="SLUG", help="Create the missing translation of the post SLUG.")
@config_file_option
def new(
    title: str | None, lang: str | None, tags: str | None, authors: tuple[str, ...], date: dt.datetime | None,
    slug: str | None, translate: str | None, config_file: Path | None,
) -> None:
    """Create posts/<slug>.<lang>.md for TITLE with valid frontmatter and a body template.

    The slug comes from the title, transliterated like tags (Künstliche Intelligenz →
    kuenstliche-intelligenz). Existing files are never overwritten.

    With --translate SLUG --lang en, create the English version of an existing post:
    date, authors and tags are copied, and the source's text is recorded (as
    source_fingerprint) so that `feder status` notices when it changes later.
    The translation starts as a draft holding the source text, to be translated in place.

    Prints the new file's path.
    """
    site = project(config_file)
    if translate:
        if title or tags or authors or date or slug:
            raise UsageProblem("with --translate only --lang may be given: title and text are the translator's, "
                               "date, authors and tags come from the source post")
        file = _new_translation(site, translate, lang)
    else:
        if not title or not title.strip():
            raise UsageProblem('give the title, e.g. feder new "Künstliche Intelligenz im Vertrieb"')
        file = _new_post(site, title.strip(), lang, tags, authors, date, slug)
    click.echo(os.path.relpath(file))
    where = site.sources.display(file)
    click.echo(f"Next: write, then `feder check {where}` and preview with `make serve`.", err=True)


def _new_post(site: Project, title: str, lang: str | None, tags: str | None, authors: tuple[str, ...],
              date: dt.datetime | None, slug: str | None) -> Path:
    from feder.content.slugs import is_slug, slugify
    from feder.content.writing import Value, render_post

    sources = site.sources
    lang = _language(sources, lang or sources.languages.default)
    slug = slug or slugify(title)
    if not slug or not is_slug(slug):
        raise UsageProblem(
            f"cannot make a slug from '{slug or title}': it needs letters or digits a-z, 0-9 and single hyphens; "
            "pass one with --slug"
        )
    taken = _versions(sources, slug)
    if lang in taken:
        raise click.ClickException(
            f"{taken[lang].path} already exists; choose another title or pass --slug (feder never overwrites)"
        )
    if taken:
        other = next(iter(taken.values()))
        raise click.ClickException(
            f"{other.path} already uses the slug '{slug}'. To translate it, run "
            f"`feder new --translate {slug} --lang {lang}`; for a new post, pass another --slug"
        )
    fields: dict[str, Value] = {
        "title": title,
        "date": (date.date() if date else dt.datetime.now(sources.timezone).date()),
        "authors": _authors(sources, authors),
        "tags": _tags(tags) or None,
    }
    file = sources.posts_dir / f"{slug}.{lang}.md"
    _write(file, render_post(fields, _skeleton(lang)), sources)
    return file


def _new_translation(site: Project, reference: str, lang: str | None) -> Path:
    from feder.content.loading import load_content
    from feder.content.writing import Value, render_post

    sources = site.sources
    slug = _slug_of(reference)
    versions = _versions(sources, slug)
    if not versions:
        raise click.ClickException(f"no post with the slug '{slug}' in {sources.display(sources.posts_dir)}/")
    if lang is None:
        missing = [code for code in sources.languages if code not in versions]
        if not missing:
            raise click.ClickException(
                f"'{slug}' exists in every language: {', '.join(v.path for v in versions.values())}"
            )
        lang = missing[0]
    lang = _language(sources, lang)
    if lang in versions:
        raise click.ClickException(f"{versions[lang].path} already exists (feder never overwrites)")
    source = versions.get(sources.languages.default) or next(iter(versions.values()))
    content = load_content(sources, only=[source.file])
    post = next(iter(content.posts), None)
    if post is None:
        problems = "\n".join(str(p) for p in content.problems if p.path == source.path)
        raise click.ClickException(f"fix the source post first (feder check {source.path}):\n{problems}")
    fields: dict[str, Value] = {
        "title": post.title,
        "date": _written_date(post.date, sources.timezone),
        "authors": list(post.authors),
        "tags": list(post.tags) or None,
        "source_fingerprint": post.fingerprint,
        "draft": True,
    }
    comments = {
        "title": f"TODO: translate (from {source.path})",
        "tags": "TODO: translate the tags",
        "source_fingerprint": f"the text of {source.path} this translation is made from",
        "draft": "remove this line when the translation is done",
    }
    body = f"<!-- TODO: translate the text below from {source.path}, then remove draft: true above -->\n\n{post.body}"
    file = source.file.with_name(f"{slug}.{lang}.md")
    _write(file, render_post(fields, body, comments), sources)
    return file


def _slug_of(reference: str) -> str:
    """`bani`, `posts/bani.de.md` or `bani.de.md` all name the post `bani`."""
    name = Path(reference).name
    if name.endswith(".md"):
        name = name[: -len(".md")].split(".")[0]
    return name


def _versions(sources: SiteSources, slug: str) -> dict[str, PostSource]:
    """The existing files of a slug per language, in any folder below posts/ (they share one URL)."""
    from feder.content.sources import discover

    found, _ = discover(sources.posts_dir, sources.root, sources.languages)
    return {source.lang: source for source in found if source.slug == slug}


def _language(sources: SiteSources, lang: str) -> str:
    if lang not in sources.languages:
        raise UsageProblem(f"unknown language '{lang}'; this blog's languages are {sources.languages.described()}")
    return lang


def _authors(sources: SiteSources, wanted: tuple[str, ...]) -> list[str] | None:
    """The given author ids, checked against authors.yml; None means the default author."""
    if not wanted:
        if sources.default_author:
            return [sources.default_author]
        raise UsageProblem("no default author is configured; pass --author ID (an id from authors.yml)")
    from feder.content.authors import load_authors

    known, _ = load_authors(sources.authors_file, sources.display(sources.authors_file), sources.languages)
    unknown = [author for author in wanted if author not in known]
    if unknown:
        raise UsageProblem(
            f"unknown author {', '.join(unknown)}; the ids in {sources.display(sources.authors_file)} are "
            f"{', '.join(sorted(known)) or '(none)'}"
        )
    return list(dict.fromkeys(wanted))


def _tags(text: str | None) -> list[str]:
    """Comma-separated tags, one per slug (the first spelling wins), like the build reads them."""
    from feder.content.slugs import slugify

    tags: dict[str, str] = {}
    for tag in (text or "").split(","):
        tag = " ".join(tag.split())
        if tag and slugify(tag):
            tags.setdefault(slugify(tag), tag)
    return list(tags.values())


def _written_date(date: dt.datetime, timezone: ZoneInfo) -> dt.date | dt.datetime:
    """A date as the source most likely wrote it: a plain date for midnight in the site's time zone."""
    local = date.astimezone(timezone)
    if local.time() == dt.time() and local.utcoffset() == date.utcoffset():
        return local.date()
    return date


def _skeleton(lang: str) -> str:
    import yaml

    skeletons: dict[str, str] = yaml.safe_load(SKELETONS.read_text(encoding="utf-8"))
    return skeletons.get(lang) or skeletons["en"]


def _write(file: Path, text: str, sources: SiteSources) -> None:
    from feder.content.writing import write_new

    try:
        write_new(file, text)
    except FileExistsError:
        raise click.ClickException(f"{sources.display(file)} already exists (feder never overwrites)") from None
