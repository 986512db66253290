#!/usr/bin/env bash
# QGIS Deployment Toolbelt (PyPI qgis-deployment-toolbelt) in its own venv, build/qdt-venv,
# for the deployment test in tests/e2e/test_plugin_repository.py. Its own venv because it
# brings newer requests, urllib3 and packaging than Debian's, which the QGIS test venv
# (.venv, over Debian's python3-qgis) must keep. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.48.0
if build/qdt-venv/bin/qdt --version 2>/dev/null | grep -q "$VERSION"; then
  exit 0
fi
echo "Installing qgis-deployment-toolbelt $VERSION into build/qdt-venv"
rm -rf build/qdt-venv
/usr/bin/python3 -m venv build/qdt-venv
build/qdt-venv/bin/pip install -q --disable-pip-version-check "qgis-deployment-toolbelt==$VERSION"
build/qdt-venv/bin/qdt --version
