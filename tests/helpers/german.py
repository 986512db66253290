"""The plugin in German for a qgis-tier test, as QGIS loads it for a German user interface."""

from contextlib import contextmanager

from qgis.core import QgsSettings

from kempten_twin_plugin.i18n import Translation, tr

LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")


@contextmanager
def german_translation():
    """What the plugin does for a QGIS set to German: its translator, from the real .qm."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in LOCALE_KEYS}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translation = Translation()
    try:
        assert translation.install(), "i18n/kempten_twin_de.qm is missing: run make i18n"
        assert tr("Depth") == "Tiefe"
        yield
    finally:
        translation.remove()
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
