"""A site whose every content field holds hostile text, the fields derived from the content model.

A field added to the model later (a frontmatter key of `Post`, a key of the authors or
tags file, a parameter of an explainer, a per-language text option of the plugin, a
page key Material's templates print) is in `content_fields()` without a change here.

Each field is either escaped wherever it goes, or refused by the checks with a problem
that names it (an author id must exist, a `cover` may not be a `javascript:` URL).
`classify` finds out which, field by field, with the checks alone (no build).
"""
from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import material
import yaml
from mkdocs.config import config_options

from feder.checks import check_site, document_renderer, feature_checks
from feder.content import authors as authors_module
from feder.content.loading import SiteSources
from feder.content.posts import Post
from feder.content.problems import Problem
from feder.content.rendering import MarkdownSettings
from feder.content.tags.tagsfile import SECTIONS, TAG_KEYS
from feder.content.validation import KNOWN_FIELDS
from feder.explainers import EXPLAINERS
from feder.plugins.blog.config import BlogConfig
from tests.support.sitebuilder import DOCS, Site, config_dict

REPO = Path(__file__).resolve().parents[2]
CSP_HOOK = str(REPO / "hooks" / "csp.py")

PAYLOAD = ('B</p></title></script>"\'><img src=x onerror=alert(1)><svg onload=alert(2)>'
           "<!-- ]]>\u2028\u2029javascript:alert(3)&amp;")
SHORT_PAYLOAD = "\"'><img src=x onerror=alert(1)>\u2028<!--"
"""For fields with a length limit (an explainer's stage name: 40 characters)."""
SCRIPT_URL = "javascript:alert(document.domain)"
"""The second family: a whole value that is a script URL, for fields that may become links or images."""
TEXT_PAYLOADS = (PAYLOAD, SHORT_PAYLOAD)

# Material's templates print these keys of a page's frontmatter; two are not texts it prints
# but names: `icon` is the file name of an icon template, `hide` a list of switches.
NOT_PRINTED_PAGE_KEYS = {"icon", "hide"}
# mkdocs.yml: the texts of the site itself, and the plugin's per-language texts (below).
SITE_TEXTS = ("site_name", "site_description", "copyright")


@dataclass(frozen=True)
class Field:
    source: str
    """post, author, tags, page, explainer, config."""
    name: str

    def __str__(self) -> str:
        return f"{self.source}:{self.name}"


# The fields -----------------------------------------------------------------------------------

def post_fields() -> list[Field]:
    """Frontmatter keys of a post whose values are texts (or lists of texts) in `Post`."""
    hints = typing.get_type_hints(Post)
    texts = []
    for field in dataclasses.fields(Post):
        hint = str(hints[field.name])
        if field.name in KNOWN_FIELDS and "str" in hint and "datetime" not in hint:
            texts.append(Field("post", field.name))
    return texts


def author_fields() -> list[Field]:
    return [Field("author", name) for name in authors_module._FIELDS]


def tag_fields() -> list[Field]:
    """A tag's key (its spelling where it has no name), its keys (name, description), an alias."""
    return [Field("tags", "key"), *(Field("tags", key) for key in TAG_KEYS),
            *(Field("tags", section) for section in SECTIONS if section != "tags")]


def page_fields() -> list[Field]:
    """Keys of a docs page's frontmatter that Material's templates print (`page.meta.x`, `nav_item.meta.x`)."""
    keys = {"title"}
    for template in Path(material.__file__).parent.joinpath("templates").rglob("*.html"):
        keys |= set(re.findall(r"\bmeta\.([a-z_]+)", template.read_text(encoding="utf-8")))
    return [Field("page", key) for key in sorted(keys - NOT_PRINTED_PAGE_KEYS)]


def explainer_fields() -> list[Field]:
    return [Field("explainer", f"{name}.{parameter}")
            for name, explainer in EXPLAINERS.items() for parameter in explainer.parameters]


def config_fields() -> list[Field]:
    per_language = [name for name, option in BlogConfig._schema if isinstance(option, config_options.DictOfItems)]
    return [Field("config", name) for name in SITE_TEXTS] + [Field("config", f"feder.{name}") for name in per_language]


def content_fields() -> list[Field]:
    return post_fields() + author_fields() + tag_fields() + page_fields() + explainer_fields() + config_fields()


# Values of each shape a field may need ------------------------------------------------------------

def candidates(field: Field, text: str) -> list[Any]:
    """Values that carry `text`, in the shapes a field may take: text, a list of texts, a list of people."""
    if field.source == "explainer":
        return [text, [text] * 6, [{"name": text, "group": "sponsor", "influence": "high", "support": "low"}]]
    if field.source == "post" and field.name in ("tags", "authors"):
        return [[text]]
    return [text]


# The site -------------------------------------------------------------------------------------------

