#!/usr/bin/env python3
"""Edit -> preview latency: how long after saving a post does `mkdocs serve` show the change?

    python bench/preview.py SITE_DIR URL_PATH POST_FILE [--edits 5] [--port 8765]

Starts `mkdocs serve` on SITE_DIR/mkdocs.yml, waits for the first build, then
edits POST_FILE several times (a new sentence at the end of its first paragraph,
the way an author types) and polls http://127.0.0.1:PORT/URL_PATH until the
served page contains the new sentence. The latency of each edit is the time from
writing the file to the first response that has it; that includes MkDocs'
file-watcher (it polls every 0.5 s) and the whole rebuild, because the server
holds requests back while a rebuild runs. The file is restored at the end.
"""
from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from measure import ENV, VENV_BIN

POLL = 0.02
"""Seconds between two requests."""


@dataclass(frozen=True)
class Preview:
    first_build: float
    latencies: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.latencies)


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def base_url(url: str) -> str:
    with urllib.request.urlopen(url, timeout=120) as response:
        final = response.geturl()
    return final if final.endswith("/") else final.rsplit("/", 1)[0] + "/"


def wait_for(url: str, marker: str | None, timeout: float, server: subprocess.Popen | None = None) -> float:
    """Seconds until `url` answers (and contains `marker`, if given)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server is not None and server.poll() is not None:
            raise RuntimeError(f"mkdocs serve stopped with exit code {server.returncode}; see its log")
        body = fetch(url)
        if body is not None and (marker is None or marker in body):
            return time.perf_counter() - start
        time.sleep(POLL)
    raise TimeoutError(f"{url} did not show {marker!r} within {timeout:.0f} s")


def edited(text: str, marker: str) -> str:
    """The text with a sentence appended to the first paragraph after the frontmatter."""
    head, sep, body = text.partition("\n---\n")
    if not sep:  # no frontmatter
        head, sep, body = "", "", text
    lead = len(body) - len(body.lstrip("\n"))
    end = body.find("\n\n", lead)
    end = len(body.rstrip("\n")) if end < 0 else end
    return head + sep + body[:end] + f" {marker}." + body[end:]


def measure(site: Path, url_path: str, post: Path, *, edits: int, port: int, timeout: float = 300) -> Preview:
    site, post = site.resolve(), post.resolve()
    original = post.read_text(encoding="utf-8")
    root_url = f"http://127.0.0.1:{port}/"
    log = open(site / "serve.log", "w", encoding="utf-8")
    server = subprocess.Popen(
        [str(VENV_BIN / "mkdocs"), "serve", "-f", str(site / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        cwd=site, env=ENV, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        first_build = wait_for(root_url, None, timeout, server)
        # The server redirects / to the path of site_url (e.g. /feder/); pages live below it.
        url = base_url(root_url) + url_path.lstrip("/")
        wait_for(url, None, timeout, server)
        time.sleep(1.0)
        latencies = []
        for number in range(edits):
            marker = f"Vorschau-Messpunkt {number} {time.time_ns()}"
            post.write_text(edited(original, marker), encoding="utf-8")
            latencies.append(wait_for(url, marker, timeout, server))
            time.sleep(1.0)  # let the watcher settle, so edits do not overlap
        return Preview(first_build, latencies)
    finally:
        post.write_text(original, encoding="utf-8")
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("url_path")
    parser.add_argument("post", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    result = measure(args.site, args.url_path, args.post, edits=args.edits, port=args.port)
    figures = {"first_build": result.first_build, "latencies": result.latencies, "median": result.median}
    json.dump(figures, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
