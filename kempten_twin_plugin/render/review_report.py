"""The review report: one PDF per building project, made with a QGIS print layout (German).

Pages: (1) plan view of the project over the sewer network with the conflicts marked and
a summary, (2) the 3D view, (3…) the conflict table, (last) the citizens' comments.

The 3D picture: a snapshot image given by the caller is placed as it is; otherwise QGIS's
own 3D engine renders one (``snapshot3d``: OpenGL in a separate process with a time
limit). Where that cannot work (no screen for OpenGL, time limit reached) the page draws
the same buildings with QGIS's 2.5D renderer (extruded by the same height, oblique view,
no OpenGL) and says on the page why there is no true 3D picture.
"""

import os
import shutil
from datetime import date

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from .. import paths
from ..core.planning import conflicts as conflicts_module
from ..errors import KemptenTwinError
from ..i18n import decimal, tr
from ..store import planning as planning_store
from . import planning_overlay as overlay_qgis
from . import snapshot3d
from .compat import field, set_label_font

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape
ROWS_PER_PAGE = 24


ASSET_NAMES = {"pipe": "Haltung", "manhole": "Schacht", "lateral": "Anschlussleitung",
               "gully": "Straßenablauf"}


def _decimal(value, digits=2):
    """The report is written in German whatever QGIS speaks, so its numbers carry the comma."""
    return decimal(value, digits, separator=",")


class ReportError(KemptenTwinError):
    """The report cannot be made; the message is meant for the user."""


def project_info(path, project_uuid):
    row, comments = planning_store.find_project(path, project_uuid)
    if row is None:
        raise ReportError(tr("No such building project in the working copy: {project}")
                          .format(project=project_uuid))
    keys = ("uuid", "name", "reference", "status", "source")
    return dict(zip(keys, row)), comments


