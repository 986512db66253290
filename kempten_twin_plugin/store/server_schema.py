"""Install or upgrade the central PostGIS schema: numbered SQL migrations, one command.

Install and upgrade are the same call. It takes an advisory lock (two administrators
cannot run it at once), reads the schema version, applies every newer migration in order
inside one transaction and records each in ``schema_version``. Running it again changes
nothing; a schema newer than this plugin knows is refused before anything is touched.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ..errors import KemptenTwinError

if TYPE_CHECKING:
    import psycopg2.extensions

MIGRATIONS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "migrations")
DEFAULT_SCHEMA = "kempten_twin"
DEFAULT_ROLE_PREFIX = "kt_"
ROLE_SUFFIXES = ("reader", "maintenance", "planner", "admin")

# \Z, not $: "$" also matches before a trailing newline, which would reach the SQL.
_SCHEMA_NAME = re.compile(r"\A[a-z_][a-z0-9_]{0,50}\Z")
_ROLE_PREFIX = re.compile(r"\A[a-z][a-z0-9_]{0,30}\Z")


class ServerSchemaError(KemptenTwinError):
    """The server schema cannot be installed or used; the message is meant for the user."""


class SchemaTooNewError(ServerSchemaError):
    pass


class SchemaTooOldError(ServerSchemaError):
    pass


def migrations() -> List[Tuple[int, str, str]]:
    """[(version, description, path)] in order, from files named NNNN_description.sql."""
    found = []
    for name in sorted(os.listdir(MIGRATIONS_DIR)):
        match = re.match(r"^(\d{4})_(\w+)\.sql$", name)
        if match:
            found.append((int(match.group(1)), match.group(2).replace("_", " "),
                          os.path.join(MIGRATIONS_DIR, name)))
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise ServerSchemaError(f"migration files are not numbered 1…n: {versions}")
    return found


LATEST_VERSION = len(migrations())


def check_names(schema: Optional[str], role_prefix: Optional[str]) -> None:
    if not _SCHEMA_NAME.match(schema or ""):
        raise ServerSchemaError(
            f"Invalid schema name {schema!r}: use lower-case letters, digits and _.")
    if not _ROLE_PREFIX.match(role_prefix or ""):
        raise ServerSchemaError(
            f"Invalid role prefix {role_prefix!r}: use lower-case letters, digits and _.")


def refuse_login_roles(cursor: psycopg2.extensions.cursor, role_prefix: str) -> None:
    """The group roles this schema uses may exist already (another schema, an earlier
    install), but never as a login: granting a person's login the schema's rights by a
    name that happens to match would hand that person every member's rights."""
    names = [role_prefix + suffix for suffix in ROLE_SUFFIXES]
    cursor.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) AND rolcanlogin "
                   "ORDER BY rolname", (names,))
    logins = [r[0] for r in cursor.fetchall()]
    if logins:
        raise ServerSchemaError(
            f"The role prefix {role_prefix!r} names existing login roles ({', '.join(logins)}); "
            "they are never taken over as the schema's group roles. Choose another role "
            "prefix; nothing was changed.")


def render(sql: str, schema: str, role_prefix: str) -> str:
    """The migration text for one schema and role prefix (both checked identifiers)."""
    check_names(schema, role_prefix)
    return sql.replace("@schema@", schema).replace("@prefix@", role_prefix)


def current_version(cursor: psycopg2.extensions.cursor, schema: str) -> int:
    """0 when the schema has no Kempten Twin tables yet."""
    cursor.execute("SELECT to_regclass(%s)", (f"{schema}.schema_version",))
    if cursor.fetchone()[0] is None:
        cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (schema,))
        if cursor.fetchone()[0]:
            raise ServerSchemaError(
                f"The schema {schema} holds tables but no schema_version: it is not a "
                "Kempten Twin schema. Choose another schema name.")
        return 0
    cursor.execute(f"SELECT coalesce(max(version), 0) FROM {schema}.schema_version")
    return cursor.fetchone()[0]


