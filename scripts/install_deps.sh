#!/usr/bin/env bash
# Install what `make run` and `make test` need on Debian 12, only what is missing:
# Debian packages (QGIS, PostgreSQL 15 + PostGIS 3, Xvfb, ImageMagick, Qt tools, Chromium,
# Node.js with npm), a venv over Debian's python3-qgis for the test tools, and the npm
# packages of the citizens' portal (build/portal-web: the web 3D library it bundles, and
# the test tools gltf-validator and playwright-core). Safe to run again; quick when all
# is there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  qgis python3-qgis qgis-providers python3-venv python3-pip python3-psycopg2 python3-numpy python3-scipy python3-shapely
  gdal-bin xvfb xauth x11-utils imagemagick fonts-dejavu-core poppler-utils time
  libgl1-mesa-dri  # Mesa llvmpipe: OpenGL for the 3D snapshot of the review report
  postgresql-15 postgresql-15-postgis-3 postgresql-client-15
  qttools5-dev-tools pyqt5-dev-tools debootstrap
  qttranslations5-l10n  # Qt's own texts in German ("Abbrechen", "Schließen"): qtbase_de.qm
  chromium  # the citizens' portal page is tested in a real headless browser (SwiftShader)
  python3-pil  # and its screenshots are read for the buildings' status colours
)
# Node.js 18+ and npm build the portal's web library; Debian's packages unless a node is
# installed already (e.g. from NodeSource, whose nodejs carries npm and conflicts with
# Debian's npm package).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Test and lint tools in a venv that sees Debian's QGIS bindings.
if [ ! -x .venv/bin/pytest ] || ! .venv/bin/python -c "import pytest_qgis, ruff, hypothesis, PyQt6.QtCore" 2>/dev/null; then
  echo "Creating .venv (test tools over Debian's python3-qgis)"
  /usr/bin/python3 -m venv --system-site-packages .venv
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
fi

# npm packages of the citizens' portal (exact versions from scripts/portal_web/package-lock.json;
# npm ci runs only when the lock file changed since the last install).
/usr/bin/python3 scripts/build_portal_web.py --install-only
