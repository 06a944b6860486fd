"""MkDocs adapter of `feder.explainers` (registered as `feder-explainers`)."""
