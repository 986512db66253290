"""One logger: what a support call needs to see, in QGIS's message log under "Kempten Twin".

Imports, syncs, refusals and timings are written here, never a password: every message
passes ``redact`` first, which removes ``password=…`` in libpq strings and the password
of ``postgresql://user:secret@host`` URIs, whatever wrote them. Outside QGIS (the CLI,
the import's reading process) the same lines go to Python's logging.
"""

import logging
import re

TAG = "Kempten Twin"

_KEYWORD_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)
_URI_PASSWORD = re.compile(r"((?:postgres|postgresql)://[^:/@\s]*:)([^@\s]*)(@)", re.IGNORECASE)
_URI_QUERY_PASSWORD = re.compile(r"([?&]password=)([^&\s]*)", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with every password it may carry replaced by ``***``."""
    text = _URI_PASSWORD.sub(r"\1***\3", str(text))
    text = _URI_QUERY_PASSWORD.sub(r"\1***", text)
    return _KEYWORD_PASSWORD.sub(r"\1***", text)


def contains_password(text: str) -> bool:
    """Whether a server setting or connection string carries a password in any form."""
    text = str(text or "")
    return bool(_URI_PASSWORD.search(text) or _URI_QUERY_PASSWORD.search(text)
                or re_password_keyword.search(text))


re_password_keyword = re.compile(r"(^|[\s?&;])password\s*=", re.IGNORECASE)


def password_refusal() -> str:
    """The one message for a password given where none may go."""
    from .i18n import tr

    return tr("A password does not belong in the server setting; use a pg_service.conf "
              "entry with ~/.pgpass or a QGIS connection with an authentication "
              "configuration.")


def _write(level_name: str, message: str) -> None:
    message = redact(message)
    try:
        from qgis.core import Qgis, QgsApplication, QgsMessageLog
    except ImportError:
        QgsApplication = None  # noqa: N806 (QGIS's name)
    if QgsApplication is not None and QgsApplication.instance() is not None:
        level = {"info": Qgis.MessageLevel.Info, "warning": Qgis.MessageLevel.Warning,
                 "error": Qgis.MessageLevel.Critical}[level_name]
        QgsMessageLog.logMessage(message, TAG, level, notifyUser=False)
        return
    getattr(logging.getLogger("kempten_twin"), level_name)(message)


def info(message: str) -> None:
    _write("info", message)


def warning(message: str) -> None:
    _write("warning", message)


def error(message: str) -> None:
    _write("error", message)
