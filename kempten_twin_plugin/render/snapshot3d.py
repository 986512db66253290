"""A true 3D picture of a building project, rendered by QGIS's own 3D engine (OpenGL).

The buildings are extruded by their height and coloured by the project's status (the same
rule-based 3D renderer as the 3D view), the pipes around them lie as blue 3D lines at
their invert depth below the ground, thin grey lines mark where those pipes run at ground
level and vertical lines their shafts, so the depth can be read off the picture. A print
layout with a 3D map item renders the scene offscreen (``QgsLayoutItem3DMap``).

Why it hung before on QGIS 3.22: ``Qgs3D.initialize()`` registers the 3D symbol handlers;
the QGIS desktop calls it, a script does not. Without it each vector-layer chunk loader
stops at "Unknown 3D symbol type" without ever reporting "finished", the scene never
becomes ready and ``Qgs3DUtils::captureSceneImage`` waits for ever. Mesa's software
OpenGL (llvmpipe, OpenGL 4.5 core under Xvfb with GLX) renders the scene well.

QGIS 3.42 turned the 3D world coordinates (x east, y up, z south before) to x east, y north,
z up (``_world`` gives a direction in either); the default point light that ``readXml``
leaves 1000 m "up" then lies 1000 m north at ground level, so there the lights are set
here, the one overhead becoming a directional light from straight above. From 3.30 the
scene's extent is a setting of its own: left empty, the scene loaded nothing on 3.44 (an
empty picture) and not always on 3.40.

The rendering runs in a separate process (``make_snapshot``) with a time limit, because
QGIS offers no way to stop a capture that waits for a scene that never gets ready, and
because OpenGL needs a screen: the desktop's own, else one made by ``xvfb-run``.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from ..child_python import module_command
from ..errors import KemptenTwinError
from ..i18n import decimal

SNAPSHOT_TIMEOUT_S = 120
WIDTH_MM, HEIGHT_MM = 277.0, 170.0  # the picture's place on the report's 3D page
DPI = 110
PIPE_MARGIN_M = 40.0
BACKGROUND = "#e9eef2"
PIPE_COLOUR = "#1f5fd1"
XVFB_SCREEN = "-screen 0 1600x1200x24 +extension GLX"



class SnapshotError(KemptenTwinError):
    """No 3D picture could be made; the message (German) says why, for the report page."""


# --- in the rendering process -------------------------------------------------------

def _ground_and_shafts(pipes_layer):
    """Two layers: where the pipes run at ground level (z = 0), and a shaft at each pipe
    end from its invert up to the ground (small squares, extruded)."""
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsLineString,
        QgsPoint,
        QgsRectangle,
        QgsVectorLayer,
    )

    from .compat import field

    traces = QgsVectorLayer("LineString?crs=EPSG:25832", "Lage der Haltungen", "memory")
    shafts = QgsVectorLayer("Polygon?crs=EPSG:25832", "Schächte", "memory")
    shafts.dataProvider().addAttributes([field("depth", "double")])
    shafts.updateFields()
    trace_features, shaft_features, seen = [], [], set()
    for pipe in pipes_layer.getFeatures():
        line = pipe.geometry().constGet()
        points = [line.pointN(i) for i in range(line.numPoints())]
        trace = QgsFeature()
        trace.setGeometry(QgsGeometry(QgsLineString([QgsPoint(p.x(), p.y()) for p in points])))
        trace_features.append(trace)
        for end in (points[0], points[-1]):
            key = (round(end.x(), 1), round(end.y(), 1))
            if key in seen:
                continue
            seen.add(key)
            shaft = QgsFeature(shafts.fields())
            shaft.setGeometry(QgsGeometry.fromRect(QgsRectangle(end.x() - 0.6, end.y() - 0.6,
                                                                end.x() + 0.6, end.y() + 0.6)))
            shaft.setAttributes([end.z()])
            shaft_features.append(shaft)
    traces.dataProvider().addFeatures(trace_features)
    shafts.dataProvider().addFeatures(shaft_features)
    for layer in (traces, shafts):
        layer.updateExtents()
    return traces, shafts


def _pipe_bodies(pipes_layer):
    """The pipes as bodies at their depth: the pipe's course widened to its DN, from its
    invert (mean of both ends) up by its DN. (QGIS 3.22 draws wide 3D lines as ribbons
    buffered in 2D, which loses the lines' z; simple lines keep it but are thin.)"""
    from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsLineString, QgsPoint, QgsVectorLayer

    from .compat import field

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "Haltungen (Körper)", "memory")
    layer.dataProvider().addAttributes([field("invert_z", "double"), field("dn_m", "double")])
    layer.updateFields()
    features = []
    for pipe in pipes_layer.getFeatures():
        line = pipe.geometry().constGet()
        points = [line.pointN(i) for i in range(line.numPoints())]
        dn_m = max((pipe["width_mm"] or 300) / 1000.0, 0.3)
        flat = QgsGeometry(QgsLineString([QgsPoint(p.x(), p.y()) for p in points]))
        body = QgsFeature(layer.fields())
        body.setGeometry(flat.buffer(dn_m / 2, 2, Qgis.EndCapStyle.Flat,
                                     Qgis.JoinStyle.Miter, 2))
        body.setAttributes([sum(p.z() for p in points) / len(points), dn_m])
        features.append(body)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _renderer(symbol, colour, darker):
    """A 3D renderer for ``symbol`` at absolute heights, in a Phong material of ``colour``
    (ambient ``darker`` % darker, so unlit sides are not black)."""
    from qgis._3d import QgsPhongMaterialSettings, QgsVectorLayer3DRenderer
    from qgis.core import Qgis
    from qgis.PyQt.QtGui import QColor

    from .planning_overlay import _set_material

    clamping = getattr(Qgis, "AltitudeClamping", None)
    symbol.setAltitudeClamping(clamping.Absolute if clamping is not None else 0)
    material = QgsPhongMaterialSettings()
    material.setDiffuse(QColor(colour))
    material.setAmbient(QColor(colour).darker(darker))
    _set_material(symbol, material)
    return QgsVectorLayer3DRenderer(symbol)


