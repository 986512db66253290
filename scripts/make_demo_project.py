"""Write build/demo/kempten_demo.qgz: the demo working copy as styled layers.

Runs headless with QGIS's Python and uses the plugin's own layer loading, so the project
that `make run` opens looks exactly like what the plugin's "open working copy" makes.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsReferencedRectangle,
)


def main(working_copy, project_path, locale="de"):
    app = QgsApplication([], False)
    app.initQgis()
    from qgis.core import QgsSettings

    from kempten_twin_plugin.i18n import Translation
    from kempten_twin_plugin.render import layers

    # Layer and group names are stored in the project: write them in the users' language.
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", locale)
    translation = Translation()  # keep it alive while the project is written
    translation.install()

    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    project.setTitle("Kempten Twin – Demo-Stadt")
    opened = layers.open_working_copy(os.path.abspath(working_copy), project)
    extent = opened["pipe"].extent()
    view = project.viewSettings()
    view.setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    if not project.write(project_path):
        print(f"could not write {project_path}: {project.error()}", file=sys.stderr)
        return 1
    print(f"wrote {os.path.relpath(project_path, ROOT)}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
