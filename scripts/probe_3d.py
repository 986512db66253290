"""Why QGIS 3.22's 3D layout export "hangs" in a script, shown in two runs with a time limit.

    /usr/bin/python3 scripts/probe_3d.py [--timeout 60] [--out build/probe-3d]

Each run is its own process on an Xvfb screen (xvfb-run, GLX): one extruded square,
a print layout with a 3D map item, ``exportToImage``. The first run leaves out
``Qgs3D.initialize()`` (as a plain PyQGIS script does): the 3D symbol registry is empty,
every leaf chunk loader stops at "Unknown 3D symbol type" without reporting "finished",
the scene never becomes ready and the export waits until killed. The second run calls it
and finishes in seconds with a picture. Also printed: the OpenGL version Qt gets there.
"""

import argparse
import os
import subprocess
import sys
import time

XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 +extension GLX"]


def child(initialize, output):
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsGeometry,
        QgsLayoutExporter,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsRectangle,
        QgsUnitTypes,
        QgsVector3D,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QOffscreenSurface, QOpenGLContext, QSurfaceFormat
    from qgis.PyQt.QtXml import QDomDocument

    app = QgsApplication([], True)
    app.initQgis()
    wanted = QSurfaceFormat()
    wanted.setVersion(4, 3)
    wanted.setProfile(QSurfaceFormat.CoreProfile)
    context, surface = QOpenGLContext(), QOffscreenSurface()
    context.setFormat(wanted)
    surface.setFormat(wanted)
    surface.create()
    got = context.format() if context.create() and context.makeCurrent(surface) else None
    print(f"platform {app.platformName()}, OpenGL "
          + (f"{got.majorVersion()}.{got.minorVersion()} core" if got else "none"), flush=True)

    from qgis._3d import (
        Qgs3D,
        Qgs3DMapSettings,
        QgsCameraPose,
        QgsLayoutItem3DMap,
        QgsPolygon3DSymbol,
        QgsVectorLayer3DRenderer,
    )

    if initialize:
        Qgs3D.initialize()
    x0, y0 = 600000.0, 5290000.0
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "square", "memory")
    square = QgsFeature()
    square.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 - 10, y0 - 10, x0 + 10, y0 + 10)))
    layer.dataProvider().addFeatures([square])
    symbol = QgsPolygon3DSymbol()
    symbol.setExtrusionHeight(15)
    layer.setRenderer3D(QgsVectorLayer3DRenderer(symbol))
    project = QgsProject()
    project.addMapLayer(layer)
    doc = QDomDocument()
    root = doc.createElement("qgis3d")
    origin = doc.createElement("origin")
    origin.setAttribute("x", str(x0))
    origin.setAttribute("y", str(y0))
    root.appendChild(origin)
    crs = doc.createElement("crs")
    QgsCoordinateReferenceSystem("EPSG:25832").writeXml(crs, doc)
    root.appendChild(crs)
    terrain, generator, extent = (doc.createElement(n) for n in ("terrain", "generator", "extent"))
    generator.setAttribute("type", "flat")
    for key, value in (("xmin", x0 - 200), ("xmax", x0 + 200), ("ymin", y0 - 200), ("ymax", y0 + 200)):
        extent.setAttribute(key, str(value))
    generator.appendChild(extent)
    terrain.appendChild(generator)
    root.appendChild(terrain)
    settings = Qgs3DMapSettings()
    settings.readXml(root, QgsReadWriteContext())
    settings.setLayers([layer])
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    item = QgsLayoutItem3DMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(10, 10, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(200, 150, QgsUnitTypes.LayoutMillimeters))
    item.setMapSettings(settings)
    pose = QgsCameraPose()
    pose.setCenterPoint(QgsVector3D(0, 0, 0))
    pose.setDistanceFromCenterPoint(120)
    pose.setPitchAngle(55)
    item.setCameraPose(pose)
    image_settings = QgsLayoutExporter.ImageExportSettings()
    image_settings.dpi = 50
    started = time.time()
    print("exporting …", flush=True)
    result = QgsLayoutExporter(layout).exportToImage(output, image_settings)
    print(f"export result {result} after {time.time() - started:.1f} s: {output}", flush=True)
    # Tearing down Qt3D at interpreter exit crashed QGIS 3.22 here; the probe only reports.
    os._exit(0 if result == QgsLayoutExporter.Success else 1)


def run(initialize, timeout, out_dir):
    output = os.path.join(out_dir, f"3d-{'with' if initialize else 'without'}-initialize.png")
    command = XVFB + [sys.executable, os.path.abspath(__file__), "--child", output]
    if initialize:
        command.append("--initialize")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    title = "with Qgs3D.initialize()" if initialize else "without Qgs3D.initialize()"
    print(f"--- {title}", flush=True)
    process = subprocess.Popen(command, env=env, start_new_session=True, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        out, _ = process.communicate(timeout=timeout)
        finished = True
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        out, _ = process.communicate()
        finished = False
    for line in out.splitlines():
        if "XDG_RUNTIME_DIR" not in line:
            print("   ", line)
    print(f"    -> {'finished' if finished else f'still waiting after {timeout} s, killed'}")
    return finished


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--out", default=os.path.join("build", "probe-3d"))
    parser.add_argument("--child")
    parser.add_argument("--initialize", action="store_true")
    args = parser.parse_args()
    if args.child:
        return child(args.initialize, args.child)
    os.makedirs(args.out, exist_ok=True)
    without = run(False, args.timeout, args.out)
    with_init = run(True, args.timeout, args.out)
    return 0 if with_init and not without else 1


if __name__ == "__main__":
    sys.exit(main())
