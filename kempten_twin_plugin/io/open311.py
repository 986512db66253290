"""Citizens' reports in Open311 GeoReport v2: import from a file or a server, status export.

Import in three steps, so that nothing is written half-way:
1. read: a JSON or XML file, or every page of ``GET …/requests.json`` from a server; a
   timeout, an HTTP error or a malformed answer stops here with a clear message;
2. check each request: an id, coordinates in range, inside the city (a latitude/longitude
   swap is recognised and named), a description under 5 MB; the rest is refused with a
   reason in the report;
3. write in one transaction: requests already imported (by ``service_request_id``) are
   skipped, several reports of the same gully within a few days are linked to one defect,
   service codes become categories by a configurable table (unknown → "Sonstiges",
   flagged), each report is snapped to the nearest gully within a tolerance (else kept
   where it was reported, flagged, and attached to the nearest gully).

Which request belongs to which defect is kept in ``kt_open311_request`` (local, not synced;
the defect's ``external_id`` carries the first request's id to the server, so a re-import
on another desktop finds it too). Every SQL statement of the import and the export is
``store.open311_requests``' (and ``store.defects``'); this module reads and writes the
files and the server's answers, and decides.
"""

from __future__ import annotations

import json
import math
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
from lxml import etree
from osgeo import osr

from ..core import catalogues as cat
from ..core.catalogues import DEFAULT_SERVICE_MAP
from ..core.defects.snapping import NearestIndex
from ..core.timestamps import utc_now_text
from ..errors import Cancelled, KemptenTwinError
from ..i18n import decimal, tr
from ..store import defects as store
from ..store import open311_requests as requests_store
from ..store.schema import CRS_EPSG

MAX_DESCRIPTION_BYTES = 5 * 1024 * 1024
MAX_INPUT_BYTES = 200 * 1024 * 1024
CITY_MARGIN_M = 1000.0  # around the extent of the gullies

FIELDS = ("service_request_id", "status", "status_notes", "service_name", "service_code",
          "description", "agency_responsible", "service_notice", "requested_datetime",
          "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
          "lat", "long", "media_url")

DEFAULT_SEVERITY = 3


class Open311Error(KemptenTwinError):
    """The input cannot be read at all; nothing was imported. Meant for the user."""


# --- reading -----------------------------------------------------------------------------

def _text(value):
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def parse_json(data: Union[bytes, str]) -> List[Dict]:
    try:
        parsed = json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
    except (ValueError, UnicodeDecodeError) as error:
        raise Open311Error(tr("The Open311 answer is not valid JSON: {error}").format(error=error)) from error
    except RecursionError:  # nested deeper than any service request is
        raise Open311Error(tr("The Open311 answer is nested too deeply to be service requests; "
                              "nothing was imported.")) from None
    if isinstance(parsed, dict) and "service_requests" in parsed:
        parsed = parsed["service_requests"]
    if not isinstance(parsed, list):
        raise Open311Error(tr("The Open311 JSON must be a list of service requests."))
    if parsed and all(isinstance(r, dict) and "code" in r and "description" in r
                      and "service_request_id" not in r for r in parsed):
        raise Open311Error(tr("The Open311 server answered with an error: {errors}").format(
            errors="; ".join(str(r.get("description")) for r in parsed)))
    requests = []
    for item in parsed:
        if not isinstance(item, dict):
            raise Open311Error(tr("Every Open311 service request must be a JSON object."))
        requests.append({k: item.get(k) for k in FIELDS})
    return requests


def parse_xml(data: Union[bytes, str]) -> List[Dict]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise Open311Error(tr("The Open311 answer is not valid XML: {error}").format(error=error)) from error
    if root.tag == "errors":
        raise Open311Error(tr("The Open311 server answered with an error: {errors}").format(
            errors="; ".join((e.findtext("description") or "") for e in root.findall("error"))))
    if root.tag != "service_requests":
        raise Open311Error(tr("Expected <service_requests>, found <{tag}>.").format(tag=root.tag))
    requests = []
    for element in root.findall("request"):
        requests.append({k: element.findtext(k) for k in FIELDS})
    return requests


def parse(data: Union[bytes, str], fmt: Optional[str] = None) -> List[Dict]:
    """Requests from JSON or XML bytes; ``fmt`` 'json' or 'xml', None = by the first byte."""
    if len(data) > MAX_INPUT_BYTES:
        raise Open311Error(tr("The Open311 input is larger than 200 MB; split it."))
    if fmt is None:
        head = data.lstrip()[:1]
        fmt = "xml" if head in (b"<", "<") else "json"
    return parse_xml(data) if fmt == "xml" else parse_json(data)


