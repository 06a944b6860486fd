"""Work that a build can keep for the next one: rendered posts, compiled templates, parsed posts.

Everything here is an optimisation with one rule: a build that uses the cache writes
exactly the bytes a build without it would write. Each entry is keyed by everything
its result depends on (see `feder.fingerprint`), so a changed post, mkdocs.yml, template,
plugin or library version simply misses.
"""
