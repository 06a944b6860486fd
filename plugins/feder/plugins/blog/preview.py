"""`mkdocs serve` with content errors: the browser shows them, and the site again once they are fixed.

MkDocs' live-reload server holds every request back while a build is pending and
moves on only after a build that succeeds; the open page reloads when it does. A
build that stops on content errors leaves the browser waiting until the next good
build. So while serving, a build with content errors succeeds instead with a site of
one file: the list of problems as `404.html`, which the server sends for every URL
it has no file for, that is, every URL. (Errors found in the rendered pages, in `on_env`,
take every file out of the build before MkDocs writes any.) The page asks the server for the next build
the way MkDocs' own reload script does (the server adds that script only to pages it
finds as files) and reloads after it. `mkdocs build` is unchanged: it stops with the
errors and leaves the previous site as it was.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files

from feder.content.languages import Languages
from feder.content.problems import Problem, errors, format_problems
from feder.i18n import strings

log = get_plugin_logger(__name__)

PAGE = "404.html"
"""The file MkDocs' server sends for a URL without a file."""

_STYLE = """
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; color: #a4000f; }
ul { padding: 0; list-style: none; }
li { margin: 0 0 .75rem; padding: .5rem .75rem; border-left: 4px solid #a4000f; background: #fbeff0; }
code { font: .95rem/1.4 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
"""

# Shows the section of the page's language (the URL's language prefix), then waits for the
# server's next build: `/livereload/<epoch>/<id>` answers once a build newer than <epoch> is
# visible, or after a minute with the same epoch.
_SCRIPT = """
(function () {
  var rest = location.pathname.slice(document.documentElement.dataset.base.length);
  document.querySelectorAll("[data-prefix]").forEach(function (section) {
    var prefix = section.dataset.prefix;
    if (prefix && rest.indexOf(prefix) === 0) {
      document.querySelector("[data-prefix='']").hidden = true;
      section.hidden = false;
      document.documentElement.lang = section.lang;
    }
  });
  var id = Date.now(), known = null;
  function siteIsBack() {
    var req = new XMLHttpRequest();
    req.onloadend = function () { if (this.status === 200) location.reload(); };
    req.open("HEAD", location.href);
    req.send();
  }
  function poll() {
    var req = new XMLHttpRequest();
    req.onloadend = function () {
      var epoch = parseFloat(this.responseText);
      if (known !== null && epoch > known) { location.reload(); return; }
      if (known === null && !isNaN(epoch)) { known = epoch; siteIsBack(); }
      setTimeout(poll, this.status === 200 ? 0 : 3000);
    };
    req.open("GET", "/livereload/" + (known === null ? 0 : known) + "/" + id);
    req.send();
  }
  poll();
})();
"""


class ProblemsPreview:
    """One build's content errors, while serving; empty when there are none."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    @property
    def active(self) -> bool:
        return bool(self.problems)

    def hold(self, problems: list[Problem]) -> None:
        """Show the errors in the browser instead of stopping the build; the terminal gets them too."""
        self.problems = sorted(errors(problems))
        log.error(
            f"{len(self.problems)} problem(s) in the content; the preview shows them until they are fixed:\n"
            + format_problems(self.problems)
        )

    def files(self, config: MkDocsConfig) -> Files:
        """No files for this build: MkDocs then builds no page, no navigation and no theme template."""
        config.nav = None  # the nav's entries would be reported missing
        config.theme.static_templates.discard(PAGE)  # it is written by `write`
        return Files([])

    def withhold(self, files: Files, config: MkDocsConfig) -> None:
        """After the pages are rendered (`on_env`): none of them, and no other file, is written."""
        for file in list(files):
            files.remove(file)
        config.theme.static_templates.clear()
        config.extra_templates.clear()

    def write(self, site_dir: Path, languages: Languages, base_path: str, site_name: str) -> None:
        site_dir.mkdir(parents=True, exist_ok=True)
        (site_dir / PAGE).write_text(self.page(languages, base_path, site_name), encoding="utf-8")

    def page(self, languages: Languages, base_path: str, site_name: str) -> str:
        sections = "".join(_section(lang, languages) for lang in languages)
        items = "".join(f"<li><code>{escape(str(problem))}</code></li>\n" for problem in self.problems)
        title = strings(languages.default)["problems_title"]
        return (
            f'<!doctype html>\n<html lang="{languages.default}" data-base="{escape(base_path)}">\n<head>\n'
            '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)} · {escape(site_name)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
            f"{sections}<ul>\n{items}</ul>\n</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
        )


def _section(lang: str, languages: Languages) -> str:
    t = strings(lang)
    hidden = "" if lang == languages.default else " hidden"
    return (
        f'<section lang="{lang}" data-prefix="{escape(languages.prefix(lang))}"{hidden}>\n'
        f"<h1>{escape(t['problems_title'])}</h1>\n<p>{escape(t['problems_hint'])}</p>\n</section>\n"
    )
