# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
DB ?= detente.duckdb
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup setup-dev lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $@

setup: $(STAMP)
setup-dev: $(DEV_STAMP)

run: setup
	$(BIN)/detente demo --db $(DB) --serve --host $(HOST) --port $(PORT)

lint: setup-dev
	$(BIN)/ruff check src tests bench

typecheck: setup-dev
	$(BIN)/mypy

pytest: setup-dev
	$(BIN)/python -m pytest -q

test: setup-dev
	bash scripts/browser-deps.sh
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
