"""The garbage collector's thresholds while MkDocs builds (feder.plugins.blog.collector)."""
from __future__ import annotations

import gc

from feder.plugins.blog.collector import BUILD_THRESHOLDS, Collector
from feder.plugins.blog.plugin import BlogPlugin


def test_the_plugin_tunes_the_collector_from_startup_to_shutdown():
    before = gc.get_threshold()
    plugin = BlogPlugin()
    try:
        plugin.on_startup(command="build", dirty=False)
        plugin.on_startup(command="build", dirty=False)  # twice: the first thresholds are kept to restore
        assert gc.get_threshold() == BUILD_THRESHOLDS
    finally:
        plugin.on_shutdown()
    assert gc.get_threshold() == before
    Collector().restore()  # never tuned: nothing to restore
    assert gc.get_threshold() == before
