"""The peers: the same posts built with Material's own blog and tags plugins and mkdocs-rss-plugin.

This is the stack a team would otherwise pick. It knows one language, so every
post file becomes a post of one blog (the English files too: the same Markdown
is rendered, as for the floor). Runs in its own virtual environment,
bench/.peers-venv (`make bench-peers` creates it), never in the project's .venv.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from sites import REPO, Site, _fresh, _write_config, post_files

AVATAR = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n'
_AUTHOR_ID = re.compile(r"^([a-z0-9][a-z0-9_-]*):\s*$", re.MULTILINE)


def author_ids(corpus: Path) -> list[str]:
    authors = corpus / "authors.yml" if (corpus / "authors.yml").is_file() else REPO / "authors.yml"
    return _AUTHOR_ID.findall(authors.read_text(encoding="utf-8"))


def make_peers(corpus: Path, root: Path) -> Site:
    _fresh(root)
    docs = root / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "index.md").write_text("# feder\n\nDie Startseite.\n", encoding="utf-8")
    (docs / "tags.md").write_text("# Schlagwörter\n\n<!-- material/tags -->\n", encoding="utf-8")
    (docs / "assets").mkdir(exist_ok=True)
    (docs / "assets" / "avatar.svg").write_text(AVATAR, encoding="utf-8")
    blog = docs / "blog"
    (blog / "posts").mkdir(parents=True)
    (blog / "index.md").write_text("# Blog\n", encoding="utf-8")
    authors = ["authors:"] + [
        f"  {author}:\n    name: {author}\n    description: Autor\n    avatar: ../assets/avatar.svg"
        for author in author_ids(corpus)
    ]
    (blog / ".authors.yml").write_text("\n".join(authors) + "\n", encoding="utf-8")
    for path in post_files(corpus):
        shutil.copyfile(path, blog / "posts" / path.name)
    _write_config(root / "mkdocs.yml", {
        "INHERIT": str(REPO / "mkdocs.yml"),
        "watch": [],
        "hooks": [],
        "nav": ["index.md", {"Blog": ["blog/index.md"]}, "tags.md", "about.md"],
        "not_in_nav": "/en/\n/impressum.md\n/datenschutz.md\n",
        "plugins": [
            {"search": {"lang": ["de", "en"]}},  # a Material blog's own search (ours: Pagefind)
            {"blog": {"blog_dir": "blog", "post_url_format": "{slug}"}},
            {"tags": {}},
            {"rss": {
                "match_path": "blog/posts/.*", "use_git": False,
                "date_from_meta": {"as_creation": "date", "as_update": "date"},
                "categories": ["tags"],
            }},
        ],
    })
    return Site("peers", root)
