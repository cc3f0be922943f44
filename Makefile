# The two commands a new clone needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.db
STAMP := $(VENV)/.installed

.PHONY: demo test test-slow lint bench clean fast outputs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/quotetrack --db $(DEMO_DB) people load examples/people.toml
	$(BIN)/quotetrack --db $(DEMO_DB) ingest examples/articles
	$(BIN)/quotetrack --db $(DEMO_DB) people
	$(BIN)/quotetrack --db $(DEMO_DB) quotes --person "Sergey Lavrov"
	$(BIN)/quotetrack --db $(DEMO_DB) quotes --person "Hamid Karzai"
	$(BIN)/quotetrack --db $(DEMO_DB) quotes --person "Muhammad Noor"
	$(BIN)/quotetrack --db $(DEMO_DB) ask "what did Lavrov say about withdrawal"
	$(BIN)/quotetrack --db $(DEMO_DB) ask "who supports withdrawal"
	$(BIN)/quotetrack --db $(DEMO_DB) stance "Sergey Lavrov"

# examples/outputs/: what the examples give, kept in the tree (a test checks they are current).
outputs: $(STAMP)
	tmp=$$(mktemp -d) && \
	$(BIN)/quotetrack --db $$tmp/x.db people load --quiet examples/people.toml && \
	$(BIN)/quotetrack --db $$tmp/x.db ingest --quiet examples/articles && \
	$(BIN)/quotetrack --db $$tmp/x.db export --format csv -o examples/outputs/quotes.csv && \
	$(BIN)/quotetrack --db $$tmp/x.db export --format markdown -o examples/outputs/quotes.md && \
	rm -rf $$tmp

test: $(STAMP)
	$(BIN)/ruff check quotetrack tests benchmarks
	$(BIN)/mypy quotetrack
	$(BIN)/pytest -q

test-slow: $(STAMP)
	$(BIN)/pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check quotetrack tests benchmarks
	$(BIN)/mypy quotetrack
	$(BIN)/ruff format --check quotetrack tests benchmarks

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm

# Opt-in compiled build: the extractor compiled with mypyc (needs a C compiler and Python headers),
# installed non-editable into its own venv; .venv and the targets above stay pure Python. It builds
# from a copy of the sources in build/, so no compiled module ever lands next to the .py files that
# the editable .venv imports. Use it as .venv-fast/bin/quotetrack, without PYTHONPATH set.
FAST := .venv-fast
FAST_SRC := build/fast-src

fast:
	rm -rf $(FAST_SRC) && mkdir -p $(FAST_SRC)
	tar --exclude=__pycache__ --exclude='*.so' -cf - pyproject.toml README.md .gitignore quotetrack db \
		| tar -xf - -C $(FAST_SRC)
	test -x $(FAST)/bin/python || $(PYTHON) -m venv $(FAST)
	$(FAST)/bin/pip install -q --upgrade pip
	env -u PYTHONPATH HATCH_BUILD_HOOK_ENABLE_MYPYC=1 $(FAST)/bin/pip install -q './$(FAST_SRC)[dev]'
	cd /tmp && env -u PYTHONPATH $(CURDIR)/$(FAST)/bin/python -c \
		"import quotetrack.extract as m; assert m.__file__.endswith('.so'), m.__file__; print('compiled:', m.__file__)"
