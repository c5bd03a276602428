# Quick start: `make run` (demo site on http://127.0.0.1:8000) and `make test`.
# Django 6.1 and Wagtail 8.0 need Python >= 3.12; the machine's default python3 may be older,
# so we look for a suitable interpreter explicitly and refuse to go on without one.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BASE_PYTHON ?= $(shell for p in python3.12 python3.13 $$HOME/.pyenv/versions/3.12*/bin/python3 $$HOME/.pyenv/versions/3.13*/bin/python3 /usr/local/bin/python3.12 /usr/bin/python3.12; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format bench messages messages-check clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@if [ -z "$(BASE_PYTHON)" ]; then echo "Python >= 3.12 is needed (pyenv install 3.12, or set BASE_PYTHON)." >&2; exit 1; fi
	@$(BASE_PYTHON) -c 'import sys; assert sys.version_info >= (3, 12), sys.version' || { echo "BASE_PYTHON must be Python >= 3.12" >&2; exit 1; }
	$(BASE_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

.demo-password:
	@$(BASE_PYTHON) -c 'import secrets; print(secrets.token_urlsafe(12))' > $@

run: $(VENV)/.installed .demo-password
	$(PY) manage.py migrate --noinput
	DEMO_PASSWORD="$$(cat .demo-password)" $(PY) manage.py seed_demo
	@echo "Demo accounts: trainer, reviewer, learner; password: $$(cat .demo-password)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	find templates -name '*.html' ! -name '*_email.html' | xargs $(VENV)/bin/djhtml --check

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	find templates -name '*.html' ! -name '*_email.html' | xargs $(VENV)/bin/djhtml

bench: $(VENV)/.installed
	$(PY) benchmarks/run.py
	$(PY) benchmarks/credentials.py
	$(PY) benchmarks/pages.py
	$(PY) benchmarks/reports.py

messages: $(VENV)/.installed
	$(PY) manage.py makemessages --all --ignore=.venv --ignore=static
	$(PY) manage.py compilemessages --ignore=.venv

messages-check: $(VENV)/.installed
	bash .ci/check-translations

clean:
	rm -rf $(VENV) db.sqlite3 static
