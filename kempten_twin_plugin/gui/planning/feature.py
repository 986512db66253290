"""The planners' side in the QGIS desktop: dock "Bauvorhaben", import actions, conflict
check, 3D view and review report.

Constructed by plugin.py as ``Feature(iface, settings, toolbar, menu)``; it adds its own
actions, dock and signal connections and ``unload()`` removes exactly those. Long work
(imports, conflict check, report) runs in a QgsTask; the GUI stays responsive.
"""

import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayerTreeGroup,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QAction,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...core.planning import conflicts as conflicts_module
from ...i18n import decimal, tr
from ...io.planning.errors import PlanningCrsError, PlanningImportError
from ...render import layers as wc_layers
from ...render import planning_overlay as overlay_qgis
from ...store import planning as planning_store
from ...tasks import Task
from ..actions import add_action
from ..connections import Connections

ROLE = "kempten_twin/planning"  # custom property on the layers this feature adds
CONFLICT_COLUMNS = ("building", "asset", "distance", "required", "severity")
ASSET_NAMES = {"pipe": "Haltung", "manhole": "Schacht", "lateral": "Anschlussleitung",
               "gully": "Straßenablauf"}
FOOTPRINT_FILTER = "GeoJSON, GeoPackage, Shapefile, DXF, XPlanGML, CityGML " \
                   "(*.geojson *.json *.gpkg *.shp *.dxf *.gml *.xml)"
COMMENT_FILTER = "GeoJSON, JSON, CSV (*.geojson *.json *.csv)"


class PlanningDock(QgsDockWidget):
    """Dock "Bauvorhaben": projects with their comment counts, conflicts, comments."""

    def __init__(self, parent=None):
        super().__init__(tr("Building projects"), parent)
        self.setObjectName("KemptenTwinPlanningDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.project_combo = QComboBox(body)
        self.project_combo.setObjectName("KemptenTwinPlanningProject")
        layout.addWidget(self.project_combo)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("Import…"), body)
        self.check_button = QPushButton(tr("Check conflicts"), body)
        self.view3d_button = QPushButton(tr("3D"), body)
        self.report_button = QPushButton(tr("Report…"), body)
        self.strips_button = QPushButton(tr("Strips…"), body)
        self.portal_button = QPushButton(tr("Portal…"), body)
        self.portal_button.setToolTip(tr("Export for the citizens' portal…"))
        for button in (self.import_button, self.check_button, self.view3d_button,
                       self.report_button, self.strips_button, self.portal_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.status_label = QLabel(body)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.conflict_table = QTableWidget(0, len(CONFLICT_COLUMNS), body)
        self.conflict_table.setObjectName("KemptenTwinConflictTable")
        self.conflict_table.setHorizontalHeaderLabels(
            [tr("Building"), tr("Asset"), tr("Distance (m)"), tr("Required (m)"), tr("Severity")])
        self.conflict_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.conflict_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.conflict_table, 3)
        layout.addWidget(QLabel(tr("Citizens' comments"), body))
        self.comment_list = QListWidget(body)
        self.comment_list.setObjectName("KemptenTwinCommentList")
        self.comment_list.setWordWrap(True)
        layout.addWidget(self.comment_list, 2)
        self.setWidget(body)

    def current_project(self):
        return self.project_combo.currentData()


