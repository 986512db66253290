#!/usr/bin/env bash
# `make test-clone`: `make test-unit` in a fresh clone of HEAD, in a temporary folder with
# nothing beside it (no ../shared, no build/, no compiled translations, no caches), with
# this checkout's .venv (the clone has none; `make deps` would make one). It proves that
# what is committed is all the unit tier needs; uncommitted changes are not in the clone,
# by design. (It found that the unit tier needs `make i18n` first: test-unit depends on it.)
#   JUNIT=path.xml   also write the JUnit report there
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || { echo "no $PY; run \`make deps\` first" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
git clone -q --no-hardlinks "$ROOT" "$TMP/kempten-twin"
cd "$TMP/kempten-twin"
echo "fresh clone of $(git log -1 --format='%h %s' | cut -c1-70) in $TMP/kempten-twin"
if [ -e ../shared ] || [ -e build ]; then
  echo "the clone is not alone: $(ls -A ..)" >&2
  exit 2
fi
status=0
PYTHONDONTWRITEBYTECODE=1 make --no-print-directory VENV="$PY" RESULTS="$TMP/results" test-unit \
  || status=$?
if [ -n "${JUNIT:-}" ] && [ -f "$TMP/results/unit.xml" ]; then
  cp "$TMP/results/unit.xml" "$JUNIT"
fi
exit $status
