from feder.plugins.blog.plugin import BlogPlugin

__all__ = ["BlogPlugin"]
