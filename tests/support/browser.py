"""Drive the built site in headless Chromium and record what it does.

The site is served by a stdlib HTTP server on 127.0.0.1 under its public path (e.g.
/feder/, as on GitHub Pages). Every request to any other host is blocked and
recorded; every `securitypolicyviolation` event, uncaught script error and failed
own request is recorded; axe-core checks each page in the state it is in.
"""
from __future__ import annotations

import functools
import http.server
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.tools import CHROMIUM_ARGS, chromium

AXE_IMPACTS = ("serious", "critical")

# Runs in every page before its own scripts (Playwright injects it through the DevTools
# protocol, so the page's Content-Security-Policy does not apply to it).
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.federViolation({
    page: location.pathname, directive: event.violatedDirective, blocked: event.blockedURI,
    source: event.sourceFile, line: event.lineNumber, sample: event.sample,
  });
});
"""


def launch(playwright_driver):
    """Debian's Chromium (or FEDER_CHROMIUM) from the session's Playwright driver."""
    return playwright_driver.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)


class SiteServer:
    """Serves a built site under its public path on 127.0.0.1 (a random free port) in a thread."""

    def __init__(self, root: Path, base_path: str = "/") -> None:
        base = base_path if base_path.endswith("/") else f"{base_path}/"

        class Handler(http.server.SimpleHTTPRequestHandler):
            def translate_path(self, path: str) -> str:
                clean = path.split("?", 1)[0].split("#", 1)[0]
                if not clean.startswith(base):
                    return str(root / "\0outside-the-site")  # does not exist: 404
                return super().translate_path("/" + clean[len(base):])

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet test output
                pass

        handler = functools.partial(Handler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_port}"
        self.base_url = self.origin + base
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@dataclass
class Observations:
    other_hosts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Host -> URLs requested from it (all blocked)."""
    violations: list[dict] = field(default_factory=list)
    script_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    """Requests to the local server that failed or returned an error status."""
    axe: dict[str, list[dict]] = field(default_factory=dict)
    """Page (and state) -> axe violations of impact serious or critical."""
    visited: list[str] = field(default_factory=list)


class Visitor:
    """One browser context over one served site; use as a context manager."""

    def __init__(self, server: SiteServer, browser, axe_source: str | None = None) -> None:
        self.server = server
        self.browser = browser
        self.axe_source = axe_source
        self.seen = Observations()

    def __enter__(self) -> Visitor:
        # No service workers: every request of the page goes through the route below.
        self.context = self.browser.new_context(service_workers="block", viewport={"width": 1280, "height": 900})
        self.context.expose_function("federViolation", lambda violation: self.seen.violations.append(violation))
        self.context.add_init_script(REPORT_VIOLATIONS)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", self._request)
        self.page.on("websocket", lambda socket: self._record_other(socket.url))
        self.page.on("pageerror", lambda error: self.seen.script_errors.append(f"{self.page.url}: {error}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", self._response)
        return self

    def __exit__(self, *exc) -> None:
        self.context.close()

    # Recording -----------------------------------------------------------------------------

    def _own(self, url: str) -> bool:
        return url.startswith(self.server.origin + "/")

    def _record_other(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss", "ftp") and not self._own(url):
            self.seen.other_hosts[parts.netloc].append(url)

    def _route(self, route, request) -> None:
        if self._own(request.url):
            route.continue_()
        else:
            self._record_other(request.url)
            route.abort("blockedbyclient")

    def _request(self, request) -> None:
        self._record_other(request.url)

    def _failed(self, request) -> None:
        if self._own(request.url):
            self.seen.failed.append(f"{request.url}: {request.failure}")

    def _response(self, response) -> None:
        if self._own(response.url) and response.status >= 400:
            self.seen.failed.append(f"{response.url}: HTTP {response.status}")

    # Actions -------------------------------------------------------------------------------

    def visit(self, url: str) -> None:
        """Open a site-relative URL and wait until the network is quiet; then run axe."""
        self.page.goto(self.server.base_url + url, wait_until="networkidle")
        self.seen.visited.append(url or "/")
        self.check_accessibility(url or "/")

    def check_accessibility(self, label: str) -> None:
        if self.axe_source is None:
            return
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            self.page.evaluate(self.axe_source)
        result = self.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [
            {"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [node["target"] for node in v["nodes"]][:5],
             "summary": v["nodes"][0].get("failureSummary", "") if v["nodes"] else ""}
            for v in result["violations"] if v["impact"] in AXE_IMPACTS
        ]
        self.seen.axe[label] = serious

    def search(self, url: str, query: str) -> list[str]:
        """Open the search on a page and type a query; the result links (absolute URLs)."""
        self.visit(url)
        self.page.click("[data-feder-search-open]")
        self.page.locator("[data-feder-search-query]").press_sequentially(query, delay=30)
        try:
            self.page.wait_for_selector(".feder-search__result", timeout=15_000)
        except Exception:  # noqa: BLE001 - a timeout means: no results; the test says so
            return []
        self.page.wait_for_load_state("networkidle")
        self.check_accessibility(f"{url or '/'} (search: {query})")
        return self.page.eval_on_selector_all(".feder-search__result a", "links => links.map(a => a.href)")
