"""The registry (feder.registry): what feder's plugins and hooks share in one build, found by its configuration."""
from __future__ import annotations

import gc

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from feder.checks import feature_checks
from feder.explainers import static_fallback
from feder.explainers.checks import CHECKS
from feder.registry import _REGISTRIES, Registry, registry_of
from tests.support.sitebuilder import config_dict, post


def built_config(site, plugins) -> MkDocsConfig:
    settings = yaml.safe_dump(config_dict(plugins=plugins), allow_unicode=True)
    (site.root / "mkdocs.yml").write_text(settings, encoding="utf-8")
    config = load_config(str(site.root / "mkdocs.yml"))
    build(config)
    return config


def test_one_registry_per_configuration_and_gone_with_it():
    first, second = MkDocsConfig(), MkDocsConfig()
    assert registry_of(first) is registry_of(first)
    assert registry_of(first) is not registry_of(second)
    key = id(first)
    del first
    gc.collect()
    assert key not in _REGISTRIES


def test_without_the_blog_features_ask_in_vain():
    registry = Registry()
    assert (registry.languages, registry.entry_of("posts/a/"), registry.language_of("posts/a/")) == (None, None, None)
    assert registry.derived("csp-policy") is None and registry.cache_root is None


def test_the_blog_and_the_explainers_meet_in_the_registry(site):
    site.write({"posts/a.de.md": post("A"), "posts/a.en.md": post("A")})
    config = built_config(site, [{"feder": {"default_author": "redaktion"}}, "feder-explainers"])
    registry = registry_of(config)
    assert registry is config.plugins["feder"].registry
    assert registry.checks == [CHECKS] == feature_checks(["feder", "feder-explainers"])  # build and `feder check`
    assert registry.feed_transforms == [static_fallback]
    assert registry.language_of("en/posts/a/") == "en" and registry.language_of("about/") == "de"
    assert registry.entry_of("posts/a/").post.path == "posts/a.de.md"
    assert registry.cache_root == site.root / ".cache" / "feder"
    assert registry.derived("csp-policy") is not None


def test_without_the_explainers_nothing_is_registered(site):
    site.write({"posts/a.de.md": post("A")})
    registry = registry_of(built_config(site, [{"feder": {"default_author": "redaktion", "cache": False}}]))
    assert (registry.checks, registry.feed_transforms) == ([], [])
    assert registry.cache_root is None and registry.derived("csp-policy") is None
