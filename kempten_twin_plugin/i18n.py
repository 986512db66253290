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


class Translation:
    """Installs the plugin's translator into the application and removes it again."""

    def __init__(self):
        self._translator = None

    def install(self):
        language = ui_language()
        if language == "en":
            return False
        translator = QTranslator()
        if not translator.load(paths.translation_file(language)):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return True

    def remove(self):
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
