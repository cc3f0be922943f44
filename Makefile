# The two commands a new clone needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.db
STAMP := $(VENV)/.installed

.PHONY: demo test test-slow lint bench clean

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

test: $(STAMP)
	$(BIN)/ruff check quotetrack tests benchmarks
	$(BIN)/pytest -q

test-slow: $(STAMP)
	$(BIN)/pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check quotetrack tests benchmarks
	$(BIN)/ruff format --check quotetrack tests benchmarks

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
