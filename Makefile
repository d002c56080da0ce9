# Two commands: `make run` (dashboard) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test bench clean

$(VENV)/.run-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.run-installed
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.run-installed
	$(PY) -m core ingest --if-empty seeds/
	$(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: $(VENV)/.test-installed
	$(PY) -m pytest

$(VENV)/.bench-installed: $(VENV)/.run-installed
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $@

bench: $(VENV)/.bench-installed
	$(PY) -m bench

clean:
	rm -rf $(VENV) data/tracker.db data/tracker.db-wal data/tracker.db-shm
