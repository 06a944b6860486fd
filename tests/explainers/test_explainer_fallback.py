"""The static form of explainers for feeds and print."""
from lxml import html as lxml_html

from feder.explainers import PageRenderer, scan, static_fallback

ALL = "```bani\n```\n\n```funnel\n```\n\n```stakeholders\n```\n\n```qualification\n```\n"


def rendered(lang="de"):
    renderer = PageRenderer(lang)
    return "".join(renderer.render(b) for b in scan(ALL, path="x").blocks)


def test_fallback_has_no_script_no_controls_and_keeps_the_argument():
    body = "<p>Vorher <em>x</em></p>" + rendered() + "<script src='x.js'></script><p>Nachher</p>"
    root = lxml_html.fragment_fromstring(static_fallback(body), create_parent="div")
    assert (
        root.xpath("//script | //input | //select | //button | //fieldset | //*[@hidden] | //*[@role='tablist']") == []
    )
    assert root.xpath("//*[@aria-live] | //*[@data-feder-interactive] | //svg") == []
    assert len(root.xpath("//dl[@class='feder-bani__traits']//dt")) == 4
    assert root.xpath("//table[contains(@class,'feder-funnel__table')]//tbody/tr[6]/td")[0].text_content() == "15"
    assert len(root.xpath("//*[contains(@class,'feder-stakeholders__quadrant ')]")) == 4
    assert len(root.xpath("//table[contains(@class,'feder-qualification__categories')]//tbody/tr")) == 3
    assert root.xpath("//p")[0].text_content() == "Vorher x"
    assert root.xpath("//p")[-1].text_content() == "Nachher"


def test_fallback_of_a_whole_page_and_of_text_without_explainers():
    page = "<!doctype html><html><head><script src='a.js'></script></head><body><p>Hi</p></body></html>"
    out = static_fallback(page)
    assert out.startswith("<!doctype html>") and "<script" not in out and "<p>Hi</p>" in out
    assert static_fallback("<p>a &amp; b</p> tail") == "<p>a &amp; b</p> tail"
    assert static_fallback("") == ""
