"""Feature "defects" (issue 6): the report tool, the "Mängel" dock and the Open311 actions.

Constructed by plugin.py as ``DefectsFeature(iface, settings, toolbar, menu)``;
``unload()`` removes exactly what the constructor added.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from ... import paths
from ...i18n import tr
from ...render.defect_style import apply_defect_style
from ..actions import add_action
from .dock import DefectDock
from .report_tool import ReportDefectTool


def login_capabilities(server, schema):
    """Runs in a worker thread: what the server lets this login do (DESIGN.md §4 roles)."""
    from ...store.server_connection import connect
    from ...store.server_schema import capabilities

    connection = connect(server)
    try:
        return capabilities(connection, schema)
    finally:
        connection.close()


class DefectsFeature:
    def __init__(self, iface, settings, toolbar, menu):
        self.iface = iface
        self.settings = settings
        self._toolbar = toolbar
        self._menu = menu
        window = iface.mainWindow()
        self.actions = []
        self._rights_task = None
        self.dock = DefectDock(iface, settings, window)
        iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)

        self.tool = ReportDefectTool(iface.mapCanvas(), settings, window)
        self.tool.message.connect(self._message)
        self.tool.reported.connect(self._reported)

        self.report_action = self._action("defect.svg", tr("Report a defect"),
                                          "KemptenTwinReportDefect", toolbar=True)
        self.report_action.setCheckable(True)
        self.report_action.triggered.connect(self._toggle_tool)
        self.tool.setAction(self.report_action)
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setObjectName("KemptenTwinDefectDockToggle")
        self.dock_action.setIcon(QIcon(paths.icon_path("defect_list.svg")))
        self.dock_action.setText(tr("Defects panel"))
        toolbar.addAction(self.dock_action)
        menu.addAction(self.dock_action)
        self._action(None, tr("Import citizens' reports (Open311)…"), "KemptenTwinImportOpen311",
                     slot=lambda: self._run_algorithm("import_open311"))
        self._action(None, tr("Export Open311 status…"), "KemptenTwinExportOpen311",
                     slot=lambda: self._run_algorithm("export_open311"))

    def _action(self, icon, text, name, slot=None, toolbar=False):
        return add_action(self.actions, self.iface.mainWindow(), self._menu, text, name, slot,
                          icon, self._toolbar if toolbar else None)

    def _toggle_tool(self, checked):
        canvas = self.iface.mapCanvas()
        if checked:
            canvas.setMapTool(self.tool)
        elif canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)

    def _message(self, text, level):
        self.iface.messageBar().pushMessage(tr("Defects"), text,
                                            Qgis.MessageLevel.Warning if level else Qgis.MessageLevel.Info, 5)

    def _reported(self, uuid):
        self.dock.reload()
        self.dock.select_uuids({uuid})

    def _dock_shown(self, visible):
        if visible:
            self.dock.reload()
            self.style_defect_layer()
            self.check_rights()

    def check_rights(self):
        """Ask the server (in a task) whether this login may change defects; offline or
        without a server everything stays offered and the server decides at the push."""
        from qgis.core import QgsApplication

        from ...tasks import Task

        server, schema = self.settings.server, self.settings.server_schema
        if not server or self._rights_task is not None:
            return

        def done(task):
            self._rights_task = None
            if self.dock is None or task.error is not None or not task.result:
                return
            self.apply_rights(task.result.get("write_defects", True))

        self._rights_task = Task(tr("Checking rights for defects"),
                                 lambda task: login_capabilities(server, schema), done)
        QgsApplication.taskManager().addTask(self._rights_task)

    def apply_rights(self, may_edit):
        self.dock.set_may_edit(may_edit)
        self.report_action.setEnabled(bool(may_edit))
        if not may_edit:
            self.report_action.setToolTip(tr("Your login may read defects but not report them."))

    def style_defect_layer(self):
        from ...render.layers import working_copy_layers

        layer = working_copy_layers().get("defect")
        if layer is not None:
            apply_defect_style(layer)

    def _run_algorithm(self, name):
        import processing  # the Processing plugin; imported when needed

        processing.execAlgorithmDialog(f"kempten_twin:{name}",
                                       {"WORKING_COPY": self.settings.working_copy})
        self.dock.reload()

    def unload(self):
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.tool.deleteLater()
        for action in self.actions + [self.dock_action]:
            self._toolbar.removeAction(action)
            self._menu.removeAction(action)
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.dock = None
