"""Turning posts copied as plain text out of Blogger, Wix, WordPress or LinkedIn pages into feder posts.

MkDocs-free and click-free: `convert.import_text` takes text and returns posts
with a report of what was recognised and what needs a human look; the command
(`feder import`) writes them and checks them with the build's checks.
"""
