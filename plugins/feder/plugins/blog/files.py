"""Pages that have no file in docs/: posts (from posts/) and lists, as MkDocs `File`s."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from feder.content.languages import Languages
from feder.content.listings import Listing
from feder.content.pages import PageEntry, SitePages
from feder.content.posts import Post
from feder.content.problems import Problem
from feder.content.urls import page_file, source_uri
from feder.plugins.blog.config import BlogConfig
from feder.plugins.blog.converter import render_nothing

# A YAML block of its own keeps MkDocs from reading a body line like "Fazit: …" as metadata.
_PREAMBLE = "---\n{}\n---\n"


def url_of(file: File) -> str:
    """A page's URL as MkDocs' `Page.url` has it: `` for the home page."""
    return "" if file.url in (".", "./") else file.url


def register_docs_pages(files: Files, languages: Languages, site: SitePages, docs_dir: str) -> list[Problem]:
    """Pages written in docs/: their language comes from the path (`en/about.md` is English)."""
    problems = []
    for file in files.documentation_pages():
        lang, rest = languages.split(file.src_uri)
        if lang != languages.default and file.inclusion.is_in_nav():
            file.inclusion = InclusionLevel.NOT_IN_NAV  # the nav lists the default language only
        try:
            site.add(PageEntry(url_of(file), lang, ("page", rest), "page"))
        except ValueError:
            problems.append(Problem(
                f"{docs_dir}/{file.src_uri}", 1, "file name", f"another page already has the URL /{url_of(file)}",
            ))
    return problems


def add_post(files: Files, config: MkDocsConfig, post: Post, url: str, *, draft: bool) -> File:
    """A post keeps its own path as source name, so MkDocs' messages name the real file."""
    inclusion = InclusionLevel.DRAFT if draft else InclusionLevel.NOT_IN_NAV
    file = File.generated(config, post.path, content=_PREAMBLE + post.body, inclusion=inclusion)
    file.dest_uri = page_file(url)
    files.append(file)
    return file


def add_listing(files: Files, config: MkDocsConfig, listing: Listing) -> File:
    file = File.generated(config, source_uri(listing.url), content="", inclusion=InclusionLevel.NOT_IN_NAV)
    files.append(file)
    return file


class ListingPage(Page):
    """A list of posts (home, archive, tag or author page), written by its template alone.

    Its source is empty, and rendering empty Markdown gives empty HTML and an empty
    table of contents; MkDocs would still build a Markdown converter with every
    extension for each such page, which is most of what a list page costs. What
    rendering sets is set here through the page's public attributes; the title from
    the rendered Markdown (there is none) is not needed: the plugin sets the title.
    """

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None or self.markdown.strip():
            super().render(config, files)  # a plugin gave it Markdown after all
            return
        render_nothing(self)


def legal_links(files: Files, languages: Languages, options: BlogConfig) -> dict[str, dict[str, str]]:
    """Impressum and privacy page per language: the translation if there is one."""
    links: dict[str, dict[str, str]] = {}
    for lang in languages:
        links[lang] = {}
        for name, src in (("impressum", options.impressum), ("privacy", options.privacy)):
            file = files.get_file_from_path(f"{languages.prefix(lang)}{src}") or files.get_file_from_path(src)
            if file is None:
                raise PluginError(f"plugins.feder.{name}: the page '{src}' does not exist in docs/")
            links[lang][name] = url_of(file)
    return links
