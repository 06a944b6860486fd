"""The site the search tests build, and a reader for the index Pagefind wrote."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from feder.plugins.search.plugin import SearchPlugin
from tests.support.sitebuilder import config_dict, make_site, post

REPO = Path(__file__).resolve().parents[2]
SITE_URL = "https://blog.example.org/feder/"
PLUGINS = [{"feder": {"default_author": "redaktion"}}, "feder-search"]

HOSTILE_TITLE = 'Vertrieb mit <img src=x onerror="window.federHijacked = 1"> im Titel'


def posts() -> dict[str, str]:
    files = {}
    for number in range(1, 13):  # more German hits than one page of results shows
        files[f"posts/vertrieb-{number:02d}.de.md"] = post(
            f"Vertrieb, Teil {number}", f"2024-01-{number:02d}", tags=["Vertrieb"],
            body=f"Der Vertrieb im Mittelstand, Folge {number}.\n\n<!-- more -->\n\n"
                 "## Kunden\n\nKunden kaufen anders.\n",
        )
    for number in (1, 2, 3):
        files[f"posts/vertrieb-{number:02d}.en.md"] = post(
            f"Sales, part {number}", f"2024-01-{number:02d}", tags=["Vertrieb"],
            body=f"Sales in mid-sized companies, part {number}.\n\n<!-- more -->\n\n"
                 "## Customers\n\nCustomers buy differently.\n",
        )
    files["posts/markup.de.md"] = post(
        HOSTILE_TITLE, "2024-02-01",
        body="Im Vertrieb steht `<script>window.federHijacked = 2</script>` als Text, "
             'ebenso `<b onmouseover="x()">`.\n',
    )
    files["posts/entwurf.de.md"] = post("Entwurf", "2024-03-01", draft=True, body="Vertrieb Entwurfsgeheimnis.\n")
    files["posts/zukunft.de.md"] = post("Zukunft", "2999-01-01", body="Vertrieb Zukunftsgeheimnis.\n")
    return files


@dataclass(frozen=True)
class SearchSite:
    root: Path

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def base_path(self) -> str:
        return "/feder/"

    def html(self, url: str) -> lxml.html.HtmlElement:
        return lxml.html.parse(str(self.site_dir / url / "index.html")).getroot()

    def config(self, **overrides):
        settings = config_dict(site_url=SITE_URL, plugins=PLUGINS, hooks=[str(REPO / "hooks" / "csp.py")])
        settings.update(overrides)
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
        return load_config(str(self.root / "mkdocs.yml"), strict=True)


@contextmanager
def serving(site: SearchSite) -> Iterator[tuple[MkDocsConfig, SearchPlugin]]:
    """The site's configuration and search plugin set up as `mkdocs serve` sets them up
    (indexing in the background), shut down afterwards."""
    config = site.config()
    search = config.plugins["feder-search"]
    search.on_startup(command="serve", dirty=False)
    try:
        yield config, search
    finally:
        search.on_shutdown()


def build_search_site(root: Path) -> SearchSite:
    make_site(root, posts())
    site = SearchSite(root)
    build(site.config())
    return site


ROOTS = {"de": "", "en": "en/"}
"""Each language's index is below its root."""


def bundles(site_dir: Path) -> dict[str, Path]:
    return {
        lang: site_dir / root / "pagefind" for lang, root in ROOTS.items() if (site_dir / root / "pagefind").is_dir()
    }


def fragments(site_dir: Path) -> dict[str, dict]:
    """Site-relative URL -> what Pagefind stored for the page (its fragment file), for every index."""
    found = {}
    for lang, bundle in bundles(site_dir).items():
        for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
            fragment = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
            found[f"/{ROOTS[lang]}{fragment['url'].lstrip('/')}"] = dict(
                fragment, index=lang, language=path.name.split("_", 1)[0]
            )
    return found


def indexed_urls(site_dir: Path) -> dict[str, set[str]]:
    """Language (as Pagefind read it from <html lang>) -> site-relative URLs of its indexed pages."""
    found: dict[str, set[str]] = {}
    for url, fragment in fragments(site_dir).items():
        found.setdefault(fragment["language"], set()).add(url)
    return found


def index_languages(site_dir: Path) -> dict[str, dict[str, int]]:
    """Index folder's language -> the languages its entry file lists, with their number of pages."""
    found = {}
    for lang, bundle in bundles(site_dir).items():
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        found[lang] = {code: index["page_count"] for code, index in entry["languages"].items()}
    return found
