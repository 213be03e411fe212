# Two commands a newcomer needs, each doing its own set-up on a fresh clone:
#   make serve   the site on http://127.0.0.1:8000/aws-compute-by-doing/
#   make test    every test (graders, exercises, snippets, site build, browser)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast browser bench diagrams recheck clean

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

test: $(VENV)/.installed node_modules/.installed browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Everything but the browser suite: no Chromium or npm packages needed.
test-fast: $(VENV)/.installed
	$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS)

# `make bench PHONE=1` also times the Practice pages with the CPU throttled 4x (a phone).
bench: $(VENV)/.installed node_modules/.installed browser
	$(BIN)/python -m tests.browser.bench $(if $(PHONE),--phone) $(BENCH_ARGS)

# Redraw the mermaid diagrams of docs/ that changed into diagrams/svg/ (pinned mermaid, in
# Chromium); commit the result. The build itself needs no browser. FORCE=1 redraws all.
diagrams: $(VENV)/.installed node_modules/.installed browser
	$(BIN)/python diagrams/render.py $(if $(FORCE),--force)

# The facts to re-check against AWS, oldest first, and where each one is used: reads the
# fact files, the bank and the pages, no network. RECHECK_ARGS='--stale' lists only those
# checked more than six months ago (see the README, "Keeping the facts current").
recheck: $(VENV)/.installed
	$(BIN)/python tools/recheck.py $(RECHECK_ARGS)

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# The CDN files the pages load, pinned, served to the headless browser by the tests.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium (Playwright cannot download its own browser here).
browser:
	@if [ -n "$$CHROMIUM" ] && [ -x "$$CHROMIUM" ]; then exit 0; fi; \
	if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	echo "Installing Debian's chromium package for the browser tests..."; \
	$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium

clean:
	rm -rf site .pytest_cache
