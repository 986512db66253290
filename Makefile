# Kempten Twin — the two commands a newcomer needs: `make run` and `make test`.
# Everything else here is what those two are made of.

SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv/bin/python
PIPES ?= 5000
SEED ?= 1
DEMO := build/demo/kempten_demo.gpkg
PROJECT := build/demo/kempten_demo.qgz
ZIP := build/kempten_twin.zip
RESULTS := build/test-results
QGIS_TEST_ENV := KT_REQUIRE_PG=1 QT_QPA_PLATFORM=offscreen HOME=$(CURDIR)/build/test-home XDG_RUNTIME_DIR=$(CURDIR)/build/test-home/run PYTHONDONTWRITEBYTECODE=1

.PHONY: run test deps i18n styles layouts handbook-screenshots package portal-web changelog release repository demo-data demo-project \
	postgres lint bench clean test-unit test-qgis test-server test-e2e test-compat test-clone

## make run: install what is missing, build the demo city, open QGIS with the plugin.
## Without a screen QGIS runs under Xvfb and leaves screenshots in build/screenshots/.
run: deps package demo-data demo-project
	$(PY) scripts/qgis_desktop.py --mode run --project $(PROJECT) --working-copy $(DEMO) \
		$(if $(DISPLAY),--keep-open,)

## make test: install, start PostgreSQL + PostGIS, run every tier (unit, qgis, server, e2e,
## the qgis tier again on QGIS 3.40 and 3.44 and the desktop scenarios on 3.44, each in a
## Debian chroot, and the unit tier in a fresh clone of HEAD).
test: deps package postgres
	@rm -rf $(RESULTS); mkdir -p $(RESULTS); failed=""; \
	for tier in unit qgis server e2e compat clone; do \
		echo "=== tier $$tier ==="; \
		$(MAKE) --no-print-directory test-$$tier || failed="$$failed $$tier"; \
	done; \
	$(VENV) scripts/summarize_tests.py $(RESULTS); \
	if [ -n "$$failed" ]; then echo "failed tiers:$$failed"; exit 1; fi

deps:
	@bash scripts/install_deps.sh

