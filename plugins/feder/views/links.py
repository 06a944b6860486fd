"""Where a page is and where its other language versions are: for the views and the sitemap alike."""
from __future__ import annotations

from urllib.parse import urljoin

from feder.content.languages import Languages
from feder.content.pages import PageEntry, SitePages
from feder.content.urls import Urls
from feder.i18n import strings
from feder.views.models import Alternate, LanguageLink


class Links:
    """Absolute URLs, hreflang alternates and the language switcher of one build's pages."""

    def __init__(self, *, site: SitePages, urls: Urls, languages: Languages, site_url: str) -> None:
        self.site = site
        self.urls = urls
        self.languages = languages
        self.site_url = site_url

    def absolute(self, url: str) -> str:
        if url.startswith("/") or "://" in url:
            return urljoin(self.site_url, url)
        return self.site_url + url  # site_url ends with `/` (MkDocs ensures it); urljoin is slow

    def alternates(self, entry: PageEntry) -> list[Alternate]:
        """hreflang links: only for pages with a translation; the default language is x-default."""
        versions = self.site.translations(entry)
        if len(versions) < 2:
            return []
        alternates = [Alternate(lang, self.absolute(version.url)) for lang, version in versions.items()]
        default = versions.get(self.languages.default)
        if default is not None:
            alternates.append(Alternate("x-default", self.absolute(default.url)))
        return alternates

    def language_links(self, entry: PageEntry) -> list[LanguageLink]:
        """The language switcher: the page's translation in each language, else that language's home."""
        versions = self.site.translations(entry)
        links = []
        for lang in self.languages:
            version = versions.get(lang)
            url = version.url if version else self.urls.home(lang)
            name = strings(lang)["language_name"]
            links.append(LanguageLink(lang, name, url, lang == entry.lang, version is not None))
        return links

    def homes(self, current: str) -> list[LanguageLink]:
        """The language switcher of a page outside the site's pages (404): every language's home."""
        return [
            LanguageLink(lang, strings(lang)["language_name"], self.urls.home(lang), lang == current, False)
            for lang in self.languages
        ]
