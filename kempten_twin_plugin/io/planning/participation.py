"""Citizens' comments from participation platforms, attached to building projects.

Read formats (detected from the content):
- DIPAS-style GeoJSON, as its ``/projects/{id}/contributions`` endpoint publishes it: a
  FeatureCollection of points whose properties carry an id (``id``/``nid``), a title and
  a text (``title``, ``text``/``description``), a date (``created``/``dateCreated``).
- Decidim's GraphQL answer for proposals (``{"data": …}``): every proposal object with
  ``coordinates {latitude longitude}`` anywhere in the tree; ``title``/``body`` may be
  translated fields (German preferred).
- Plain GeoJSON or CSV (columns id, text, created_at, and lon/lat or x/y, optional project).

Only what serves the review is stored: the platform's id, the text, the date and the
point. Author names and other personal data are never read, even where published.
Each comment is attached to its project by an explicit project reference (uuid, file
reference or name) or else to the project of the nearest planned building; and to the
planned building it is about: the one the file names (``building``, the uuid the portal's
links carry), else the one of that project whose footprint holds its point or lies
within 15 m of it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Sequence, Tuple

from osgeo import ogr

from ...i18n import tr
from ...store import planning as planning_store
from ..crs import Reprojector, epsg_from_name
from .errors import PlanningImportError

MAX_ATTACH_DISTANCE = 500.0  # m: farther from every footprint, a comment is not guessed

_ID_KEYS = ("id", "nid", "contributionId", "external_id")
_TEXT_KEYS = ("text", "description", "body", "comment", "content")
_TITLE_KEYS = ("title", "name")
_DATE_KEYS = ("created", "dateCreated", "created_at", "publishedAt", "createdAt", "date")
_PROJECT_KEYS = ("project", "projectId", "project_id", "proceeding", "vorhaben")
_BUILDING_KEYS = ("building", "buildingId", "building_id", "gebaeude")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
BUILDING_ATTACH_DISTANCE = 15.0  # m: a comment this close to a footprint is about that building


def _translated(value):
    """Plain text of a value that may be a Decidim translated field."""
    if value is None or isinstance(value, (str, int, float)):
        return None if value is None else str(value)
    if isinstance(value, dict):
        if value.get("translation"):
            return str(value["translation"])
        translations = value.get("translations") or []
        by_locale = {t.get("locale"): t.get("text") for t in translations if isinstance(t, dict)}
        for locale in ("de", "en"):
            if by_locale.get(locale):
                return str(by_locale[locale])
        for text in by_locale.values():
            if text:
                return str(text)
        for locale in ("de", "en"):
            if isinstance(value.get(locale), str):
                return value[locale]
    return None


def _first(props, keys, translate=False):
    for key in keys:
        if key in props and props[key] not in (None, ""):
            return _translated(props[key]) if translate else props[key]
    return None


def _strip_html(text):
    if text is None:
        return None
    out, inside = [], False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return " ".join("".join(out).split())


def _iso_date(value):
    """An ISO 8601 date-time (UTC offset kept) from what platforms write, or None.

    The server stores a timestamp; an unreadable date must not block the next push."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):  # German 03.03.2026
            return datetime.strptime(text, "%d.%m.%Y").date().isoformat()
        if re.fullmatch(r"\d{9,11}", text):  # Unix seconds
            return datetime.fromtimestamp(int(text), timezone.utc).isoformat()
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.isoformat() if parsed.tzinfo or "T" in text else parsed.date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


def _comment(props, x, y, source):
    title = _first(props, _TITLE_KEYS, translate=True)
    text = _strip_html(_first(props, _TEXT_KEYS, translate=True))
    full = " – ".join(t for t in (title, text) if t) or None
    external_id = _first(props, _ID_KEYS)
    project = _first(props, _PROJECT_KEYS)
    building = _first(props, _BUILDING_KEYS)
    return {"external_id": None if external_id is None else f"{source}:{external_id}",
            "text": full, "created_at": _iso_date(_first(props, _DATE_KEYS)),
            "project_ref": None if project is None else str(project),
            "building_ref": None if building is None else str(building), "x": x, "y": y}


