# Two commands set up a fresh machine: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= corpus
OUT ?= outputs
SHARED ?= ../shared
GOLD ?= tests/ground_truth/real

SOURCES := $(shell find pipeline patterns -type f -not -path '*/__pycache__/*' 2>/dev/null)
BULLETINS := $(shell find $(CORPUS) -type f 2>/dev/null)

.PHONY: extract test test-fast evaluate bench gazetteer validate diff review clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

$(OUT)/.extracted: $(BIN)/.installed $(SOURCES) $(BULLETINS)
	$(BIN)/python -m pipeline extract $(CORPUS) --out $(OUT)
	touch $@

## extract: run the pipeline on $(CORPUS) into $(OUT) (redone only when code, rules or bulletins change)
extract: $(OUT)/.extracted

## test: unit tables first, then whole-corpus checks, peer suites and the browser check
test: $(BIN)/.installed
	$(BIN)/python -m pytest -q -m "not corpus and not browser"
	$(BIN)/python -m pytest -q -m "corpus or browser"

## evaluate: score the pipeline on the real bulletins against the hand-checked tables
evaluate: $(BIN)/.installed
	$(BIN)/python -m pipeline extract $(SHARED)/corpus --out build/real --quiet
	$(BIN)/python -m pipeline evaluate build/real --gold $(GOLD)

## bench: throughput against spaCy's bare tokenizer on the real corpus replicated
bench: $(BIN)/.installed
	$(BIN)/python tools/bench.py --corpus $(SHARED)/corpus --words 500000

## gazetteer: regenerate patterns/places.csv from the national code list
gazetteer: $(BIN)/.installed
	$(BIN)/pip install --quiet -e '.[gazetteer]'
	$(BIN)/python tools/build_gazetteer.py --out patterns/places.csv

validate: $(BIN)/.installed
	$(BIN)/python -m pipeline validate $(OUT) --corpus $(CORPUS)

clean:
	rm -rf build $(OUT)/.extracted