def _line_renderer(colour, width_m, z=None):
    from qgis._3d import QgsLine3DSymbol

    symbol = QgsLine3DSymbol()
    symbol.setWidth(width_m)
    if z is not None:  # setOffset from QGIS 3.36 on, setHeight (deprecated there) before
        (getattr(symbol, "setOffset", None) or symbol.setHeight)(z)
    return _renderer(symbol, colour, 150)


def _body_renderer(colour, base, extrusion):
    """Polygons extruded from the height ``base`` by ``extrusion`` (expressions)."""
    from qgis._3d import QgsPolygon3DSymbol
    from qgis.core import QgsProperty

    symbol = QgsPolygon3DSymbol()
    properties = symbol.dataDefinedProperties()
    properties.setProperty(symbol.PropertyHeight, QgsProperty.fromExpression(base))
    properties.setProperty(symbol.PropertyExtrusionHeight, QgsProperty.fromExpression(extrusion))
    symbol.setDataDefinedProperties(properties)
    return _renderer(symbol, colour, 160)


def z_up_world():
    """True where the 3D scene's world coordinates have z up (QGIS 3.42 on)."""
    from qgis.core import Qgis

    return Qgis.versionInt() >= 34200


def _world(east, north, up):
    """A vector in the 3D scene's world coordinates: (x east, y north, z up) from QGIS 3.42
    on, (x east, y up, z south) before."""
    from qgis.core import QgsVector3D

    return QgsVector3D(east, north, up) if z_up_world() else QgsVector3D(east, up, -north)


def _set_lights(settings):
    """Besides a light overhead, light from behind the camera (south-south-west, from above)
    so that the walls facing the viewer are not black."""
    from qgis._3d import QgsDirectionalLightSettings

    sun = QgsDirectionalLightSettings()
    sun.setDirection(_world(-0.35, 0.55, -0.75))
    sun.setIntensity(0.7)
    if not hasattr(settings, "setLightSources"):  # up to QGIS 3.24 (with readXml's point light)
        settings.setDirectionalLights([sun])
    elif not z_up_world():  # 3.26 … 3.40: one list for all kinds of light
        settings.setLightSources([light.clone() for light in settings.lightSources()] + [sun])
    else:
        overhead = QgsDirectionalLightSettings()
        overhead.setDirection(_world(0.0, 0.0, -1.0))
        overhead.setIntensity(1.0)
        settings.setLightSources([overhead, sun])


