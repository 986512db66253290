"""German first, English second: the German translation is loaded when QGIS runs in German.

Source strings are English and marked with ``tr("…")``; ``scripts/update_ts.py`` collects
them into ``i18n/kempten_twin_de.ts`` and ``make i18n`` compiles the ``.qm``.
"""

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from . import paths

CONTEXT = "KemptenTwin"


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


# The translation itself names its decimal separator (German: ","), so numbers follow the
# language the user reads, not the system locale, and this works wherever tr() works: in
# QGIS, in qgis_process and in the import's reading process, which has no QGIS settings.
_GROUP = "\u00a0"  # no-break space, as DIN 1333 groups digits: "12 345,6" is read alike in both


def decimal_separator():
    """"," when the text is shown in German (the translator says so), else "."."""
    # A literal here, so scripts/update_ts.py collects it for the translators.
    return "," if tr("Decimal separator: .").endswith(",") else "."


def decimal(value, digits=2, *, grouping=False, none="–", separator=None):
    """``value`` as text for a person to read, with the decimal separator of the language the
    plugin speaks: ``decimal(2.35)`` is "2,35" in German and "2.35" in English.

    ``digits``: places after the separator, rounded as Python's ``format`` rounds (2.675 is
    2.67499… in binary: "2,67"; -0.001 gives "-0,00"); ``None`` gives ``format``'s "g" form
    (up to six significant digits: 1.5 → "1,5", 2.0 → "2"). ``grouping``: thousands apart
    by a no-break space, off by default (engineers read "1234,56"). A value of ``None``
    gives ``none``, "–" unless the caller wants another mark (``none=""``: an empty cell).
    ``separator``: force one, for texts written in German whatever the user interface
    speaks (the printed reports).

    Only for text people read: files and values that programs parse keep the point.
    """
    if value is None:
        return none
    text = format(value, ("," if grouping else "") + ("g" if digits is None else f".{digits}f"))
    if separator is None:
        separator = decimal_separator()
    if separator == "." and not grouping:
        return text
    return text.translate({ord(","): _GROUP, ord("."): separator})


def is_german():
    """True when the plugin speaks German (its translation is installed)."""
    return decimal_separator() == ","


def date_text(value, with_time=False, none="–"):
    """A date for people in the language the plugin speaks: "31.10.2025" in German,
    "2025-10-31" in English (ISO, read alike everywhere). ``value``: a ``date``, a
    ``datetime`` or ISO text ("2025-10-31", "2025-10-31T04:14:00Z"); a time in UTC is
    shown in the machine's local time. ``with_time`` adds the time of day ("04:14").
    Text that is no date comes back as it is; ``None`` or "" gives ``none``."""
    from datetime import date, datetime

    if value is None or value == "":
        return none
    moment = value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) <= 10:
                moment = date.fromisoformat(text)
            else:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
        except ValueError:
            return value
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # the local time of the machine
        clock = f" {moment:%H:%M}" if with_time else ""
        moment_date = moment.date()
    else:
        clock, moment_date = "", moment
    if is_german():
        return f"{moment_date:%d.%m.%Y}{clock}"
    return f"{moment_date.isoformat()}{clock}"


def qt_date_format():
    """The date format of Qt's date widgets for the plugin's language."""
    return "dd.MM.yyyy" if is_german() else "yyyy-MM-dd"


def qlocale():
    """The QLocale of the plugin's language, for spin boxes, date edits and charts."""
    if is_german():
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply_locale(*widgets):
    """Spin boxes and date edits show the plugin's decimal mark and date format
    (German: "2,5" and "31.10.2025"), whatever locale the system has."""
    locale = qlocale()
    for widget in widgets:
        widget.setLocale(locale)
        if hasattr(widget, "setDisplayFormat"):
            widget.setDisplayFormat(qt_date_format())


def scale_text(denominator):
    """A map scale for people: "1:500", "1:2 000" (thousands apart by a no-break space)."""
    return f"1:{whole(int(round(denominator)))}"


def whole(count):
    """A count for people: thousands apart by a no-break space in every language ("12 345"),
    as DIN 5008 allows; not the system locale's mark, which an English reader of a German
    system would take for a decimal point ("2.000")."""
    return decimal(count, 0, grouping=True)


def ui_language():
    """Two-letter language of QGIS's user interface."""
    # Imported here: tr() alone needs only Qt (the import's reading process has no QGIS).
    from qgis.core import QgsSettings

    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return (name or "en")[:2].lower()


def qt_translation_missing(language):
    """True when Qt's own texts (dialog buttons) are not translated into ``language``:
    QGIS installs Qt's translation only when it finds it (Debian: qttranslations5-l10n)."""
    probe = QCoreApplication.translate("QPlatformTheme", "Cancel")
    return language != "en" and probe == "Cancel"


class Translation:
    """Installs the plugin's translator into the application and removes it again; Qt's
    own translation too (qtbase_de.qm: "Abbrechen", "Schließen") when QGIS has not."""

    def __init__(self):
        self._translator = None
        self._qt_translator = None

    def install(self):
        language = ui_language()
        if language == "en":
            return False
        translator = QTranslator()
        if not translator.load(paths.translation_file(language)):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        self._install_qt(language)
        return True

    def _install_qt(self, language):
        if self._qt_translator is not None or not qt_translation_missing(language):
            return
        from qgis.PyQt.QtCore import QLibraryInfo

        folder = QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)
        translator = QTranslator()
        if translator.load(f"qtbase_{language}", folder):
            QCoreApplication.installTranslator(translator)
            self._qt_translator = translator

    def remove(self):
        for name in ("_translator", "_qt_translator"):
            translator = getattr(self, name)
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
                setattr(self, name, None)
