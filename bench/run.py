#!/usr/bin/env python3
"""The benchmark: our build against the floor (and the peers), as ratios measured in one run.

    python bench/run.py [--sizes 100,1000,5000] [--runs 3] [--corpus DIR] [--peers] [--no-preview]

For each size it generates a corpus with `bench/corpus.py` (seed 1; kept in
bench/out/ and regenerated when the generator changes) or takes the one given with
`--corpus` (e.g. from ../shared/bench/make_corpus.py), sets up the sites (see
`sites.py`) and measures, as medians of `--runs` runs, interleaved so that a busy
machine hurts all variants alike:

- floor: plain MkDocs + Material, no plugins, the same Markdown files as pages;
- ours, cold: `mkdocs build` of our site with an empty cache (.cache/ removed);
- ours, warm: the same build again, with the cache the cold build left (and a check
  that it wrote exactly the same files);
- peers (with --peers): Material's blog + tags plugins and mkdocs-rss-plugin;
- check: `feder check` over the corpus;
- at N=1,000 (or the given corpus), ours, cold, with preview cards switched off
  (`cards: false`): the baseline of the cards' share of a cold build; and the cold
  cost of one card (`cards.py`: every post's card drawn in a fresh process).

Then, at N=1,000 (or the given corpus), the edit -> preview latency of
`mkdocs serve` for ours and the floor (`preview.py`). It prints a Markdown table
and writes everything to bench/out/results.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import cards as card_bench
import corpus as corpus_generator
import measure
import preview
import sites
from measure import REPO, VENV_BIN, Run, Summary

OUT = REPO / "bench" / "out"
PEERS_VENV = REPO / "bench" / ".peers-venv"
TARGETS = {
    "build_ratio_1000": 1.3,
    "growth_5000_over_1000": 5.5,
    "rss_5000_mb": 1024,
    "check_cpu_1000": 1.0,
    "preview_1000": 2.0,
    "cards_cold_growth": 1.10,
}

@dataclass
class Variant:
    name: str
    runs: list[Run] = field(default_factory=list)
    pages: int = 0
    warnings: int = 0

    def summary(self) -> Summary | None:
        return Summary.of(self.runs) if self.runs else None


@dataclass
class SizeResult:
    posts: int
    post_files: int
    corpus: str
    variants: dict[str, Variant]
    preview: dict[str, dict] = field(default_factory=dict)
    cards: dict[str, float] = field(default_factory=dict)
    """Preview cards: how many the site has, the cold CPU cost of one, its size."""


def corpus_for(size: int) -> Path:
    """bench/corpus.py's corpus for `size` posts, regenerated when the generator changes."""
    stamp = hashlib.sha256(Path(corpus_generator.__file__).read_bytes()).hexdigest()[:16]
    root = OUT / f"corpus-{size}"
    if (root / ".stamp").is_file() and (root / ".stamp").read_text() == stamp:
        return root
    if root.exists():
        shutil.rmtree(root)
    corpus_generator.generate(root, corpus_generator.Options(posts=size))
    (root / ".stamp").write_text(stamp)
    return root


def build(site: sites.Site, *, cold: bool = False, site_dir: Path | None = None) -> Run:
    if cold:
        shutil.rmtree(site.root / ".cache", ignore_errors=True)
    site_dir = site_dir or site.site_dir
    if site_dir.exists():
        shutil.rmtree(site_dir)
    mkdocs = PEERS_VENV / "bin" / "mkdocs" if site.name == "peers" else VENV_BIN / "mkdocs"
    return measure.run([str(mkdocs), "build", "-f", str(site.config_file), "-d", str(site_dir)], cwd=site.root)


def same_files(one: Path, other: Path) -> list[str]:
    """Files that differ between two built sites (a cached build must write the same bytes)."""
    def digests(root: Path) -> dict[str, str]:
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in root.rglob("*") if p.is_file()}
    a, b = digests(one), digests(other)
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def check_command(site: sites.Site) -> list[str]:
    return [str(VENV_BIN / "feder"), "check", "-f", str(site.config_file)]


