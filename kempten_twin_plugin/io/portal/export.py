"""Export building projects for the citizens' portal: 3D Tiles 1.1 and a web page.

``export_portal`` reads the working copy (through ``store.portal``), keeps only the
allow-listed public fields (``public.py``) and writes into one folder:

    index.html, app.js, style.css, vendor/   the page and its web 3D library
    data/tileset.json                         3D Tiles 1.1, placed in ECEF
    data/projekt-K.glb, data/umgebung-K.glb   project K's planned and existing buildings
    data/karte-K.png                          the base map under project K
    data/portal.json                          what the page shows (public fields only)

Everything is written to a folder beside the target first and moved into place when
complete: a failure or a cancel leaves the target as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ...core.catalogues import PROJECT_OTHER_COLOUR, PROJECT_STATUS_COLOURS
from ...core.timestamps import utc_now_text
from ...errors import Cancelled
from ...i18n import tr
from ...store import portal as store
from . import basemap as site_plan
from .geodesy import Geographic, LocalFrame, height_model, local_to_gltf
from .gltf import glb_bytes
from .mesh import FootprintError, Prism, prism_mesh
from .page import PortalError, write_page
from .public import BUILDING_FIELDS, CONTEXT_FIELDS, PROJECT_FIELDS, links, only
from .scene import Ground, camera_presets, ground_grid, inside, ring_centre
from .tileset import tileset as tileset_document

if TYPE_CHECKING:
    from ...settings import Settings

CONTEXT_COLOUR = (190, 186, 180)
# The page speaks German whatever the desktop's language: its texts are not translated.
SITE_PLAN_ATTRIBUTION = "Lageplan aus den Gebäudedaten der Stadt"
# The page writes the unit with the value ("19,5 m"), so its labels go without one.
PAGE_LABELS = {"height_m": "Höhe", "base_level_m": "Geländehöhe (ü. NHN)"}
DEFAULT_CONTEXT_STOREYS = 3


@dataclass
class PortalOptions:
    """Choices of an export (the options page holds the link pattern and the heights)."""

    link_pattern: str = ""  # the participation platform's URL, see public.links
    context_radius_m: float = 150.0  # existing buildings this far around a project
    storey_height: float = 3.0  # m per storey where a building has no height
    geoid_grid: str = ""  # a quasigeoid grid file (GCG2016 as GeoTIFF/GTX), optional
    height_anomaly_m: float = 0.0  # a constant DHHN2016 → ellipsoid difference; 0 = none
    skirt_m: float = 1.0  # walls reach this far below the base (no floating buildings)


def options_from_settings(settings: Settings, link_pattern: Optional[str] = None,
                          context_radius: Optional[float] = None, geoid_grid: Optional[str] = None,
                          height_anomaly: Optional[float] = None) -> PortalOptions:
    """The export's options: the values given, else the plugin's settings (an object with
    the fields of ``settings.Settings``)."""
    options = PortalOptions(link_pattern=settings.portal_link_pattern,
                            storey_height=settings.storey_height,
                            geoid_grid=settings.portal_geoid_grid,
                            height_anomaly_m=settings.portal_height_anomaly)
    if link_pattern:
        options.link_pattern = link_pattern
    if context_radius is not None:
        options.context_radius_m = float(context_radius)
    if geoid_grid:
        options.geoid_grid = geoid_grid
    if height_anomaly:
        options.height_anomaly_m = float(height_anomaly)
    return options


# (extent minx, miny, maxx, maxy; width, height in pixels) → (PNG, attribution) or None
Basemap = Callable[[Tuple[float, float, float, float], int, int], Optional[Tuple[bytes, str]]]


def _hex(colour: str) -> Tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def _box(polygons_list) -> Tuple[float, float, float, float]:
    points = np.concatenate([ring for polygons in polygons_list for polygon in polygons
                             for ring in polygon[:1]])
    return (float(points[:, 0].min()), float(points[:, 1].min()),
            float(points[:, 0].max()), float(points[:, 1].max()))


def _grow(box, margin):
    return (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)


class _Heights:
    """Base levels where the working copy has none: the ground from the manhole cover
    levels around, else the median of the known ones, else 0 m NHN (said in the report)."""

    def __init__(self, ground: Ground, known: Sequence[float]):
        self.ground = ground
        known = [k for k in known if k is not None]
        self.fallback = float(np.median(known)) if known else None
        self.estimated = 0
        self.unknown = 0

    def levels(self, x, y) -> np.ndarray:
        """Ground levels for buildings at (x, y) arrays, counted for the report."""
        values = self.ground.at(x, y) if self.ground else np.full(len(np.atleast_1d(x)), np.nan)
        known = np.isfinite(values)
        self.estimated += int(known.sum())
        self.unknown += int((~known).sum())
        return np.where(known, values, self.fallback if self.fallback is not None else 0.0)

    def surface(self, x, y) -> np.ndarray:
        values = self.ground.at(x, y) if self.ground else np.full(len(np.atleast_1d(x)), np.nan)
        fill = self.fallback if self.fallback is not None else 0.0
        return np.where(np.isfinite(values), values, fill)


def _context(reader, projects, by_project, options, step) -> Dict[str, List[dict]]:
    """The existing buildings around each project (each building once, with the first
    project near it), leaving out those standing where a planned building will be."""
    boxes = {p["uuid"]: _box([b["polygons"] for b in by_project[p["uuid"]]]) for p in projects}
    radius = max(0.0, float(options.context_radius_m))
    taken, context_of = set(), {}
    for p in projects:
        planned_outers = [poly[0] for b in by_project[p["uuid"]] for poly in b["polygons"]]
        lows = np.array([r.min(axis=0) for r in planned_outers])
        highs = np.array([r.max(axis=0) for r in planned_outers])
        chosen = []
        for c in reader.context_in(_grow(boxes[p["uuid"]], radius)):
            if c["fid"] in taken or not c["polygons"]:
                continue
            outer = c["polygons"][0][0]
            low, high = outer.min(axis=0), outer.max(axis=0)
            overlapping = np.nonzero((lows[:, 0] <= high[0]) & (highs[:, 0] >= low[0])
                                     & (lows[:, 1] <= high[1]) & (highs[:, 1] >= low[1]))[0]
            centre = ring_centre(outer)
            if any(inside(centre, planned_outers[i]) or inside(ring_centre(planned_outers[i]), outer)
                   for i in overlapping):
                continue  # standing where a planned building will be
            taken.add(c["fid"])
            chosen.append(c)
        context_of[p["uuid"]] = chosen
        step.check()
    return context_of


def export_portal(working_copy: str, out_dir: str, project: Optional[str] = None,
                  options: Optional[PortalOptions] = None, basemap: Optional[Basemap] = None,
                  vendor: Optional[str] = None, progress: Optional[Callable[[float], None]] = None,
                  is_canceled: Optional[Callable[[], bool]] = None) -> dict:
    """Write the portal export of ``project`` (uuid, reference or name; None = every
    project marked public) into ``out_dir``. ``basemap(extent, width, height)`` may render
    a map image (PNG bytes, attribution) for an extent; else a site plan of the footprints
    is drawn. Returns a summary: projects, buildings, context_buildings, tiles, page,
    height (the conversion used), warnings, report."""
    options = options or PortalOptions()
    step = _Steps(progress, is_canceled)
    out_dir = _output_folder(out_dir)
    with store.PortalReader(working_copy) as reader:
        warnings: List[str] = []
        projects, buildings, by_project = _projects_and_buildings(reader, project, warnings)
        step(5)
        comments_by_building = reader.comments_by_building()
        comments_by_project = reader.comments_by_project()
        context_of = _context(reader, projects, by_project, options, step)
        radius = max(0.0, float(options.context_radius_m))
        whole = _grow(_box([b["polygons"] for b in buildings]), radius + 60.0)
        ground = Ground(reader.ground_points(whole))
    heights = _Heights(ground, [b["base_level"] for b in buildings]
                       + [c["ground_level"] for cs in context_of.values() for c in cs])
    step(15)

    _set_heights(buildings, context_of, heights, float(options.storey_height) or 3.0)
    if heights.estimated:
        warnings.append(tr("{n} buildings without a base level stand on the ground estimated "
                           "from the manhole cover levels around them.").format(n=heights.estimated))
    if heights.unknown:
        warnings.append(tr("{n} buildings have no base level and no manhole nearby; they stand "
                           "at {level} m NHN.").format(n=heights.unknown,
                                                        level=round(heights.fallback or 0.0, 1)))

    # The local frame: centre of all planned buildings, at the lowest base level.
    box = _box([b["polygons"] for b in buildings])
    x0, y0 = (box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0

    geographic = Geographic()
    lon0, lat0 = geographic.lonlat([x0], [y0])
    model = height_model(float(lon0[0]), float(lat0[0]), options.geoid_grid,
                         options.height_anomaly_m or None)
    frame = LocalFrame(x0, y0, min(b["base"] for b in buildings), model, geographic)

    def to_gltf(x, y, h):
        return local_to_gltf(frame.to_local(x, y, h))

    step(20)
    parent = os.path.dirname(out_dir) or "."
    os.makedirs(parent, exist_ok=True)
    temp = tempfile.mkdtemp(prefix=".kt-portal-", dir=parent)
    try:
        summary = _write(temp, projects, by_project, context_of, comments_by_building,
                         comments_by_project, frame, to_gltf, heights, options, basemap, vendor,
                         warnings, step)
        step.check()
        _move_into(temp, out_dir)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    step(100)
    summary.update(tiles=os.path.join(out_dir, "data", "tileset.json"),
                   page=os.path.join(out_dir, "index.html"), folder=out_dir)
    summary["report"] = _report(summary)
    return summary


def _output_folder(out_dir):
    """The export's folder as an absolute path; PortalError if none is given or a file is."""
    if not out_dir:
        raise PortalError(tr("Choose a folder for the export."))
    out_dir = os.path.abspath(out_dir)
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise PortalError(tr("{path} is a file, not a folder.").format(path=out_dir))
    return out_dir


