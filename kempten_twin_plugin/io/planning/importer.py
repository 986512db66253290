"""One entry point per import, shared by the Processing algorithms and the dialogs.

Everything is read and checked before anything is written, so a bad file changes nothing:
the CRS reading (io/crs), the geometry check against the city's area (io/geometry_check)
and the file's completeness come first. A CRS that cannot be decided raises
PlanningCrsError, which the dialog answers by asking for it.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Mapping, Optional

from ...i18n import tr
from ...store import planning as store
from ..geometry_check import GeometryCheck
from ..lxml_threads import freed_in_this_thread
from . import participation as comments_module
from .errors import PlanningImportError

XML_EXTENSIONS = (".gml", ".xml", ".xplan")


def sniff_xml(path: str) -> Optional[str]:
    """"xplan", "citygml" or None, from the first few kB of an XML file."""
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError as error:
        raise PlanningImportError(tr("{path} cannot be read: {error}")
                                  .format(path=path, error=error)) from error
    if b"xplanung.de/xplangml" in head:
        return "xplan"
    if b"opengis.net/citygml" in head:
        return "citygml"
    return None


@freed_in_this_thread
def import_planned(working_copy: str, path: str, user: str,
                   mapping: Optional[Mapping[str, Optional[str]]] = None,
                   source_epsg: Optional[int] = None, project_name: Optional[str] = None,
                   status: Optional[str] = None, layer_name: Optional[str] = None) -> Dict[str, Any]:
    """Import planned footprints, a Bebauungsplan or a CityGML tile; returns a summary dict:
    {"kind", "projects", "buildings", "context_buildings", "warnings": [...], "report"}."""
    if not os.path.isfile(path):
        raise PlanningImportError(tr("{path} does not exist.").format(path=path))
    kind = None
    if path.lower().endswith(XML_EXTENSIONS):
        kind = sniff_xml(path)
        if kind is None:
            raise PlanningImportError(tr("{path} is neither XPlanGML nor CityGML (unknown "
                                         "namespace); nothing was imported.")
                                      .format(path=os.path.basename(path)))
    summary = {"projects": 0, "buildings": 0, "context_buildings": 0, "warnings": []}
    lines = []
    check = GeometryCheck(store.city_extent(working_copy))
    if kind == "xplan":
        from .xplan import read_xplan

        plan = read_xplan(path, source_epsg, check)
        buildings = [dict({key: a[key] for key in store.MEASURES},
                          floors=int(a["storeys"]) if a["storeys"] is not None else None,
                          height_m=a["height_m"], use=a["description"], geometry=a["geometry"])
                     for a in plan["areas"]]
        project = {"name": project_name or plan["name"], "reference": plan["reference"],
                   "status": status, "source": f"XPlanGML {plan['version']}"}
        store.insert_project(working_copy, project, buildings, user)
        summary.update(kind=f"XPlanGML {plan['version']}", projects=1, buildings=len(buildings))
        lines.append(f"XPlanGML {plan['version']}: {plan['name']}")
        lines.extend(line for line in plan["lines"] if line not in check.lines)
        lines.extend(f"  {a['gml_id']}: {a['description']}" for a in plan["areas"])
        summary["warnings"] = list(check.lines)
    elif kind == "citygml":
        from .citygml import CityGmlReader
        from .citygml_halves import read_buildings

        reader = CityGmlReader(path, source_epsg, check)
        count = store.write_context_buildings(working_copy, read_buildings(reader),
                                              os.path.basename(path))
        summary.update(kind="CityGML", context_buildings=count)
        lines.append(tr("CityGML: {n} buildings from {file}").format(
            n=count, file=os.path.basename(path)))
        lines.extend(line for line in reader.lines if line not in check.lines)
        summary["warnings"] = list(check.lines)
    else:
        from .footprints import read_footprints

        read = read_footprints(path, mapping, source_epsg, layer_name, check)
        for name, buildings in read["projects"].items():
            project = {"name": project_name or name, "status": status,
                       "source": os.path.basename(path)}
            store.insert_project(working_copy, project, buildings, user)
            summary["projects"] += 1
            summary["buildings"] += len(buildings)
            lines.append(f"{project['name']}: {len(buildings)} Baukörper")
        lines.extend(line for line in read["lines"] if line not in read["warnings"])
        summary["kind"] = os.path.splitext(path)[1].lstrip(".").upper()
        summary["warnings"] = read["warnings"]
    summary["refused"] = check.refused
    summary["report"] = "\n".join(lines + [f"Warnung: {w}" for w in summary["warnings"]])
    return summary


@freed_in_this_thread
def import_comments(working_copy: str, path: str, user: str, project: Optional[str] = None,
                    source_epsg: Optional[int] = None) -> Dict[str, Any]:
    """Import citizens' comments; returns {"comments", "skipped", "warnings", "report"}."""
    if not os.path.isfile(working_copy):
        raise PlanningImportError(tr("The working copy {path} does not exist; import the "
                                     "building projects first.").format(path=working_copy))
    found = comments_module.read_comments(path, source_epsg)
    attached, skipped = comments_module.attach(working_copy, found, project)
    inserted = store.insert_comments(working_copy, attached, user)
    warnings = [f"{c.get('external_id') or '?'}: {reason}" for c, reason in skipped]
    duplicates = len(attached) - inserted
    if duplicates:
        warnings.append(tr("{n} comments were imported before and were skipped.")
                        .format(n=duplicates))
    report = [f"{inserted} Beiträge übernommen, {len(skipped)} ohne Bauvorhaben"]
    report += [f"Warnung: {w}" for w in warnings]
    return {"comments": inserted, "skipped": len(skipped), "warnings": warnings,
            "report": "\n".join(report)}
