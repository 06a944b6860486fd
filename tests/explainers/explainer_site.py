"""The explainer test site: posts and a page using every explainer, and how to build it
with the blog plugin and `feder-explainers` through MkDocs' Python API (tests/sitebuilder.py)."""
from __future__ import annotations

from pathlib import Path

from tests.support.sitebuilder import Site, make_site, post

ALL_FOUR = """\
Alle vier Explainer auf einer Seite.

```bani
```

```funnel
```

```stakeholders
```

```qualification
```
"""

GERMAN_BODY = """\
Ein Absatz vor den Explainern.

<!-- more -->

## Explainer

```bani
```

```funnel
visitors: 20000
```

- Ein Punkt mit Explainer:

    ```qualification
    checked: [budget, need]
    ```

~~~stakeholders
~~~

!!! note "Beispiel"

    So sieht ein Explainer im Quelltext aus:

    ````markdown
    ```funnel
    visitors: 3
    ```
    ````

```python
print("ein gewöhnlicher Codeblock")
```
"""

TWO_FUNNELS = """\
Zwei Funnels nebeneinander.

```funnel
```

```funnel
title: B2B
stages: [Besuch, Lead, Angebot, Kunde]
rates: [10, 30, 50]
deal_value: 20000
```
"""

FILES = {
    "posts/explainer.de.md": post("Explainer", body=GERMAN_BODY),
    "posts/explainer.en.md": post(
        "Explainers", body=ALL_FOUR.replace("Alle vier Explainer auf einer Seite.", "All four explainers on one page.")
    ),
    "posts/zwei-funnels.de.md": post("Zwei Funnels", date="2024-02-01", body=TWO_FUNNELS),
    "docs/about.md": "# Über uns\n\nWir schreiben über Vertrieb.\n\n```qualification\n```\n",
}

PLUGINS = [{"feder": {"default_author": "redaktion"}}, "feder-explainers"]
EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "pymdownx.superfences"]
# Material's "Made with" footer line fails axe's colour-contrast rule on its own.
EXTRA = {"generator": False}

# Pages of the built site (directory URLs) that the tests visit.
GERMAN = "posts/explainer/"
ENGLISH = "en/posts/explainer/"
TWO = "posts/zwei-funnels/"
ABOUT = "about/"
PLAIN = "impressum/"


def build_explainer_site(root: Path, files: dict[str, str]) -> Site:
    site = make_site(root, files)
    site.build(plugins=PLUGINS, markdown_extensions=EXTENSIONS, extra=EXTRA)
    return site
