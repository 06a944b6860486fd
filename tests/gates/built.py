"""The site as the gates see it: a strict build of the repository's own content."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.support.tools import REPO

# A fixed build time: `SOURCE_DATE_EPOCH` is what MkDocs and feder use for every date
# derived from the build time (sitemap <lastmod>, the gzip header of sitemap.xml.gz).
SOURCE_DATE_EPOCH = "1735689600"  # 2025-01-01T00:00:00Z


@dataclass(frozen=True)
class LegalPages:
    impressum: str
    privacy: str


@dataclass
class BuiltSite:
    root: Path
    site_url: str
    languages: tuple[str, ...]
    """The default language first; it lives at the site root, the others under /<code>/."""
    legal: LegalPages
    """Source paths of the legal pages in docs/ (default language)."""

    @property
    def base_path(self) -> str:
        """The path the site is published under, e.g. `/feder/`."""
        return urlsplit(self.site_url).path or "/"

    def prefix(self, lang: str) -> str:
        return "" if lang == self.languages[0] else f"{lang}/"

    @cached_property
    def html_files(self) -> list[Path]:
        return sorted(self.root.rglob("*.html"))

    def url_of(self, path: Path) -> str:
        """Site-relative URL of a built file: `en/posts/x/index.html` -> `en/posts/x/`."""
        relative = path.relative_to(self.root).as_posix()
        return relative[: -len("index.html")] if relative.endswith("index.html") else relative

    def file_of(self, url: str) -> Path:
        path = self.root / url
        return path / "index.html" if url == "" or url.endswith("/") else path

    def parse(self, path: Path) -> lxml.html.HtmlElement:
        return lxml.html.parse(str(path)).getroot()

    def language_of(self, path: Path) -> str:
        return self.parse(path).get("lang", "")

    def legal_url(self, lang: str, kind: str) -> str:
        """Site-relative URL of a legal page in a language (docs/en/impressum.md -> en/impressum/)."""
        source = getattr(self.legal, kind)
        stem = source[: -len(".md")] if source.endswith(".md") else source
        stem = stem[: -len("/index")] if stem.endswith("/index") else stem
        return f"{self.prefix(lang)}{stem}/"


def build_site(site_dir: Path, config_file: Path = REPO / "mkdocs.yml") -> BuiltSite:
    """A strict build through MkDocs' Python API (warnings fail it, as in `make build`)."""
    config = load_config(str(config_file), strict=True, site_dir=str(site_dir))
    build(config)
    feder = config.plugins["feder"].config
    return BuiltSite(
        root=site_dir,
        site_url=config.site_url or "",
        languages=tuple(feder.languages),
        legal=LegalPages(impressum=feder.impressum, privacy=feder.privacy),
    )