def _projects_and_buildings(reader, project, warnings):
    """The projects to export (project, or those marked public) that have buildings, all
    their buildings and those by project uuid. A project without buildings is left out
    with a warning; PortalError if none is left."""
    projects = reader.projects(project)
    if not projects:
        raise PortalError(tr("No such building project in the working copy.") if project else
                          tr("No building project is marked public; mark one (field "
                             "“public”) or name the project to export."))
    buildings = reader.buildings([p["uuid"] for p in projects])
    by_project: Dict[str, List[dict]] = {}
    for b in buildings:
        by_project.setdefault(b["project"], []).append(b)
    for p in projects:
        if p["uuid"] not in by_project:
            warnings.append(tr("{name}: no buildings, not exported.").format(name=p["name"]))
    projects = [p for p in projects if p["uuid"] in by_project]
    if not projects:
        raise PortalError(tr("The chosen building projects have no buildings to show."))
    return projects, buildings, by_project


def _set_heights(buildings, context_of, heights, storey):
    """Base (m NHN) and height (m) of every planned and context building: a missing base
    level from the ground model (heights), a missing height from the storeys."""
    every = buildings + [c for chosen in context_of.values() for c in chosen]
    for b in every:
        b["base"] = b["base_level"] if "base_level" in b else b["ground_level"]
    missing = [b for b in every if b["base"] is None]
    if missing:
        centres = np.array([ring_centre(b["polygons"][0][0]) for b in missing])
        for b, level in zip(missing, heights.levels(centres[:, 0], centres[:, 1])):
            b["base"] = float(level)
    for b in buildings:
        b["height"] = b["height_m"] or (b["floors"] * storey if b["floors"] else storey)
    for chosen in context_of.values():
        for c in chosen:
            c["height"] = c["height_m"] or (c["storeys"] or DEFAULT_CONTEXT_STOREYS) * storey