def warnings_in(output: str) -> int:
    return sum(1 for line in output.splitlines() if line.startswith("WARNING"))


def measure_size(corpus: Path, size: int, runs: int, *, peers: bool, cards: bool, log) -> SizeResult:
    work = OUT / f"sites-{size}"
    ours = sites.make_ours(corpus, work / "ours")
    floor = sites.make_floor(corpus, work / "floor")
    variants = {name: Variant(name) for name in ("floor", "ours-cold", "ours-warm", "check")}
    no_cards = sites.make_ours(corpus, work / "ours-nocards", cards=False) if cards else None
    if no_cards is not None:
        variants["ours-cold-nocards"] = Variant("ours-cold-nocards")
    peer_site = None
    if peers:
        import peers as peer_sites

        if not (PEERS_VENV / "bin" / "mkdocs").exists():
            raise SystemExit("bench/.peers-venv is missing: run `make bench-peers`, which creates it")
        peer_site = peer_sites.make_peers(corpus, work / "peers")
        variants["peers"] = Variant("peers")
    check = check_command(ours)
    for number in range(runs):
        log(f"  N={size} run {number + 1}/{runs}: floor")
        _record(variants["floor"], build(floor), floor)
        if no_cards is not None:  # right before the cold build with cards: the two are compared
            log(f"  N={size} run {number + 1}/{runs}: ours, cold cache, no preview cards")
            _record(variants["ours-cold-nocards"], build(no_cards, cold=True), no_cards)
        log(f"  N={size} run {number + 1}/{runs}: ours, cold cache")
        _record(variants["ours-cold"], build(ours, cold=True), ours)
        log(f"  N={size} run {number + 1}/{runs}: ours, warm cache")
        warm_dir = ours.root / "site-warm"
        _record(variants["ours-warm"], build(ours, site_dir=warm_dir), ours, warm_dir)
        differ = same_files(ours.site_dir, warm_dir)
        if differ:
            raise SystemExit(
                f"N={size}: the warm (cached) build differs from the cold one in {len(differ)} files, e.g. {differ[:5]}"
            )
        log(f"  N={size} run {number + 1}/{runs}: check")
        variants["check"].runs.append(measure.run(check, cwd=ours.root))
        if peer_site is not None:
            log(f"  N={size} run {number + 1}/{runs}: peers")
            _record(variants["peers"], build(peer_site), peer_site)
    files = sites.post_files(corpus)
    result = SizeResult(size, len(files), str(corpus), variants)
    if cards:
        log(f"  N={size}: cold cost of a preview card")
        result.cards = measure_cards(ours)
    return result


def measure_cards(ours: sites.Site) -> dict[str, float]:
    run = measure.run([str(VENV_BIN / "python"), card_bench.__file__, str(ours.root)], cwd=ours.root)
    measured = json.loads(run.output.strip().splitlines()[-1])
    measured["in_site"] = sum(1 for _ in (ours.site_dir / "assets" / "cards").rglob("*.png"))
    return measured


def _record(variant: Variant, run: Run, site: sites.Site, site_dir: Path | None = None) -> None:
    variant.runs.append(run)
    variant.pages = measure.count_pages(site_dir or site.site_dir)
    variant.warnings = max(variant.warnings, warnings_in(run.output))