def site_files(values: dict[Field, Any]) -> dict[str, str]:
    """Posts, authors, tags and pages with `values` in their fields (harmless defaults elsewhere)."""
    of = {(field.source, field.name): value for field, value in values.items()}
    tag_key = of.get(("tags", "key"), "Thema")
    post_meta = {field.name: value for field, value in values.items() if field.source == "post"}
    files = {
        "authors.yml": yaml.safe_dump({"redaktion": _author(of)}, allow_unicode=True),
        "tags.yml": yaml.safe_dump(_tags(of, tag_key), allow_unicode=True),
        "docs/about.md": _page(of, "# Über uns\n\nText.\n"),
        "docs/en/about.md": _page(of, "# About\n\nText.\n"),
    }
    for lang in ("de", "en"):
        tags = post_meta.get("tags", [tag_key if lang == "de" else of.get(("tags", "aliases"), tag_key)])
        files[f"posts/boese.{lang}.md"] = _post("Böse" if lang == "de" else "Evil", "2024-03-31",
                                                {**post_meta, "tags": [*tags, "Harmlos"]}, _body(of))
        files[f"posts/harmlos.{lang}.md"] = _post("Harmlos", "2024-03-30", {"tags": [tag_key, "Harmlos"]}, "Text.\n")
    return files


def config_overrides(values: dict[Field, Any]) -> dict[str, Any]:
    of = {field.name: value for field, value in values.items() if field.source == "config"}
    overrides: dict[str, Any] = {name: of[name] for name in SITE_TEXTS if name in of}
    feder_options: dict[str, Any] = {"default_author": "redaktion"}
    for name, value in of.items():
        if name.startswith("feder."):
            feder_options[name.removeprefix("feder.")] = {"de": value, "en": value}
    overrides["plugins"] = [{"feder": feder_options}, "feder-explainers", "feder-search"]
    overrides["hooks"] = [CSP_HOOK]
    return overrides


def _author(of: dict) -> dict[str, Any]:
    author: dict[str, Any] = {"name": {"de": "Redaktion", "en": "Editorial team"}, "bio": {"de": "Bio.", "en": "Bio."}}
    for key in authors_module._FIELDS:
        if ("author", key) in of:
            author[key] = (
                of[("author", key)] if key == "avatar" else {"de": of[("author", key)], "en": of[("author", key)]}
            )
    return author


def _tags(of: dict, tag_key: str) -> dict[str, Any]:
    definition = {key: {"de": of[("tags", key)], "en": of[("tags", key)]} for key in TAG_KEYS if ("tags", key) in of}
    tags: dict[str, Any] = {"tags": {tag_key: definition or None}}
    if ("tags", "aliases") in of:
        tags["aliases"] = {of[("tags", "aliases")]: tag_key}
    return tags


def _page(of: dict, body: str) -> str:
    meta = {name: value for (source, name), value in of.items() if source == "page"}
    return (f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n" if meta else "") + body


def _body(of: dict) -> str:
    """Text, a heading whose table-of-contents label is hostile, and every explainer with its parameters."""
    label = PAYLOAD.replace('"', "&quot;")
    parts = ["Erster Absatz.\n\n<!-- more -->\n", f'## Abschnitt {{: data-toc-label="{label}" }}\n\nText.\n']
    for name in EXPLAINERS:
        params = {key.partition(".")[2]: value for (source, key), value in of.items()
                  if source == "explainer" and key.startswith(f"{name}.")}
        body = yaml.safe_dump(params, allow_unicode=True) if params else ""
        parts.append(f"```{name}\n{body}```\n")
    return "\n".join(parts)


def _post(title: str, date: str, meta: dict[str, Any], body: str) -> str:
    front = {"title": title, "date": date, **meta}
    return f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n{body}"


def make_site(root: Path, values: dict[Field, Any]) -> tuple[Site, dict[str, Any]]:
    site = Site(root)
    site.write({**DOCS, **site_files(values)})
    return site, config_overrides(values)


# Escaped or refused ------------------------------------------------------------------------------------

def problems_with(root: Path, values: dict[Field, Any]) -> list[Problem]:
    """What the checks of the build say about a site with these values (no build)."""
    site, overrides = make_site(root, values)
    options = next(plugin["feder"] for plugin in overrides["plugins"] if isinstance(plugin, dict) and "feder" in plugin)
    sources = SiteSources.from_options(site.root, options)
    plugins = feature_checks(["feder", "feder-explainers"])
    renderer = document_renderer(MarkdownSettings.from_mkdocs_yml(config_dict()["markdown_extensions"]), plugins, None)
    return [problem for problem in check_site(sources, plugins, renderer=renderer).problems if problem.is_error]


def names_field(problem: Problem, field: Field) -> bool:
    last = field.name.rpartition(".")[2]
    return last in problem.field or (field.source == "tags" and problem.path.endswith("tags.yml"))


def classify(
    root: Path, fields: Iterable[Field], texts: Iterable[str]
) -> tuple[dict[Field, Any], dict[Field, list[Problem]]]:
    """Each field's first value (of `candidates` for each text) that the checks accept, and the
    problems of the fields that refuse all of them."""
    accepted: dict[Field, Any] = {}
    refused: dict[Field, list[Problem]] = {}
    for number, field in enumerate(fields):
        found: list[Problem] = []
        for value in (value for text in texts for value in candidates(field, text)):
            problems = problems_with(root / f"{number}-{len(found)}", {field: value})
            if not problems:
                accepted[field] = value
                break
            found += problems
        else:
            refused[field] = found
    return accepted, refused


def build_site(root: Path, values: dict[Field, Any]) -> Site:
    site, overrides = make_site(root, values)
    site.build(**overrides)
    return site