def _refuse_newer(version, schema):
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"The server schema {schema} has version {version}, but this plugin knows only up "
            f"to version {LATEST_VERSION}. Update the Kempten Twin plugin first; nothing was "
            "changed.")


def install_or_upgrade(connection: psycopg2.extensions.connection, schema: str = DEFAULT_SCHEMA,
                       role_prefix: str = DEFAULT_ROLE_PREFIX, plugin_version: str = "",
                       upto: Optional[int] = None) -> Tuple[int, int]:
    """Bring ``schema`` to the newest (or ``upto``) version; returns (before, after).

    All migrations run in one transaction: a failure leaves the database as it was.
    """
    check_names(schema, role_prefix)
    target = LATEST_VERSION if upto is None else upto
    try:
        with connection:  # one transaction, committed only when every step succeeded
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                               (f"kempten_twin:{schema}",))
                cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
                if cursor.fetchone() is None:
                    cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                before = current_version(cursor, schema)
                _refuse_newer(before, schema)
                refuse_login_roles(cursor, role_prefix)
                for version, description, path in migrations():
                    if before < version <= target:
                        with open(path, encoding="utf-8") as f:
                            cursor.execute(render(f.read(), schema, role_prefix))
                        cursor.execute(
                            f"INSERT INTO {schema}.schema_version "
                            "(version, description, plugin_version) VALUES (%s, %s, %s)",
                            (version, description, plugin_version))
                return before, max(before, target)
    except ServerSchemaError:
        raise
    except Exception as error:  # psycopg2 errors: keep their text, say what it was for
        message = getattr(error, "pgerror", None) or str(error)
        raise ServerSchemaError(f"Installing the schema {schema} failed; nothing was "
                                f"changed. The server said: {message.strip()}") from error


def check_compatible(connection: psycopg2.extensions.connection, schema: str = DEFAULT_SCHEMA) -> int:
    """Refuse, with a clear message, a server schema this plugin cannot sync with."""
    check_names(schema, DEFAULT_ROLE_PREFIX)
    with connection.cursor() as cursor:
        version = current_version(cursor, schema)
    connection.rollback()
    if version == 0:
        raise SchemaTooOldError(f"The server has no Kempten Twin schema {schema} yet. "
                                "An administrator installs it with “Install or upgrade "
                                "server schema”.")
    _refuse_newer(version, schema)
    if version < LATEST_VERSION:
        raise SchemaTooOldError(f"The server schema {schema} has version {version}; this "
                                f"plugin needs version {LATEST_VERSION}. An administrator "
                                "upgrades it with “Install or upgrade server schema”.")
    return version


def capabilities(connection: psycopg2.extensions.connection,
                 schema: str = DEFAULT_SCHEMA) -> Dict[str, Any]:
    """What the current login may do, as the server says (dict)."""
    check_names(schema, DEFAULT_ROLE_PREFIX)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {schema}.capabilities()")
        result = cursor.fetchone()[0]
    connection.rollback()
    return result


def server_status(connection: psycopg2.extensions.connection,
                  schema: str = DEFAULT_SCHEMA) -> Dict[str, Any]:
    """What "Test connection" reports: schema version, fitness for sync, the login's rights.

    Returns a dict: version (0 = no schema), compatible (bool), problem (text or ""),
    capabilities (dict or None), can_install (whether this login may create the schema).
    """
    check_names(schema, DEFAULT_ROLE_PREFIX)
    with connection.cursor() as cursor:
        version = current_version(cursor, schema)
        cursor.execute("SELECT has_database_privilege(session_user, current_database(), 'CREATE')"
                       ", session_user")
        can_create, login = cursor.fetchone()
    connection.rollback()
    status = {"version": version, "login": login, "capabilities": None, "problem": "",
              "compatible": False, "can_install": bool(can_create)}
    try:
        check_compatible(connection, schema)
        status["compatible"] = True
    except ServerSchemaError as error:
        status["problem"] = str(error)
    if version:
        status["capabilities"] = capabilities(connection, schema)
        status["can_install"] = bool(status["capabilities"].get("admin")) and version <= LATEST_VERSION
    return status
