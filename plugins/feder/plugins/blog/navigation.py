"""One navigation per language, derived from the default language's `nav` in mkdocs.yml.

The nav lists default-language pages; each other language gets the translations of
those pages (`about.md` -> `en/about.md`), so owners write the nav once.
"""
from __future__ import annotations

from mkdocs.structure import StructureItem
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from feder.content.languages import Languages


def localized_navigations(nav: Navigation, files: Files, languages: Languages) -> dict[str, Navigation]:
    navs = {languages.default: nav}
    nav.homepage = nav.homepage or _page(files, "index.md")
    for lang in languages.others(languages.default):
        items = _translate(nav.items, lang, files, parent=None)
        localized = Navigation(items, _pages(items))
        localized.homepage = _page(files, f"{lang}/index.md")
        navs[lang] = localized
    return navs


def _translate(items: list[StructureItem], lang: str, files: Files, parent: Section | None) -> list[StructureItem]:
    translated: list[StructureItem] = []
    for item in items:
        if isinstance(item, Page):
            page = _page(files, f"{lang}/{item.file.src_uri}")
            if page is None:
                continue  # not translated: the item is left out of this language's nav
            page.parent = parent
            translated.append(page)
        elif isinstance(item, Section):
            section = Section(item.title, [])
            section.parent = parent
            section.children = _translate(item.children, lang, files, section)
            if section.children:
                translated.append(section)
        elif isinstance(item, Link):
            translated.append(item)
    return translated


def _page(files: Files, src_uri: str) -> Page | None:
    file = files.get_file_from_path(src_uri)
    return file.page if file is not None else None


def _pages(items: list[StructureItem]) -> list[Page]:
    pages: list[Page] = []
    for item in items:
        if isinstance(item, Page):
            pages.append(item)
        elif isinstance(item, Section):
            pages += _pages(item.children)
    return pages