def _map_settings_3d(project, layers, origin, extent):
    """3D map settings: flat terrain switched off, the scene's origin at the buildings.

    QGIS 3.22 offers no terrain setter to Python; ``readXml`` sets a flat terrain."""
    from qgis._3d import Qgs3DMapSettings
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    doc = QDomDocument()
    root = doc.createElement("qgis3d")
    doc.appendChild(root)
    values = {"origin": {"x": origin.x(), "y": origin.y(), "z": 0},
              "color": {"background": "233,238,242,255", "selection": "255,255,0,255"}}
    for name, attributes in values.items():
        element = doc.createElement(name)
        for key, value in attributes.items():
            element.setAttribute(key, str(value))
        root.appendChild(element)
    crs = doc.createElement("crs")
    layers[0].crs().writeXml(crs, doc)
    root.appendChild(crs)
    terrain = doc.createElement("terrain")
    generator = doc.createElement("generator")
    generator.setAttribute("type", "flat")
    box = doc.createElement("extent")
    for key, value in (("xmin", extent.xMinimum()), ("xmax", extent.xMaximum()),
                       ("ymin", extent.yMinimum()), ("ymax", extent.yMaximum())):
        box.setAttribute(key, str(value))
    generator.appendChild(box)
    terrain.appendChild(generator)
    root.appendChild(terrain)
    settings = Qgs3DMapSettings()
    settings.readXml(root, QgsReadWriteContext())
    if hasattr(settings, "setExtent"):  # QGIS 3.30 on: what the scene loads (see above)
        settings.setExtent(extent)
    settings.setLayers(layers)
    settings.setTransformContext(project.transformContext())
    settings.setPathResolver(project.pathResolver())
    settings.setMapThemeCollection(project.mapThemeCollection())
    # The ground is left out: an opaque terrain would hide the pipes beneath it.
    settings.setTerrainRenderingEnabled(False)
    _set_lights(settings)
    return settings


def camera_pose(extent, pitch=52.0, heading=25.0):
    """Looking obliquely down at the buildings from the south-south-west."""
    from qgis._3d import QgsCameraPose

    pose = QgsCameraPose()
    pose.setCenterPoint(_world(0.0, 0.0, -2.0))
    pose.setDistanceFromCenterPoint(max(extent.width(), extent.height()) * 0.95 + 35.0)
    pose.setPitchAngle(pitch)
    pose.setHeadingAngle(heading)
    return pose


def render(path, project_ref, output, storey_height=3.0):
    """Render the project's 3D picture into ``output`` (PNG). Needs an OpenGL context."""
    from qgis._3d import Qgs3D, QgsLayoutItem3DMap, QgsPhongMaterialSettings, QgsVectorLayer3DRenderer
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsRectangle,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QColor

    from . import planning_overlay as overlay_qgis
    from . import review_report as report_qgis

    Qgs3D.initialize()  # the 3D symbol handlers (see the module's docstring)
    project, _comments = report_qgis.project_info(path, project_ref)
    buildings = report_qgis.buildings_layer(path, project)
    if buildings.featureCount() == 0:
        raise SnapshotError(f"Das Bauvorhaben {project['name']} hat keine Baukörper.")
    # One project, one status: a single symbol in the status colour (QGIS 3.22's rule-based
    # 3D renderer drew some buildings of such a project with its "else" rule here).
    colour = overlay_qgis.STATUS_COLOURS.get(project["status"], overlay_qgis.OTHER_COLOUR)
    symbol = overlay_qgis._polygon_symbol_3d(colour, storey_height)
    # Less ambient and shine than in the interactive view: lit roofs keep the legend's colour
    # instead of saturating to a paler one.
    material = QgsPhongMaterialSettings()
    material.setDiffuse(QColor(colour))
    material.setAmbient(QColor(colour).darker(320))
    material.setSpecular(QColor(30, 30, 30))
    overlay_qgis._set_material(symbol, material)
    buildings.setRenderer3D(QgsVectorLayer3DRenderer(symbol))
    extent = QgsRectangle(buildings.extent())
    at_depth = overlay_qgis.pipes_at_depth(path, extent, PIPE_MARGIN_M)
    pipes = _pipe_bodies(at_depth)
    pipes.setRenderer3D(_body_renderer(PIPE_COLOUR, '"invert_z"', '"dn_m"'))
    traces, shafts = _ground_and_shafts(at_depth)
    traces.setRenderer3D(_line_renderer("#5e5e5e", 0.35, 0.0))
    shafts.setRenderer3D(_body_renderer("#8a8a8a", '"depth"', '-"depth"'))
    layers = [buildings, pipes, traces, shafts]
    qgs = QgsProject()
    qgs.addMapLayers(layers, False)
    scene_extent = QgsRectangle(extent)
    scene_extent.grow(PIPE_MARGIN_M * 2)
    settings = _map_settings_3d(qgs, layers, extent.center(), scene_extent)

    layout = QgsPrintLayout(qgs)
    layout.initializeDefaults()
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(WIDTH_MM, HEIGHT_MM, mm))
    item = QgsLayoutItem3DMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(0, 0, mm))
    item.attemptResize(QgsLayoutSize(WIDTH_MM, HEIGHT_MM, mm))
    item.setBackgroundColor(QColor(BACKGROUND))
    item.setMapSettings(settings)
    item.setCameraPose(camera_pose(extent))
    exporter = QgsLayoutExporter(layout)
    image_settings = QgsLayoutExporter.ImageExportSettings()
    image_settings.dpi = DPI
    if exporter.exportToImage(output, image_settings) != QgsLayoutExporter.ExportResult.Success:
        raise SnapshotError("QGIS konnte das 3D-Bild nicht schreiben.")
    return output