def read_file(path: str) -> List[Dict]:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise Open311Error(tr("{path} cannot be read: {reason}").format(
            path=path, reason=error.strerror)) from error
    fmt = "xml" if path.lower().endswith(".xml") else "json" if path.lower().endswith(
        ".json") else None
    return parse(data, fmt)


def _read_answer(answer, deadline: float, is_canceled, address: str, limit: float) -> bytes:
    """The body of an HTTP answer, in pieces as they arrive: a server that trickles a byte
    a second still ends at the deadline, and a cancel is heard between pieces."""
    parts, size = [], 0
    while True:
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        if time.monotonic() > deadline:
            raise Open311Error(tr("The Open311 server did not send its answer within {seconds} s "
                                  "({address}); nothing was imported.").format(
                seconds=decimal(limit, None), address=address))
        piece = answer.read1(65536)
        if not piece:
            return b"".join(parts)
        parts.append(piece)
        size += len(piece)
        if size > MAX_INPUT_BYTES:
            raise Open311Error(tr("The Open311 input is larger than 200 MB; split it."))


def fetch(url: str, service_code: Optional[str] = None, status: Optional[str] = None,
          start_date: Optional[str] = None, page_size: int = 100, timeout: float = 20,
          max_pages: int = 1000, is_canceled: Optional[Callable[[], bool]] = None,
          progress: Optional[Callable[[int], None]] = None, deadline_s: float = 300) -> List[Dict]:
    """Every page of ``GET <url>/requests.json``; all or nothing.

    GeoReport v2 itself defines no paging; ``page`` and ``page_size`` are the common
    extension. A page shorter than ``page_size``, or one that repeats what came before (a
    server ignoring the parameters), ends the reading. ``timeout`` bounds each wait for the
    server, ``deadline_s`` the whole reading; ``is_canceled`` is heard between pieces.
    """
    deadline = time.monotonic() + deadline_s
    base = url.rstrip("/")
    if not base.endswith(".json"):
        base += "/requests.json"
    if urllib.parse.urlparse(base).scheme not in ("http", "https"):
        raise Open311Error(tr("{url} is not an http(s) address.").format(url=url))
    params = {k: v for k, v in (("service_code", service_code), ("status", status),
                                ("start_date", start_date)) if v}
    requests, seen = [], set()
    for page in range(1, max_pages + 1):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        query = urllib.parse.urlencode(dict(params, page=page, page_size=page_size))
        address = f"{base}?{query}"
        try:
            with urllib.request.urlopen(address, timeout=timeout) as answer:
                data = _read_answer(answer, deadline, is_canceled, address, deadline_s)
        except urllib.error.HTTPError as error:
            raise Open311Error(tr("The Open311 server answered HTTP {code} ({reason}) for {address}; "
                                  "nothing was imported.").format(
                code=error.code, reason=error.reason, address=address)) from error
        except (socket.timeout, TimeoutError) as error:
            raise Open311Error(_no_answer(timeout, address)) from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, (socket.timeout, TimeoutError)):
                raise Open311Error(_no_answer(timeout, address)) from error
            raise Open311Error(tr("The Open311 server cannot be reached ({reason}); nothing was "
                                  "imported.").format(reason=error.reason)) from error
        except OSError as error:
            raise Open311Error(tr("The connection to the Open311 server broke ({error}); nothing "
                                  "was imported.").format(error=error)) from error
        batch = parse(data, "json")
        fresh = [r for r in batch if _text(r.get("service_request_id")) not in seen]
        seen.update(_text(r.get("service_request_id")) for r in batch)
        requests.extend(fresh)
        if progress is not None:
            progress(page)
        if len(batch) < page_size or not fresh:  # last page, or a server that ignores paging
            break
    return requests


def _no_answer(timeout, address):
    return tr("The Open311 server did not answer within {seconds} s ({address}); nothing was "
              "imported.").format(seconds=decimal(timeout, None), address=address)


# --- checking ----------------------------------------------------------------------------

@dataclass
class Checked:
    request: dict
    x: float
    y: float
    requested_at: str


@dataclass
class ImportReport:
    created: int = 0
    linked: int = 0
    already_imported: int = 0
    folded: int = 0
    refused: list = field(default_factory=list)  # (service_request_id, reason)
    flagged: list = field(default_factory=list)  # (service_request_id, defect number, flags)
    defects: list = field(default_factory=list)  # uuids of new defects

    @property
    def warnings(self) -> int:
        return len(self.refused) + len(self.flagged)

    def text(self) -> str:
        lines = [tr("Open311 import"),
                 tr("new defects: {n}").format(n=self.created),
                 tr("reports linked to an existing defect: {n}").format(n=self.linked),
                 tr("already imported before (skipped): {n}").format(n=self.already_imported),
                 tr("repeated in the input (folded): {n}").format(n=self.folded),
                 tr("refused: {n}").format(n=len(self.refused)),
                 tr("flagged: {n}").format(n=len(self.flagged)), ""]
        lines += [tr("refused {id}: {reason}").format(id=rid, reason=reason)
                  for rid, reason in self.refused]
        lines += [tr("flagged {id} ({number}): {flags}").format(id=rid, number=number,
                                                               flags=flags)
                  for rid, number, flags in self.flagged]
        return "\n".join(lines) + "\n"


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x = longitude / easting
    return srs


