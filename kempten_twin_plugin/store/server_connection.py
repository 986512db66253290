"""Open a connection to the central server from what the user chose, never from a password.

``server`` is either ``service=NAME`` (an entry of pg_service.conf, which may carry
sslmode and more), another libpq keyword string without a password (for administrators'
scripts, with credentials from ~/.pgpass), or the name of a PostgreSQL connection saved in
QGIS, whose credentials come from QGIS's authentication database (``authcfg``). Passwords
stay in memory for the connect call only: never in settings, projects, logs or messages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

import psycopg2

from ..errors import KemptenTwinError
from ..log import contains_password, password_refusal, redact

if TYPE_CHECKING:
    import psycopg2.extensions

APPLICATION_NAME = "kempten_twin"
CONNECT_TIMEOUT_S = 10
# Every wait on the server is bounded: a statement, a lock another writer holds, a
# transaction left open (a desktop that lost its network in mid-sync frees its locks).
SESSION_LIMITS = ("-c statement_timeout=600s -c lock_timeout=60s "
                  "-c idle_in_transaction_session_timeout=600s")


class ServerConnectionError(KemptenTwinError):
    """The server cannot be reached or refuses the login; the message is meant for the user.

    ``unreachable`` tells "offline" (try again later, quietly) from every other failure.
    """

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


def _is_conninfo(server):
    """A libpq keyword string or URI, not the name of a connection saved in QGIS."""
    return re.match(r"^\s*(\w+\s*=|postgres(ql)?://)", server, re.IGNORECASE) is not None


def connection_parameters(server: Optional[str]) -> Dict[str, Any]:
    """libpq keyword arguments for ``server``; may contain a password: never log them."""
    server = (server or "").strip()
    if not server:
        raise ServerConnectionError("No server is configured. Choose a PostgreSQL connection "
                                    "or service=NAME in the Kempten Twin settings.")
    if contains_password(server):  # in any form; the message never repeats the setting
        raise ServerConnectionError(password_refusal())
    if _is_conninfo(server):
        return {"dsn": server}
    return _qgis_connection_parameters(server)


def _qgis_connection_parameters(name):
    # Imported here: administrators' scripts connect with service=NAME and no QGIS at all.
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

    settings = QgsSettings()
    key = f"PostgreSQL/connections/{name}"
    if name not in _saved_connection_names(settings):
        raise ServerConnectionError(f"QGIS has no PostgreSQL connection named “{name}”.")
    value = lambda item: settings.value(f"{key}/{item}", "") or ""  # noqa: E731
    params = {}
    if value("service"):
        params["service"] = value("service")
    for item, keyword in (("host", "host"), ("port", "port"), ("database", "dbname")):
        if value(item):
            params[keyword] = value(item)
    sslmode = _libpq_sslmode(settings.value(f"{key}/sslmode", ""))
    if sslmode:
        params["sslmode"] = sslmode
    authcfg = value("authcfg")
    if authcfg:
        config = QgsAuthMethodConfig()
        if not QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
            raise ServerConnectionError(f"The authentication configuration {authcfg} of the "
                                        f"connection “{name}” cannot be read (is QGIS's "
                                        "master password set?).")
        params["user"] = config.config("username")
        params["password"] = config.config("password")
    else:
        if value("username") and settings.value(f"{key}/saveUsername", True, type=bool):
            params["user"] = value("username")
        if value("password") and settings.value(f"{key}/savePassword", False, type=bool):
            params["password"] = value("password")  # saved by QGIS itself; read, never written
    return params


def _saved_connection_names(settings):
    settings.beginGroup("PostgreSQL/connections")
    names = settings.childGroups()
    settings.endGroup()
    return names


def _libpq_sslmode(stored):
    """QGIS stores sslmode as an enum name (SslRequire …) or number; libpq wants 'require'."""
    from qgis.core import QgsDataSourceUri

    if stored in ("", None):
        return ""
    try:
        mode = int(stored)
    except (TypeError, ValueError):
        mode = getattr(QgsDataSourceUri, str(stored), None)
        if mode is None:
            return str(stored).lower().replace("ssl", "", 1) or ""
    text = QgsDataSourceUri.encodeSslMode(QgsDataSourceUri.SslMode(mode))
    return text if text else ""


def connect(server: Optional[str]) -> psycopg2.extensions.connection:
    """A psycopg2 connection to ``server``, with a clear message when that fails."""
    params = connection_parameters(server)
    dsn = params.pop("dsn", "")
    try:
        return psycopg2.connect(dsn, application_name=APPLICATION_NAME,
                                connect_timeout=CONNECT_TIMEOUT_S, options=SESSION_LIMITS,
                                **params)
    except psycopg2.OperationalError as error:
        message, unreachable = describe_connect_error(server, error)
        raise ServerConnectionError(message, unreachable) from error


def describe_connect_error(server: Optional[str], error: BaseException) -> Tuple[str, bool]:
    """(message for the user, whether the server was simply unreachable)."""
    text = str(error).strip()
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        reason = "the server refused the user name or password"
    elif "does not exist" in lowered and "database" in lowered:
        reason = "the database does not exist"
    elif _unreachable(lowered):
        reason = "the server cannot be reached (offline, or wrong host/port)"
    elif "service" in lowered and "not found" in lowered:
        reason = "pg_service.conf has no such service"
    else:
        reason = "the connection failed"
    # The server's own words help an administrator; they never contain the password.
    first_line = text.splitlines()[0] if text else ""
    return (f"Cannot connect to {redact(server)}: {reason}. ({redact(first_line)})",
            _unreachable(lowered))


def _unreachable(lowered):
    return any(sign in lowered for sign in ("could not translate host name", "could not connect",
                                             "connection refused", "timeout"))
