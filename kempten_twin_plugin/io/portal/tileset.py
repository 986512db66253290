"""tileset.json (3D Tiles 1.1) of a portal export.

    root            transform: local east/north/up → ECEF; no content
      project k     tile metadata (class "projekt": its public fields); no content
        planned     content projekt-k.glb (the planned buildings)
        context     content umgebung-k.glb (the existing buildings around them)

Bounding volumes are boxes in the root's local frame (z up), so the root transform
applies to them. Refinement is additive: a viewer shows every tile in view.
"""

from __future__ import annotations

from typing import List, Sequence

import numpy as np

from .gltf import GENERATOR
from .public import PROJECT_FIELDS


def box(low: Sequence[float], high: Sequence[float], pad: float = 0.05) -> List[float]:
    """An oriented box (axis-aligned in the local frame) around low..high."""
    centre = (np.asarray(low, float) + np.asarray(high, float)) / 2.0
    half = (np.asarray(high, float) - np.asarray(low, float)) / 2.0 + pad
    return [float(centre[0]), float(centre[1]), float(centre[2]), float(half[0]), 0.0, 0.0,
            0.0, float(half[1]), 0.0, 0.0, 0.0, float(half[2])]


def _extent(low, high) -> float:
    return float(np.linalg.norm(np.asarray(high, float) - np.asarray(low, float)))


def project_class() -> dict:
    """The metadata class of a project tile: its public fields, all strings or counts."""
    properties = {}
    for key, label in PROJECT_FIELDS.items():
        if key in ("buildings", "comments"):
            properties[key] = {"name": label, "type": "SCALAR", "componentType": "UINT32"}
        else:
            properties[key] = {"name": label, "type": "STRING"}
    return {"name": "Bauvorhaben", "properties": properties}


def tileset(transform: Sequence[float], projects: Sequence[dict], height: dict) -> dict:
    """The tileset document. ``projects``: dicts with ``metadata`` (public fields),
    ``contents`` [(uri, low, high)] in the local frame."""
    children, lows, highs = [], [], []
    for project in projects:
        leaves = []
        p_low = np.min([c[1] for c in project["contents"]], axis=0)
        p_high = np.max([c[2] for c in project["contents"]], axis=0)
        for uri, low, high in project["contents"]:
            leaves.append({"boundingVolume": {"box": box(low, high)}, "geometricError": 0.0,
                           "content": {"uri": uri}})
        children.append({"boundingVolume": {"box": box(p_low, p_high, 0.1)},
                         "geometricError": max(20.0, _extent(p_low, p_high) / 4.0),
                         "metadata": {"class": "projekt", "properties": project["metadata"]},
                         "children": leaves})
        lows.append(p_low)
        highs.append(p_high)
    low, high = np.min(lows, axis=0), np.max(highs, axis=0)
    extent = _extent(low, high)
    return {
        "asset": {"version": "1.1", "generator": GENERATOR,
                  "extras": {"sourceCrs": "EPSG:25832 + DHHN2016 (EPSG:7837)",
                             "ecef": "ETRS89 (GRS80), written as WGS 84",
                             "heightReference": height}},
        "schema": {"id": "kempten_twin_portal_tileset", "classes": {"projekt": project_class()}},
        "geometricError": max(200.0, 2.0 * extent),
        "root": {"transform": [float(v) for v in transform],
                 "boundingVolume": {"box": box(low, high, 0.5)},
                 "geometricError": max(100.0, extent),
                 "refine": "ADD",
                 "children": children},
    }
