"""Plausibility rules of an imported object: what an import warns about, and what the file
check (validate) lists before an import. Plain values in, messages out."""

from __future__ import annotations

from typing import List

from ...i18n import decimal, tr
from .records import Asset, line_length

LENGTH_TOLERANCE = 1.05


def asset_findings(asset: Asset) -> List[str]:
    """The plausibility warnings of one asset read from a file."""
    values = asset.values
    found = []
    if asset.table == "manhole":
        cover, invert = values.get("cover_level"), values.get("invert_level")
        if cover is not None and invert is not None and invert > cover:
            found.append(tr("invert level {invert} m lies above the cover level {cover} m")
                         .format(invert=decimal(invert), cover=decimal(cover)))
    elif asset.table in ("pipe", "lateral"):
        length = values.get("length", values.get("_length"))
        if length is not None:
            geometry = line_length(asset.points)
            if geometry > 0 and length > geometry * LENGTH_TOLERANCE:
                found.append(tr("length {length} m is more than 5 % longer than its geometry "
                                "({geometry} m)").format(length=decimal(length),
                                                         geometry=decimal(geometry)))
    return found
