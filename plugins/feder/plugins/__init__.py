"""MkDocs adapters: thin plugins that wire the content model into MkDocs."""
