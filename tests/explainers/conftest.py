"""Fixtures for the explainer tests: a small MkDocs site built with the real plugin."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

ALL_FOUR = """\
```bani
```

```funnel
```

```stakeholders
```

```qualification
```
"""

PAGES = {
    "index.md": """\
        ---
        title: Start
        ---
        # Explainer

        Ein Absatz.

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
        """,
    "zwei-funnels.md": """\
        # Zwei Funnels

        ```funnel
        ```

        ```funnel
        title: B2B
        stages: [Besuch, Lead, Angebot, Kunde]
        rates: [10, 30, 50]
        deal_value: 20000
        ```
        """,
    "ohne.md": "# Ohne Explainer\n\nNur Text.\n",
    "en/index.md": "# Explainers\n\n" + ALL_FOUR,
}

MKDOCS_YML = """\
site_name: Explainer test
site_url: http://127.0.0.1/
theme:
  name: material
  font: false
  language: de
markdown_extensions:
  - admonition
  - attr_list
  - toc
  - pymdownx.superfences
plugins:
  - feder-explainers
extra:
  # Material's "Made with" footer line fails axe's colour-contrast rule on its own.
  generator: false
"""


def write_site(root: Path, pages: dict[str, str], mkdocs_yml: str = MKDOCS_YML) -> Path:
    (root / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
    for name, text in pages.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def build_site(root: Path, **overrides) -> Path:
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), **overrides)
    build(config)
    return root / "site"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The test site, built once per session: `site/` with every explainer in both languages."""
    root = write_site(tmp_path_factory.mktemp("explainer-site"), PAGES)
    return build_site(root)
