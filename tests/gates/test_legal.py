"""Gate 7: every page in both languages links to the Impressum and the privacy policy of its
language, and the privacy policy names the host (GitHub Pages)."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest

HOST = "GitHub Pages"


def links_of(site, path) -> set[str]:
    """Site-relative targets of every link on a page."""
    base = f"/{site.url_of(path)}"
    targets = set()
    for a in site.parse(path).iter("a"):
        target = urlsplit(urljoin(base, a.get("href", "")))
        if not target.scheme and not target.netloc:
            targets.add(target.path.lstrip("/"))
    return targets


def test_gate_every_page_links_to_the_legal_pages_of_its_language(built_site):
    missing = []
    languages = set()
    for path in built_site.html_files:
        if path.name == "404.html":
            continue  # served for any URL, with links from the site root: checked below
        lang = built_site.language_of(path)
        languages.add(lang)
        links = links_of(built_site, path)
        for kind in ("impressum", "privacy"):
            if built_site.legal_url(lang, kind) not in links:
                missing.append(
                    f"{built_site.url_of(path) or '/'} ({lang}): no link to {built_site.legal_url(lang, kind)}"
                )
    assert languages == set(built_site.languages)
    assert not missing, "\n".join(missing)


def test_gate_the_404_page_links_to_the_legal_pages(built_site):
    page = built_site.parse(built_site.root / "404.html")
    hrefs = {a.get("href") for a in page.iter("a")}
    for kind in ("impressum", "privacy"):
        expected = built_site.base_path + built_site.legal_url(built_site.languages[0], kind)
        assert expected in hrefs, f"404.html does not link to {expected}"


@pytest.mark.parametrize("kind", ["impressum", "privacy"])
def test_gate_legal_pages_exist_in_every_language(built_site, kind):
    for lang in built_site.languages:
        page = built_site.file_of(built_site.legal_url(lang, kind))
        assert page.is_file(), f"{built_site.legal_url(lang, kind)} is missing"
        assert built_site.language_of(page) == lang


def test_gate_the_privacy_policy_names_the_host(built_site):
    for lang in built_site.languages:
        article = built_site.parse(built_site.file_of(built_site.legal_url(lang, "privacy"))).cssselect("article")[0]
        assert HOST in article.text_content(), f"the {lang} privacy policy does not name the host ({HOST})"
