"""The page policy trusts templates, not pages (hooks/csp.py).

Every hash in a page's script-src belongs to an inline script that the theme's script
partials emit (only a base path may vary); any other inline script fails the build
and names the page's source file. If Material changes its inline scripts, the review
list below fails loudly instead of the policy widening by itself.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import sys
from pathlib import Path

import jinja2
import lxml.html
import material
import pytest
from mkdocs.exceptions import Abort

import feder
from tests.security import hostile
from tests.support.logs import mkdocs_messages
from tests.support.sitebuilder import make_site, post

spec = importlib.util.spec_from_file_location("feder_hooks_csp_policy", hostile.CSP_HOOK)
csp = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = csp
spec.loader.exec_module(csp)

BASE_SCRIPT_SOURCES = dict(csp.BASE_POLICY)["script-src"]
"""What every page's script-src allows besides hashes ('self'; a feature may add a source)."""
THEME_DIRS = [str(Path(feder.__file__).parent / "templates"), str(Path(material.__file__).parent / "templates")]

# The inline scripts of Material's script partials, reviewed: what each does, that its only
# template value is a base path inside a JavaScript string, and the digest of its pattern.
# A Material upgrade that changes any of them fails here: read the new scripts (the test
# prints them), then update this list.
REVIEWED = {
    "partials/javascripts/announce.html": ("hides the announcement the reader dismissed", ["8d5b536398a7"]),
    "partials/javascripts/base.html": ("__md_scope and the localStorage helpers; base path", ["7edd1ec4122f"]),
    "partials/javascripts/consent.html": ("restores and saves the cookie consent form", ["23aefa462d59"]),
    "partials/javascripts/content.html": (
        "opens the tab (feature content.tabs.link) / the toggle the URL fragment names",
        ["c3021b51fe08", "1a3d6f1786db"],
    ),
    "partials/javascripts/outdated.html": ("shows the outdated-version banner; base path", ["02df3118407d"]),
    "partials/javascripts/palette.html": ("restores the reader's colour palette", ["5b14f88370c6"]),
}


def digest(pattern: str) -> str:
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:12]


def directives(policy: str) -> dict[str, list[str]]:
    return {name: sources for name, *sources in (part.split() for part in policy.split(";") if part.strip())}


def page_policy(document) -> dict[str, list[str]]:
    [meta] = document.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    return directives(meta.get("content"))


def test_the_trusted_scripts_are_the_reviewed_ones():
    found: dict[str, list[str]] = {}
    for script in csp.trusted_scripts(THEME_DIRS):
        found.setdefault(script.template, []).append(digest(script.pattern.pattern))
    reviewed = {name: digests for name, (_, digests) in REVIEWED.items()}
    changed = {
        name: found.get(name) for name in found.keys() | reviewed.keys() if reviewed.get(name) != found.get(name)
    }
    new_text = {
        name: [script.pattern.pattern for script in csp.trusted_scripts(THEME_DIRS) if script.template == name]
        for name in changed
    }
    assert not changed, f"The theme's inline scripts changed: review them, then update REVIEWED: {changed}\n{new_text}"


@pytest.mark.parametrize("base_url", [".", "..", "../..", "../../.."])
def test_each_trusted_pattern_matches_what_material_renders(base_url):
    """Render every script partial as Material does (all features on): each script is trusted,
    and each trusted pattern is matched by a rendered script (no pattern for nothing)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(THEME_DIRS))
    context = {"base_url": base_url, "features": ["content.tabs.link"], "config": {"extra": {}}}
    trusted = csp.trusted_scripts(THEME_DIRS)
    rendered = [script for name in REVIEWED for script in csp.inline_scripts(env.get_template(name).render(context))]
    assert csp.untrusted(rendered, trusted) == []
    assert [known.template for known in trusted if not any(known.matches(script) for script in rendered)] == []


def test_only_a_base_path_may_vary():
    [base] = [script for script in csp.trusted_scripts(THEME_DIRS) if script.template.endswith("base.html")]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(THEME_DIRS))
    def render(base_url):
        html = env.get_template("partials/javascripts/base.html").render(base_url=base_url, config={"extra": {}})
        return csp.inline_scripts(html)[0]

    assert base.matches(render("../..")) and base.matches(render("/feder/"))
    for hostile_value in ('",alert(1),"', "javascript:alert(1)", '\\",alert(1)//', "a b", "%22"):
        assert not base.matches(render(hostile_value)), hostile_value


def test_a_template_script_that_cannot_be_bounded_is_refused():
    with pytest.raises(csp.UntrustableTemplate):
        csp.script_pattern("var x = {{ value }};", "partials/javascripts/x.html")  # not inside a string
    with pytest.raises(csp.UntrustableTemplate):
        csp.script_pattern('var x = "{% if a %}1{% endif %}";', "partials/javascripts/x.html")
    assert csp.script_pattern('f("{{ base_url }}")', "x").fullmatch('f("../..")')


def test_an_inline_script_that_no_template_emits_is_not_hashed():
    page = '<html><head><meta charset="utf-8"></head><body><script>alert(1)</script></body></html>'
    policy = csp.policy_for(page, csp.trusted_scripts(THEME_DIRS))
    assert policy.untrusted == ("alert(1)",)
    assert directives(policy.policy)["script-src"] == list(BASE_SCRIPT_SOURCES)


def test_every_hash_in_every_policy_is_a_trusted_template_script(hostile_site):
    site = hostile_site.site
    trusted = csp.trusted_scripts(THEME_DIRS)
    problems = []
    seen_templates: set[str] = set()
    for path in sorted(site.site_dir.rglob("*.html")):
        scripts = csp.inline_scripts(path.read_text(encoding="utf-8"))
        by_hash = {csp.script_hash(script): script for script in scripts}
        policy = page_policy(lxml.html.parse(str(path)).getroot())
        hashes = [source for source in policy["script-src"] if source.startswith("'sha256-")]
        for source in hashes:
            script = by_hash.get(source)
            matching = [known.template for known in trusted if script is not None and known.matches(script)]
            if not matching:
                problems.append(f"{path.name}: {source} is not a script of a template")
            seen_templates.update(matching)
        if policy["script-src"] != [*BASE_SCRIPT_SOURCES, *hashes] or len(hashes) != len(by_hash):
            problems.append(f"{path}: script-src {policy['script-src']}")
    assert problems == []
    # What Material emits on our pages today: the __md_scope line and the anchor-toggle line (and,
    # with no palette configured as in this test site, the palette line).
    assert {"partials/javascripts/base.html", "partials/javascripts/content.html"} <= seen_templates <= set(REVIEWED)


def test_an_unknown_inline_script_fails_the_build_naming_the_source_files(tmp_path, monkeypatch):
    """A theme override (the site's custom_dir) that puts a script into every page's footer."""
    site = make_site(tmp_path, {
        "posts/a.de.md": post("A"),
        "overrides/partials/copyright.html": (
            '<div class="md-copyright"><script>steal(document.cookie)</script></div>\n'
        ),
    })
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    with mkdocs_messages(logging.ERROR) as errors, pytest.raises(Abort):
        site.build(theme={"name": "material", "language": "de", "font": False, "custom_dir": "overrides"},
                   hooks=[hostile.CSP_HOOK])
    [message] = [m for m in errors.messages if "inline script that no template emits" in m]
    assert "posts/a.de.md: inline script `steal(document.cookie)`" in message
    assert "docs/about.md: inline script `steal(document.cookie)`" in message
    written = lxml.html.parse(str(site.site_dir / "posts/a/index.html")).getroot()
    assert csp.script_hash("steal(document.cookie)") not in page_policy(written)["script-src"]
