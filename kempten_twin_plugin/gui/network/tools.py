"""The engineer's network tools: inspection, upstream/downstream tracing, Längsschnitt,
network checks and the ``kt`` locator filter.

Constructed by plugin.py after its own actions; ``unload()`` removes exactly what the
constructor added.
"""

import time

from qgis.core import Qgis, QgsFeatureRequest
from qgis.PyQt.QtCore import Qt

from ...core.network.graph import DOWNSTREAM, UPSTREAM, NetworkError
from ...core.network.inspection import ASSET_TABLES, table_title
from ...i18n import decimal, tr, whole
from ...render import layers
from ...store.network import describe, graph_for, longitudinal_profile, summarize
from ..actions import add_action
from .asset_pick_tool import AssetPickTool, layer_path
from .inspection_view import report_html, summary_html, trace_rows
from .locator_filter import KemptenTwinLocatorFilter, choose_default_prefix
from .profile_dialog import ProfileDialog


class NetworkTools:
    def __init__(self, iface, settings, toolbar, menu, dock):
        self.iface = iface
        self.settings = settings
        self.dock = dock
        self.view = dock.inspection
        self.actions = []
        self.tools = []
        self.profile_dialog = None
        self._profile_start = None
        self.last_trace = None
        self.trace_stops = set()  # manhole uuids a trace does not pass (Shift+click)
        self.closed_pipes = set()  # pipe uuids that carry no water (Ctrl+click)
        self.last_identify_ms = None
        canvas = iface.mapCanvas()
        window = iface.mainWindow()

        self.identify_action = self._action(window, toolbar, menu, "identify.svg",
                                            tr("Inspect sewer object"), "KemptenTwinIdentify")
        self.trace_up_action = self._action(window, toolbar, menu, "trace_up.svg",
                                            tr("Trace upstream"), "KemptenTwinTraceUpstream")
        self.trace_down_action = self._action(window, toolbar, menu, "trace_down.svg",
                                              tr("Trace downstream"), "KemptenTwinTraceDownstream")
        self.profile_action = self._action(window, toolbar, menu, "profile.svg",
                                           tr("Longitudinal profile"), "KemptenTwinProfile")
        self.checks_action = self._action(window, None, menu, None, tr("Network checks…"),
                                          "KemptenTwinNetworkChecks", checkable=False)
        self.checks_action.triggered.connect(self.run_checks)

        self.identify_tool = self._tool(canvas, ASSET_TABLES, self.identify_action,
                                        self.show_object)
        self.trace_up_tool = self._tool(canvas, ("manhole", "pipe"), self.trace_up_action,
                                        lambda t, u, p: self.trace_click(t, u, p, UPSTREAM))
        self.trace_down_tool = self._tool(canvas, ("manhole", "pipe"), self.trace_down_action,
                                          lambda t, u, p: self.trace_click(t, u, p, DOWNSTREAM))
        self.profile_tool = self._tool(canvas, ("manhole",), self.profile_action,
                                       self.profile_pick)

        self.view.link_activated.connect(self.follow_link)
        canvas.selectionChanged.connect(self.selection_changed)
        self.locator_filter = KemptenTwinLocatorFilter(iface, lambda: settings.working_copy)
        choose_default_prefix()
        iface.registerLocatorFilter(self.locator_filter)

    # --- construction helpers -------------------------------------------------------------

    def _action(self, window, toolbar, menu, icon, text, name, checkable=True):
        return add_action(self.actions, window, menu, text, name, icon=icon, toolbar=toolbar,
                          checkable=checkable)

    def _tool(self, canvas, tables, action, slot):
        tool = AssetPickTool(canvas, tables, action)
        tool.picked.connect(slot)
        tool.missed.connect(self._missed)
        action.triggered.connect(lambda checked, t=tool: self._activate(t, checked))
        self.tools.append(tool)
        return tool

    def _activate(self, tool, checked):
        canvas = self.iface.mapCanvas()
        if checked:
            if tool is self.profile_tool:
                self._profile_start = None
                self._message(tr("Longitudinal profile: click the first manhole."), Qgis.MessageLevel.Info)
            elif tool in (self.trace_up_tool, self.trace_down_tool):
                self._message(tr("Click a manhole or pipe to trace. Shift+click a manhole to "
                                 "stop there, Ctrl+click a pipe to close it off."), Qgis.MessageLevel.Info)
            canvas.setMapTool(tool)
            self.dock.show()
        elif canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)

    def unload(self):
        canvas = self.iface.mapCanvas()
        self.iface.deregisterLocatorFilter(self.locator_filter)
        self.locator_filter = None
        canvas.selectionChanged.disconnect(self.selection_changed)
        self.view.link_activated.disconnect(self.follow_link)
        for tool in self.tools:
            if canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)
            tool.picked.disconnect()
            tool.missed.disconnect()
            tool.deleteLater()
        self.tools = []
        for action in self.actions:
            action.triggered.disconnect()
            action.deleteLater()
        self.actions = []
        if self.profile_dialog is not None:
            self.profile_dialog.close()
            self.profile_dialog.deleteLater()
            self.profile_dialog = None

    # --- inspection -------------------------------------------------------------------------

    def show_object(self, table, uuid, path):
        started = time.perf_counter()
        report = describe(path, table, uuid)
        if report is None:
            self._message(tr("{table} {uuid} is no longer in the working copy.").format(
                table=table_title(table), uuid=uuid), Qgis.MessageLevel.Warning)
            return None
        self.view.setHtml(report_html(report))
        self.dock.show()
        self.last_identify_ms = (time.perf_counter() - started) * 1000
        return report

    def follow_link(self, table, uuid):
        layer = layers.working_copy_layers().get(table)
        if layer is None:
            return
        request = QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{uuid}'")
        fids = [f.id() for f in layer.getFeatures(request.setNoAttributes())]
        if not fids:
            return
        layer.selectByIds(fids)
        from .locator_filter import show_in_map

        show_in_map(self.iface, table, fids[0])
        self.show_object(table, uuid, layer_path(layer))

    def selection_changed(self, layer):
        table = layer.customProperty(layers.TABLE_PROPERTY) if layer is not None else None
        if table not in ASSET_TABLES or not layer.selectedFeatureCount():
            return
        if layer.selectedFeatureCount() == 1:
            (feature,) = layer.getSelectedFeatures()
            self.show_object(table, str(feature["uuid"]), layer_path(layer))
            return
        summary = summarize(layer_path(layer), table, layer.selectedFeatureIds())
        self.view.setHtml(summary_html(tr("Selection"), summary.rows()))

    # --- tracing ----------------------------------------------------------------------------

    def trace_click(self, table, uuid, path, direction):
        tool = self.trace_up_tool if direction == UPSTREAM else self.trace_down_tool
        shift = bool(tool.modifiers & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(tool.modifiers & Qt.KeyboardModifier.ControlModifier)
        if shift and table == "manhole":
            self._toggle(self.trace_stops, uuid, tr("Trace stops at this manhole."),
                         tr("Trace passes this manhole again."))
            return None
        if ctrl and table == "pipe":
            self._toggle(self.closed_pipes, uuid, tr("Pipe closed off for tracing."),
                         tr("Pipe open again for tracing."))
            return None
        return self.trace(uuid, path, direction)

    def _toggle(self, chosen, uuid, added, removed):
        if uuid in chosen:
            chosen.discard(uuid)
            self._message(removed, Qgis.MessageLevel.Info, 3)
        else:
            chosen.add(uuid)
            self._message(added, Qgis.MessageLevel.Info, 3)

    def trace(self, uuid, path, direction):
        try:
            graph = graph_for(path)
            # Stops and closures that no longer exist (deleted meanwhile) are forgotten.
            self.trace_stops &= set(graph.manhole_uuid) if self.trace_stops else set()
            self.closed_pipes &= set(graph.pipe_uuid) if self.closed_pipes else set()
            result = graph.trace(uuid, direction, stop_at=sorted(self.trace_stops),
                                 closed=sorted(self.closed_pipes))
        except NetworkError as error:
            self._message(str(error), Qgis.MessageLevel.Warning)
            return None
        pipe_layer = layers.working_copy_layers().get("pipe")
        if pipe_layer is not None:
            pipe_layer.selectByIds(graph.pipe_fid[result.pipes].tolist())
        title = (tr("Upstream of {code}") if direction == UPSTREAM
                 else tr("Downstream of {code}")).format(code=result.start)
        self.view.setHtml(summary_html(title, trace_rows(result)))
        self.dock.show()
        self.last_trace = result
        text = tr("{title}: {pipes} pipes, {length} m, {gullies} gullies").format(
            title=title, pipes=whole(len(result.pipes)),
            length=decimal(result.total_length, 1, grouping=True), gullies=whole(result.gullies))
        if result.cycle_manholes:
            self._message(text + " – " + tr("warning: flow cycle through {codes}").format(
                codes=", ".join(result.cycle_manholes[:5])), Qgis.MessageLevel.Warning)
        else:
            self._message(text, Qgis.MessageLevel.Success)
        return result

    # --- profile ----------------------------------------------------------------------------

    def profile_pick(self, table, uuid, path):
        if self._profile_start is None or self._profile_start[1] != path:
            self._profile_start = (uuid, path)
            self._message(tr("Longitudinal profile: now click the second manhole (or the "
                             "same one again for the path down to the outlet)."), Qgis.MessageLevel.Info)
            return None
        first, _ = self._profile_start
        self._profile_start = None
        return self.open_profile(path, first, None if uuid == first else uuid)

    def open_profile(self, path, first, second=None):
        try:
            profile = longitudinal_profile(path, first, second)
        except NetworkError as error:
            self._message(str(error), Qgis.MessageLevel.Warning)
            return None
        if self.profile_dialog is not None:
            self.profile_dialog.close()
            self.profile_dialog.deleteLater()
        self.profile_dialog = ProfileDialog(profile, self.iface.mainWindow())
        self.profile_dialog.show()
        return self.profile_dialog

    # --- checks -----------------------------------------------------------------------------

    def run_checks(self):
        import processing  # the Processing plugin; imported when needed

        pipe = layers.working_copy_layers().get("pipe")
        path = layer_path(pipe) if pipe is not None else self.settings.working_copy
        processing.execAlgorithmDialog("kempten_twin:network_checks",
                                       {"WORKING_COPY": path, "OUTPUT": "TEMPORARY_OUTPUT"})

    def _missed(self):
        self._message(tr("No sewer object here; zoom in or click closer to it."), Qgis.MessageLevel.Info, 3)

    def _message(self, text, level, seconds=6):
        self.iface.messageBar().pushMessage("Kempten Twin", text, level, seconds)