def buildings_layer(path, project):
    """The project's buildings as a memory layer carrying the project's name and status."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", tr("Planned buildings"), "memory")
    fields = QgsFields()
    for name, kind in (("uuid", "string"), ("floors", "int"), ("height_m", "double"),
                       ("use", "string"), (overlay_qgis.STATUS_FIELD, "string"),
                       (overlay_qgis.NAME_FIELD, "string")):
        fields.append(field(name, kind))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for uuid, floors, height, use, wkb in planning_store.project_buildings(path, project["uuid"]):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        feature.setAttributes([uuid, floors, height, use, project["status"], project["name"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


# The report's pages were drawn on a bare A4 landscape page (x 10…287 mm, y 8…204 mm);
# on the layout template (render.layout_templates) that area is the template's kt_content,
# and every position and size below is mapped into it.
_FRAME = {"x0": 10.0, "y0": 8.0, "sx": 1.0, "sy": 1.0, "top": 0.0}


def _fit(x, y, w, h):
    f = _FRAME
    return (f["x0"] + (x - 10.0) * f["sx"], f["top"] + f["y0"] + (y - f["top"] - 8.0) * f["sy"],
            w * f["sx"], h * f["sy"])


def _label(layout, text, x, y, w, h, size=10, bold=False, html=False):
    x, y, w, h = _fit(x, y, w, h)
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    if html:
        label.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    # No ligatures: Qt's shaping made "fl" one glyph (U+FB02), so copying "Konflikte" out of
    # the PDF gave "Konﬂikte" and a search for it found nothing.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    set_label_font(label, font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label


def _page(layout, number, document=None):
    if number > 0:
        if document is not None:
            document.add_page()
        else:
            page = QgsLayoutItemPage(layout)
            page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
            layout.pageCollection().addPage(page)
    _FRAME["top"] = layout.pageCollection().page(number).pos().y()
    return _FRAME["top"]


def _map(layout, layers, extent, x, y, w, h):
    x, y, w, h = _fit(x, y, w, h)
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setCrs(layers[0].crs())
    item.setFrameEnabled(True)
    # The extent grown to the item's shape (zoomToExtent left it empty on 3.22 here).
    aspect = w / h
    cx, cy = extent.center().x(), extent.center().y()
    half_w = max(extent.width(), extent.height() * aspect) / 2
    half_h = half_w / aspect
    item.setExtent(QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h))
    return item


def _network_layers(project, path):
    result = []
    for table in ("gully", "manhole", "lateral", "pipe"):
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        if not layer.isValid():
            continue
        style = paths.style_path(table)
        if os.path.exists(style):
            layer.loadNamedStyle(style)
        project.addMapLayer(layer, False)
        result.append(layer)
    return result


def _html_table(header, rows):
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return ("<style>table{border-collapse:collapse;font-family:'DejaVu Sans';font-size:9pt}"
            "td,th{border:1px solid #777;padding:2px 5px}th{background:#ddd}</style>"
            f"<table><tr>{cells}</tr>{body}</table>")


class View3D:
    """What the report's 3D page shows: a picture with its caption, or why there is none
    (then the 2.5D stand-in). ``folder`` holds a picture rendered here; ``discard()``
    removes it once the PDF is written."""

    def __init__(self, picture=None, caption=None, why_not=None, folder=None):
        self.picture, self.caption, self.why_not, self.folder = picture, caption, why_not, folder

    def discard(self):
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def prepare_3d_view(path, project_ref, snapshot=None, storey_height=3.0, render_3d=True,
                    is_canceled=None):
    """The 3D page's picture. Rendering takes seconds (QGIS's 3D engine in its own
    process) and touches no project or GUI, so the desktop calls this in a QgsTask."""
    if snapshot and os.path.exists(snapshot):
        return View3D(snapshot, "Aufnahme aus der 3D-Kartenansicht von QGIS.")
    if not render_3d:
        return View3D(why_not="Echte 3D-Ansicht für diesen Bericht abgeschaltet.")
    project, _comments = project_info(path, project_ref)
    try:
        picture, folder = snapshot3d.snapshot_in_temp_dir(path, project["uuid"], storey_height,
                                                          is_canceled=is_canceled)
    except snapshot3d.SnapshotError as error:
        return View3D(why_not=str(error))
    return View3D(picture, (
        "Gerendert mit der 3D-Engine von QGIS (OpenGL): Baukörper in der Farbe des "
        f"Projektstatus, um ihre Höhe (sonst Geschosse × {_decimal(storey_height, None)} m) "
        "extrudiert; Haltungen blau in Sohltiefe unter Gelände, graue Linien = ihre "
        "Lage auf Geländehöhe, graue Säulen = Schächte bis zur Sohle."), folder=folder)


def build_layout(path, project_ref, strips=None, snapshot=None, storey_height=3.0, render_3d=True,
                 view_3d=None):
    """The report's print layout (and the project holding its layers).

    ``view_3d`` (from ``prepare_3d_view``) is made here when not given; the summary's
    ``view`` is the caller's to ``discard()``."""
    project, comments = project_info(path, project_ref)
    found = planning_store.check_conflicts(path, strips, project=project["uuid"])
    qgs = QgsProject()
    buildings = buildings_layer(path, project)
    if buildings.featureCount() == 0:
        raise ReportError(tr("The project {name} has no buildings.").format(name=project["name"]))
    overlay_qgis.style_buildings_2d_static(buildings)
    conflicts_layer = overlay_qgis.conflict_layer(found, {project["uuid"]: project["name"]})
    network = _network_layers(qgs, path)
    qgs.addMapLayers([buildings, conflicts_layer], False)

    from ..settings import Settings
    from . import layout_templates

    settings = Settings.load()
    document = layout_templates.TemplateLayout(
        layout_templates.A4_LANDSCAPE, layout_templates.TitleBlock.from_settings(
            settings, f"Prüfbericht {project['name']}", project["reference"] or ""),
        qgs, settings.layout_folder)
    layout = document.layout
    cx, cy, cw, ch = document.content(0)
    _FRAME.update(x0=cx, y0=cy, sx=cw / 277.0, sy=ch / 196.0)
    extent = QgsRectangle(buildings.extent())
    extent.grow(max(extent.width(), extent.height()) * 0.25 + 20)

    # Page 1: plan view and summary.
    y = _page(layout, 0, document)
    _label(layout, f"Prüfbericht Bauvorhaben: {project['name']}", 10, y + 8, 277, 10, 16, True)
    _label(layout, f"Aktenzeichen {project['reference'] or '–'} · Status {project['status'] or '–'}"
           f" · Quelle {project['source'] or '–'} · Stand {date.today():%d.%m.%Y}",
           10, y + 18, 277, 6, 9)
    plan = _map(layout, [conflicts_layer, buildings] + network, extent, 10, y + 27, 200, 170)
    document.maps[0] = plan  # the title block's scale, north arrow and legend follow it
    document._legend_layers = {0: [conflicts_layer, buildings] + network}
    counts = {s: sum(1 for c in found if c.severity == s) for s in ("hoch", "mittel", "niedrig")}
    summary = (f"<b>Baukörper:</b> {buildings.featureCount()}<br>"
               f"<b>Konflikte:</b> {len(found)}<br>"
               f"&nbsp;– überbaut (hoch): {counts['hoch']}<br>"
               f"&nbsp;– im Schutzstreifen (mittel): {counts['mittel']}<br>"
               f"&nbsp;– Anschluss/Ablauf unter Gebäude (niedrig): {counts['niedrig']}<br>"
               f"<b>Bürgerbeiträge:</b> {len(comments)}<br><br>"
               "<b>Schutzstreifen</b> (je Seite der Rohrachse, Vorgabe der Stadt):<br>"
               + "<br>".join(
                   f"&nbsp;DN ≤ {dn}: {_decimal(m, 1)} m" if dn is not None
                   else f"&nbsp;größer: {_decimal(m, 1)} m"
                   for dn, m in (strips or conflicts_module.StripTable()).strips)
               + f"<br>&nbsp;Schacht: {_decimal((strips or conflicts_module.StripTable()).manhole, 1)} m "
                 "um die Schachtmitte<br><br>"
               "<b>Legende:</b> Rauten = Konfliktstellen (rot hoch, orange mittel, gelb niedrig); "
               "Flächen = Baukörper nach Projektstatus.")
    _label(layout, summary, 215, y + 27, 72, 170, 9, html=True)

    # Page 2: 3D view (or its honest 2.5D stand-in).
    y = _page(layout, 1, document)
    _label(layout, "3D-Ansicht", 10, y + 8, 277, 10, 16, True)
    view = view_3d or prepare_3d_view(path, project_ref, snapshot, storey_height, render_3d)
    caption, why_not = view.caption, view.why_not
    if caption:
        picture = QgsLayoutItemPicture(layout)
        picture.setPicturePath(view.picture)
        layout.addLayoutItem(picture)
        px, py, pw, ph = _fit(10, y + 22, 277, 170)
        picture.attemptMove(QgsLayoutPoint(px, py, MM))
        picture.attemptResize(QgsLayoutSize(pw, ph, MM))
        _label(layout, caption, 10, y + 194, 277, 10, 8)
    else:
        oblique = buildings.clone()
        oblique.setName(tr("Planned buildings (2.5D)"))
        overlay_qgis.set_25d(oblique, storey_height)
        qgs.addMapLayer(oblique, False)
        document.maps[1] = _map(layout, [oblique] + network, extent, 10, y + 22, 277, 170)
        document._legend_layers[1] = [oblique] + network
        _label(layout, "2,5D-Schrägansicht: Baukörper um ihre Höhe (sonst Geschosse × "
               f"{_decimal(storey_height, None)} m) extrudiert, ohne OpenGL gezeichnet. "
               "Keine echte 3D-Ansicht: "
               f"{why_not}", 10, y + 194, 277, 10, 8)

    # Pages 3…: conflict table.
    numbers = {f["uuid"]: f"Nr. {i + 1}" + (f" ({f['use'][:24]})" if f["use"] else "")
               for i, f in enumerate(buildings.getFeatures())}
    rows = [(c.severity, ASSET_NAMES.get(c.asset_table, c.asset_table), c.object_code or "–",
             c.dn or "–", _decimal(c.distance), _decimal(c.required),
             numbers.get(c.building, c.building[:8])) for c in found]
    header = ("Schwere", "Objektart", "Objekt", "DN", "Abstand [m]", "erforderlich [m]", "Baukörper")
    page_number = 2
    for start in range(0, max(len(rows), 1), ROWS_PER_PAGE):
        y = _page(layout, page_number, document)
        page_number += 1
        title = "Konflikte" if start == 0 else "Konflikte (Fortsetzung)"
        _label(layout, title, 10, y + 8, 277, 10, 16, True)
        chunk = rows[start:start + ROWS_PER_PAGE]
        if chunk:
            _label(layout, _html_table(header, chunk), 10, y + 22, 277, 180, 9, html=True)
        else:
            _label(layout, "Keine Konflikte mit dem Kanalnetz gefunden.", 10, y + 22, 277, 10, 11)

    # Last page: comments.
    y = _page(layout, page_number, document)
    _label(layout, f"Bürgerbeiträge ({len(comments)})", 10, y + 8, 277, 10, 16, True)
    if comments:
        listed = comments[:20]
        items = "".join(f"<li>{(text or '').replace('<', '&lt;')} "
                        f"<i>({(created or '')[:10]})</i></li>" for _id, text, created in listed)
        more = f"<p>… und {len(comments) - len(listed)} weitere.</p>" if len(comments) > 20 else ""
        _label(layout, f"<ul style=\"font-family:'DejaVu Sans';font-size:9pt\">{items}</ul>{more}",
               10, y + 22, 277, 180, 9, html=True)
    else:
        _label(layout, "Zu diesem Bauvorhaben liegen keine Bürgerbeiträge vor.",
               10, y + 22, 277, 10, 11)
    document.finish()
    return layout, qgs, {"conflicts": len(found), "comments": len(comments),
                         "pages": layout.pageCollection().pageCount(), "project": project,
                         "view_3d": "3d" if caption else "2.5d", "view_3d_note": why_not,
                         "view": view}


def export_pdf(path, project_ref, output, strips=None, snapshot=None, storey_height=3.0,
               render_3d=True, view_3d=None):
    """Write the report; returns its summary (conflicts, comments, pages, project, view_3d)."""
    try:
        layout, _qgs, summary = build_layout(path, project_ref, strips, snapshot, storey_height,
                                             render_3d, view_3d)
    except Exception:
        if view_3d is not None:
            view_3d.discard()
        raise
    view = summary.pop("view")
    try:
        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        # Text as text, not as shapes (QGIS 3.40's default): searchable and copyable.
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        result = exporter.exportToPdf(output, settings)
    finally:
        view.discard()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise ReportError(tr("The PDF could not be written to {path}.").format(path=output))
    return summary


def export_first_page_png(path, project_ref, output, strips=None, dpi=80):
    layout, _qgs, _summary = build_layout(path, project_ref, strips, render_3d=False)
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.pages = [0]
    return exporter.exportToImage(output, settings) == QgsLayoutExporter.ExportResult.Success

