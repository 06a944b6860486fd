"""The static form of explainers, for feeds and anything else without a browser.

Feed readers run no script and many ignore `hidden` and CSS, so controls would
show as dead widgets: this removes every script, every control and every part
marked `data-feder-interactive`, and keeps the server-rendered content (the BANI
definition list, the funnel table, the stakeholder grid, the qualification
categories), which carries the argument on its own.
"""
from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import _Element

from feder.content.html import drop_element, inner_html, xpath_elements

_DOCUMENT = re.compile(r"^\s*(<!doctype[^>]*>\s*)?<html[\s>]", re.IGNORECASE)
_SCRIPT = re.compile(r"<script", re.IGNORECASE)
_CONTROLS = ("input", "select", "textarea", "button", "fieldset", "form", "output")
_SCRIPTING_ATTRIBUTES = ("aria-live", "aria-controls", "aria-expanded", "aria-selected", "tabindex", "role")


def static_fallback(html: str) -> str:
    """`html` (a post body or a whole page) with every explainer in its static form
    and no `<script>` elements; everything outside explainers is left as it was."""
    if not html.strip() or ("data-feder-explainer" not in html and _SCRIPT.search(html) is None):
        return html  # nothing to change: the HTML as it came, not as lxml would write it again
    if _DOCUMENT.match(html):
        root = lxml_html.document_fromstring(html)
        _clean(root)
        doctype = "<!doctype html>\n" if html.lstrip()[:9].lower() == "<!doctype" else ""
        page: str = lxml_html.tostring(root, encoding="unicode", method="html")
        return doctype + page
    container = lxml_html.fragment_fromstring(html, create_parent="div")
    _clean(container)
    return inner_html(container)


def _clean(root: _Element) -> None:
    for script in xpath_elements(root, "//script"):
        drop_element(script)
    for explainer in xpath_elements(root, "//*[@data-feder-explainer]"):
        doomed = xpath_elements(
            explainer,
            ".//*[@data-feder-interactive or @hidden or self::svg[@aria-hidden='true'] or "
            + " or ".join(f"self::{tag}" for tag in _CONTROLS) + "]"
        )
        for element in doomed:
            if element.getparent() is not None:
                drop_element(element)
        for element in [explainer, *explainer.iterdescendants()]:
            if not isinstance(element.tag, str):
                continue  # comments
            for attribute in [name for name in element.attrib if isinstance(name, str)]:  # lxml gives str
                if attribute.startswith("data-feder-") or attribute in _SCRIPTING_ATTRIBUTES:
                    del element.attrib[attribute]
        explainer.set("class", (explainer.get("class", "") + " feder-explainer--static").strip())
