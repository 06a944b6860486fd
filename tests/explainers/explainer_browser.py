"""Driving Debian's Chromium for the explainer tests: a local server, a page that records
console errors, failed requests and requests to other hosts (which it blocks), and axe-core."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def needs(ok: bool, reason: str) -> None:
    """Skip locally with the reason shown; under CI a missing tool is a failure."""
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@dataclass
class Visit:
    """A page with everything that went wrong while it was open."""

    page: object
    base: str
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    other_hosts: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        self.page.goto(f"{self.base}/{path}")
        self.page.wait_for_load_state("load")

    def assert_clean(self) -> None:
        assert self.console_errors == []
        assert self.failed == []
        assert self.other_hosts == []


def open_visit(chromium, server, **context_options):
    context = chromium.new_context(**context_options)
    page = context.new_page()
    visit = Visit(page, server)
    own = urlsplit(server).netloc

    def route(route):
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            visit.other_hosts.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and visit.console_errors.append(message.text))
    page.on("pageerror", lambda error: visit.console_errors.append(str(error)))
    page.on("requestfailed", lambda request: _record_failure(visit, request))
    page.on(
        "response",
        lambda response: response.status >= 400 and visit.failed.append(f"{response.url}: {response.status}"),
    )
    return context, visit


def _record_failure(visit: Visit, request) -> None:
    # A request the page itself cancelled (a reload while the favicon loads) is not a broken resource.
    if request.failure != "net::ERR_ABORTED":
        visit.failed.append(f"{request.url}: {request.failure}")


def ready(visit: Visit) -> None:
    """Wait until every explainer on the page has been enhanced by its script."""
    visit.page.wait_for_function(
        "document.querySelectorAll('[data-feder-explainer]').length > 0 && "
        "document.querySelectorAll('[data-feder-explainer]:not([data-feder-ready])').length === 0"
    )


def axe_serious(visit: Visit, context: str = "document") -> list[str]:
    """Serious and critical axe violations; `context` is axe's (`{include: …}`, `{exclude: …}`)."""
    if not visit.page.evaluate("typeof axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: an injected <script> would be blocked by the
        # site's Content-Security-Policy (hooks/csp.py), as it should be.
        visit.page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = visit.page.evaluate(f"async () => (await axe.run({context})).violations")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in violations if v["impact"] in ("serious", "critical")
    ]


EXPLAINERS_ONLY = "{include: [['[data-feder-explainer]']]}"
ALL_BUT_EXPLAINERS = "{exclude: [['[data-feder-explainer]']]}"


@contextmanager
def serving(directory: Path):
    """`directory` over HTTP on 127.0.0.1 (a free port) while the block runs; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