def measure_preview(result: SizeResult, log) -> None:
    work = OUT / f"sites-{result.posts}"
    corpus = Path(result.corpus)
    files = sites.post_files(corpus)
    post = files[len(files) // 2]
    relpath = post.relative_to(corpus / "posts").as_posix()
    slug, lang, _ = post.name.split(".")
    prefix = "" if lang == "de" else f"{lang}/"
    for name, root, page_file, url in (
        ("ours", work / "ours", work / "ours" / "posts" / relpath, f"{prefix}posts/{slug}/"),
        ("floor", work / "floor", work / "floor" / "docs" / "posts" / relpath, f"posts/{relpath[:-3]}/"),
    ):
        log(f"  N={result.posts} edit -> preview: {name}")
        shutil.rmtree(root / ".cache", ignore_errors=True)
        outcome = preview.measure(root, url, page_file, edits=5, port=8765)
        result.preview[name] = {
            "first_build": outcome.first_build, "latencies": outcome.latencies, "median": outcome.median,
        }


# Reporting ---------------------------------------------------------------------------------------

def table(results: list[SizeResult]) -> str:
    lines = [
        "| N posts | post files | variant | pages | wall (s) | CPU (s) | CPU range | user + system (s) "
        "| peak RSS (MiB) | CPU / floor | user / floor |",
        "| ---: | ---: | --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |",
    ]
    for result in results:
        floor = result.variants["floor"].summary()
        for variant in result.variants.values():
            s = variant.summary()
            if s is None:
                continue
            ratio = f"{s.cpu / floor.cpu:.2f}×" if floor and variant.name != "floor" else ""
            user_ratio = f"{s.user / floor.user:.2f}×" if floor and floor.user and variant.name != "floor" else ""
            pages = str(variant.pages) if variant.name != "check" else ""
            lines.append(
                f"| {result.posts:,} | {result.post_files:,} | {variant.name} | {pages} | {s.wall:.2f} | {s.cpu:.2f} "
                f"| {s.cpu_low:.2f}–{s.cpu_high:.2f} | {s.user:.2f} + {s.system:.2f} | {s.rss_mb:.0f} | {ratio} "
                f"| {user_ratio} |"
            )
    return "\n".join(lines)


def preview_table(results: list[SizeResult]) -> str:
    rows = [(r.posts, name, p) for r in results for name, p in r.preview.items()]
    if not rows:
        return ""
    lines = [
        "| N posts | site | first build (s) | edit -> preview, median (s) | all edits (s) |",
        "| ---: | --- | ---: | ---: | --- |",
    ]
    for posts, name, p in rows:
        latencies = ", ".join(f"{x:.2f}" for x in p["latencies"])
        lines.append(f"| {posts:,} | {name} | {p['first_build']:.1f} | {p['median']:.2f} | {latencies} |")
    return "\n".join(lines)


def cards_report(results: list[SizeResult]) -> str:
    lines = []
    for r in results:
        if not r.cards:
            continue
        with_cards, without = r.variants["ours-cold"].summary(), r.variants["ours-cold-nocards"].summary()
        c = r.cards
        lines.append(
            f"- preview cards at N={r.posts:,}: {c['in_site']:,.0f} in the site; "
            f"cold cost {c['ms_per_card']:.2f} ms CPU per card "
            f"({c['cards']:,.0f} post cards drawn in a fresh process, {c['bytes_per_card'] / 1024:.0f} KiB each), "
            f"so ~{c['in_site'] * c['ms_per_card'] / 1000:.1f} s of a cold build"
        )
        if with_cards and without:
            ratio = with_cards.cpu / without.cpu
            verdict = "met" if ratio <= TARGETS["cards_cold_growth"] else "NOT met"
            lines.append(
                f"- cold build CPU with cards / without at N={r.posts:,}: "
                f"{with_cards.cpu:.2f} s / {without.cpu:.2f} s = "
                f"{ratio:.3f}× (target ≤ {TARGETS['cards_cold_growth']}×): {verdict}"
            )
    return "\n".join(lines)


def targets(results: list[SizeResult]) -> str:
    by_size = {r.posts: r for r in results}
    lines = []

    def cpu(size: int, name: str) -> float | None:
        r = by_size.get(size)
        s = r.variants[name].summary() if r and name in r.variants else None
        return s.cpu if s else None

    def line(label: str, value: float | None, limit: float, unit: str) -> None:
        if value is None:
            return
        verdict = "met" if value <= limit else "NOT met"
        lines.append(f"- {label}: {value:.2f}{unit} (target ≤ {limit}{unit}): {verdict}")

    if cpu(1000, "ours-cold") and cpu(1000, "floor"):
        floor = cpu(1000, "floor")
        line("build CPU at N=1,000, ours (cold cache) / floor", cpu(1000, "ours-cold") / floor,
             TARGETS["build_ratio_1000"], "×")
        line("build CPU at N=1,000, ours (warm cache) / floor", cpu(1000, "ours-warm") / floor,
             TARGETS["build_ratio_1000"], "×")
    if cpu(5000, "ours-cold") and cpu(1000, "ours-cold"):
        line("build CPU N=5,000 / N=1,000, ours (cold)", cpu(5000, "ours-cold") / cpu(1000, "ours-cold"),
             TARGETS["growth_5000_over_1000"], "×")
    if 5000 in by_size:
        rss = max(by_size[5000].variants[name].summary().rss_mb for name in ("ours-cold", "ours-warm"))
        line("peak RSS at N=5,000, ours", rss, TARGETS["rss_5000_mb"], " MiB")
    line("feder check CPU at N=1,000", cpu(1000, "check"), TARGETS["check_cpu_1000"], " s")
    if 1000 in by_size and "ours" in by_size[1000].preview:
        line("edit -> preview at N=1,000, ours", by_size[1000].preview["ours"]["median"], TARGETS["preview_1000"], " s")
    if cpu(1000, "peers") and cpu(1000, "floor"):
        lines.append(
            f"- peers (Material blog + tags + rss) / floor at N=1,000: {cpu(1000, 'peers') / cpu(1000, 'floor'):.2f}×"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="numbers of posts, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="measure this corpus (a folder with posts/) instead of generating")
    parser.add_argument(
        "--peers", action="store_true", help="also build with Material's blog + tags + mkdocs-rss-plugin"
    )
    parser.add_argument("--no-preview", action="store_true", help="skip the edit -> preview measurement")
    parser.add_argument("--no-cards", action="store_true", help="skip the preview cards' cost (a build without cards)")
    args = parser.parse_args()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    OUT.mkdir(parents=True, exist_ok=True)
    info = measure.machine()
    log(f"machine: {info}")
    started = time.time()
    results = []
    if args.corpus:
        corpus = args.corpus.resolve()
        size = len({path.name.split(".")[0] for path in sites.post_files(corpus)})
        plan = [(corpus, size)]
    else:
        plan = [(corpus_for(size), size) for size in (int(s) for s in args.sizes.split(","))]
    for corpus, size in plan:
        log(f"N={size}: {corpus}")
        cards = not args.no_cards and (size == 1000 or bool(args.corpus))
        result = measure_size(corpus, size, args.runs, peers=args.peers, cards=cards, log=log)
        if not args.no_preview and (size == 1000 or args.corpus):
            measure_preview(result, log)
        results.append(result)
    info["load_after"] = measure.machine()["load"]
    info["duration_min"] = f"{(time.time() - started) / 60:.1f}"

    report = "\n\n".join(part for part in (
        "Machine: " + ", ".join(f"{key} {value}" for key, value in info.items()),
        table(results), preview_table(results), targets(results), cards_report(results),
    ) if part)
    print(report)
    warned = [
        f"N={r.posts} {v.name}: {v.warnings} warnings" for r in results for v in r.variants.values() if v.warnings
    ]
    if warned:
        print("\nBuild warnings (see bench/out/results.json): " + "; ".join(warned))
    payload = {
        "machine": info,
        "results": [
            {**{k: v for k, v in asdict(r).items() if k != "variants"},
             "variants": {name: {"pages": v.pages, "warnings": v.warnings,
                                 "runs": [{"wall": x.wall, "cpu": x.cpu, "user": x.user, "system": x.system,
                                           "rss_mb": x.rss_mb} for x in v.runs],
                                 "median": asdict(v.summary()) if v.summary() else None}
                          for name, v in r.variants.items()}}
            for r in results
        ],
        "table": report,
    }
    (OUT / "results.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
