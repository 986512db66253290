"""Dock "Mängel": the defect list with filters, the workflow buttons, the history, work
orders and the statistics charts."""

import os
import tempfile
from typing import Collection, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsCheckableComboBox, QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import catalogues as cat
from ...core.defects import statistics, workflow
from ...core.defects.model import DefectFilter, DefectTable
from ...core.defects.statistics import DefectStatistics
from ...i18n import date_text, tr
from ...io import work_order_files
from ...render import defect_charts, work_order
from ...store import defect_list, defect_statistics, work_orders
from ...store import defects as store
from ...store.schema import CRS_EPSG

OVERDUE_BRUSH = QBrush(QColor("#ffd6d6"))


def _columns():
    return (("defect_number", tr("Defect")), ("status", tr("Status")),
            ("category", tr("Category")), ("severity", tr("Urgency")),
            ("street", tr("Street")), ("asset_code", tr("Asset")),
            ("reported_at", tr("Reported")), ("due_date", tr("Due")),
            ("source", tr("Source")), ("assigned_to", tr("Assigned to")))


class DefectTableModel(QAbstractTableModel):
    """Rows are positions into a ``DefectTable``; sorting asks the dock to re-select."""

    def __init__(self, on_sort, parent=None):
        super().__init__(parent)
        self.columns = _columns()
        self.table = None
        self.positions = []
        self.overdue = None
        self._on_sort = on_sort

    def set_rows(self, table: Optional[DefectTable], positions, overdue) -> None:
        self.beginResetModel()
        self.table, self.positions, self.overdue = table, positions, overdue
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.positions)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def uuid(self, row: int) -> str:
        return self.table.rows["uuid"][self.positions[row]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        position = self.positions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = self.columns[index.column()][0]
            value = self.table.rows[key][position]
            if key == "severity" and value in cat.SEVERITIES:
                return f"{value} {cat.SEVERITIES[value]}"
            if key in ("reported_at", "due_date") and value:
                return date_text(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and self.overdue[position]:
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and self.overdue[position]:
            return tr("Overdue")
        if role == Qt.ItemDataRole.UserRole:
            return self.table.rows["uuid"][position]
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self._on_sort(self.columns[column][0], order == Qt.SortOrder.DescendingOrder)


class DefectDock(QgsDockWidget):
    def __init__(self, iface, settings, parent=None):
        super().__init__(tr("Defects"), parent)
        self.setObjectName("KemptenTwinDefectDock")
        self.iface = iface
        self.settings = settings
        self.table = None
        self._task = None
        self.may_edit = True  # the login's right to change defects (server's answer)
        self.sort_key, self.descending = "reported_at", True
        # Replaceable in tests: the questions the dock asks.
        self.ask_note = self._ask_note
        self.ask_work_order = self._ask_work_order
        self.ask_path = self._ask_path
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._list_tab(), tr("List"))
        self.tabs.addTab(self._statistics_tab(), tr("Statistics"))
        self.setWidget(self.tabs)

    # --- building ------------------------------------------------------------------------

    def _checkable(self, items, checked=()):
        box = QgsCheckableComboBox(self)
        for value, text in items:
            box.addItem(text, value)
        box.setCheckedItems([text for value, text in items if value in checked])
        box.checkedItemsChanged.connect(self.apply_filter)
        return box

    def _list_tab(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        grid = QGridLayout()
        open_statuses = [s for s in cat.DEFECT_STATUSES if s not in cat.CLOSED_STATUSES]
        self.status_filter = self._checkable([(s, s) for s in cat.DEFECT_STATUSES],
                                             open_statuses)
        self.category_filter = self._checkable([(c, c) for c in cat.DEFECT_CATEGORIES])
        self.severity_filter = self._checkable(
            [(k, f"{k} {v}") for k, v in cat.SEVERITIES.items()])
        self.source_filter = self._checkable([(s, s) for s in cat.DEFECT_SOURCES])
        self.street_filter = QLineEdit(body)
        self.street_filter.setPlaceholderText(tr("Street contains…"))
        self.street_filter.textChanged.connect(self.apply_filter)
        self.extent_filter = QCheckBox(tr("Map extent only"), body)
        self.extent_filter.toggled.connect(self.apply_filter)
        self.overdue_filter = QCheckBox(tr("Overdue only"), body)
        self.overdue_filter.toggled.connect(self.apply_filter)
        self.district_layer = QgsMapLayerComboBox(body)
        self.district_layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.district_layer.setAllowEmptyLayer(True)
        self.district_layer.setLayer(None)
        self.district_layer.setToolTip(tr("Only defects inside the selected polygons of this "
                                          "layer (all of its polygons when none is selected)"))
        self.district_layer.layerChanged.connect(self.apply_filter)
        for n, (label, widget) in enumerate((
                (tr("Status"), self.status_filter), (tr("Category"), self.category_filter),
                (tr("Urgency"), self.severity_filter), (tr("Source"), self.source_filter),
                (tr("Street"), self.street_filter), (tr("District"), self.district_layer))):
            grid.addWidget(QLabel(label, body), n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        checks = QHBoxLayout()
        checks.addWidget(self.extent_filter)
        checks.addWidget(self.overdue_filter)
        checks.addStretch(1)
        self.count_label = QLabel(body)
        checks.addWidget(self.count_label)
        layout.addLayout(grid)
        layout.addLayout(checks)

        self.model = DefectTableModel(self._sort_by, self)
        self.view = QTableView(body)
        self.view.setObjectName("KemptenTwinDefectTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.clicked.connect(self._row_clicked)
        layout.addWidget(self.view, 1)

        self.step_row = QHBoxLayout()
        self.step_label = QLabel(tr("Select defects for the next step."), body)
        self.step_row.addWidget(self.step_label)
        self.step_buttons = []
        self.step_row.addStretch(1)
        layout.addLayout(self.step_row)

        self.history = QTableWidget(0, 5, body)
        self.history.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("From"), tr("To"),
                                                tr("Note")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.verticalHeader().setVisible(False)
        self.history.setMaximumHeight(140)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.history)
        self.photos = QListWidget(body)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(72, 72))
        self.photos.setMaximumHeight(96)
        self.photos.setVisible(False)
        layout.addWidget(self.photos)

        exports = QHBoxLayout()
        self.pdf_button = QPushButton(tr("Work order (PDF)…"), body)
        self.pdf_button.clicked.connect(lambda: self.export_selected("pdf"))
        self.csv_button = QPushButton(tr("CSV…"), body)
        self.csv_button.clicked.connect(lambda: self.export_selected("csv"))
        self.geojson_button = QPushButton(tr("GeoJSON…"), body)
        self.geojson_button.clicked.connect(lambda: self.export_selected("geojson"))
        self.with_statistics = QCheckBox(tr("with statistics"), body)
        self.reload_button = QPushButton(tr("Reload"), body)
        self.reload_button.clicked.connect(self.reload)
        for w in (self.pdf_button, self.with_statistics, self.csv_button, self.geojson_button):
            exports.addWidget(w)
        exports.addStretch(1)
        exports.addWidget(self.reload_button)
        layout.addLayout(exports)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        return body

    def _statistics_tab(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.statistics_summary = QLabel(body)
        self.statistics_summary.setWordWrap(True)
        refresh = QPushButton(tr("Compute"), body)
        refresh.clicked.connect(self.refresh_statistics)
        top.addWidget(self.statistics_summary, 1)
        top.addWidget(refresh)
        layout.addLayout(top)
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("Repairs from"), body))
        self.period_from = QLineEdit(body)
        self.period_from.setPlaceholderText("2025-01")
        self.period_to = QLineEdit(body)
        self.period_to.setPlaceholderText("2026-12")
        for edit in (self.period_from, self.period_to):
            edit.setInputMask("9999-99;_")
            edit.setMaximumWidth(90)
        period.addWidget(self.period_from)
        period.addWidget(QLabel(tr("to"), body))
        period.addWidget(self.period_to)
        period.addStretch(1)
        layout.addLayout(period)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        self.chart_scroll = scroll
        charts = QWidget(scroll)
        self.chart_layout = QVBoxLayout(charts)
        self.chart_labels = [QLabel(charts) for _ in range(4)]
        for label in self.chart_labels:
            self.chart_layout.addWidget(label)
        scroll.setWidget(charts)
        layout.addWidget(scroll, 1)
        return body

    # --- data ----------------------------------------------------------------------------

    # Up to this many defects the list is read at once; more are read in a task.
    READ_IN_TASK_ABOVE = 20000

    def reload(self) -> None:
        """Read the defects of the working copy again (after an edit, import or sync)."""
        path = self.settings.working_copy
        selected = set(self.selected_uuids())
        if not os.path.isfile(path):
            self.table = None
            self.model.set_rows(None, [], None)
            self.count_label.setText(tr("No working copy"))
            return
        try:
            if defect_list.count(path) > self.READ_IN_TASK_ABOVE:
                self._read_in_task(path, selected)
                return
            self._loaded(defect_list.load(path), selected)
        except Exception as error:  # shown to the user
            self._failed(error)

    def _read_in_task(self, path, selected):
        from qgis.core import QgsApplication

        from ...tasks import Task

        def done(task):
            self._task = None
            if task.error is not None:
                self._failed(task.error)
            elif task.result is not None and self.model is not None:
                self._loaded(task.result, selected)

        self.count_label.setText(tr("Reading the defects…"))
        self._task = Task(tr("Reading the defects"), lambda task: defect_list.load(path), done)
        QgsApplication.taskManager().addTask(self._task)

    def _failed(self, error):
        self.table = None
        self.model.set_rows(None, [], None)
        self.message.setText(tr("The defects cannot be read: {error}").format(error=error))

    def _loaded(self, table, selected):
        self.table = table
        self.apply_filter()
        self.select_uuids(selected)
        self._repaint_layer()

    def _repaint_layer(self):
        from ...render.layers import working_copy_layers

        layer = working_copy_layers().get("defect")
        if layer is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()

    def current_filter(self) -> DefectFilter:
        def checked(box):
            values = [box.itemData(i) for i in range(box.count())
                      if box.itemCheckState(i) == Qt.CheckState.Checked]
            return values or None  # nothing checked: no filter

        f = DefectFilter(statuses=checked(self.status_filter),
                         categories=checked(self.category_filter),
                         severities=checked(self.severity_filter),
                         sources=checked(self.source_filter),
                         street=self.street_filter.text(),
                         overdue_only=self.overdue_filter.isChecked(),
                         sort_key=self.sort_key, descending=self.descending)
        if self.extent_filter.isChecked():
            f.extent = self._canvas_extent()
        layer = self.district_layer.currentLayer()
        if layer is not None:
            f.polygons = self._polygons(layer)
        return f

    def _canvas_extent(self):
        canvas = self.iface.mapCanvas()
        extent = canvas.extent()
        source = canvas.mapSettings().destinationCrs()
        target = QgsCoordinateReferenceSystem(f"EPSG:{CRS_EPSG}")
        if source.isValid() and source != target:
            extent = QgsCoordinateTransform(source, target, QgsProject.instance()) \
                .transformBoundingBox(extent)
        return (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())

    def _polygons(self, layer):
        features = layer.selectedFeatures() or list(layer.getFeatures())
        return [p for feature in features for p in self._polygons_of(layer, feature)]

    def apply_filter(self, *args) -> None:
        if self.table is None:
            return
        f = self.current_filter()
        positions = self.table.select(f)
        overdue = self.table.overdue_mask()
        self.model.set_rows(self.table, positions, overdue)
        self.count_label.setText(tr("{shown} of {total} defects").format(
            shown=len(positions), total=self.table.size))
        self._selection_changed()

    def _sort_by(self, key, descending):
        self.sort_key, self.descending = key, descending
        self.apply_filter()

    # --- selection, zoom, workflow -------------------------------------------------------

    def selected_uuids(self) -> List[str]:
        if self.model.table is None:
            return []
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.uuid(r) for r in rows]

    def select_uuids(self, uuids: Collection[str]) -> None:
        from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            if self.model.uuid(row) in uuids:
                selection.select(self.model.index(row, 0),
                                 self.model.index(row, self.model.columnCount() - 1))
        self.view.selectionModel().select(selection,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _row_clicked(self, index):
        self.zoom_to(self.model.uuid(index.row()))

    def zoom_to(self, uuid: str) -> None:
        position = self.table.index_of.get(uuid) if self.table else None
        if position is None:
            return
        x, y = self.table.x[position], self.table.y[position]
        if x != x:  # NaN: no point
            return
        canvas = self.iface.mapCanvas()
        crs = QgsCoordinateReferenceSystem(f"EPSG:{CRS_EPSG}")
        target = canvas.mapSettings().destinationCrs()
        rect = QgsRectangle(x - 60, y - 40, x + 60, y + 40)
        if target.isValid() and target != crs:
            rect = QgsCoordinateTransform(crs, target, QgsProject.instance()) \
                .transformBoundingBox(rect)
        canvas.setExtent(rect)
        canvas.refresh()
        canvas.flashGeometries([QgsGeometry.fromPointXY(QgsPointXY(x, y))], crs)

    def _selection_changed(self, *args):
        uuids = self.selected_uuids()
        for button in self.step_buttons:
            self.step_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        statuses = {self.table.rows["status"][self.table.index_of[u]] for u in uuids} \
            if self.table else set()
        steps = workflow.common_next(statuses) if self.may_edit else ()
        if not self.may_edit:
            self.step_label.setText(tr("Your login may read defects but not change them."))
        elif not uuids:
            self.step_label.setText(tr("Select defects for the next step."))
        elif not steps:
            self.step_label.setText(tr("No step is open to all {n} selected defects.")
                                    .format(n=len(uuids)))
        else:
            self.step_label.setText(tr("{n} selected → ").format(n=len(uuids)))
        for n, status in enumerate(steps):
            button = QPushButton(status, self)
            button.setObjectName(f"KemptenTwinStep_{status}")
            button.clicked.connect(lambda checked=False, s=status: self.step(s))
            self.step_row.insertWidget(1 + n, button)
            self.step_buttons.append(button)
        self._show_history(uuids[0] if len(uuids) == 1 else None)

    def set_may_edit(self, may_edit: bool) -> None:
        self.may_edit = bool(may_edit)
        self._selection_changed()

    def _show_history(self, uuid):
        from .form import thumbnail

        self.history.setRowCount(0)
        self.photos.clear()
        self.photos.setVisible(False)
        if uuid is None:
            return
        db = store.connect(self.settings.working_copy)
        try:
            events = store.history(db, uuid)
            pictures = store.photos(db, uuid)
        finally:
            db.close()
        for n, picture in enumerate(pictures, start=1):
            self.photos.addItem(QListWidgetItem(QIcon(thumbnail(picture[3], 72)), str(n)))
        self.photos.setVisible(bool(pictures))
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, value in enumerate(event):
                text = date_text(value, with_time=True, none="") if column == 0 \
                    else (value or "")
                self.history.setItem(row, column, QTableWidgetItem(text))

    def history_rows(self) -> List[Tuple[str, ...]]:
        return [tuple(self.history.item(r, c).text() for c in range(5))
                for r in range(self.history.rowCount())]

    def step_names(self) -> List[str]:
        return [b.text() for b in self.step_buttons]

    def step(self, to_status: str) -> bool:
        uuids = self.selected_uuids()
        answer = self.ask_note(to_status, len(uuids))
        if answer is None:
            return False
        # The second answer names the original of a duplicate, or the crew given the order.
        note, extra = answer
        db = store.connect(self.settings.working_copy)
        try:
            changed = store.change_status(
                db, uuids, to_status, note, self.settings.user_name,
                duplicate_of=extra if to_status == "Duplikat" else None,
                assigned_to=extra if to_status == "beauftragt" else None)
        except store.DefectError as error:
            self.message.setText(str(error))
            self.message.setStyleSheet("color: #c00000")
            return False
        finally:
            db.close()
        self.message.setStyleSheet("")
        self.message.setText(tr("{n} defects are now \"{status}\".").format(n=changed,
                                                                             status=to_status))
        self.reload()
        return True

    def _ask_note(self, to_status, count):
        extra = None
        if to_status == "Duplikat":
            extra, ok = QInputDialog.getText(
                self, tr("Duplicate"), tr("Number of the defect this one duplicates:"))
            if not ok:
                return None
        elif to_status == "beauftragt":
            extra, ok = QInputDialog.getText(self, to_status,
                                             tr("Crew or contractor (optional):"))
            if not ok:
                return None
        prompt = tr("Reason for the rejection:") if to_status == "abgelehnt" else \
            tr("Note for {n} defects → \"{status}\" (optional):").format(n=count,
                                                                         status=to_status)
        note, ok = QInputDialog.getText(self, to_status, prompt)
        return (note, extra) if ok else None

    # --- exports and statistics ----------------------------------------------------------

    def _ask_path(self, title, file_filter):
        path, _ = QFileDialog.getSaveFileName(self, title, "", file_filter)
        return path

    def export_selected(self, kind: str) -> Optional[str]:
        uuids = self.selected_uuids()
        if not uuids:
            self.message.setText(tr("Select the defects for the work order first."))
            return None
        title, file_filter, suffix = {
            "pdf": (tr("Work order"), "PDF (*.pdf)", ".pdf"),
            "csv": (tr("Defects as CSV"), "CSV (*.csv)", ".csv"),
            "geojson": (tr("Defects as GeoJSON"), "GeoJSON (*.geojson)", ".geojson")}[kind]
        order = ("", None, True)
        if kind == "pdf":
            order = self.ask_work_order(len(uuids))
            if order is None:
                return None
        crew, due, include_closed = order
        path = self.ask_path(title, file_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        db = store.connect(self.settings.working_copy)
        left_out = []
        try:
            if kind == "pdf":
                uuids, left_out = work_orders.open_only(db, uuids, include_closed)
                if not uuids:
                    self.message.setText(tr("The selected defects are all closed; a work "
                                            "order lists open defects."))
                    return None
            rows = work_orders.work_order_rows(db, uuids)
            stats = defect_statistics.compute(db, since=self._month(self.period_from),
                                       until=self._month(self.period_to)) \
                if kind == "pdf" and self.with_statistics.isChecked() \
                else None
            number = work_orders.issue_order_number(db, rows, crew, due,
                                                    self.settings.user_name) \
                if kind == "pdf" else ""
        finally:
            db.close()
        try:
            if kind == "pdf":
                with tempfile.TemporaryDirectory(prefix="kt-charts-") as folder:
                    charts = defect_charts.write_charts(stats, folder) if stats else None
                    work_order.write_pdf(rows, path, self.settings.working_copy, charts=charts,
                                         crew=crew, order_number=number, due=due,
                                         settings=self.settings, left_out=left_out)
            elif kind == "csv":
                work_order_files.write_csv(rows, path)
            else:
                work_order_files.write_geojson(rows, path)
        except (work_orders.WorkOrderError, OSError) as error:
            self.message.setText(str(error))
            return None
        self.message.setText(tr("{n} defects written to {path}").format(n=len(rows), path=path)
                             + ("" if not left_out else " " + tr(
                                 "{n} closed defects left out.").format(n=len(left_out))))
        return path

    def _ask_work_order(self, count: int):
        """(crew, due date, include closed) for a work order of ``count`` defects, or None."""
        from .work_order_dialog import WorkOrderDialog

        dialog = WorkOrderDialog(count, self)
        if dialog.exec() != WorkOrderDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def refresh_statistics(self) -> Optional[DefectStatistics]:
        path = self.settings.working_copy
        if not os.path.isfile(path):
            return None
        db = store.connect(path)
        try:
            districts = None
            layer = self.district_layer.currentLayer()
            if layer is not None:
                districts = self._districts(layer)
            stats = defect_statistics.compute(db, districts, since=self._month(self.period_from),
                                       until=self._month(self.period_to))
        finally:
            db.close()
        self.statistics_summary.setText(
            tr("Open: {open} · overdue: {overdue} · repairs in the history: {repairs}").format(
                open=sum(stats.open_by_status.values()), overdue=stats.overdue,
                repairs=sum(stats.repairs_by_month.values())))
        width = max(360, self.chart_scroll.viewport().width() - 30)
        for label, (title, data, colour, fmt) in zip(self.chart_labels,
                                                     statistics.chart_specs(stats)):
            height = 60 + 28 * max(1, len(data))
            image = defect_charts.render_bar_chart(title, data, None, width, height, colour, fmt)
            label.setPixmap(QPixmap.fromImage(image))
        return stats

    @staticmethod
    def _month(edit):
        text = edit.text().strip()
        return text if len(text) == 7 and text[4] == "-" and text.replace("-", "").isdigit() \
            else None

    def _districts(self, layer):
        name_field = layer.displayField() or (layer.fields()[0].name() if layer.fields() else "")
        result = []
        for feature in layer.getFeatures():
            polygons = self._polygons_of(layer, feature)
            name = str(feature[name_field]) if name_field else str(feature.id())
            result.append((name, polygons))
        return result

    def _polygons_of(self, layer, feature):
        target = QgsCoordinateReferenceSystem(f"EPSG:{CRS_EPSG}")
        geometry = QgsGeometry(feature.geometry())
        if layer.crs() != target:
            geometry.transform(QgsCoordinateTransform(layer.crs(), target, QgsProject.instance()))
        parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
        return [[[(p.x(), p.y()) for p in ring] for ring in polygon] for polygon in parts]
