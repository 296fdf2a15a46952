# Relance: `make run` to use it, `make test` to check it. Both set up everything they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# What the app uses when present (the French proofreader), and what the tests need besides.
RUN_PACKAGES := python3-grammalecte
SYSTEM_PACKAGES := dovecot-imapd dovecot-lmtpd postgresql chromium gettext hunspell-fr-classical \
                   $(RUN_PACKAGES)
PYTEST_ARGS ?=
# Debian's python3 creates a virtualenv only with python3-venv (it ships ensurepip): installed
# when missing, when we are root, so that both commands work on a fresh Debian 12.
NEED_VENV = $(PYTHON) -c "import ensurepip" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing: python3-venv"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv; \
	  else \
	    echo "$(PYTHON) cannot create a virtualenv: apt-get install python3-venv (as root)"; exit 1; \
	  fi; }

# Sets $$missing to the packages of $(1) that dpkg does not list as installed.
find_missing = missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done

.PHONY: run test test-sqlite test-postgres lint format install install-test system-packages \
        run-packages messages bench clean

run: run-packages install
	$(BIN)/relance serve --host $(HOST) --port $(PORT)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(NEED_VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install-test: $(VENV)/.installed-test

$(VENV)/.installed-test: pyproject.toml
	@$(NEED_VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $(VENV)/.installed $@

# The servers and the browser the tests drive. Installed when missing, when we are root.
system-packages:
	@$(call find_missing,$(SYSTEM_PACKAGES)); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing system packages:$$missing (run as root or install them)"; exit 1; \
	  fi; \
	fi

# The app runs without them (French drafts are then not proofread): a note, not a failure.
run-packages:
	@$(call find_missing,$(RUN_PACKAGES)); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing \
	      || echo "Could not install$$missing: French drafts will not be proofread"; \
	  else \
	    echo "Not installed:$$missing (French drafts will not be proofread; install as root)"; \
	  fi; \
	fi

test: system-packages install-test
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite: install-test
	$(BIN)/python scripts/check-catalogues
	$(BIN)/python -m relance.manage compilemessages --ignore '.venv' -v 0
	$(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install-test
	scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/python scripts/check-catalogues
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy relance tests bench

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install-test
	cd relance && ../$(BIN)/python -m relance.manage makemessages -l fr -l en --ignore 'tests/*'
	$(BIN)/python -m relance.manage compilemessages --ignore '.venv'

bench: install-test
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
