"""Existing buildings for context from CityGML 1.0, 2.0 and 3.0 (any exporter).

Read element by element with lxml (GDAL's GML driver takes one geometry per feature and
cannot assemble CityGML buildings, see the research notes): each ``bldg:Building`` with its
``BuildingPart``s. The footprint of a building (or part) is the union of its GroundSurface
polygons seen from above; lacking those, of all its polygons seen from above (LoD1 and LoD2
solids, multi surfaces, LoD0 footprints: walls have no area from above, so the union is the
outline). Parts are read first and their footprints joined with the building's.

The height is ``measuredHeight`` (1.0/2.0) or ``con:height`` (3.0) of the building, else the
largest of its parts, else the span of the z values; ``storeysAboveGround`` where given; the
ground level is the lowest z of the ground surfaces. Coordinates are 3D unless the file says
``srsDimension="2"`` (a list that only closes in 2D is read as 2D). The CRS is the srsName of
the geometry, of its ancestors, of the building's envelope or of the file's envelope, in any
spelling (io/crs), else the coordinates decide; every footprint goes through the one geometry
check (io/geometry_check) before it is kept.
"""

from __future__ import annotations

import math
import os
from typing import Any, Callable, Dict, Iterator, List, Optional

import numpy as np
from osgeo import ogr

from ...i18n import tr
from .. import crs as crs_module
from ..exchange.file_split import Part, PartStream
from ..geometry_check import GeometryCheck
from ..xml_safe import stream
from . import gml
from .errors import PlanningCrsError, PlanningImportError

BUILDING_NAMESPACES = tuple(f"http://www.opengis.net/citygml/building/{v}"
                            for v in ("1.0", "2.0", "3.0"))
BUILDING_TAGS = tuple(f"{{{ns}}}Building" for ns in BUILDING_NAMESPACES)
PART_TAGS = tuple(f"{{{ns}}}BuildingPart" for ns in BUILDING_NAMESPACES)
GROUND_TAGS = tuple(f"{{{ns}}}GroundSurface" for ns in BUILDING_NAMESPACES) + (
    "{http://www.opengis.net/citygml/construction/3.0}GroundSurface",)
POLYGON_TAGS = tuple(f"{{{ns}}}{name}" for ns in gml.GML_NAMESPACES
                     for name in ("Polygon", "PolygonPatch", "Triangle"))
LINK_TAGS = tuple(f"{{{ns}}}{name}" for ns in gml.GML_NAMESPACES
                  for name in ("surfaceMember", "baseSurface"))
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
GML_IDS = tuple(f"{{{ns}}}id" for ns in gml.GML_NAMESPACES)


def _gml_id(element):
    for key in GML_IDS:
        value = element.get(key)
        if value:
            return value
    return None


def _number(text):
    try:
        return float((text or "").strip().replace(",", "."))
    except ValueError:
        return None


def _height(element):
    """measuredHeight (CityGML 1.0/2.0) or the first con:height value (3.0) of ``element``."""
    measured = _first_child(element, MEASURED_TAGS)
    if measured is not None:
        return _number(measured.text)
    holder = _first_child(element, HEIGHT_TAGS)
    if holder is None:
        return None
    value = holder.find("{*}Height/{*}value")
    return _number(value.text) if value is not None else None


BOUNDED_TAGS = tuple(f"{{{ns}}}boundedBy" for ns in gml.GML_NAMESPACES)
ENVELOPE_TAGS = tuple(f"{{{ns}}}Envelope" for ns in gml.GML_NAMESPACES)
_BUILDING_NS = BUILDING_NAMESPACES + ("http://www.opengis.net/citygml/construction/3.0",)
MEASURED_TAGS = tuple(f"{{{ns}}}measuredHeight" for ns in BUILDING_NAMESPACES)
HEIGHT_TAGS = tuple(f"{{{ns}}}height" for ns in _BUILDING_NS)
STOREY_TAGS = tuple(f"{{{ns}}}storeysAboveGround" for ns in BUILDING_NAMESPACES)
FUNCTION_TAGS = tuple(f"{{{ns}}}function" for ns in BUILDING_NAMESPACES)


def _first_child(element, tags):
    for child in element.iterchildren(*tags):
        return child
    return None


def _envelope_srs(element):
    bounded = _first_child(element, BOUNDED_TAGS)
    envelope = _first_child(bounded, ENVELOPE_TAGS) if bounded is not None else None
    return envelope.get("srsName") if envelope is not None else None


