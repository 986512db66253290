"""DWA-M 150 XML (Datenaustauschformat Zustandserfassung) → records.

Flat element codes: ``HG`` pipes (Haltungen) with ``GO``/``GP`` geometry and ``HI``/``HZ``
inspections with their observations; ``KG`` nodes (Knoten) with ``KI``/``KZ``. Numbers
use a decimal comma. Each HG and KG is read whole and then freed (streaming).
"""

from datetime import datetime

from ...i18n import decimal, tr
from ..crs import CoordinateError
from ..exchange import codes as code_lists
from ..exchange.records import Asset, Inspection, Observation, number
from ..xml_safe import ExchangeError, iter_elements, local_name, root_tag

FORMAT = "DWA-M 150"


def check_root(path):
    tag, line = root_tag(path)
    if tag != "DATA":
        raise ExchangeError(tr("This is not a DWA-M 150 file: its root element is {tag}, "
                               "expected DATA.").format(tag=tag), line)


def _leaves(element):
    return {child.tag: (child.text or "").strip() for child in element
            if isinstance(child.tag, str) and not len(child)}


def _date(text):
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except (TypeError, ValueError):
            continue
    return text or None


class M150Reader:
    format_name = FORMAT

    def __init__(self, path, coordinates, report):
        self.path = path
        self.coordinates = coordinates
        self.report = report
        check_root(path)

    def read(self, is_canceled=None, progress=None):
        for element in iter_elements(self.path, ("FD", "HG", "KG"), is_canceled, progress):
            name = local_name(element.tag)
            if name == "FD":
                fields = _leaves(element)
                self.report.version = " ".join(v for v in (fields.get("FD001"),
                                                           fields.get("FD002")) if v)
                continue
            prefix = name  # HG or KG
            fields = _leaves(element)
            code = fields.get(f"{prefix}001", "")
            line = element.sourceline
            if not code:
                self.report.skip(line, "", tr("no object code ({field})").format(
                    field=f"{prefix}001"))
                continue
            try:
                asset = self._pipe(element, fields, code, line) if prefix == "HG" else \
                    self._node(element, fields, code, line)
                inspections = self._inspections(element, prefix, code, asset.table)
            except (ValueError, CoordinateError) as error:
                self.report.skip(line, code, error)
                continue
            yield asset
            yield from inspections

    def _points(self, element):
        points, heights = [], []
        for gp in element.iterfind("GO/GP"):
            fields = _leaves(gp)
            self.coordinates.declare("GK" + fields.get("GP003", " ")[0]
                                     if fields.get("GP002") == "GK" else fields.get("GP002"))
            x, y = number(fields.get("GP003")), number(fields.get("GP004"))
            if x is None or y is None:
                continue
            points.append((x, y))
            heights.append(number(fields.get("GP007")))
        return self.coordinates.to_target(points), heights

    def _common(self, asset, fields, prefix):
        drainage, known = code_lists.interpret(code_lists.M150_DRAINAGE, fields.get(f"{prefix}302"))
        if known:
            asset.values["drainage"] = drainage
        elif drainage:
            asset.codes[f"{prefix}302"] = drainage
            self.report.kept_codes[(f"{prefix}302", drainage)] += 1
        material, known = code_lists.interpret(code_lists.M150_MATERIAL, fields.get(f"{prefix}304"))
        if not known:
            asset.codes[f"{prefix}304"] = material
            self.report.kept_codes[(f"{prefix}304", material)] += 1
        asset.values["material"] = material
        asset.values["street"] = fields.get(f"{prefix}102") or None
        for field, value in fields.items():
            if value and field[2:] in ("101", "103", "104", "106", "301", "305"):
                asset.codes[field] = value

    def _pipe(self, element, fields, code, line):
        points, heights = self._points(element)
        if len(points) < 2:
            raise ValueError(tr("fewer than two points in the geometry (GO/GP)"))
        asset = Asset("pipe", tr("Haltung"), code, line)
        self._common(asset, fields, "HG")
        profile, known = code_lists.interpret(code_lists.M150_PROFILE, fields.get("HG305"))
        width, height = number(fields.get("HG306")), number(fields.get("HG307"))
        length = number(fields.get("HG310"))
        if length is not None and not 0 <= length <= 100_000:
            raise ValueError(tr("implausible length {length} m").format(length=decimal(length, None)))
        asset.values.update(invert_from=heights[0], invert_to=heights[-1], length=length,
                            profile=profile, width_mm=int(width) if width else None,
                            height_mm=int(height) if height else None)
        asset.refs = {"from_manhole": fields.get("HG003", ""),
                      "to_manhole": fields.get("HG004", "")}
        asset.points = points
        return asset

    def _node(self, element, fields, code, line):
        points, heights = self._points(element)
        if not points:
            raise ValueError(tr("no coordinates (GO/GP) for the node"))
        asset = Asset("manhole", tr("Schacht"), code, line)
        self._common(asset, fields, "KG")
        kinds = [g.findtext("GO002") for g in element.iterfind("GO")]
        cover = heights[0] if kinds and kinds[0] == "D" else None
        asset.values.update(node_kind="Schacht", cover_level=cover,
                            depth=number(fields.get("KG211")))
        if cover is not None and asset.values["depth"] is not None:
            asset.values["invert_level"] = round(cover - asset.values["depth"], 3)
        asset.points = points[:1]
        return asset

    def _inspections(self, element, prefix, code, table):
        head, rows = ("HI", "HZ") if prefix == "HG" else ("KI", "KZ")
        found = []
        for block in element.iterfind(head):
            fields = _leaves(block)
            inspection = Inspection(table, code, block.sourceline,
                                    inspected_on=_date(fields.get(f"{head}104")),
                                    direction=fields.get(f"{head}101") or None,
                                    standard=f"{FORMAT} {fields.get(f'{head}005', '')}".strip())
            for row in block.iterfind(rows):
                z = _leaves(row)
                if not z.get(f"{rows}002"):
                    self.report.skip(row.sourceline, code, tr("observation without code"))
                    continue
                inspection.observations.append(Observation(
                    code=z[f"{rows}002"], station=number(z.get(f"{rows}001")),
                    characterisation1=z.get(f"{rows}014") or None,
                    characterisation2=z.get(f"{rows}015") or None,
                    quantity1=z.get(f"{rows}003") or None, quantity2=z.get(f"{rows}004") or None,
                    clock_from=z.get(f"{rows}006") or None, clock_to=z.get(f"{rows}007") or None,
                    remark=z.get(f"{rows}010") or None))
            found.append(inspection)
        return found