def _decidim(data):
    found = []

    def walk(node):
        if isinstance(node, dict):
            coordinates = node.get("coordinates")
            if isinstance(coordinates, dict) and coordinates.get("latitude") is not None:
                found.append(_comment(node, float(coordinates["longitude"]),
                                      float(coordinates["latitude"]), "decidim"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return found, 4326


def _geojson(data, source):
    epsg = 4326
    crs = data.get("crs")
    if isinstance(crs, dict):
        epsg = epsg_from_name((crs.get("properties") or {}).get("name")) or 4326
    found = []
    for feature in data.get("features") or []:
        geometry = feature.get("geometry") or {}
        props = dict(feature.get("properties") or {})
        if "id" in feature and "id" not in props:
            props["id"] = feature["id"]
        x = y = None
        if geometry.get("type") == "Point":
            x, y = (float(v) for v in geometry["coordinates"][:2])
        elif geometry.get("type"):
            g = ogr.CreateGeometryFromJson(json.dumps(geometry))
            if g is not None:
                c = g.Centroid()
                x, y = c.GetX(), c.GetY()
        found.append(_comment(props, x, y, source))
    return found, epsg


def _csv(text, source_epsg):
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    if not rows:
        raise PlanningImportError(tr("The CSV file has no rows."))
    columns = {c.lower(): c for c in rows[0].keys() if c}
    pairs = (("lon", "lat"), ("longitude", "latitude"), ("x", "y"), ("rechtswert", "hochwert"))
    xcol = ycol = None
    for a, b in pairs:
        if a in columns and b in columns:
            xcol, ycol = columns[a], columns[b]
            epsg = 4326 if a in ("lon", "longitude") else source_epsg
            break
    else:
        epsg = None
    found = []
    for row in rows:
        x = y = None
        if xcol:
            try:
                x = float(row[xcol].replace(",", "."))
                y = float(row[ycol].replace(",", "."))
            except (TypeError, ValueError, AttributeError):
                x = y = None
        found.append(_comment({k.strip(): v for k, v in row.items() if k}, x, y, "csv"))
    if epsg is None and any(c["x"] is not None for c in found):
        x, y = next((c["x"], c["y"]) for c in found if c["x"] is not None)
        from ..crs import guess_epsg
        epsg = guess_epsg(x, y)
    return found, epsg or 25832


def read_comments(path: str, source_epsg: Optional[int] = None) -> List[Dict[str, Any]]:
    """Comments in EPSG:25832: [{"external_id", "text", "created_at", "project_ref", "x", "y"}]."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as error:
        raise PlanningImportError(tr("{path} cannot be read: {error}")
                                  .format(path=path, error=error)) from error
    name = os.path.basename(path)
    if b"\x00" in raw:  # text formats never hold a NUL byte: not a comments file
        raise PlanningImportError(tr("{path} is a binary file, not comments as CSV, GeoJSON or "
                                     "a Decidim answer; nothing was imported.").format(path=name))
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        found, epsg = _parse(text, name, source_epsg)
    except RecursionError:
        raise PlanningImportError(tr("{path} is nested too deeply to be comments; nothing was "
                                     "imported.").format(path=name)) from None
    except csv.Error as error:
        raise PlanningImportError(tr("{path} is not a readable CSV file ({error}); nothing was "
                                     "imported.").format(path=name, error=error)) from error
    if source_epsg:
        epsg = source_epsg
    reproject = Reprojector(epsg)
    for c in found:
        if c["x"] is None:
            continue
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(c["x"], c["y"])
        point = reproject(point)
        c["x"], c["y"] = point.GetX(), point.GetY()
    if not found:
        raise PlanningImportError(tr("{path} holds no comments.").format(path=name))
    return found


def _parse(text, name, source_epsg):
    """(comments, EPSG) of a file's text, by what it looks like."""
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise PlanningImportError(tr("{path} is not valid JSON: {error}")
                                      .format(path=name, error=error)) from error
        if isinstance(data, dict) and "data" in data and "type" not in data:
            found, epsg = _decidim(data)
        elif isinstance(data, dict) and data.get("type") == "FeatureCollection":
            source = "dipas" if any("nid" in (f.get("properties") or {}) or
                                    "contributionId" in (f.get("properties") or {})
                                    for f in data.get("features") or []) else "geojson"
            found, epsg = _geojson(data, source)
        else:
            raise PlanningImportError(tr("{path} is neither GeoJSON nor a Decidim GraphQL answer.")
                                      .format(path=name))
        return found, epsg
    return _csv(text, source_epsg)


def attach(path: str, comments: Sequence[Dict[str, Any]], project: Optional[str] = None,
           max_distance: float = MAX_ATTACH_DISTANCE
           ) -> Tuple[List[Dict[str, Any]], List[Tuple[Dict[str, Any], str]]]:
    """Give each comment its project uuid and, where it can be told, its building uuid;
    returns (attached, skipped with reasons)."""
    projects, buildings = planning_store.attach_targets(path)
    footprints = planning_store.building_footprints(path)
    by_key = {}
    for uuid, reference, name in projects:
        for key in (uuid, reference, name):
            if key:
                by_key[str(key)] = uuid
    if project and project not in {p[0] for p in projects}:
        project = by_key.get(project)
        if project is None:
            raise PlanningImportError(tr("No such building project in the working copy."))
    attached, skipped = [], []
    for c in comments:
        target = project or by_key.get(c.get("project_ref") or "")
        if target is None and c["x"] is not None:
            target = _nearest_project(buildings, c["x"], c["y"], max_distance)
        if target is None:
            skipped.append((c, tr("no project given and no planned building within {m} m")
                            .format(m=int(max_distance))))
            continue
        attached.append(dict(c, project=target, building=_building(footprints, target, c)))
    return attached, skipped


def _building(footprints, project, comment):
    """The uuid of the planned building of ``project`` the comment is about, or None."""
    own = [(uuid, rings) for uuid, owner, rings in footprints if owner == project]
    named = _UUID.search((comment.get("building_ref") or "").lower())
    if named:
        for uuid, _rings in own:
            if uuid == named.group(0):
                return uuid
    if comment.get("x") is None:
        return None
    found = _nearest_project([(uuid, rings) for uuid, rings in own], comment["x"], comment["y"],
                             BUILDING_ATTACH_DISTANCE)
    return found


def _nearest_project(buildings, x, y, max_distance):
    best, best_d = None, max_distance
    for project, rings in buildings:
        for ring in rings:
            if _inside(ring, x, y):
                return project
            for (x1, y1), (x2, y2) in zip(ring[:-1], ring[1:]):
                d = _point_segment(x, y, x1, y1, x2, y2)
                if d < best_d:
                    best, best_d = project, d
    return best


def _inside(ring, x, y):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring[:-1], ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _point_segment(px, py, x1, y1, x2, y2):
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / length2))
    return math.hypot(px - x1 - t * dx, py - y1 - t * dy)
