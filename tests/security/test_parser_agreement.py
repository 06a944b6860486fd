"""The active-content check reads HTML at least as a browser does (lxml, plus its reading of hidden text).

Each snippet is served inside a page (scripting on, every script blocked by the page's
policy) and parsed by Chromium; the DOM is then searched for what could run or embed.
Whenever Chromium's DOM has any, `find_active_content` must report something for the
snippet: a parser difference may make the check stricter, never blind.
"""
from __future__ import annotations

import pytest

from feder.content.activecontent import URL_ATTRIBUTES, find_active_content
from tests.security.test_active_content import KINDS
from tests.support.browser import SiteServer, Visitor, launch
from tests.support.tools import chromium

pytestmark = pytest.mark.browser

# Parser tricks beyond the kinds of the check (mutation XSS and friends), and harmless HTML.
# (A refresh is delayed, so that the page stays to be looked at.)
TAGS_OF_THE_CHECK = [markdown for markdown, _ in KINDS.values() if markdown.startswith("<")]
SNIPPETS = [markdown.replace('content="0;', 'content="999;') for markdown in TAGS_OF_THE_CHECK] + [
    "<img/src=x/onerror=alert(1)>",
    '<img src="x"onerror="alert(1)">',
    "<img src=x oNeRrOr=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<title><img src=x onerror=alert(1)></title>",
    "<textarea><img src=x onerror=alert(1)></textarea>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<noembed><img src=x onerror=alert(1)></noembed>",
    "<?x ><img src=x onerror=alert(1)>?>",
    "<![CDATA[><img src=x onerror=alert(1)>]]>",
    "<p>x</p><html onmouseover=alert(1)>",
    "<p>x</p><body><body onload=alert(2)>",
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href="\x01javascript:alert(1)">x</a>',
    '<a href="java&NewLine;script:alert(1)">x</a>',
    '<a href="javascript&#58;alert(1)">x</a>',
    '<a href="&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)">x</a>',
    '<a href="&#0000106avascript:alert(1)">x</a>',
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    '<img srcset="ok.png 1x, javascript:alert(1) 2x">',
    '<input type="image" src="javascript:alert(1)">',
    '<video poster="javascript:alert(1)"></video>',
    '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
    '<template><script>alert(1)</script></template>',
    '<details open ontoggle=alert(1)>',
    "<scr<script>ipt>alert(1)</script>",
    # Harmless: nothing to find.
    '<figure><img src="a.png" alt="x"><figcaption>c</figcaption></figure>',
    '<details><summary>s</summary>x</details><abbr title="t">a</abbr><sup>1</sup>',
    '<a href="https://example.org/?a=1&amp;b=2">x</a><a href="mailto:a@b.c">m</a><img src="data:image/png;base64,AA">',
    '<p title="on the <b> tag">text with onerror= as words</p>',
]

# Run in the page (Playwright's evaluation is not subject to the page's policy).
ACTIVE_IN_DOM = """
(urlAttributes) => {
  const refused = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
                           "meta", "link", "portal", "fencedframe"]);
  const runs = (value) => {
    let url;
    try { url = new URL(value, location.href); } catch (e) { return false; }
    return url.protocol === "javascript:" || url.protocol === "vbscript:" ||
           (url.protocol === "data:" && !/^data:image\\//i.test(url.href));
  };
  const found = [];
  const own = document.querySelector("meta[http-equiv]");
  for (const el of [document.documentElement, document.body, ...document.body.querySelectorAll("*")]) {
    const tag = el.localName;
    if (refused.has(tag) && el !== own) found.push(`<${tag}>`);
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on") || name === "srcdoc") found.push(`${tag} ${name}`);
      const values = name === "srcset" ? attribute.value.split(/\\s+/) : [attribute.value];
      if (urlAttributes.includes(name) && values.some(runs)) found.push(`${tag} ${name}=${attribute.value}`);
    }
    if (tag === "form" && el.getAttribute("action") && new URL(el.action).host !== location.host) {
      found.push("form elsewhere");
    }
    if (["set", "animate"].includes(tag) && /href/i.test(el.getAttribute("attributeName") || "") &&
        ["to", "values", "from"].some((a) => (el.getAttribute(a) || "").split(";").some(runs))) {
      found.push(`<${tag}> href`);
    }
  }
  for (const template of document.querySelectorAll("template")) {
    if (template.content.querySelector("script, [onload], [onerror]")) found.push("in <template>");
  }
  return found;
}
"""

PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
    "<meta http-equiv='Content-Security-Policy' content=\"default-src 'self'; script-src 'none'; frame-src 'none'\">"
    "<title>t</title></head><body>{}</body></html>"
)


@pytest.fixture(scope="module")
def parsed(tmp_path_factory, request):
    """Each snippet with what Chromium's DOM has of active content."""
    chromium()
    root = tmp_path_factory.mktemp("snippets")
    for number, snippet in enumerate(SNIPPETS):
        (root / f"{number}.html").write_text(PAGE.format(snippet), encoding="utf-8")
    browser = launch(request.getfixturevalue("playwright_driver"))
    try:
        with SiteServer(root) as server, Visitor(server, browser) as visitor:
            visitor.page.on("dialog", lambda dialog: dialog.dismiss())
            found = []
            for number, snippet in enumerate(SNIPPETS):
                visitor.page.goto(f"{server.base_url}{number}.html", wait_until="load")
                found.append((snippet, visitor.page.evaluate(ACTIVE_IN_DOM, sorted(URL_ATTRIBUTES))))
            return found
    finally:
        browser.close()


def test_whatever_chromium_finds_the_check_finds(parsed):
    blind = [(snippet, in_dom) for snippet, in_dom in parsed if in_dom and not find_active_content(snippet)]
    assert blind == []


def test_the_snippets_exercise_both_sides(parsed):
    assert sum(1 for _, in_dom in parsed if in_dom) > 30
    assert sum(1 for _, in_dom in parsed if not in_dom) >= 4


def test_harmless_html_is_harmless_for_both():
    for snippet in SNIPPETS[-4:]:
        assert find_active_content(snippet) == [], snippet
