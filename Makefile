# SIMPEG Luring — two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint system-run system-test venv translations demo clean pg-start pg-stop screenshots \
        dist installer-check

run: system-run $(STAMP) translations
	$(VENV)/bin/simpeg-gui --demo

test: system-test $(STAMP) translations
	@bash scripts/run-tests.sh

bench: system-test $(STAMP) translations
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests bench installer
	$(VENV)/bin/lint-imports

system-run:
	@bash scripts/system-packages.sh run

system-test:
	@bash scripts/system-packages.sh test

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ needed"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP)
	@$(PY) scripts/build_translations.py

screenshots: system-run $(STAMP) translations
	$(PY) scripts/screenshots.py

# The program for machines with no Python: dist/simpeg-luring/ (PyInstaller, one folder).
dist: system-test $(STAMP) translations
	$(PY) installer/build.py
	QT_QPA_PLATFORM=offscreen dist/simpeg-luring/simpeg-gui --self-test

# The Windows installer script compiles (against a dummy payload; the real one is built on Windows).
installer-check: system-test $(STAMP)
	$(PY) installer/build.py --nsis-check

pg-start:
	@bash scripts/pg-test.sh start

pg-stop:
	@bash scripts/pg-test.sh stop

clean:
	rm -rf $(VENV) build dist bench-results.json .pytest_cache
