"""MkDocs plugins of feder: thin adapters around the core packages."""
