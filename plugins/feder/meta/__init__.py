"""What search engines and social networks read: Open Graph and Twitter cards, JSON-LD,
the sitemap with language alternates, robots.txt. No MkDocs imports here.
"""
from feder.meta.jsonld import blog_posting, script_json
from feder.meta.robots import robots_txt
from feder.meta.sitemap import SitemapEntry, sitemap_xml
from feder.meta.social import MetaTag, SharedImage, image_type, social_tags

__all__ = [
    "MetaTag", "SharedImage", "SitemapEntry", "blog_posting", "image_type", "robots_txt", "script_json", "sitemap_xml",
    "social_tags",
]
