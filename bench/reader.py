#!/usr/bin/env python3
"""What readers download: bytes per page view, the first search, Lighthouse scores.

    python bench/reader.py [--corpus DIR] [--lighthouse-runs 3] [--no-lighthouse]

Builds our site twice (bench/sites.py): with the repository's own posts (10 post
files) and with a corpus of 1,000 posts (bench/corpus.py, seed 1, or the corpus
given with --corpus, e.g. from ../shared/bench/make_corpus.py). Each is served under
/feder/ on 127.0.0.1, gzip-compressed as GitHub Pages serves it (bench/gzipserver.py),
and measured in Debian's Chromium:

- a German and an English post view with a fresh profile: bytes transferred (the
  compressed bodies plus response headers of every request, until the network is
  quiet), and whether anything under the search's path was requested;
- the first search on the German post: the search opened with its button, the query
  typed ("vertrieb"), the bytes of every request from opening until the results
  are shown and the network is quiet;
- Lighthouse (mobile, its defaults; from bench/reader/node_modules, which
  `make bench-reader` installs) for the German post, the home page and a tag page:
  performance and accessibility, the median of --lighthouse-runs runs.

It prints Markdown tables and writes bench/out/reader.json; bench/RESULTS.md records them.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import corpus as corpus_generator
import measure
import sites
from gzipserver import GzipServer
from measure import REPO, VENV_BIN

OUT = REPO / "bench" / "out"
LIGHTHOUSE = REPO / "bench" / "reader" / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = os.environ.get("FEDER_CHROMIUM", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
)
QUERY = "vertrieb"
BASE_PATH = "/feder/"


@dataclass
class SiteFigures:
    name: str
    posts: int
    post_files: int
    views: dict[str, dict] = field(default_factory=dict)
    search: dict = field(default_factory=dict)
    lighthouse: dict[str, dict] = field(default_factory=dict)


def build_site(name: str, corpus: Path, work: Path) -> sites.Site:
    site = sites.make_ours(corpus, work / name)
    measure.run(
        [str(VENV_BIN / "mkdocs"), "build", "-f", str(site.config_file), "-d", str(site.site_dir)], cwd=site.root
    )
    return site


def pages_of(site_dir: Path) -> dict[str, str]:
    """Site-relative URLs: the newest German post that has a translation, that translation,
    the home page and the post's first tag page."""
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    for slug in dict.fromkeys(re.findall(r'href="(?:\./)?posts/([^/"]+)/"', home)):
        if (site_dir / "en" / "posts" / slug / "index.html").is_file():
            post = (site_dir / "posts" / slug / "index.html").read_text(encoding="utf-8")
            tag = re.search(r'href="\.\./\.\./(tags/[^/"]+/)"', post)
            return {"post (de)": f"posts/{slug}/", "post (en)": f"en/posts/{slug}/", "home": "",
                    "tag": tag.group(1) if tag else "tags/"}
    raise SystemExit(f"{site_dir}: no German post with an English translation on the home page")


class Transfers:
    """Every finished request of a page, with its size on the wire."""

    def __init__(self, page) -> None:
        self.finished: list = []
        page.on("requestfinished", lambda request: self.finished.append(request))

    def since(self, start: int = 0) -> tuple[int, list[str]]:
        total, urls = 0, []
        for request in self.finished[start:]:
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            urls.append(request.url)
        return total, urls


def measure_views(browser, base_url: str, pages: dict[str, str]) -> dict[str, dict]:
    views = {}
    for label in ("post (de)", "post (en)"):
        context = browser.new_context()  # a fresh profile: empty cache
        page = context.new_page()
        transfers = Transfers(page)
        page.goto(base_url + pages[label], wait_until="networkidle")
        total, urls = transfers.since()
        views[label] = {
            "url": pages[label], "bytes": total, "requests": len(urls),
            "search_requests": [url for url in urls if "/pagefind/" in url],
        }
        context.close()
    return views


def measure_first_search(browser, base_url: str, url: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    transfers = Transfers(page)
    page.goto(base_url + url, wait_until="networkidle")
    before = len(transfers.finished)
    if page.locator("[data-feder-search-open]").count() == 0:  # a site without feder's search
        context.close()
        return {}
    page.click("[data-feder-search-open]")
    page.locator("[data-feder-search-query]").press_sequentially(QUERY, delay=50)
    page.locator("[data-feder-search-status]", has_text=QUERY).wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1000)  # let requests started by the last results finish
    total, urls = transfers.since(before)
    status = page.inner_text("[data-feder-search-status]")
    context.close()
    return {"query": QUERY, "bytes": total, "requests": len(urls), "status": status,
            "files": [url.split(BASE_PATH, 1)[-1] for url in urls]}


