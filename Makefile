# VIP Desk — the two commands of the README, and the engineers' extras.
# Every target sets itself up first: a fresh Debian/Ubuntu machine with Python 3.11+ needs nothing else.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Compiled translation catalogues are build products: made from the .ts sources, never committed.
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

# Qt Designer forms (ui/*.ui) and the Python pyside6-uic makes of them, which is committed so the
# app runs from any checkout (make forms); tests/gui/test_forms.py fails while the two differ.

.PHONY: demo test lint bench screenshots setup clean sysdeps forms wheel lock translations

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml requirements/dev.txt scripts/setup.sh
	@bash scripts/setup.sh "$(PYTHON)" "$(VENV)"
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The installable wheel, with the compiled catalogues and the rest of resources/ inside (setup.py).
wheel: $(STAMP) $(QM)
	$(PY) -m pip wheel . --no-deps --no-build-isolation -q -w dist

# Every catalogue brought up to the texts in the code and the forms by Qt's own pyside6-lupdate
# (scripts/translations.py says what it reads and how; tests/unit/test_catalogues.py fails while
# a catalogue is behind). English keeps only the plural forms of the numerus messages.
translations: $(STAMP)
	@$(PY) scripts/translations.py

forms: $(STAMP)
	@for form in ui/*.ui; do \
		$(VENV)/bin/pyside6-uic "$$form" -o "vipclient/gui/forms/$$(basename "$$form" .ui)_ui.py"; \
	done

sysdeps:
	@bash scripts/sysdeps.sh

# Refreshes requirements/*.txt (pinned, hashed) from pyproject.toml's ranges; about 3 minutes.
lock:
	@bash scripts/lock.sh "$(PYTHON)"

demo: $(STAMP) $(QM)
	@bash scripts/sysdeps.sh --gui
	@bash scripts/run-demo.sh "$(PY)"

test: $(STAMP) $(QM)
	@bash scripts/sysdeps.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider -n 2 --dist loadgroup tests/unit tests/integration tests/gui

lint: $(STAMP)
	$(VENV)/bin/ruff check vipclient tests
	$(VENV)/bin/mypy vipclient
	$(VENV)/bin/lint-imports

bench: $(STAMP) $(QM)
	@bash scripts/sysdeps.sh
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_sandbox.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_client.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_screens.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_workspace.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_dashboard.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_requests.py
	$(PY) tests/perf/bench_audit.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/bench_security.py

screenshots: $(STAMP) $(QM)
	@bash scripts/sysdeps.sh
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# The .deb for Debian 12 / Ubuntu 22.04 or newer: dist/vipdesk_<version>_amd64.deb and
# dist/SHA256SUMS. A frozen bundle (PyInstaller) made in a build environment of its own from
# requirements/package.txt, never the test environment; about a minute once that exists.
.PHONY: package-deb package-test
package-deb:
	@bash scripts/package-deb.sh "$(PYTHON)"

# Builds the .deb twice from clean checkouts of HEAD and checks it (scripts/package-test.sh
# says what); about 4 minutes, so it is not part of make test.
package-test:
	@bash scripts/package-test.sh "$(PYTHON)"