i18n:
	@for ts in i18n/*.ts; do lrelease -silent $$ts -qm $${ts%.ts}.qm; done

styles:
	$(QGIS_TEST_ENV) $(PY) scripts/build_styles.py

## make layouts: rewrite resources/layouts/*.qpt (the print templates) from scripts/build_layouts.py
layouts:
	$(QGIS_TEST_ENV) $(PY) scripts/build_layouts.py

## make handbook-screenshots: copy the e2e tier's chosen screenshots into docs/handbuch/bilder
## (run `make test-e2e` first; commit the pictures that changed).
HANDBOOK_SHOTS := uebersicht:02-detail-canvas verfolgen:05-trace laengsschnitt:06-profile-window \
	maengel:10-defects-list arbeitsauftrag:12-work-order-page-1
handbook-screenshots:
	@for pair in $(HANDBOOK_SHOTS); do name=$${pair%%:*}; shot=$${pair#*:}; \
		src=""; for dir in e2e e2e-defects .; do [ -f build/screenshots/$$dir/$$shot.png ] \
			&& { src=build/screenshots/$$dir/$$shot.png; break; }; done; \
		if [ -n "$$src" ]; then convert $$src -resize '1200x1200>' docs/handbuch/bilder/$$name.png \
			&& echo "docs/handbuch/bilder/$$name.png ← $$src"; else echo "missing $$shot"; fi; done

## make portal-web: the citizens' portal's web 3D library (three.js + 3d-tiles-renderer)
## bundled from npm into build/portal-web/dist (npm ci only when package-lock.json changed).
portal-web:
	@$(PY) scripts/build_portal_web.py

package: i18n portal-web
	@$(PY) scripts/package.py

## make changelog: metadata.txt's changelog field rewritten from CHANGELOG.md.
changelog:
	@$(PY) scripts/plugin_meta.py

## make release VERSION=x.y.z: version bump, CHANGELOG.md's Unreleased entries under the
## new version with today's date, changelog field, build/kempten_twin.zip. Refuses, and
## changes nothing, while metadata.txt's email or links are placeholders, VERSION is not
## x.y.z greater than the current version, or the zip fails the plugins.qgis.org checks.
release: i18n portal-web
	@$(PY) scripts/release.py "$(VERSION)"

## make repository [REPOSITORY_URL=https://host/path/]: build/repository/plugins.xml beside
## kempten_twin_plugin.<version>.zip, a plugin repository for QGIS's plugin manager
## (download URLs file:// of that folder unless REPOSITORY_URL says where it is served).
repository: package
	@REPOSITORY_URL="$(REPOSITORY_URL)" $(PY) scripts/plugin_repository.py

demo-data: $(DEMO)
$(DEMO):
	@mkdir -p $(dir $@)
	$(PY) -m kempten_twin_plugin.cli demo-city --pipes $(PIPES) --seed $(SEED) --output $@ --overwrite

demo-project: $(PROJECT)
$(PROJECT): $(DEMO)
	@$(QGIS_TEST_ENV) $(PY) scripts/make_demo_project.py $(DEMO) $@

postgres:
	@bash scripts/start_postgres.sh

test-unit: i18n
	$(VENV) -m pytest -p no:pytest_qgis -p no:cacheprovider tests/unit --junitxml=$(RESULTS)/unit.xml

test-qgis: i18n
	@mkdir -p build/test-home/run && chmod 700 build/test-home/run
	$(QGIS_TEST_ENV) $(VENV) -m pytest -p no:cacheprovider tests/qgis --junitxml=$(RESULTS)/qgis.xml

test-server:
	KT_TEST_DB=$${KT_TEST_DB:-kempten_twin_test} $(VENV) -m pytest -p no:pytest_qgis -p no:cacheprovider tests/server --junitxml=$(RESULTS)/server.xml

test-e2e: package
	$(VENV) -m pytest -p no:pytest_qgis -p no:cacheprovider tests/e2e --junitxml=$(RESULTS)/e2e.xml

## make test-clone: the unit tier in a fresh clone of HEAD in a temporary folder (no
## ../shared beside it, nothing built), with this checkout's .venv.
test-clone:
	@mkdir -p $(RESULTS)
	JUNIT=$(CURDIR)/$(RESULTS)/clone.xml bash scripts/check_fresh_clone.sh

# The qgis tier on QGIS 3.40 (Debian 13 trixie) and 3.44 (Debian sid), each in its own
# cached chroot (scripts/compat_chroot.sh), then the desktop and qgis_process scenarios of
# the e2e tier on the QGIS 3.44 desktop (a third chroot with QGIS's desktop, ImageMagick
# for screenshots, fonts and Qt's German); each runs even when one before fails. The e2e
# tier's browser and plugin-repository tests test Chromium, npm and pip, not QGIS: they
# run on this machine's QGIS only.
COMPAT_PYTEST := python3 -m pytest -p no:cacheprovider tests/qgis
COMPAT_E2E := python3 -m pytest -p no:pytest_qgis -p no:cacheprovider tests/e2e/test_desktop.py \
	tests/e2e/test_defects_desktop.py tests/e2e/test_exchange_desktop.py \
	tests/e2e/test_planning_desktop.py tests/e2e/test_qgis_process.py \
	tests/e2e/test_defects_qgis_process.py
test-compat: i18n package
	@rc=0; \
	KT_SUITE=trixie KT_EXPECT_QGIS=3.40 bash scripts/compat_chroot.sh $(COMPAT_PYTEST) \
		--junitxml=$(RESULTS)/compat-qgis340.xml || rc=1; \
	KT_SUITE=sid KT_EXPECT_QGIS=3.44 bash scripts/compat_chroot.sh $(COMPAT_PYTEST) \
		--junitxml=$(RESULTS)/compat-qgis344.xml || rc=1; \
	KT_SUITE=sid KT_EXPECT_QGIS=3.44 KT_CHROOT=/var/cache/kempten-twin/qgis-sid-e2e \
		KT_APT_EXTRA="qgis imagemagick fonts-open-sans qttranslations5-l10n" \
		bash scripts/compat_chroot.sh $(COMPAT_E2E) \
		--junitxml=$(RESULTS)/compat-e2e-qgis344.xml || rc=1; \
	exit $$rc

lint: deps
	.venv/bin/ruff check kempten_twin_plugin scripts tests benchmarks
	$(VENV) scripts/check_qt6.py

bench: deps package postgres
	QT_QPA_PLATFORM=offscreen $(VENV) benchmarks/run_all.py

clean:
	rm -rf build
