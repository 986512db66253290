"""Wiring only: what initGui() adds to QGIS, unload() removes again, in reverse order."""

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

from . import paths
from .gui.actions import add_action
from .gui.connections import Connections
from .gui.defects.feature import DefectsFeature
from .gui.exchange.feature import ExchangeFeature
from .gui.help import Shortcuts, open_page
from .gui.network.dock import NetworkDock
from .gui.network.tools import NetworkTools
from .gui.options_page import OptionsFactory
from .gui.planning.feature import Feature as PlanningFeature
from .gui.sync.conflict_dialog import ConflictDialog
from .gui.sync.controller import SyncController
from .i18n import Translation, tr
from .processing.provider import KemptenTwinProvider
from .render import basemaps, layers
from .settings import Settings

MENU_OBJECT_NAME = "KemptenTwinMenu"
TOOLBAR_OBJECT_NAME = "KemptenTwinToolbar"


class KemptenTwinPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.settings = Settings.load()
        self.translation = Translation()
        self.provider = None
        self.toolbar = None
        self.menu = None
        self.dock = None
        self.options_factory = None
        self.actions = []
        self.connections = Connections()
        self.sync = None
        self.network_tools = None
        self.exchange = None
        self.planning = None
        self._basemap_task = None
        self.defects = None
        self.shortcuts = Shortcuts()

    # --- Processing (also called alone by qgis_process) -------------------------------

    def initProcessing(self):  # QGIS's name
        if self.provider is None:
            self.translation.install()
            self.provider = KemptenTwinProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # --- GUI -------------------------------------------------------------------------

    def initGui(self):  # QGIS's name
        self.initProcessing()
        window = self.iface.mainWindow()

        self.dock = NetworkDock(self.settings, window)
        self.dock.open_requested.connect(self.open_working_copy)
        self.dock.generate_requested.connect(self.generate_demo_city)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.toolbar = self.iface.addToolBar("Kempten Twin")
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.menu = QMenu("Kempten Twin", window.menuBar())
        self.menu.setObjectName(MENU_OBJECT_NAME)
        help_menu = self.iface.helpMenu()
        if isinstance(help_menu, QMenu):  # before Help, as QGIS's own menus
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)

        self._add_action("kempten_twin.svg", tr("Open working copy"), self.open_working_copy,
                         "KemptenTwinOpen")
        dock_action = self.dock.toggleViewAction()
        dock_action.setObjectName("KemptenTwinDockToggle")
        dock_action.setIcon(QIcon(paths.icon_path("network.svg")))
        dock_action.setText(tr("Sewer network panel"))
        self.toolbar.addAction(dock_action)
        self.menu.addAction(dock_action)
        self._add_action("basemap.svg", tr("Add basemaps"), self.add_basemaps,
                         "KemptenTwinBasemaps")
        sync_action = self._add_action("sync.svg", tr("Synchronise"), self.synchronise,
                                       "KemptenTwinSync")
        self._add_action(None, tr("Review sync conflicts…"), self.review_conflicts,
                         "KemptenTwinConflicts", toolbar=False)
        self.menu.addSeparator()
        self.defects = DefectsFeature(self.iface, self.settings, self.toolbar, self.menu)
        self.menu.addSeparator()
        self.network_tools = NetworkTools(self.iface, self.settings, self.toolbar, self.menu,
                                          self.dock)
        self.menu.addSeparator()
        self.exchange = ExchangeFeature(self.iface, self.settings, self.toolbar, self.menu,
                                        on_imported=self.dock.refresh)
        self.menu.addSeparator()
        self.planning = PlanningFeature(self.iface, self.settings, self.toolbar, self.menu)
        self.menu.addSeparator()
        self._add_action(None, tr("Generate demo city…"), self.generate_demo_city,
                         "KemptenTwinGenerate", toolbar=False)
        self._add_action(None, tr("Settings…"), self.show_options, "KemptenTwinSettings",
                         toolbar=False)
        self.menu.addSeparator()
        self._add_action(None, tr("Help (user guide)"), lambda: open_page("index"),
                         "KemptenTwinHelp",
                         toolbar=False)
        self.shortcuts.register(window)

        self.sync = SyncController(self.iface, self.settings, sync_action, self._after_sync)
        self.iface.statusBarIface().addPermanentWidget(self.sync.widget)

        self.options_factory = OptionsFactory(on_applied=self.settings_changed)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.connections.connect(QgsProject.instance().readProject, self._project_read)

    def _add_action(self, icon, text, slot, object_name, toolbar=True):
        return add_action(self.actions, self.iface.mainWindow(), self.menu, text, object_name,
                          slot, icon, self.toolbar if toolbar else None)

    def unload(self):
        self.shortcuts.unregister()
        if self._basemap_task is not None:
            self._basemap_task.cancel()
            self._basemap_task = None
        if self.exchange is not None:
            self.exchange.unload()
            self.exchange = None
        self.connections.disconnect_all()
        if self.network_tools is not None:
            self.network_tools.unload()
            self.network_tools = None
        if self.defects is not None:
            self.defects.unload()
            self.defects = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.sync is not None:
            self.sync.teardown()
            self.iface.statusBarIface().removeWidget(self.sync.widget)
            self.sync.widget.deleteLater()
            self.sync.deleteLater()
            self.sync = None
        if self.planning is not None:
            self.planning.unload()
            self.planning = None
        for action in self.actions:
            action.triggered.disconnect()
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self.translation.remove()

    # --- actions ---------------------------------------------------------------------

    def open_working_copy(self):
        try:
            opened = layers.open_working_copy(self.settings.working_copy)
        except layers.OpenError as error:
            self.iface.messageBar().pushMessage("Kempten Twin", str(error), Qgis.MessageLevel.Warning, 10)
            return
        canvas = self.iface.mapCanvas()
        canvas.setExtent(canvas.mapSettings().layerToMapCoordinates(
            opened["pipe"], opened["pipe"].extent()))
        canvas.refresh()
        self.dock.refresh()

    def add_basemaps(self):
        if self._basemap_task is not None:  # a second click starts over
            self._basemap_task.cancel()

        def done(reachable, total, silent):
            self._basemap_task = None
            bar = self.iface.messageBar()
            if silent:
                bar.pushMessage(
                    "Kempten Twin",
                    tr("No answer within {seconds} s, left out for now: {names}. "
                       "Try again later.").format(
                        seconds=int(basemaps.PROBE_DEADLINE_S), names=", ".join(silent)),
                    Qgis.MessageLevel.Warning, 10)
            elif reachable < total:
                # Quiet by design: offline is a normal state in the depot, not an error.
                bar.pushMessage(
                    "Kempten Twin",
                    tr("{missing} of {total} basemaps could not be reached (offline?); "
                       "they stay empty until the service answers.").format(
                        missing=total - reachable, total=total),
                    Qgis.MessageLevel.Info, 5)

        self._basemap_task = basemaps.add_basemaps_in_background(self.settings.basemaps, done)

    def generate_demo_city(self):
        import processing  # the Processing plugin; imported when needed

        processing.execAlgorithmDialog("kempten_twin:generate_demo_city",
                                       {"WORKING_COPY": self.settings.working_copy})
        self.dock.refresh()

    def synchronise(self):
        self.sync.start()

    def review_conflicts(self):
        dialog = ConflictDialog(self.settings.working_copy, self.iface.mainWindow())
        dialog.exec()
        self.sync.refresh()

    def _after_sync(self):
        self.dock.refresh()
        if self.defects is not None and self.defects.dock.isVisible():
            self.defects.dock.reload()

    def settings_changed(self):
        """The options page saved (or a script changed QGIS's settings): read them again."""
        self.settings.reload()
        self.dock.refresh()
        self.sync.refresh()

    def show_options(self):
        self.iface.showOptionsDialog(self.iface.mainWindow(), "KemptenTwinOptionsPage")

    def _project_read(self):
        self.dock.refresh()
