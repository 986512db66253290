"""German first, English second: the German translation is loaded when QGIS runs in German.

Source strings are English and marked with ``tr("…")``; ``scripts/update_ts.py`` collects
them into ``i18n/kempten_twin_de.ts`` and ``make i18n`` compiles the ``.qm``.
"""

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from . import paths

CONTEXT = "KemptenTwin"


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


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