def lighthouse(url: str, runs: int) -> dict:
    scores: dict[str, list[float]] = {"performance": [], "accessibility": []}
    for _ in range(runs):
        result = subprocess.run(
            ["node", str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
             "--only-categories=performance,accessibility", f"--chrome-flags={CHROME_FLAGS}"],
            env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise SystemExit(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        report = json.loads(result.stdout)
        for category in scores:
            scores[category].append(round(report["categories"][category]["score"] * 100))
    return {category: {"median": statistics.median(values), "runs": values} for category, values in scores.items()}


def measure_site(name: str, site: sites.Site, posts: tuple[int, int], lighthouse_runs: int, log) -> SiteFigures:
    from playwright.sync_api import sync_playwright

    figures = SiteFigures(name, *posts)
    pages = pages_of(site.site_dir)
    with GzipServer(site.site_dir, BASE_PATH) as server, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS.split()[1:])
        try:
            log(f"  {name}: page views")
            figures.views = measure_views(browser, server.base_url, pages)
            log(f"  {name}: first search")
            figures.search = measure_first_search(browser, server.base_url, pages["post (de)"])
        finally:
            browser.close()
        for label in ("post (de)", "home", "tag") if lighthouse_runs else ():
            log(f"  {name}: Lighthouse, {label}")
            figures.lighthouse[label] = {
                "url": pages[label],
                **lighthouse(server.base_url + pages[label], lighthouse_runs),
            }
    return figures


def kb(count: int) -> str:
    return f"{count / 1024:,.0f} KB"


def report(results: list[SiteFigures]) -> str:
    lines = ["| site | posts (files) | German post view | English post view | search requests before opening "
             "| first search (“vertrieb”) |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        before = sum(len(view["search_requests"]) for view in r.views.values())
        search = f"{kb(r.search['bytes'])} ({r.search['requests']} requests; {r.search['status']})" if r.search else "–"
        de, en = r.views["post (de)"], r.views["post (en)"]
        lines.append(
            f"| {r.name} | {r.posts:,} ({r.post_files:,}) | {kb(de['bytes'])} ({de['requests']} requests) "
            f"| {kb(en['bytes'])} ({en['requests']} requests) | {before} | {search} |"
        )
    if any(r.lighthouse for r in results):
        lines += ["", "| site | posts (files) | page | performance | accessibility |",
                  "| --- | ---: | --- | ---: | ---: |"]
        for r in results:
            for label, scores in r.lighthouse.items():
                lines.append(
                    f"| {r.name} | {r.posts:,} ({r.post_files:,}) | {label} (`{scores['url'] or '/'}`) "
                    f"| {scores['performance']['median']:.0f} ({', '.join(map(str, scores['performance']['runs']))}) "
                    f"| {scores['accessibility']['median']:.0f} |"
                )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, help="the large corpus (a folder with posts/); default: bench/corpus.py, 1,000 posts"
    )
    parser.add_argument("--lighthouse-runs", type=int, default=3)
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--work", type=Path, help="build the sites here (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="with --work: measure the sites built there last time")
    args = parser.parse_args()
    runs = 0 if args.no_lighthouse else args.lighthouse_runs
    if runs and not LIGHTHOUSE.is_file():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `make bench-reader`, which installs it")

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    large = args.corpus.resolve() if args.corpus else None
    with tempfile.TemporaryDirectory(prefix="feder-reader-") as temporary:
        work = args.work.resolve() if args.work else Path(temporary)
        if large is None:
            large = work / "corpus-1000"
            if not (args.reuse and large.is_dir()):
                corpus_generator.generate(large, corpus_generator.Options(posts=1000))
        results = []
        for name, corpus in (("repository", REPO), ("corpus", large)):
            files = sites.post_files(corpus)
            posts = (len({path.name.split(".")[0] for path in files}), len(files))
            site = sites.Site(name, work / name)
            if not (args.reuse and site.site_dir.is_dir()):
                log(f"{name}: building {posts[0]} posts ({posts[1]} files)")
                site = build_site(name, corpus, work)
            results.append(measure_site(name, site, posts, runs, log))
    text = report(results)
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "reader.json").write_text(
        json.dumps({"machine": measure.machine(), "results": [asdict(r) for r in results], "table": text}, indent=2),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