class CityGmlReader:
    """Reads one CityGML file; ``buildings()`` yields rows, then ``lines`` holds the report:
    how the CRS was read and what the geometry check refused, repaired or warned about."""

    def __init__(self, path: str, source_epsg: Optional[int] = None, check: Optional[GeometryCheck] = None,
                 is_canceled: Optional[Callable[[], bool]] = None) -> None:
        self.path = path
        self.source_epsg = source_epsg
        self.check = check if check is not None else GeometryCheck()
        self.is_canceled = is_canceled
        self.file_srs = None
        self.readings = {}  # srsNames → (CrsReading, Reprojector)
        self._keys = {}  # (geometry's, building's, file's srsName) → the key of readings
        self.count = 0
        self.label = tr("Building {id}")  # translated once, not per building

    @property
    def lines(self) -> List[str]:
        crs_lines = [tr("CRS: {reading}").format(reading=r.describe())
                     for r, _ in self.readings.values()]
        return crs_lines + self.check.lines

    def buildings(self, part: Optional[Part] = None, require: bool = True) -> Iterator[Dict[str, Any]]:
        """Yield {"gml_id", "height_m", "storeys", "ground_level", "function", "wkb"} per
        building (wkb: a 2D MultiPolygon in EPSG:25832). ``part``: read only that part of
        the file (citygml_halves); ``require``: a file without buildings is an error."""
        first = True
        opened = (lambda: PartStream(self.path, part)) if part is not None else None
        for building in stream(self.path, BUILDING_TAGS, PlanningImportError, self.is_canceled,
                               opened):
            if first:
                self.file_srs = _envelope_srs(building.getroottree().getroot())
                first = False
            row = self._building(building)
            if row is not None:
                self.count += 1
                yield row
        if require:
            self.require_buildings()

    def require_buildings(self) -> None:
        if self.count == 0:
            raise PlanningImportError(tr("{path} holds no CityGML buildings with a footprint; "
                                         "nothing was imported.")
                                      .format(path=os.path.basename(self.path))
                                      + self.check.first_reason())

    # --- one building ---------------------------------------------------------------------

    def _building(self, building):
        gml_id = _gml_id(building) or "?"
        label = self.label.format(id=gml_id)
        self._rings = {}  # polygon element → its rings, read once per building
        try:
            # Parts first (innermost first), each taken out of the tree once read, so the
            # building itself is read without them.
            pieces = []
            for part in reversed(list(building.iter(*PART_TAGS))):
                pieces.append(self._piece(part, building))
                part.getparent().remove(part)
            pieces.append(self._piece(building, building))
        except gml.GmlError as error:
            self.check.refused += 1
            self.check.lines.append(tr("{label}: refused, {why}.").format(label=label, why=error))
            return None
        values = [ring for piece in pieces for rings, _ in piece["polygons"] for ring in rings]
        if not values:
            return None
        flat = values[0][:, :2].ravel() if len(values) == 1 else \
            np.concatenate([r[:, :2].ravel() for r in values])
        if not self.check.coordinates_ok(label, flat):
            return None
        holder = next(element for piece in pieces for _, element in piece["polygons"])
        reprojector = self._reprojector(holder, building, (float(flat[0]), float(flat[1])))
        checked = []
        for piece in pieces:
            polygons = [reprojector(ogr.CreateGeometryFromWkb(gml.polygon_wkb(rings)), copy=False)
                        for rings, _ in piece["polygons"]]
            # Ground surfaces are footprints: a broken one is reported. Roofs and solids seen
            # from above are not: they are mended quietly before the union.
            checked.extend(self.check.polygons(label, polygons, quiet_repair=not piece["ground"],
                                               warn_outside=False))
        if not checked:
            return None
        footprint = _union(checked)
        if footprint is None:
            return None
        self.check.warn_if_outside(label, [footprint])
        own = pieces[-1]
        height = own["height"]
        if height is None:
            heights = [p["height"] for p in pieces[:-1] if p["height"] is not None]
            height = max(heights) if heights else None
        top = max((p["z"][1] for p in pieces if p["z"]), default=None)
        bottom = min((p["z"][0] for p in pieces if p["z"]), default=None)
        if height is None and top is not None:
            height = top - bottom
        ground = min((p["ground_z"] for p in pieces if p["ground_z"] is not None), default=None)
        if ground is None:
            ground = bottom
        storeys = own["storeys"]
        if storeys is None:
            counts = [p["storeys"] for p in pieces[:-1] if p["storeys"] is not None]
            storeys = max(counts) if counts else None
        function = _first_child(building, FUNCTION_TAGS)
        return {
            "gml_id": _gml_id(building),
            "height_m": round(height, 2) if height is not None else None,
            "storeys": int(storeys) if storeys is not None else None,
            "ground_level": round(ground, 2) if ground is not None else None,
            "function": function.text.strip() if function is not None and function.text else None,
            "wkb": bytes(footprint.ExportToIsoWkb()),
            "envelope": footprint.GetEnvelope(),
        }

    def _piece(self, element, building):
        """Footprint rings, z range, height and storeys of a building or part without its
        (already removed) parts."""
        ground = []
        for surface in element.iter(*GROUND_TAGS):
            ground.extend(self._polygons_of(surface, building))
        chosen = ground if len(ground) == 1 else \
            [(rings, el) for rings, el in ground if _seen_from_above(rings[0])]
        from_ground = bool(chosen)
        height = _height(element)
        if from_ground:
            ground_range = _z_range(chosen)
            ground_z = ground_range[0] if ground_range else None
            # The z span (the height of last resort) from all coordinates at once.
            z_range = _z_span(element, chosen) if height is None else None
        else:  # a solid's outline; its lowest point stands on the ground
            every = self._polygons_of(element, building)
            chosen = [(rings, el) for rings, el in every if _seen_from_above(rings[0])]
            z_range = _z_range(every)
            ground_z = z_range[0] if z_range else None
        storeys = _first_child(element, STOREY_TAGS)
        return {
            "polygons": chosen, "ground": from_ground, "ground_z": ground_z,
            "z": z_range, "height": height,
            "storeys": _number(storeys.text) if storeys is not None else None,
        }

    def _polygons_of(self, container, building):
        """(rings, polygon element) of every polygon in ``container``, xlink references
        (surfaceMember, baseSurface) to polygons elsewhere in the building resolved."""
        found = []
        for polygon in container.iter(*POLYGON_TAGS):
            rings = self._rings.get(polygon)
            if rings is None:
                rings = self._rings[polygon] = gml.polygon_rings(polygon, building)
            if rings:
                found.append((rings, polygon))
        hrefs = [node.get(XLINK_HREF) for node in container.iter(*LINK_TAGS)
                 if node.get(XLINK_HREF, "").startswith("#")]
        if hrefs:
            inside = {id(p) for _, p in found}
            by_id = {_gml_id(p): p for p in building.iter(*POLYGON_TAGS)}
            for href in hrefs:
                polygon = by_id.get(href[1:])
                if polygon is not None and id(polygon) not in inside:
                    inside.add(id(polygon))
                    rings = self._rings.get(polygon)
                    if rings is None:
                        rings = self._rings[polygon] = gml.polygon_rings(polygon, building)
                    if rings:
                        found.append((rings, polygon))
        return found

    def _reprojector(self, polygon, building, sample):
        raw = (gml.srs_name(polygon, building), _envelope_srs(building), self.file_srs)
        key = self._keys.get(raw)
        if key is None:
            key = self._keys[raw] = tuple(crs_module.names_in_order(raw))
        if key not in self.readings:
            try:
                reading = crs_module.decide(list(key), sample, self.source_epsg,
                                            os.path.basename(self.path))
            except crs_module.CrsUndecidedError as error:
                raise PlanningCrsError(str(error), error.suggested) from None
            self.readings[key] = (reading, crs_module.Reprojector(reading))
        return self.readings[key][1]


