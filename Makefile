# Two commands set up a fresh machine: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= corpus
OUT ?= outputs
SHARED ?= ../shared
GOLD ?= tests/ground_truth/real
# What diff and review compare $(OUT) with: a directory or REV:DIR in git; empty for none.
BASELINE ?= HEAD:$(OUT)
REVIEW ?= build/review.html

SOURCES := $(shell find pipeline patterns -type f -not -path '*/__pycache__/*' 2>/dev/null)
BULLETINS := $(shell find $(CORPUS) -type f 2>/dev/null)

.PHONY: extract test evaluate bench gazetteer validate diff review browser-deps clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,gazetteer]'
	touch $@

$(OUT)/.extracted: $(BIN)/.installed $(SOURCES) $(BULLETINS)
	$(BIN)/python -m pipeline extract $(CORPUS) --out $(OUT)
	touch $@

## extract: run the pipeline on $(CORPUS) into $(OUT) (redone only when code, rules or bulletins change)
extract: $(OUT)/.extracted

## test: unit tables first, then whole-corpus checks, peer suites and the browser check
test: $(BIN)/.installed browser-deps
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
	$(BIN)/python tools/build_gazetteer.py --out patterns/places.csv

validate: $(BIN)/.installed
	$(BIN)/python -m pipeline validate $(OUT) --corpus $(CORPUS)

## diff: what changed in $(OUT) against $(BASELINE) (default: the committed outputs), matched by key
diff: $(BIN)/.installed
	$(BIN)/python -m pipeline diff $(BASELINE) $(OUT) --corpus $(CORPUS)

## review: one self-contained HTML page ($(REVIEW)) to check $(OUT) against the bulletins
review: $(BIN)/.installed
	$(BIN)/python -m pipeline review $(OUT) --corpus $(CORPUS) --html $(REVIEW) $(if $(BASELINE),--baseline $(BASELINE))

## browser-deps: headless Chromium and its driver for the browser test (Debian packages; needs root)
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium chromium-driver; \
	else echo "browser-deps: /usr/bin/chromium missing and not root: the browser test will skip (fail under CI)" >&2; fi

clean:
	rm -rf build $(OUT)/.extracted
