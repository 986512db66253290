"""The Kanalnetz dock and the options page, with real widgets."""

import pytest

from kempten_twin_plugin.gui.network.dock import NetworkDock
from kempten_twin_plugin.gui.options_page import OptionsPage
from kempten_twin_plugin.settings import DEFAULT_BASEMAPS


def test_dock_summarises_the_working_copy(kt_settings, demo_gpkg):
    kt_settings.working_copy = demo_gpkg
    dock = NetworkDock(kt_settings)
    rows = dict(dock.summary_rows())
    # Thousands apart by a no-break space, whatever the system locale says (not "2.000",
    # which an English reader takes for two).
    assert rows["Pipes"] == "2\u00a0000"
    assert rows["Total pipe length"].endswith(" km") and float(
        rows["Total pipe length"].split()[0]) > 50
    open_, total = rows["Open defects"].split(" / ")
    assert 0 < int(open_) < int(total)
    assert dock.open_button.isEnabled()


def test_dock_without_working_copy_says_so(kt_settings, tmp_path):
    kt_settings.working_copy = str(tmp_path / "later.gpkg")
    dock = NetworkDock(kt_settings)
    assert "not created yet" in dock.path_label.text()
    assert not dock.open_button.isEnabled() and dock.summary_rows() == []


def test_dock_with_a_broken_file_explains(kt_settings, tmp_path):
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a database")
    kt_settings.working_copy = str(broken)
    dock = NetworkDock(kt_settings)
    assert "cannot be read" in dock.path_label.text()
    assert not dock.open_button.isEnabled()


def test_options_page_saves_settings(kt_settings, tmp_path):
    applied = []
    page = OptionsPage(settings=kt_settings, on_applied=lambda: applied.append(1))
    page.working_copy.setFilePath(str(tmp_path / "wc.gpkg"))
    page.server.setCurrentText("service=kempten")
    page.user_name.setText("m.huber")
    page.apply()
    assert kt_settings.working_copy == str(tmp_path / "wc.gpkg")
    assert kt_settings.server == "service=kempten"
    assert kt_settings.user_name == "m.huber"
    assert applied == [1]
    assert OptionsPage(settings=kt_settings).server.currentText() == "service=kempten"


def test_options_page_refuses_a_password_and_keeps_the_old_server(kt_settings):
    kt_settings.server = "service=kempten"
    page = OptionsPage(settings=kt_settings)
    page.server.setCurrentText("host=db user=x password=geheim")
    page.apply()
    assert "password" in page.message.text().lower()
    assert kt_settings.server == "service=kempten"


def test_basemap_list_is_editable_and_restorable(kt_settings):
    page = OptionsPage(settings=kt_settings)
    assert [b["name"] for b in page.basemap_definitions()] == [b["name"] for b in DEFAULT_BASEMAPS]
    page.basemaps.selectRow(0)
    page._remove_selected()
    page.apply()
    assert len(kt_settings.basemaps) == len(DEFAULT_BASEMAPS) - 1
    page._show_basemaps(DEFAULT_BASEMAPS)
    page.apply()
    assert kt_settings.basemaps == [dict(b) for b in DEFAULT_BASEMAPS]


@pytest.mark.parametrize("server", ["dbname=kt password=secret", "postgresql://kt:secret@db/kt",
                                    "postgres://kt:secret@db:5432/kt",
                                    "postgresql://db/kt?password=secret"])
def test_settings_never_store_a_password(kt_settings, server):
    from qgis.core import QgsSettings

    from kempten_twin_plugin.settings import PREFIX, Settings

    kt_settings.server = "service=kempten"
    kt_settings.save()
    kt_settings.server = server
    with pytest.raises(ValueError) as refused:
        kt_settings.save()
    assert "secret" not in str(refused.value)
    assert QgsSettings().value(PREFIX + "server") == "service=kempten"
    assert Settings.load().server == "service=kempten"
    page = OptionsPage(settings=Settings.load())
    page.server.setCurrentText(server)
    page.apply()
    assert "password" in page.message.text() and "secret" not in page.message.text()
    assert Settings.load().server == "service=kempten"