def _z_range(polygons):
    """(lowest, highest) z of (rings, element) pairs, or None when they are 2D."""
    zs = [ring[:, 2] for rings, _ in polygons for ring in rings if ring.shape[1] == 3]
    if not zs:
        return None
    return _finite_range(np.concatenate(zs) if len(zs) > 1 else zs[0])


def _finite_range(z):
    """(lowest, highest) of the finite values of ``z``, or None when it has none."""
    low, high = float(z.min()), float(z.max())
    if math.isfinite(low) and math.isfinite(high):  # the common case: two passes
        return low, high
    z = z[np.isfinite(z)]
    return (float(z.min()), float(z.max())) if z.size else None


def _z_span(element, ground):
    """(lowest, highest) z of all positions of ``element``, parsed in one go: every
    posList of a CityGML building is as 3D as its ground surface's. Only every third
    value is converted (the z), which halves the time of the building's height."""
    if not ground or ground[0][0][0].shape[1] != 3:
        return None
    texts = [node.text for node in element.iter(*gml.POS_LISTS) if node.text]
    values = " ".join(texts).split()
    if len(values) % 3:
        return _z_range(ground)
    try:
        z = np.fromiter(map(float, values[2::3]), dtype=float)
    except ValueError:  # not a number: the reader's own message (GmlError)
        z = gml.numbers(" ".join(values))[2::3]
    return _finite_range(z) if z.size else None


def _seen_from_above(ring):
    """Does a ring cover an area seen from above? Walls are lines from above; a ring that
    crosses itself (a bow tie, whose signed area is 0) still covers one, and so does a ring
    with coordinates that are not numbers (the geometry check refuses it with a reason)."""
    x, y = ring[:, 0] - ring[0, 0], ring[:, 1] - ring[0, 1]
    fan = np.abs(x[:-1] * y[1:] - x[1:] * y[:-1]).sum() / 2
    return not (fan < 0.01)


def _union(polygons):
    """The union of checked polygons as a 2D MultiPolygon (OGR)."""
    if len(polygons) == 1:
        union = polygons[0]
    else:
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for polygon in polygons:
            multi.AddGeometry(polygon)
        union = multi.UnionCascaded()
        if union is None:
            return None
    union.FlattenTo2D()
    if ogr.GT_Flatten(union.GetGeometryType()) == ogr.wkbPolygon:
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        multi.AddGeometry(union)
        union = multi
    return union


def read_buildings(path: str, source_epsg: Optional[int] = None,
                   is_canceled: Optional[Callable[[], bool]] = None) -> Iterator[Dict[str, Any]]:
    """Yield context building rows of a CityGML file (see CityGmlReader.buildings)."""
    yield from CityGmlReader(path, source_epsg, is_canceled=is_canceled).buildings()
