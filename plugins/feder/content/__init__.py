"""The content model: loading, validating and indexing posts. No MkDocs imports here."""