class _Steps:
    def __init__(self, progress, is_canceled):
        self.progress, self.is_canceled = progress, is_canceled

    def check(self):
        if self.is_canceled is not None and self.is_canceled():
            raise Cancelled()

    def __call__(self, percent):
        self.check()
        if self.progress is not None:
            self.progress(float(percent))


def _write(folder, projects, by_project, context_of, comments_by_building, comments_by_project,
           frame, to_gltf, heights, options, basemap, vendor, warnings, step) -> dict:
    data = os.path.join(folder, "data")
    os.makedirs(data)
    tiles, portal_projects, portal_buildings = [], [], []
    attributions = set()
    planned_count = context_count = 0
    for k, p in enumerate(projects, start=1):
        uuid = p["uuid"]
        status = p["status"] or ""
        colour = PROJECT_STATUS_COLOURS.get(status, PROJECT_OTHER_COLOUR)
        planned, context = by_project[uuid], context_of[uuid]
        rows, prisms = [], []
        for number, b in enumerate(planned, start=1):
            record = {
                "id": b["uuid"], "project": p["name"], "name": f"Gebäude {number}",
                "status": status, "use": b["use"], "storeys": b["floors"],
                "height_m": round(float(b["height"]), 2), "roof": b["roof"],
                "base_level_m": round(float(b["base"]), 2),
                "comments": comments_by_building.get(b["uuid"], 0),
                "participation_url": links(options.link_pattern, uuid, p["reference"], p["name"],
                                           b["uuid"])}
            rows.append(only(record, BUILDING_FIELDS))
            for polygon in b["polygons"]:
                prisms.append((len(rows) - 1, Prism(polygon, b["base"] - options.skirt_m,
                                                    b["base"] + b["height"], _hex(colour))))
        contents = []
        planned_uri = f"projekt-{k}.glb"
        low, high = _write_glb(os.path.join(data, planned_uri), prisms, rows, BUILDING_FIELDS,
                               "gebaeude", "Geplantes Gebäude", frame, warnings, p["name"])
        contents.append((planned_uri, low, high))
        planned_count += len(planned)
        if context:
            c_rows, c_prisms = [], []
            for c in context:
                c_rows.append(only({"height_m": round(float(c["height"]), 2),
                                    "storeys": c["storeys"]}, CONTEXT_FIELDS))
                for polygon in c["polygons"]:
                    c_prisms.append((len(c_rows) - 1, Prism(polygon, c["base"] - options.skirt_m,
                                                            c["base"] + c["height"],
                                                            CONTEXT_COLOUR)))
            context_uri = f"umgebung-{k}.glb"
            c_low, c_high = _write_glb(os.path.join(data, context_uri), c_prisms, c_rows,
                                       CONTEXT_FIELDS, "bestand", "Bestandsgebäude", frame,
                                       warnings, p["name"])
            contents.append((context_uri, c_low, c_high))
            context_count += len(context)
        step(20 + 60 * (k - 0.5) / len(projects))

        # Base map and ground, cameras.
        extent = _grow(_box([b["polygons"] for b in planned]), options.context_radius_m)
        image, covered, attribution = _ground_image(extent, planned, context, basemap, warnings)
        attributions.add(attribution)
        image_name = f"karte-{k}.png"
        with open(os.path.join(data, image_name), "wb") as f:
            f.write(image)
        ground = ground_grid(covered, heights.surface, to_gltf)
        ground["image"] = image_name
        base = min(b["base"] for b in planned)
        top = max(b["base"] + b["height"] for b in planned)
        cameras = camera_presets([{"outer": poly[0]} for b in planned for poly in b["polygons"]],
                                 [{"outer": poly[0]} for c in context for poly in c["polygons"]],
                                 to_gltf, base, top)
        project_comments = comments_by_project.get(uuid, 0)
        metadata = only({"id": uuid, "name": p["name"], "description": p["description"],
                         "status": status, "buildings": len(planned), "comments": project_comments,
                         "participation_url": links(options.link_pattern, uuid, p["reference"],
                                                    p["name"])}, PROJECT_FIELDS)
        tiles.append({"metadata": metadata, "contents": contents})
        portal_projects.append(dict(metadata, colour=colour, cameras=cameras, ground=ground,
                                    contents=[c[0] for c in contents]))
        for feature, (row, b) in enumerate(zip(rows, planned)):
            x, y = ring_centre(b["polygons"][0][0])
            centre = to_gltf([x], [y], [b["base"] + b["height"] / 2.0])[0]
            portal_buildings.append(dict(row, projectId=uuid, content=planned_uri,
                                         featureId=feature,
                                         centre=[round(float(v), 3) for v in centre]))
        step(20 + 60 * k / len(projects))
    height = frame.heights.as_json()
    document = tileset_document(frame.tileset_transform(), tiles, height)
    with open(os.path.join(data, "tileset.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    portal = {
        "title": portal_projects[0]["name"] if len(portal_projects) == 1 else
        "Bauvorhaben in 3D",
        "generated": utc_now_text()[:10],
        "projects": portal_projects,
        "buildings": portal_buildings,
        "statusColours": dict(PROJECT_STATUS_COLOURS),
        "contextColour": "#{:02x}{:02x}{:02x}".format(*CONTEXT_COLOUR),
        "labels": dict({k: v[2] for k, v in BUILDING_FIELDS.items()}, **PAGE_LABELS),
        "attribution": "; ".join(sorted(a for a in attributions if a)),
        "heightReference": height,
    }
    write_page(folder, portal, vendor)
    step(90)
    return {"projects": len(projects), "buildings": planned_count,
            "context_buildings": context_count, "height": height, "warnings": warnings,
            "files": sorted(os.path.relpath(os.path.join(d, n), folder)
                            for d, _, names in os.walk(folder) for n in names)}


def _write_glb(path, prisms, rows, fields, class_id, class_name, frame, warnings, project_name):
    """One glb of the prisms (feature = row index); returns its local bounds."""
    features = [f for f, _ in prisms]
    try:
        mesh = prism_mesh([p for _, p in prisms], frame.to_local)
    except FootprintError:
        raise PortalError(tr("{name}: no footprint of the project could be turned into a "
                             "3D building.").format(name=project_name)) from None
    if mesh.skipped:
        warnings.append(tr("{name}: {n} footprints could not be turned into 3D buildings "
                           "(self-intersecting).").format(name=project_name, n=len(mesh.skipped)))
    # prism_mesh numbers features by prism; a building of several polygons is one feature.
    ids = np.asarray(features, np.float32)
    mesh.feature_ids = ids[mesh.feature_ids.astype(np.int64)]
    with open(path, "wb") as f:
        f.write(glb_bytes(mesh, rows, fields, class_id, class_name))
    return mesh.low, mesh.high


def _ground_image(extent, planned, context, basemap, warnings):
    """(PNG, extent it covers, attribution) of the map under a project."""
    size, width, height = site_plan.image_grid(extent)
    minx, _miny, _maxx, maxy = extent
    covered = (minx, maxy - height * size, minx + width * size, maxy)
    if basemap is not None:
        try:
            rendered = basemap(covered, width, height)
        except Exception as error:  # a map server away or broken: the site plan instead
            rendered = None
            warnings.append(tr("The base map could not be rendered ({error}); a site plan of "
                               "the buildings is shown instead.").format(error=error))
        if rendered is not None:
            return rendered[0], covered, rendered[1]
        warnings.append(tr("The base map layers drew nothing here (offline?); a site plan of "
                           "the buildings is shown instead."))
    png, covered = site_plan.site_plan(
        extent, [poly for c in context for poly in c["polygons"]],
        [poly for b in planned for poly in b["polygons"]])
    return png, covered, SITE_PLAN_ATTRIBUTION


def _move_into(temp, out_dir):
    """The finished export into ``out_dir``: the page files and vendor/ replaced, data/
    replaced as a whole (no file of an older export stays), other files left alone."""
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(temp):
        target = os.path.join(out_dir, name)
        if os.path.isdir(target) and not os.path.islink(target):
            shutil.rmtree(target)
        elif os.path.exists(target):
            os.unlink(target)
        shutil.move(os.path.join(temp, name), target)


def _report(summary) -> str:
    lines = [f"Bürgerportal: {summary['projects']} Bauvorhaben, {summary['buildings']} "
             f"geplante Gebäude, {summary['context_buildings']} Bestandsgebäude",
             f"3D Tiles: {summary['tiles']}", f"Seite: {summary['page']}",
             f"Höhen: DHHN2016 → Ellipsoid: {summary['height']['method']} – "
             f"{summary['height']['description']} (Höhenanomalie am Ursprung "
             f"{summary['height']['heightAnomalyAtOrigin_m']} m)"]
    lines += [f"Warnung: {w}" for w in summary["warnings"]]
    return "\n".join(lines)
