"""`mkdocs serve` of a temp site in a subprocess at a free port, read over HTTP."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html
import pytest
import yaml

from tests.support.sitebuilder import Site, config_dict, make_site, post

WAIT = 120
"""Seconds a test waits for the preview to show something: generous, it is not a timing check."""
BASE_PATH = "/blog/"


class Preview:
    """A running `mkdocs serve` of a site; `get` reads a page the way a browser asks for it."""

    def __init__(self, site: Site, port: int, process: subprocess.Popen, log: Path) -> None:
        self.site, self.port, self.process, self.log = site, port, process, log
        self.base_url = f"http://127.0.0.1:{port}{BASE_PATH}"

    def get(self, url: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base_url + url, timeout=WAIT) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def wait_for(self, url: str, condition: Callable[[int, lxml.html.HtmlElement], bool]) -> lxml.html.HtmlElement:
        """Read `url` until `condition(status, page)` holds; fail after WAIT seconds."""
        deadline = time.monotonic() + WAIT
        status, text = 0, ""
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"mkdocs serve stopped:\n{self.log.read_text()}"
            try:
                status, text = self.get(url)
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
                continue
            page = lxml.html.fromstring(text) if text.strip() else None
            if page is not None and condition(status, page):
                return page
            time.sleep(0.2)
        pytest.fail(
            f"{url} never showed what was expected; last answer {status}:\n{text[:2000]}\n{self.log.read_text()}"
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]




def serve(site: Site) -> Iterator[Preview]:
    """`mkdocs serve` of `site` (its mkdocs.yml written) until the generator is closed."""
    port = free_port()
    log = site.root / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with open(log, "w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
             "-f", str(site.root / "mkdocs.yml")],
            cwd=site.root, stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )
    try:
        yield Preview(site, port, process, log)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def blog(root: Path) -> Site:
    """A site with one post in both languages, served under BASE_PATH."""
    site = make_site(root, {
        "posts/a.de.md": post("Ein Beitrag", body="Text.\n"),
        "posts/a.en.md": post("A post", body="Text.\n"),
    })
    config = config_dict(site_url=f"https://blog.example.org{BASE_PATH}")
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return site
