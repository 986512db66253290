#!/usr/bin/env bash
# Start PostgreSQL 15 (cluster 15/main) and make the test database with PostGIS.
# The current user gets a superuser role of its own name and connects over the local
# socket (peer authentication): no password anywhere.
set -euo pipefail
DB="${KT_TEST_DB:-kempten_twin_test}"
ME="$(id -un)"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}' | grep -qx "15/main"; then
  echo "Creating PostgreSQL cluster 15/main"
  if [ "$(id -u)" -eq 0 ]; then pg_createcluster 15 main >/dev/null; else sudo pg_createcluster 15 main >/dev/null; fi
fi
if ! pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster 15 main start; else sudo pg_ctlcluster 15 main start; fi
fi
for _ in $(seq 1 50); do
  as_postgres "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 0.2
done
as_postgres "psql -qAtc \"select 1 from pg_roles where rolname='$ME'\"" | grep -q 1 \
  || as_postgres "psql -qc \"create role \\\"$ME\\\" superuser login\""
as_postgres "psql -qAtc \"select 1 from pg_database where datname='$DB'\"" | grep -q 1 \
  || as_postgres "createdb -O \"$ME\" \"$DB\""
psql -d "$DB" -qc "create extension if not exists postgis" >/dev/null
echo "PostgreSQL $(psql -d "$DB" -qAtc 'show server_version') with PostGIS $(psql -d "$DB" -qAtc 'select postgis_lib_version()') ready: database $DB"
