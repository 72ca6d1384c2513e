# The single entry point: `make site` builds the example gemeente, `make test` runs everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test test-fast lint format serve clean bench bench-smoke schermafdrukken fuzz upl decap

NODE_STAMP := node_modules/.installed
ZENSICAL_STAMP := .venv-zensical/.installed

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent --ignore-scripts
	touch $(NODE_STAMP)

# Zensical, Material's successor, in its own venv: the export must build there too.
$(ZENSICAL_STAMP): constraints-zensical.txt
	$(PYTHON) -m venv .venv-zensical
	.venv-zensical/bin/python -m pip install --quiet -r constraints-zensical.txt
	touch $(ZENSICAL_STAMP)

site: $(STAMP) $(NODE_STAMP)
	$(BIN)/loket check .
	$(BIN)/mkdocs build --strict

serve: $(STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs serve

# Everything, the browser checks included (Debian's chromium, axe-core from npm).
test: $(STAMP) $(NODE_STAMP) $(ZENSICAL_STAMP) lint
	$(BIN)/pytest
	$(BIN)/python -m bench.smoke

# Decap CMS ships inside the Python package (a gemeente needs no Node for /beheer/): copy the
# bundle from the npm package pinned in package.json. tests/test_decap_pakket.py fails while the
# shipped copy differs from it.
DECAP_PAKKET := plugins/loket/beheer/decap
decap: $(NODE_STAMP)
	rm -f $(DECAP_PAKKET)/*.js $(DECAP_PAKKET)/*.wasm
	cp node_modules/decap-cms/dist/decap-cms.js node_modules/decap-cms/dist/*.decap-cms.js \
	  node_modules/decap-cms/dist/*.wasm $(DECAP_PAKKET)/
	node -p "require('./node_modules/decap-cms/package.json').version" > $(DECAP_PAKKET)/VERSION

# The screenshots in docs/beheer.md, made by the editor's browser test.
schermafdrukken: $(STAMP) $(NODE_STAMP)
	LOKET_SCHERMAFDRUKKEN=docs/afbeeldingen $(BIN)/pytest -q tests/browser/test_beheer.py

# Quick local loop: no browser.
test-fast: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -x -q --ignore=tests/browser

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) .venv-zensical node_modules site .pytest_cache .ruff_cache

# The property-based tests with many random hostile texts (make test runs 20 fixed ones).
fuzz: $(STAMP)
	LOKET_FUZZ=1 LOKET_VOORBEELDEN=$${VOORBEELDEN:-300} $(BIN)/pytest -q tests/test_eigenschappen.py \
		tests/test_eigen_html.py::test_hostile_text_in_page_markdown_converts_as_python_markdown_does \
		tests/test_veilige_markdown.py

# Replace the UPL list Loket ships (public data, CC0) with a newer one: make upl CSV=pad.csv
upl:
	@test -n "$(CSV)" || (echo "gebruik: make upl CSV=pad/naar/UPL-actueel.csv" && exit 2)
	head -1 "$(CSV)" | grep -q "UniformeProductnaam" || (echo "$(CSV) is geen UPL-lijst" && exit 2)
	cp "$(CSV)" plugins/loket/data/UPL-actueel.csv

# Sizes and timings against plain MkDocs at 100, 1,000 and 10,000 products, loket meet on
# 200,000 zaken, and Lighthouse on every page type of the example (Debian's chromium), written to
# bench/RESULTS.md (about 50 minutes; never asserted in tests).
bench: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.check
	$(BIN)/python -m bench.serve
	$(BIN)/python -m bench.meet
	$(BIN)/python -m bench.lighthouse

# CI's guard against super-linear growth: build time per page at 200 vs 50 products.
bench-smoke: $(STAMP)
	$(BIN)/python -m bench.smoke
