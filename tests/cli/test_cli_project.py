"""Reading mkdocs.yml without MkDocs: the feder options and the plugin names, as MkDocs sees them."""
from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from feder.cli.project import ProjectError, load_project


def test_plugin_names_are_keyed_exactly_as_mkdocs_keys_them(blog):
    (blog.root / "docs").mkdir()
    project = load_project()
    mkdocs = load_config(str(blog.root / "mkdocs.yml"))
    assert project.plugin_names == tuple(mkdocs.plugins.keys()) == ("material/offline", "feder")


def test_reads_the_feder_options(blog):
    project = load_project()
    assert project.options == {"default_author": "redaktion", "languages": ["de", "en"]}
    assert project.sources.posts_dir == blog.root / "posts"
    assert project.sources.default_author == "redaktion"


def test_found_from_a_subfolder(blog):
    (blog.root / "posts" / "2019").mkdir()
    assert load_project(cwd=blog.root / "posts" / "2019").root == blog.root


def test_env_tags_and_inherit(blog, monkeypatch):
    monkeypatch.setenv("FEDER_AUTHOR", "max")
    (blog.root / "base.yml").write_text(
        "site_name: Basis\ntheme: {name: material}\nplugins:\n  - feder:\n      default_author: redaktion\n",
        encoding="utf-8",
    )
    (blog.root / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nplugins:\n  - offline\n  - feder:\n      default_author: !ENV [FEDER_AUTHOR, redaktion]\n"
        "      posts_dir: texte\n  - tags:\n      enabled: !ENV [TAGS_ON, false]\n",
        encoding="utf-8",
    )
    project = load_project()
    assert project.options["default_author"] == "max"
    assert project.sources.posts_dir == blog.root / "texte"
    assert project.plugin_names == ("material/offline", "feder")  # tags switched off, as MkDocs leaves it out


@pytest.mark.parametrize("text, said", [
    ("site_name: x\nplugins: [offline]\n", "does not enable the feder plugin"),
    ("site_name: [x\n", "is not valid YAML"),
    ("plugins:\n  - feder:\n      timezone: Mars/Olympus\n", "the options of the feder plugin are not usable"),
])
def test_unusable_config(blog, text, said):
    (blog.root / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match=said):
        load_project()


def test_no_config(tmp_path: Path):
    with pytest.raises(ProjectError, match="no mkdocs.yml in"):
        load_project(cwd=tmp_path)


def test_the_check_path_imports_no_mkdocs_material_or_babel(blog):
    """`feder check` has to be fast enough to run on every save. It renders posts with Markdown
    and parses their HTML with lxml (active content), but needs neither MkDocs nor the theme."""
    import subprocess
    import sys

    code = (
        "import sys; from feder.cli import main\n"
        "try: main(['check'])\n"
        "except SystemExit: pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material', 'babel'))\n"
        "print(heavy)"
    )
    output = subprocess.run([sys.executable, "-c", code], cwd=blog.root, capture_output=True, text=True, check=True)
    assert output.stdout.strip().splitlines()[-1] == "[]"
