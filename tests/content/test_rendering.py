"""One converter for every document (`DocumentRenderer`) renders each exactly as a new one would."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from feder.content.documents import Document
from feder.content.rendering import DocumentRenderer, MarkdownSettings
from tests.support.tools import REPO

# Everything that keeps state in a converter: footnotes, abbreviations, headings with the
# same text (toc ids), raw HTML blocks (the stash), fenced code, admonitions, details.
STATEFUL = """\
# Titel

Ein Satz mit Fußnote[^1] und einer Abkürzung: CLV.

*[CLV]: Customer Lifetime Value

## Gleich

## Gleich

<div markdown="1">
**fett** im Block
</div>

```python
print("hallo")
```

!!! note "Hinweis"
    Text.

??? info "Mehr"
    Versteckt.

| a | b |
|---|---|
| 1 | 2 |

[^1]: Die Fußnote.
"""
PLAIN = "# Nichts\n\nKein Verweis, keine Abkürzung: CLV bleibt CLV.\n\n## Gleich\n"


def _repo_settings() -> MarkdownSettings:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return MarkdownSettings.from_mkdocs_yml(config["markdown_extensions"])


def _documents() -> list[Document]:
    texts = [STATEFUL, PLAIN, STATEFUL]
    texts += [path.read_text(encoding="utf-8").split("---", 2)[-1] for path in sorted(Path(REPO, "posts").glob("*.md"))]
    return [Document(f"posts/d{i}.de.md", "post", "de", f"posts/d{i}/", text, 1) for i, text in enumerate(texts)]


@pytest.mark.parametrize("settings", [
    _repo_settings(),
    MarkdownSettings(("toc", "abbr", "footnotes", "md_in_html", "attr_list", "def_list"), {"toc": {"permalink": True}}),
], ids=["repository", "stateful"])
def test_a_reused_converter_renders_each_document_as_a_new_one(settings):
    assert settings.reusable()
    renderer = DocumentRenderer(settings, ())
    for document in _documents():
        assert renderer.render(document).html == settings.markdown().convert(document.markdown), document.path


def test_an_extension_not_known_to_reset_gets_a_new_converter_per_document():
    assert not MarkdownSettings(("toc", "pymdownx.snippets"), {}).reusable()
    assert not MarkdownSettings(("footnotes",), {"footnotes": {"UNIQUE_IDS": True}}).reusable()
