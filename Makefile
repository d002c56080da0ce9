# Two commands: `make run` (dashboard) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# Where the dashboard listens: this machine only by default. To serve a team,
# see README ("Serving a team"): ADDRESS=0.0.0.0 behind a proxy with sign-in.
ADDRESS ?= 127.0.0.1

.PHONY: run test eval bench wheel-check lock clean

# Packages are installed within requirements.lock, the versions the suite
# was last run with, so a fresh machine gets tested versions.
$(VENV)/.run-installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.run-installed
	$(PY) -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

run: $(VENV)/.run-installed
	$(PY) -m core ingest --if-empty seeds/
	$(VENV)/bin/streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false --client.showErrorDetails none

test: $(VENV)/.test-installed
	$(PY) -m pytest

# Scores extraction on the seeds (must stay >= 0.95 F1) and, where it exists,
# on the development set beside the project, listing every miss there.
DEV ?= ../shared/dev
eval: $(VENV)/.run-installed
	$(PY) -m core evaluate --gold tests/gold/seeds.jsonl --docs seeds/ --min-f1 0.95
	@if [ -d "$(DEV)/docs" ]; then \
		echo; echo "development set ($(DEV)):"; \
		$(PY) -m core evaluate --gold $(DEV)/gold.jsonl --docs $(DEV)/docs --misses; \
	else echo "no development set at $(DEV): seeds only"; fi

$(VENV)/.bench-installed: $(VENV)/.run-installed
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $@

bench: $(VENV)/.bench-installed
	$(PY) -m bench

# Builds the wheel, installs it in a clean virtualenv outside the checkout and
# runs the command line and the dashboard from it.
wheel-check:
	bash .ci/wheel-check

# Rewrites requirements.lock from a fresh install of the project and its tests.
lock:
	rm -rf build/lock && $(PYTHON) -m venv build/lock
	build/lock/bin/python -m pip install --quiet --upgrade pip
	build/lock/bin/python -m pip install --quiet '.[test]'
	{ sed -n '/^#/p' requirements.lock; build/lock/bin/python -m pip freeze --exclude-editable \
		| grep -v '^alliance-tracker'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) data/tracker.db data/tracker.db-wal data/tracker.db-shm
