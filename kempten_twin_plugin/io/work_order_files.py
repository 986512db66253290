"""A work order's defects as files for other programs: CSV (Excel, German: ";" and a BOM)
and GeoJSON (RFC 7946, WGS84). The rows are ``store.work_orders.work_order_rows``'."""

from __future__ import annotations

import csv
import json
from typing import Dict, Sequence

from osgeo import osr

from ..store.schema import CRS_EPSG

CSV_FIELDS = ("nr", "defect_number", "street", "asset", "category", "severity", "status",
              "due_date", "description", "notes", "x", "y")


def write_csv(rows: Sequence[Dict], output: str) -> int:
    """The rows as CSV for Excel (semicolons, UTF-8 with BOM); returns how many."""
    with open(output, "w", newline="", encoding="utf-8-sig") as f:  # BOM: Excel reads umlauts
        writer = csv.writer(f, delimiter=";")
        writer.writerow(CSV_FIELDS)
        for r in rows:
            x, y = r["point"] or (None, None)
            writer.writerow([r["nr"], r["defect_number"], r["street"], r["asset"], r["category"],
                             r["severity"], r["status"], r["due_date"], r["description"],
                             r["notes"], f"{x:.3f}" if x is not None else "",
                             f"{y:.3f}" if y is not None else ""])
    return len(rows)


def write_geojson(rows: Sequence[Dict], output: str) -> int:
    """RFC 7946: WGS84 longitude/latitude."""
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(CRS_EPSG)
    for s in (wgs84, utm):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, wgs84)
    features = []
    for r in rows:
        geometry = None
        if r["point"]:
            lon, lat, _ = transform.TransformPoint(*r["point"])
            geometry = {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]}
        properties = {k: r[k] for k in CSV_FIELDS if k not in ("x", "y")}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    with open(output, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False,
                  indent=1)
    return len(rows)
