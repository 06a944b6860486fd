"""Realistic copies of old blog pages, one class each, in German and English: imported clean and complete."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.importer.support import html


def rendered(blog, name: str):
    return html(blog.load(name).content)


@pytest.mark.parametrize("fixture, first, second, first_tags, second_tags", [
    ("linkedin-zwei-beitraege.de.txt", "vertrieb-ohne-kaltakquise-was-im-mittelstand-wirklich.de",
     "empfehlungen-sind-kein-zufall.de", ["Vertrieb", "Neukundengewinnung", "B2B"],
     ["Empfehlungsmarketing", "Vertrieb"]),
    ("linkedin-two-posts.en.txt", "why-your-best-salespeople-avoid-your-crm.en", "referrals-are-not-luck.en",
     ["Sales", "CRM", "B2B"], ["Referrals", "Sales"]),
])
def test_linkedin_page_with_two_posts_a_blurb_and_a_hashtag_cloud(anna_blog, fixture, first, second, first_tags,
                                                                  second_tags):
    result = anna_blog.imported(fixture)
    assert result.exit_code == 0, result.output
    assert anna_blog.post_files() == sorted([f"posts/{first}.md", f"posts/{second}.md"])
    anna_blog.assert_passes_check()
    dated, undated = anna_blog.load(f"posts/{first}.md"), anna_blog.load(f"posts/{second}.md")
    assert (dated["date"], dated.get("draft"), dated["authors"], dated["tags"]) == (
        dt.date(2022, 6, 14), None, ["anna"], first_tags)
    assert (undated["draft"], undated["authors"], undated["tags"]) == (True, ["anna"], second_tags)
    for name in (first, second):
        page = rendered(anna_blog, f"posts/{name}.md")
        assert not page.xpath("//h1|//h2|//h3")  # neither the signature nor the blurb's title
        assert "Anna" not in page.text_content() and "#" not in page.text_content()
    out = result.stdout
    assert "! line 22: dropped a piece too short to be a post" in out or "! line 20: dropped a piece" in out
    assert "suggestions" not in out  # the cloud belonged to the dropped blurb; the posts have their own lines


@pytest.mark.parametrize("fixture, name, heading, footnote", [
    ("wix-autorenbox.de.txt", "warum-ihr-crm-keine-umsaetze-bringt.de", "Das Problem ist selten die Software",
     "Befragung von 214 Vertriebsleitern"),
    ("wix-author-box.en.txt", "pipeline-reviews-that-people-look-forward-to.en",
     "Ask about the customer, not the number", "Analysis of roughly 25,000 B2B opportunities"),
])
def test_wix_page_with_an_author_box_glued_counters_a_footnote_and_an_image(blog, fixture, name, heading, footnote):
    result = blog.imported(fixture)
    assert result.exit_code == 0, result.output
    assert blog.post_files() == [f"posts/{name}.md"]
    blog.assert_passes_check()
    post = blog.load(f"posts/{name}.md")
    assert (post["date"], post["updated"], post["authors"]) == (
        dt.date(2021, 5, 3), dt.date(2021, 5, 10), ["redaktion"])
    page = html(post.content)
    assert page.xpath("//h2/text()") == [heading]  # the author box in capitals is no heading
    assert len(page.xpath("//hr")) == 2  # "X X X" or "---", and the footnotes' rule
    assert len(page.xpath("//ul/li")) == 3
    [reference] = page.xpath("//p//sup/a/@href")
    assert reference == "#fn:1"
    assert page.xpath("string(//div[@class='footnote'])").strip().startswith(footnote)
    text = page.text_content()
    for debris in ("Aufrufe", " views", "Kommentar", "comment", "BERGER", "top of page", "Alle ansehen", "See All",
                   "Aktuelle Beiträge", "Recent Posts", "Stock", "Pexels", "markiert", "marked as liked", "Symbolbild"):
        assert debris not in text
    assert post.content.count("<!-- TODO image: ") == 1
    assert "! line 12: byline of an unknown person: Anna Berger" in result.stdout or (
        "! line 13: byline of an unknown person: Anna Berger" in result.stdout)


@pytest.mark.parametrize("fixture, name", [
    ("ohne-datum-messe.de.txt", "messen-nach-corona-was-bleibt.de"),
    ("undated-trade-fairs.en.txt", "trade-fairs-after-the-pandemic.en"),
])
def test_undated_page(blog, fixture, name):
    result = blog.imported(fixture)
    assert result.exit_code == 0
    post = blog.load(f"posts/{name}.md")
    assert (post["draft"], post["authors"]) == (True, ["max"])
    assert "Max Mustermann" not in html(post.content).text_content()
    assert result.stdout.rstrip().splitlines()[-1] == f"{fixture}: 1 post written, 1 thing to look at (marked !)"
    blog.assert_passes_check()


@pytest.mark.parametrize("fixture, name, credits", [
    ("bildnachweise.de.txt", "digitale-kundentermine-fuenf-regeln-fuer-bessere-videocalls.de",
     ["shutterstock_1049517821.jpg; Bild: Shutterstock",
      "iStock-1165055465; Symbolbild; Quelle: iStock / Getty Images Plus", "Foto von Lena Hoffmann auf Unsplash"]),
    ("image-credits.en.txt", "video-calls-with-customers-five-rules-that-help.en",
     ["shutterstock_1049517821.jpg; Image: Shutterstock", "AdobeStock_412398765; Source: Adobe Stock",
      "Photo by Lena Hoffmann on Unsplash"]),
])
def test_image_names_and_credit_lines_become_one_todo_comment_each(blog, fixture, name, credits):
    result = blog.imported(fixture)
    assert result.exit_code == 0
    post = blog.load(f"posts/{name}.md")
    assert [line.split("; put the image")[0] for line in post.content.splitlines() if "TODO image" in line] == [
        f"<!-- TODO image: {credit}" for credit in credits]
    text = html(post.content).text_content()
    assert "Shutterstock" not in text and "Unsplash" not in text and "Stock" not in text
    assert result.stdout.count("! line") == 3  # one look per image
    assert (post["authors"], len(post["tags"])) == (["max"], 2)
    blog.assert_passes_check()


@pytest.mark.parametrize("fixture, name, sources", [
    ("fussnoten.de.txt", "preiserhoehungen-erklaeren-ohne-kunden-zu-verlieren.de",
     ["Statistisches Bundesamt", "Gespräch mit dem Einkaufsleiter"]),
    ("footnotes.en.txt", "explaining-a-price-increase-without-losing-the-customer.en",
     ["Federal Statistical Office", "Conversation with the head of purchasing"]),
])
def test_star_paragraphs_become_footnotes_and_star_lists_stay_lists(blog, fixture, name, sources):
    assert blog.imported(fixture).exit_code == 0
    post = blog.load(f"posts/{name}.md")
    page = html(post.content)
    assert page.xpath("//p//sup/a/@href") == ["#fn:1", "#fn:2"]
    assert [note.text_content().strip()[: len(source)] for note, source in
            zip(page.xpath("//div[@class='footnote']//li"), sources, strict=True)] == sources
    assert len(page.xpath("//ul[not(ancestor::div[@class='footnote'])]/li")) == 3
    assert post["authors"] == ["max"]
    blog.assert_passes_check()


def test_the_gender_star_and_a_cited_source_stay_text(blog):
    blog.imported("fussnoten.de.txt")
    text = html(blog.load("posts/preiserhoehungen-erklaeren-ohne-kunden-zu-verlieren.de.md").content).text_content()
    assert "Kund*innen" in text and "Quelle der Zahlen im ersten Absatz" in text


@pytest.mark.parametrize("fixture, names, labels", [
    ("blogger-drei-beitraege.de.txt",
     ["social-selling-ist-kein-posten-von-werbung.de", "kurz-notiert-nach-der-messe-ist-vor-dem-anruf.de",
      "warum-wir-den-jahresbonus-abgeschafft-haben.de"], ["Führung", "Vergütung", "Vertrieb"]),
    ("blogger-three-posts.en.txt",
     ["social-selling-is-not-posting-ads.en", "quick-note-after-the-fair-comes-the-phone-call.en",
      "why-we-abolished-the-annual-bonus.en"], ["Leadership", "Compensation", "Sales"]),
])
def test_blogger_page_with_several_dated_posts(blog, fixture, names, labels):
    result = blog.imported(fixture)
    assert result.exit_code == 0, result.output
    assert blog.post_files() == sorted(f"posts/{name}.md" for name in names)
    blog.assert_passes_check()
    posts = [blog.load(f"posts/{name}.md") for name in names]
    assert [post["date"] for post in posts] == [dt.date(2019, 9, 12), dt.date(2019, 9, 2), dt.date(2019, 8, 18)]
    assert posts[2]["tags"] == labels
    for post in posts:
        page = html(post.content)
        assert not page.xpath("//h2") and "Kowalski" not in page.text_content()
    assert len(html(posts[0].content).xpath("//hr")) == 1 and len(html(posts[2].content).xpath("//hr")) == 1
    assert result.stdout.count("byline of an unknown person: Jens Kowalski") == 3
    assert "Betriebsrat" not in "".join(post.content for post in posts)  # a comment


def test_linkedin_feed_post_with_header_hashtag_links_and_reactions(blog):
    result = blog.imported("linkedin-beitrag.de.txt")
    assert result.exit_code == 0, result.output
    [name] = blog.post_files()
    post = blog.load(name)
    assert (post["title"], post["draft"], post["tags"]) == (
        "Warum ich keine Verkaufsskripte mehr schreibe", True, ["Vertrieb", "Verkaufsgespräch", "B2B"])
    text = html(post.content).text_content()
    for debris in ("Tjark", "Vertriebsleiter", "Woche", "mehr", "hashtag", "Kommentare", "Reposts", "weitere"):
        assert debris not in text
    assert "<!-- byline (feder import): Tjark Hinrichsen · Vertriebsstrategin | Beraterin für B2B-Unternehmen -->" \
        in post.content
    assert "! line 1: byline of an unknown person: Tjark Hinrichsen;" in result.stdout
    blog.assert_passes_check()


def test_linkedin_article_with_its_header_and_dated_cards_of_other_articles(anna_blog):
    result = anna_blog.imported("linkedin-article.en.txt")
    assert result.exit_code == 0, result.output
    assert anna_blog.post_files() == ["posts/three-questions-that-replace-your-sales-script.en.md"]
    post = anna_blog.load("posts/three-questions-that-replace-your-sales-script.en.md")
    assert (post["date"], post["authors"], post["tags"]) == (
        dt.date(2023, 3, 2), ["anna"], ["Sales", "b2b", "salesconversation"])
    assert html(post.content).text_content().strip().startswith("I used to write a script")
    assert "'Referrals are not luck', 'Jun 14, 2022'" in result.stdout  # the tail, listed
    assert result.stdout.rstrip().endswith("linkedin-article.en.txt: 1 post written, nothing to look at")
    anna_blog.assert_passes_check()
