"""MkDocs adapter of `feder.search` (registered as `feder-search`)."""
