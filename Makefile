# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The service runs from its own install with the scanner compiled by mypyc (setup.py): the
# same code and findings, a quarter less CPU. The development install above stays editable.
SERVE := .venv-serve
SERVE_STAMP := $(SERVE)/.installed
# Its interpreter: the distribution's Python 3.11 where it has its venv module and headers.
# Debian builds it with profile-guided and link-time optimisation into one static binary; the
# same compiled scans took 10-14 % less CPU on it than on a plain build of 3.11 from source
# (bench/pii, first scans). Elsewhere the interpreter above.
SERVE_PYTHON ?= $(shell p=/usr/bin/python3.11; $$p -c 'import ensurepip, os, sys, sysconfig; \
	sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
	2>/dev/null && echo $$p || echo $(PYTHON))
SOURCES := $(shell find mailgate digest store portal templates -type f -not -path '*/__pycache__/*' -not -name '*.md')

.PHONY: serve test lint servers compiled check-compiled clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(SERVE_STAMP): pyproject.toml setup.py $(SOURCES)
	$(SERVE_PYTHON) -m venv $(SERVE)
	$(SERVE)/bin/python -m pip install --quiet --upgrade pip setuptools wheel 'mypy>=1.10,<2'
	$(SERVE)/bin/python -m pip install --quiet .  # the dependencies mypyc reads the types of
	VSN_COMPILE_SCAN=1 $(SERVE)/bin/python -m pip install --quiet --no-build-isolation \
		--no-deps --force-reinstall .
	touch $(SERVE_STAMP)

compiled: $(SERVE_STAMP)

serve: $(SERVE_STAMP)
	$(SERVE)/bin/vsn --config config.toml serve

servers:
	bash scripts/install-servers.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# The compiled scanner finds exactly what the plain one finds, text by text.
check-compiled: $(STAMP) $(SERVE_STAMP)
	bash scripts/check-compiled.sh $(BIN)/python $(SERVE)/bin/python

test: $(STAMP) servers lint
	$(BIN)/pytest -q -p no:cacheprovider
	$(MAKE) check-compiled

clean:
	rm -rf $(VENV) $(SERVE) var .mypy_cache .ruff_cache build
