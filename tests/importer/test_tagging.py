"""Which hashtags become tags: the blog's own in any spelling, the post's short hashtag line, eight at most."""
from __future__ import annotations

from feder.content.tags import load_tags_file
from feder.importer.tagging import Found, KnownTags, choose_tags
from tests.importer.support import TAGS_YML
from tests.support.contentloader import LANGUAGES, load

KNOWN = KnownTags({
    "de": {"vertrieb": "Vertrieb", "verkauf": "Vertrieb", "sales": "Vertrieb", "bigdata": "Big Data"},
    "en": {"vertrieb": "Sales", "sales": "Sales", "bigdata": "Big Data"},
})


def found(source: str, *tags: str) -> list[Found]:
    return [Found(tag, source, 1) for tag in tags]


def test_a_cloud_gives_only_the_blogs_own_tags_the_rest_are_suggestions():
    cloud = found("cloud", "Marketing", "BIGDATA", "Digitalisierung", "Verkauf", "KMU", "Leadership", "B2B")
    choice = choose_tags(cloud, "de", KNOWN)
    assert choice.tags == ["Big Data", "Vertrieb"]
    assert choice.suggestions == ["Marketing", "Digitalisierung", "KMU", "Leadership", "B2B"]
    assert choice.respelled == {"BIGDATA": "Big Data", "Verkauf": "Vertrieb"}


def test_the_posts_own_line_and_labels_become_tags():
    choice = choose_tags(found("own", "Neukundengewinnung", "B2B") + found("labels", "Big Data"), "de", KNOWN)
    assert choice.tags == ["Neukundengewinnung", "B2B", "Big Data"]
    assert choice.suggestions == []


def test_hashtags_in_a_sentence_become_tags_only_if_the_blog_has_them():
    choice = choose_tags(found("text", "Digitalisierung", "Sales"), "en", KNOWN)
    assert (choice.tags, choice.suggestions) == (["Sales"], ["Digitalisierung"])


def test_one_tag_per_spelling_with_the_most_words_or_the_label():
    choice = choose_tags(found("own", "SiliconValley") + found("labels", "Silicon Valley"), "de", KNOWN)
    assert choice.tags == ["Silicon Valley"]
    assert choice.respelled == {"SiliconValley": "Silicon Valley"}


def test_never_more_than_eight_tags_own_ones_first():
    own = found("labels", *(f"Thema{letter}" for letter in "ABCDEFGHIJ"))
    choice = choose_tags(found("cloud", "Vertrieb") + own, "de", KNOWN)
    assert len(choice.tags) == 8
    assert choice.tags[:2] == ["ThemaA", "ThemaB"]
    assert choice.suggestions == ["ThemaI", "ThemaJ", "Vertrieb"]


def test_known_tags_from_the_tags_file_and_the_posts(tmp_path):
    (tmp_path / "tags.yml").write_text(TAGS_YML, encoding="utf-8")
    old = '---\ntitle: "Alt"\ndate: 2020-01-01\ntags: ["Big Data", "KI"]\n---\n\nText.\n'
    content = load(tmp_path, {"posts/alt.de.md": old})
    tags_file, _ = load_tags_file(tmp_path / "tags.yml", "tags.yml", LANGUAGES)
    known = KnownTags.of_blog(content.posts, tags_file, LANGUAGES)
    assert known.spelling("#DigitaleTransformation", "de") == "Digitalisierung"  # an alias
    assert known.spelling("DigitalTransformation", "en") == "Digital Transformation"
    assert known.spelling("verkauf", "en") == "Sales"
    assert known.spelling("LeadQualifizierung", "de") == "Lead-Qualifizierung"
    assert known.spelling("bigdata", "de") == "Big Data"  # from a post
    assert known.spelling("ki", "en") == "KI"
    assert known.spelling("Marketing", "de") is None
