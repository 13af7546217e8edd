# The two commands a new user runs: `make demo` and `make test`. Both set up .venv from the lock file.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint fast bench clean lock

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# The lock is complete: install exactly it, resolving nothing against the index (--no-deps).
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@$(PY) -m pip check >/dev/null 2>&1 || { echo "set-up failed: installed packages are inconsistent: $$($(PY) -m pip check 2>&1 | head -1) (regenerate the lock: make lock)"; exit 1; }
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/eventcoder code examples/seed_article.txt --date 2021-11-15 --summary

test: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(PY) -m pytest -q

fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

# Regenerate requirements.lock from pyproject.toml's ranges (Python 3.11, hashes); needs the index.
lock:
	tools/lock.sh
