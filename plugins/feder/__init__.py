"""feder: the publishing system of a bilingual (German/English) blog.

`feder.content` is the content model (posts, authors, languages, URLs) and knows
nothing of MkDocs; `feder.plugins` wires it into MkDocs.
"""