def _to_utm():
    return osr.CoordinateTransformation(_srs(4326), _srs(CRS_EPSG))


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _datetime(value):
    text = _text(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def check(requests: Sequence[Dict], city_extent: Tuple[float, float, float, float]
          ) -> Tuple[List[Checked], List[Tuple[str, str]]]:
    """(accepted, refused) — refused as (service_request_id, reason)."""
    transform = _to_utm()
    xmin, ymin, xmax, ymax = city_extent

    def inside(x, y):
        return xmin <= x <= xmax and ymin <= y <= ymax

    accepted, refused = [], []
    for request in requests:
        rid = _text(request.get("service_request_id"))
        if rid is None:
            refused.append(("?", tr("no service_request_id")))
            continue
        description = request.get("description") or ""
        if len(str(description).encode("utf-8")) > MAX_DESCRIPTION_BYTES:
            refused.append((rid, tr("description larger than 5 MB")))
            continue
        lat, lon = _number(request.get("lat")), _number(request.get("long"))
        if lat is None or lon is None:
            refused.append((rid, tr("no coordinates (lat/long)")))
            continue
        swapped = -90 <= lon <= 90 and -180 <= lat <= 180 and inside(
            *transform.TransformPoint(lat, lon)[:2])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            reason = tr("latitude and longitude swapped") if swapped else \
                tr("coordinates out of range")
            refused.append((rid, f"{reason} (lat {lat}, long {lon})"))
            continue
        x, y, _ = transform.TransformPoint(lon, lat)
        if not inside(x, y):
            reason = tr("latitude and longitude swapped") if swapped else \
                tr("outside the city")
            refused.append((rid, f"{reason} (lat {lat}, long {lon})"))
            continue
        requested = _datetime(request.get("requested_datetime")) or utc_now_text()
        accepted.append(Checked(request, x, y, requested))
    return accepted, refused


# --- writing -----------------------------------------------------------------------------


def city_extent(db: store.Connection) -> Tuple[float, float, float, float]:
    """The gullies' extent and a margin around it: where a report may come from."""
    extent = requests_store.gully_extent(db)
    if extent is None:
        raise Open311Error(tr("The working copy holds no street gullies to attach reports to."))
    return (extent[0] - CITY_MARGIN_M, extent[1] - CITY_MARGIN_M, extent[2] + CITY_MARGIN_M,
            extent[3] + CITY_MARGIN_M)


def _category(service_map, code):
    entry = service_map.get(code or "")
    if entry and entry[0] in cat.DEFECT_CATEGORIES:
        severity = int(entry[1]) if len(entry) > 1 and int(entry[1]) in cat.SEVERITIES \
            else DEFAULT_SEVERITY
        return entry[0], severity, None
    flag = tr("unknown service code {code} → Sonstiges").format(code=repr(code))
    return "Sonstiges", DEFAULT_SEVERITY, flag


def import_requests(path: str, requests: Sequence[Dict],
                    service_map: Optional[Mapping[str, Sequence]] = None,
                    tolerance: float = 15.0, link_days: int = 7,
                    due_days: Optional[Dict[int, int]] = None, by: str = "open311",
                    gully_index: Optional[NearestIndex] = None) -> ImportReport:
    """Write ``requests`` (parsed) into the working copy at ``path``; returns a report."""
    service_map = DEFAULT_SERVICE_MAP if service_map is None else service_map
    report = ImportReport()
    db = store.connect(path)
    try:
        accepted, report.refused = check(requests, city_extent(db))
        # Folded: the same request twice in one input counts once (the last one wins).
        by_id = {}
        for item in accepted:
            rid = _text(item.request["service_request_id"])
            if rid in by_id:
                report.folded += 1
            by_id[rid] = item
        known = requests_store.known_request_ids(db)
        fresh = [item for rid, item in by_id.items() if rid not in known]
        report.already_imported = len(by_id) - len(fresh)
        fresh.sort(key=lambda item: item.requested_at)
        index = gully_index or store.nearest_index(db, "gully")
        xs = np.array([item.x for item in fresh])
        ys = np.array([item.y for item in fresh])
        snapped, _ = index.nearest(xs, ys, tolerance)
        fallback, fallback_distance = index.nearest(xs, ys, np.inf) if len(fresh) else ([], [])
        open_by_gully = requests_store.open_defects_by_gully(db)
        with store.transaction(db):
            numbering = store.DefectNumbering(db)
            for n, item in enumerate(fresh):
                _write_one(db, item, int(snapped[n]), int(fallback[n]),
                           float(fallback_distance[n]), index, service_map, link_days,
                           due_days, by, open_by_gully, report, numbering)
            store.keep_local_events_out_of_sync(db)
    finally:
        db.close()
    return report


def _within_days(a, b, days):
    ta = datetime.fromisoformat(a.replace("Z", "+00:00"))
    tb = datetime.fromisoformat(b.replace("Z", "+00:00"))
    return abs(ta - tb) <= timedelta(days=days)


def _write_one(db, item, snapped, fallback, fallback_distance, index, service_map, link_days,
               due_days, by, open_by_gully, report, numbering=None):
    request = item.request
    rid = _text(request["service_request_id"])
    code = _text(request.get("service_code"))
    flags = []
    if snapped >= 0:
        gully = index.uuids[snapped]
        x, y = index.xy[snapped]
        for reported, defect_uuid in open_by_gully.get(gully, ()):
            if reported and _within_days(reported, item.requested_at, link_days):
                requests_store.remember(db, rid, defect_uuid, code, item.requested_at,
                                        "linked")
                report.linked += 1
                return
    else:
        # The server needs an asset; the point stays where the citizen put it.
        gully = index.uuids[fallback]
        x, y = item.x, item.y
        flags.append(tr("not snapped: nearest gully {metres} m away").format(
            metres=f"{fallback_distance:.0f}"))
    category, severity, unknown = _category(service_map, code)
    if unknown:
        flags.append(unknown)
    if _text(request.get("status")) == "closed":
        flags.append(tr("closed at the Open311 server"))
    parts = [_text(request.get("description")), _text(request.get("address")) and
             f"Adresse: {_text(request.get('address'))}",
             _text(request.get("media_url")) and f"Foto: {_text(request.get('media_url'))}"]
    note = "Open311: " + "; ".join(flags) if flags else None
    defect_uuid = store.insert_defect(
        db, asset_table="gully", asset=gully, category=category, severity=severity,
        x=float(x), y=float(y), description="\n".join(p for p in parts if p),
        reported_by="Bürgermeldung (Open311)", source="open311", external_id=rid, note=note,
        due_days=due_days, reported_at=item.requested_at, login=by, numbering=numbering)
    requests_store.remember(db, rid, defect_uuid, code, item.requested_at,
                            "; ".join(flags) or None)
    open_by_gully.setdefault(gully, []).append((item.requested_at, defect_uuid))
    report.created += 1
    report.defects.append(defect_uuid)
    if flags:
        report.flagged.append((rid, store.number_of_defect(db, defect_uuid),
                               "; ".join(flags)))


# --- status export -----------------------------------------------------------------------

def status_of(defect_status: str) -> str:
    return "closed" if defect_status in cat.CLOSED_STATUSES else "open"


def export_requests(path: str) -> List[Dict]:
    """Every known Open311 request with its defect's status, as GeoReport v2 dicts."""
    db = store.connect(path)
    try:
        rows = requests_store.requests_with_status(db)
    finally:
        db.close()
    transform = _from_utm()
    result = []
    for row in rows:
        last, status, point = row["last_event"], row["status"], row["point"]
        updated = max(filter(None, [row["changed_at"], last[0] if last else None]))
        note = (last[4] if last and last[4] else None) or f"{row['defect_number']}: {status}"
        lon, lat = (transform.TransformPoint(*point)[:2] if point else (None, None))
        result.append({"service_request_id": row["service_request_id"],
                       "status": status_of(status), "status_notes": note,
                       "service_code": row["service_code"], "updated_datetime": updated,
                       "lat": lat, "long": lon})
    return result


def _from_utm():
    return osr.CoordinateTransformation(_srs(CRS_EPSG), _srs(4326))


def write_export(requests: Sequence[Dict], output: str) -> int:
    if output.lower().endswith(".xml"):
        root = etree.Element("service_requests")
        for r in requests:
            element = etree.SubElement(root, "request")
            for key, value in r.items():
                etree.SubElement(element, key).text = "" if value is None else str(value)
        data = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    else:
        data = json.dumps(requests, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        with open(output, "wb") as f:
            f.write(data)
    except OSError as error:
        raise Open311Error(tr("{path} cannot be written: {reason}").format(
            path=output, reason=error.strerror)) from error
    return len(requests)
