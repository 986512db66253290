"""Basemaps stay quiet offline; the German translation follows QGIS's locale."""

from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from kempten_twin_plugin.i18n import Translation, tr
from kempten_twin_plugin.render import basemaps
from kempten_twin_plugin.settings import DEFAULT_BASEMAPS


def test_unreachable_basemaps_are_added_empty_below_everything(qgis_new_project):
    project = QgsProject.instance()
    project.layerTreeRoot().addGroup("Kanalnetz")
    # This machine has no internet: the services cannot answer.
    made = basemaps.make_layers(DEFAULT_BASEMAPS)
    reachable = basemaps.add_to_project(made, project)
    assert reachable == 0
    group = project.layerTreeRoot().children()[-1]
    assert group.customProperty(basemaps.GROUP_PROPERTY)
    assert [node.name() for node in group.findLayers()] == [b["name"] for b in DEFAULT_BASEMAPS]
    # Adding again replaces the group.
    basemaps.add_to_project(basemaps.make_layers(DEFAULT_BASEMAPS), project)
    groups = [g for g in project.layerTreeRoot().children()
              if g.customProperty(basemaps.GROUP_PROPERTY)]
    assert len(groups) == 1


def test_basemap_task_reports_back_in_the_main_thread(qgis_new_project):
    from qgis.core import QgsApplication

    results = []
    task = basemaps.add_basemaps_in_background(DEFAULT_BASEMAPS[:1],
                                               lambda ok, total: results.append((ok, total)))
    for _ in range(200):
        QCoreApplication.processEvents()
        if results:
            break
        QgsApplication.taskManager().activeTasks()
        import time

        time.sleep(0.05)
    assert results == [(0, 1)]
    assert task.error is None


def test_german_translation_follows_the_locale():
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translation = Translation()
    try:
        assert translation.install()
        assert tr("Manholes") == "Schächte"
        assert tr("Sewer network") == "Kanalnetz"
    finally:
        translation.remove()
        settings.setValue("locale/userLocale", "en_US")
    assert tr("Manholes") == "Manholes"


def test_english_needs_no_translator():
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_GB")
    assert Translation().install() is False
    assert tr("Pipes") == "Pipes"