def main(argv=None):
    parser = argparse.ArgumentParser(description="3D picture of a building project (PNG)")
    parser.add_argument("working_copy")
    parser.add_argument("project")
    parser.add_argument("output")
    parser.add_argument("--storey-height", type=float, default=3.0)
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    try:
        render(args.working_copy, args.project, args.output, args.storey_height)
    except SnapshotError as error:
        print(error, file=sys.stderr)
        return 2
    # The picture is written. Tearing Qt3D down at exit crashed QGIS 3.22 in a probe
    # (scripts/probe_3d.py), and this process has nothing left to save.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# --- in the calling process (report, Processing, desktop) -----------------------------

def command_and_environment(path, project_ref, output, storey_height):
    """The rendering command: on the desktop's screen, else on one made by xvfb-run."""
    command, env = module_command("render.snapshot3d")
    env["QT_QPA_PLATFORM"] = "xcb"  # "offscreen" has no OpenGL
    command = command + [path, str(project_ref), output,
                         "--storey-height", str(float(storey_height))]
    if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None:
            raise SnapshotError("Kein Bildschirm für OpenGL vorhanden (kein DISPLAY und kein "
                                "xvfb-run installiert).")
        command = [xvfb_run, "-a", "-s", XVFB_SCREEN] + command
    elif not sys.platform.startswith("linux"):
        env.pop("QT_QPA_PLATFORM")  # the system's own window platform
    return command, env


def _stop(process):
    # xvfb-run starts Xvfb and Python: the whole process group goes.
    if hasattr(os, "killpg"):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    else:
        process.kill()
    process.wait()


def _wait(process, timeout, is_canceled=None):
    """True when the process ended within ``timeout`` s (False also when cancelled). Called
    on the desktop's GUI thread, the window keeps repainting meanwhile (no user input:
    nothing re-entrant); the desktop calls it from a QgsTask instead."""
    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QThread

    app = QCoreApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() == app.thread()
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if time.monotonic() > deadline or (is_canceled is not None and is_canceled()):
            return False
        if on_gui_thread:
            app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        time.sleep(0.05)
    return True


def image_is_blank(path):
    """True where the picture is one colour (nothing rendered)."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(path)
    if image.isNull():
        return True
    first = image.pixel(0, 0)
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    return all(image.pixel(x, y) == first for y in range(0, image.height(), step_y)
               for x in range(0, image.width(), step_x))


def make_snapshot(path, project_ref, output, storey_height=3.0, timeout=SNAPSHOT_TIMEOUT_S,
                  is_canceled=None):
    """Render the 3D picture in its own process; raise SnapshotError saying why it failed."""
    command, env = command_and_environment(path, project_ref, output, storey_height)
    if os.path.exists(output):
        os.unlink(output)
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        try:
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log,
                                       start_new_session=hasattr(os, "killpg"))
        except OSError as error:
            raise SnapshotError(f"Der 3D-Renderer ließ sich nicht starten ({error}).")
        if not _wait(process, timeout, is_canceled):
            _stop(process)
            if is_canceled is not None and is_canceled():
                raise SnapshotError("Die 3D-Ansicht wurde abgebrochen.")
            raise SnapshotError("Die 3D-Szene wurde nicht innerhalb von "  # German, like the report
                               f"{decimal(timeout, None, separator=',')} s fertig.")
        log.seek(0)
        err = log.read()
    if process.returncode != 0 or not os.path.exists(output):
        last = [line for line in err.splitlines()
                if line.strip() and "XDG_RUNTIME_DIR" not in line][-1:]
        raise SnapshotError("Der 3D-Renderer ({python}) brach ab (Code {code}{detail}).".format(
            python=os.path.basename(command[command.index("-m") - 1]), code=process.returncode,
            detail=f": {last[0][:160]}" if last else ""))
    if image_is_blank(output):
        raise SnapshotError("Das 3D-Bild blieb leer (kein OpenGL-Kontext?).")
    return output


def snapshot_in_temp_dir(path, project_ref, storey_height=3.0, timeout=SNAPSHOT_TIMEOUT_S,
                         is_canceled=None):
    """(picture path, folder to remove afterwards)."""
    folder = tempfile.mkdtemp(prefix="kt-3d-")
    try:
        return make_snapshot(path, project_ref, os.path.join(folder, "3d.png"), storey_height,
                             timeout, is_canceled), folder
    except SnapshotError:
        shutil.rmtree(folder, ignore_errors=True)
        raise


if __name__ == "__main__":
    sys.exit(main())