class Feature:
    def __init__(self, iface, settings, toolbar, menu):
        self.iface = iface
        self.settings = settings
        self.toolbar = toolbar
        self.menu = menu
        self.actions = []
        self.connections = Connections()
        self.conflicts = []
        self._task = None
        self._last_import = None
        self.last_report = None  # summary of the latest review report written
        self.last_portal = None  # summary of the latest portal export
        self._buildings = {}  # uuid → (number, use) of the shown project, for the table
        window = iface.mainWindow()

        self.dock = PlanningDock(window)
        iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.separator = menu.addSeparator()
        dock_action = self.dock.toggleViewAction()
        dock_action.setObjectName("KemptenTwinPlanningDockToggle")
        dock_action.setIcon(QIcon(paths.icon_path("planning.svg")))
        dock_action.setText(tr("Building projects panel"))
        toolbar.addAction(dock_action)
        menu.addAction(dock_action)
        self.dock_action = dock_action
        self._add(tr("Import planned buildings…"), self.import_planned, "KemptenTwinImportPlanned")
        self._add(tr("Import citizens' comments…"), self.import_comments,
                  "KemptenTwinImportComments")
        self._add(tr("Check building conflicts"), self.check_conflicts, "KemptenTwinConflictCheck")
        self._add(tr("Open 3D view of the projects"), self.open_3d, "KemptenTwin3DView")
        self._add(tr("Review report (PDF)…"), self.review_report, "KemptenTwinReviewReport")
        self._add(tr("Export for the citizens' portal…"), self.export_portal,
                  "KemptenTwinExportPortal")

        d = self.dock
        self.connections.connect(d.import_button.clicked, self.import_planned)
        self.connections.connect(d.check_button.clicked, self.check_conflicts)
        self.connections.connect(d.view3d_button.clicked, self.open_3d)
        self.connections.connect(d.report_button.clicked, self.review_report)
        self.connections.connect(d.strips_button.clicked, self.edit_strips)
        self.connections.connect(d.portal_button.clicked, self.export_portal)
        self.connections.connect(d.project_combo.currentIndexChanged, self._project_changed)
        self.connections.connect(d.conflict_table.itemSelectionChanged, self._zoom_to_selected)
        self.connections.connect(d.visibilityChanged, self._dock_shown)
        self.connections.connect(QgsProject.instance().layersAdded, self._layers_added)
        self.refresh()

    def _add(self, text, slot, object_name):
        return add_action(self.actions, self.iface.mainWindow(), self.menu, text, object_name,
                          slot)

    def unload(self):
        self.connections.disconnect_all()
        for action in self.actions:
            action.triggered.disconnect()
            self.menu.removeAction(action)
            action.deleteLater()
        self.actions = []
        self.menu.removeAction(self.dock_action)
        self.toolbar.removeAction(self.dock_action)
        self.menu.removeAction(self.separator)
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.dock = None

    # --- state ------------------------------------------------------------------------

    @property
    def working_copy(self):
        return self.settings.working_copy

    def _message(self, text, level=Qgis.MessageLevel.Info, seconds=6):
        self.iface.messageBar().pushMessage(tr("Building projects"), text, level, seconds)

    def _dock_shown(self, visible):
        if visible:
            self.refresh()

    def refresh(self):
        """Projects with status and comment count into the combo box; keeps the selection."""
        if self.dock is None:
            return
        combo = self.dock.project_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if os.path.isfile(self.working_copy):
            try:
                counts = planning_store.comment_counts_by_project(self.working_copy)
                for uuid, name, status in planning_store.projects(self.working_copy):
                    combo.addItem(tr("{name} · {status} · {n} comments").format(
                        name=name, status=status or "–", n=counts.get(uuid, 0)), uuid)
            except Exception as error:  # a broken or foreign file: say so, do not crash
                self.dock.status_label.setText(str(error))
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)
        self._project_changed()

    def _project_changed(self, *_args):
        project = self.dock.current_project()
        self.dock.comment_list.clear()
        if project is None or not os.path.isfile(self.working_copy):
            return
        rows = planning_store.comments_by_building(self.working_copy, project)
        buildings = planning_store.building_uses(self.working_copy, project)
        self._buildings = {uuid: (i + 1, use) for i, (uuid, use) in enumerate(buildings)}
        for building, text, created in rows:
            number = self._buildings.get(building, (None,))[0]
            about = tr("No. {n}").format(n=number) + ": " if number else ""
            self.dock.comment_list.addItem(f"{(created or '')[:10]}  {about}{text or ''}")
        self._fill_conflicts()

    # --- layers -----------------------------------------------------------------------

    def _layers_added(self, added):
        # At once, not deferred: the open action refreshes the canvas right after adding
        # the layers, and a style change later would restart that render.
        tables = {layer.customProperty(wc_layers.TABLE_PROPERTY) for layer in added}
        if tables & {"planned_building", "planned_project"}:
            opened = wc_layers.working_copy_layers()
            if "planned_building" in opened and "planned_project" in opened:
                self.decorate_layers()

    def decorate_layers(self):
        """Status style, labels and 3D renderer on the buildings; comments and context
        buildings into the project group."""
        opened = wc_layers.working_copy_layers()
        buildings, projects = opened.get("planned_building"), opened.get("planned_project")
        if buildings is None or projects is None:
            return
        overlay_qgis.style_buildings_2d(buildings, projects)
        overlay_qgis.apply_3d(buildings, self.settings.storey_height)
        group = self._planning_group()
        if group is None:
            return
        path = buildings.source().split("|")[0]
        if "participation_comment" not in opened:
            from qgis.core import QgsVectorLayer

            layer = QgsVectorLayer(f"{path}|layername=participation_comment",
                                   tr("Citizens' comments"), "ogr")
            if layer.isValid():
                overlay_qgis.style_comments(layer)
                self._add_to_group(group, layer, "participation_comment", 0)
                opened["participation_comment"] = layer
        if "participation_comment" in opened:
            overlay_qgis.add_comment_count(buildings, opened["participation_comment"])
        if "context_building" not in opened:
            layer = overlay_qgis.open_context_layer(path)
            if layer is not None:
                overlay_qgis.context_3d(layer, self.settings.storey_height)
                self._add_to_group(group, layer, "context_building", len(group.children()))
        self.refresh()

    def _planning_group(self):
        for child in QgsProject.instance().layerTreeRoot().children():
            if (isinstance(child, QgsLayerTreeGroup)
                    and child.customProperty(wc_layers.GROUP_PROPERTY) == "planning"):
                return child
        return None

    @staticmethod
    def _add_to_group(group, layer, table, position):
        layer.setCustomProperty(wc_layers.TABLE_PROPERTY, table)
        QgsProject.instance().addMapLayer(layer, False)
        group.insertLayer(position, layer)

    def _reload_layers(self):
        opened = wc_layers.working_copy_layers()
        if "planned_building" in opened:
            for layer in opened.values():
                if layer.providerType() == "ogr":
                    layer.dataProvider().reloadData()
                    layer.triggerRepaint()
            self.decorate_layers()
        else:
            try:
                wc_layers.open_working_copy(self.working_copy)
            except wc_layers.OpenError as error:
                self._message(str(error), Qgis.MessageLevel.Warning)
        self.refresh()

    # --- imports ----------------------------------------------------------------------

    def import_planned(self, path=None, mapping=None, project_name=None, status=None,
                       source_epsg=None, ask=True):
        """Import a file; with ``ask`` a footprint file first shows the field mapping."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(),
                                                  tr("Import planned buildings"), "",
                                                  FOOTPRINT_FILTER)
            if not path:
                return None
        if ask and not path.lower().endswith((".gml", ".xml")):
            from ...io.planning.footprints import field_names, open_layer
            from .dialogs import FieldMappingDialog

            try:
                fields = field_names(path)
                _ds, layer = open_layer(path)
                has_crs = layer.GetSpatialRef() is not None
            except PlanningImportError as error:
                self._message(str(error), Qgis.MessageLevel.Warning, 10)
                return None
            dialog = FieldMappingDialog(os.path.basename(path), fields, has_crs,
                                        self.iface.mainWindow())
            if not dialog.exec():
                return None
            mapping = dialog.mapping()
            project_name = dialog.project_name.text().strip() or None
            status = dialog.status.currentText()
            source_epsg = dialog.source_epsg()
        from ...io.planning.importer import import_planned

        user, working_copy = self.settings.user_name, self.working_copy
        # kept for asking the CRS and importing again when the file leaves it open
        self._last_import = dict(path=path, mapping=mapping, project_name=project_name,
                                 status=status, ask=False)

        def work(task):
            return import_planned(working_copy, path, user, mapping, source_epsg, project_name,
                                  status)

        return self._run(tr("Importing {file}").format(file=os.path.basename(path)), work,
                         self._import_done)

    def ask_source_crs(self, message, suggested):
        """The CRS question (a dialog; replaced in tests)."""
        from .dialogs import ask_source_crs

        return ask_source_crs(message, suggested, self.iface.mainWindow())

    def _import_done(self, task):
        if isinstance(task.error, PlanningCrsError) and getattr(self, "_last_import", None):
            epsg = self.ask_source_crs(str(task.error), task.error.suggested)
            if epsg:
                self.import_planned(source_epsg=epsg, **self._last_import)
                return
        if task.error is not None:
            self._message(str(task.error), Qgis.MessageLevel.Warning, 12)
            return
        s = task.result
        if s["context_buildings"]:
            text = tr("{n} existing buildings imported for context.").format(n=s["context_buildings"])
        else:
            text = tr("{projects} projects with {buildings} buildings imported ({kind}).").format(
                projects=s["projects"], buildings=s["buildings"], kind=s["kind"])
        if s["warnings"]:
            text += " " + tr("{n} warnings: {first}").format(n=len(s["warnings"]),
                                                              first=s["warnings"][0])
        self._message(text, Qgis.MessageLevel.Success if not s["warnings"] else Qgis.MessageLevel.Warning, 8)
        self._reload_layers()

    def import_comments(self, path=None, project=None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(),
                                                  tr("Import citizens' comments"), "",
                                                  COMMENT_FILTER)
            if not path:
                return None
        from ...io.planning.importer import import_comments

        user, working_copy = self.settings.user_name, self.working_copy

        def work(task):
            return import_comments(working_copy, path, user, project)

        return self._run(tr("Importing comments"), work, self._comments_done)

    def _comments_done(self, task):
        if task.error is not None:
            self._message(str(task.error), Qgis.MessageLevel.Warning, 12)
            return
        s = task.result
        self._message(tr("{n} comments imported, {skipped} without a project.").format(
            n=s["comments"], skipped=s["skipped"]), Qgis.MessageLevel.Success, 8)
        self._reload_layers()

    def _run(self, description, work, done):
        if self._task is not None:
            self._message(tr("Please wait: the previous task is still running."), Qgis.MessageLevel.Warning)
            return None

        def finished(task):
            self._task = None
            if self.dock is not None:
                done(task)

        self._task = Task(description, work, finished)
        QgsApplication.taskManager().addTask(self._task)
        return self._task

    # --- conflicts --------------------------------------------------------------------

    def strips(self):
        try:
            return conflicts_module.StripTable.from_json(self.settings.protection_strips)
        except (ValueError, KeyError, TypeError):
            return conflicts_module.StripTable()

    def edit_strips(self):
        from .dialogs import StripTableDialog

        dialog = StripTableDialog(self.settings.protection_strips, self.iface.mainWindow())
        if dialog.exec():
            self.settings.protection_strips = dialog.result_json
            self.settings.save()

    def check_conflicts(self):
        if not os.path.isfile(self.working_copy):
            self._message(tr("The working copy {path} does not exist.").format(
                path=self.working_copy), Qgis.MessageLevel.Warning)
            return None
        self.dock.show()
        path, strips = self.working_copy, self.strips()

        def work(task):
            return planning_store.check_conflicts(path, strips, is_canceled=task.isCanceled)

        return self._run(tr("Checking building conflicts"), work, self._conflicts_done)

    def _conflicts_done(self, task):
        if task.error is not None:
            self._message(str(task.error), Qgis.MessageLevel.Warning, 12)
            return
        self.conflicts = task.result or []
        project = QgsProject.instance()
        for layer in list(project.mapLayers().values()):
            if layer.customProperty(ROLE) == "conflicts":
                project.removeMapLayer(layer.id())
        names = {uuid: self.dock.project_combo.itemText(i).split(" · ")[0]
                 for i, uuid in ((i, self.dock.project_combo.itemData(i))
                                 for i in range(self.dock.project_combo.count()))}
        layer = overlay_qgis.conflict_layer(self.conflicts, names, tr("Building conflicts"))
        layer.setCustomProperty(ROLE, "conflicts")
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
        self._fill_conflicts()
        self._message(tr("{n} conflicts with the sewer network.").format(n=len(self.conflicts)),
                      Qgis.MessageLevel.Warning if self.conflicts else Qgis.MessageLevel.Success, 6)

    def _fill_conflicts(self):
        table = self.dock.conflict_table
        project = self.dock.current_project()
        shown = [c for c in self.conflicts if project is None or c.project == project]
        table.setRowCount(len(shown))
        for row, c in enumerate(shown):
            number, use = self._buildings.get(c.building, (None, None))
            building = (tr("No. {n}").format(n=number) + (f" ({use[:20]})" if use else "")
                        if number else c.building[:8])
            values = (building, f"{ASSET_NAMES.get(c.asset_table, c.asset_table)} {c.object_code}",
                      decimal(c.distance), decimal(c.required), c.severity)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (c.x, c.y))
                table.setItem(row, column, item)
        self.dock.status_label.setText(tr("{n} conflicts in this project (of {total}).").format(
            n=len(shown), total=len(self.conflicts)) if self.conflicts else "")

    def _zoom_to_selected(self):
        items = self.dock.conflict_table.selectedItems()
        if not items:
            return
        x, y = items[0].data(Qt.ItemDataRole.UserRole)
        canvas = self.iface.mapCanvas()
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25832"),
                                           canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        centre = transform.transform(QgsPointXY(x, y))
        half = 25.0  # m: the building and the pipe both in view
        canvas.setExtent(QgsRectangle(centre.x() - half, centre.y() - half,
                                      centre.x() + half, centre.y() + half))
        canvas.refresh()

    # --- citizens' portal -------------------------------------------------------------

    def export_portal(self, output=None):
        """Export the project chosen in the dock for the citizens' portal (3D Tiles and web
        page) into a folder, in a QgsTask; the visible basemaps are drawn under it."""
        project = self.dock.current_project()
        if project is None:
            self._message(tr("Choose a building project in the panel first."), Qgis.MessageLevel.Warning)
            self.dock.show()
            return None
        if not output:
            output = QFileDialog.getExistingDirectory(self.iface.mainWindow(),
                                                      tr("Export for the citizens' portal"))
            if not output:
                return None
        from ...io.portal.export import export_portal, options_from_settings
        from ...render.basemaps import visible_basemaps
        from ...render.portal_basemap import LayerBasemap

        basemap = LayerBasemap(visible_basemaps()) or None  # cloned here, drawn in the task
        working_copy, options = self.working_copy, options_from_settings(self.settings)
        self.last_portal = None

        def work(task):
            try:
                return export_portal(working_copy, output, project, options, basemap,
                                     progress=task.setProgress, is_canceled=task.isCanceled)
            finally:
                if basemap is not None:
                    basemap.close()

        return self._run(tr("Exporting for the citizens' portal"), work, self._portal_done)

    def _portal_done(self, task):
        if task.isCanceled():
            self._message(tr("Portal export cancelled; nothing was written."), Qgis.MessageLevel.Info)
            return
        if task.error is not None:
            self._message(str(task.error), Qgis.MessageLevel.Warning, 12)
            return
        self.last_portal = task.result
        self._message(tr("Portal written: {page} ({n} buildings; heights: {method}). Serve the "
                         "folder with a web server.").format(page=task.result["page"],
                                                             n=task.result["buildings"],
                                                             method=task.result["height"]["method"]),
                      Qgis.MessageLevel.Warning if task.result["warnings"]
                      else Qgis.MessageLevel.Success, 12)

    # --- 3D and report ---------------------------------------------------------------

    def open_3d(self):
        opened = wc_layers.working_copy_layers()
        buildings = opened.get("planned_building")
        if buildings is None:
            self._message(tr("Open the working copy first."), Qgis.MessageLevel.Warning)
            return False
        self.prepare_3d(buildings)
        if hasattr(self.iface, "createNewMapCanvas3D"):  # QGIS 3.36 and later
            self.iface.createNewMapCanvas3D(tr("Building projects 3D"))
            return True
        native = self.iface.mainWindow().findChild(QAction, "mActionNew3DMapCanvas")
        if native is not None and native.isEnabled():
            native.trigger()
            return True
        self._message(tr("Open the 3D view with View ▸ 3D Map Views ▸ New 3D Map View; the "
                         "buildings and the pipes at depth have their 3D style already."),
                      Qgis.MessageLevel.Info, 12)
        return False

    def prepare_3d(self, buildings):
        """3D renderer on the buildings and the pipes at depth beside them; returns the
        pipe layer."""
        overlay_qgis.apply_3d(buildings, self.settings.storey_height)
        return self._pipes_3d(buildings)

    def _pipes_3d(self, buildings):
        project = QgsProject.instance()
        for layer in list(project.mapLayers().values()):
            if layer.customProperty(ROLE) == "pipes3d":
                project.removeMapLayer(layer.id())
        extent = buildings.extent()
        selected = self.dock.current_project()
        if selected is not None:
            from qgis.core import QgsFeatureRequest

            request = QgsFeatureRequest().setFilterExpression(f"\"project\" = '{selected}'")
            boxes = [f.geometry().boundingBox() for f in buildings.getFeatures(request)]
            if boxes:
                extent = QgsRectangle(boxes[0])
                for box in boxes[1:]:
                    extent.combineExtentWith(box)
        layer = overlay_qgis.pipes_at_depth(buildings.source().split("|")[0], extent)
        layer.setCustomProperty(ROLE, "pipes3d")
        project.addMapLayer(layer, False)
        group = self._planning_group() or project.layerTreeRoot()
        group.addLayer(layer)
        return layer

    def review_report(self, output=None):
        """Ask for the PDF's path, then write the report: the 3D picture (seconds, QGIS's 3D
        engine in its own process) in a QgsTask, the layout and PDF on the main thread
        after it (layouts belong there). Returns the task; ``last_report`` holds the summary."""
        project = self.dock.current_project()
        if project is None:
            self._message(tr("Choose a building project in the panel first."), Qgis.MessageLevel.Warning)
            self.dock.show()
            return None
        if not output:
            output, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(),
                                                    tr("Review report"), "", "PDF (*.pdf)")
            if not output:
                return None
        from ...render.review_report import prepare_3d_view

        working_copy, storey_height = self.working_copy, self.settings.storey_height
        self.last_report = None

        def work(task):
            return prepare_3d_view(working_copy, project, storey_height=storey_height,
                                   is_canceled=task.isCanceled)

        return self._run(tr("Review report: rendering the 3D view"), work,
                         lambda task: self._report_done(task, project, output))

    def _report_done(self, task, project, output):
        from ...render.review_report import ReportError, export_pdf

        if task.error is not None:
            self._message(str(task.error), Qgis.MessageLevel.Warning, 12)
            return
        if task.isCanceled():
            if task.result is not None:
                task.result.discard()
            self._message(tr("Review report cancelled; nothing was written."), Qgis.MessageLevel.Info)
            return
        try:
            summary = export_pdf(self.working_copy, project, output, self.strips(),
                                 storey_height=self.settings.storey_height, view_3d=task.result)
        except ReportError as error:
            self._message(str(error), Qgis.MessageLevel.Warning, 10)
            return
        self.last_report = summary
        self._message(tr("Report written: {path} ({pages} pages).").format(
            path=output, pages=summary["pages"]), Qgis.MessageLevel.Success, 10)
