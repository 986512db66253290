"""For the citizens' portal tests: a working copy with public and secret values, an
independent reader of the exported glb files, the way back from ECEF to EPSG:25832 + NHN
(through GDAL/PROJ, not through the writer's code), and the 3D Tiles 1.1 JSON schema.

Everything non-public in ``portal_working_copy`` carries one of ``SECRETS``: the tests
search every exported byte for them.
"""

import json
import os
import struct
import uuid

import numpy as np
from osgeo import ogr, osr

from kempten_twin_plugin.store import planning as planning_store
from kempten_twin_plugin.store.working_copy import write_working_copy

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/
SCHEMA_DIR = os.path.join(HERE, "data", "3d-tiles-schema")
E0, N0 = 598_000.0, 5_287_000.0  # near Kempten
GROUND = 680.0  # m NHN around the site (manhole covers)

SECRETS = ("Erika Mustergeheim", "AZ-GEHEIM-4711", "QUELLE-INTERN", "HALTUNG-GEHEIM",
           "SCHACHT-GEHEIM", "MANGEL-GEHEIM", "Melder Geheim", "KOMMENTARTEXT-GEHEIM",
           "GEHEIM-77", "DEBY_GEHEIM", "Geheimprojekt Nord", "FUNKTION-GEHEIM")
STAFF = "Erika Mustergeheim"

COMP = {5126: np.float32, 5123: np.uint16, 5125: np.uint32, 5121: np.uint8}
NCOMP = {"SCALAR": 1, "VEC3": 3, "VEC4": 4}



def context_geometry(polygon):
    """A footprint as store.planning.write_context_buildings takes it (what the CityGML
    reader gives): 2D MultiPolygon WKB and its envelope."""
    multi = ogr.ForceToMultiPolygon(polygon.Clone())
    return {"wkb": bytes(multi.ExportToIsoWkb()), "envelope": multi.GetEnvelope()}

def _sync(**values):
    row = {"uuid": str(uuid.uuid4()), "version": 1, "changed_at": "2026-11-30T08:00:00Z",
           "changed_by": STAFF}
    row.update(values)
    return row


def _wkt(rings):
    return "POLYGON(" + ",".join(
        "(" + ",".join(f"{E0 + x} {N0 + y}" for x, y in list(r) + [r[0]]) + ")" for r in rings) + ")"


# Footprints in metres from (E0, N0); an L, a courtyard house (with a hole) and a box.
L_SHAPE = [[(-50, -10), (-10, -10), (-10, 2), (-38, 2), (-38, 16), (-50, 16)]]
COURTYARD = [[(0, -14), (32, -14), (32, 14), (0, 14)], [(8, -6), (8, 6), (24, 6), (24, -6)]]
BOX = [[(-20, -45), (-6, -45), (-6, -35), (-20, -35)]]


def portal_working_copy(path):
    """A working copy: project "Wohnen am Illerufer" (public, Planung: L and courtyard
    house with given base levels, a box without one) and "Schule Ost" (public, Bau), a
    secret project, a small network with secret codes, a defect, comments, and context
    buildings around. Returns {name: uuid} of projects and buildings."""
    ids = {}
    manholes, pipes = [], []
    for i, (x, y) in enumerate([(-80, -70), (60, -70), (60, 60), (-80, 60), (-10, -25),
                                (300, 0), (320, 30)]):
        manholes.append(_sync(object_code=f"SCHACHT-GEHEIM-{i}", node_kind="Schacht", drainage="KS",
                              cover_level=GROUND + 0.02 * x / 10, invert_level=GROUND - 3,
                              geom=f"POINT({E0 + x} {N0 + y})"))
    for i in range(3):
        a, b = manholes[i], manholes[i + 1]
        pipes.append(_sync(object_code=f"HALTUNG-GEHEIM-{i}", from_manhole=a["uuid"],
                           to_manhole=b["uuid"], width_mm=300, drainage="KS",
                           geom="LINESTRING(" + a["geom"][6:-1] + "," + b["geom"][6:-1] + ")"))
    defect = _sync(defect_number="M-1", asset_table="manhole", asset=manholes[0]["uuid"],
                   category="Sonstiges", severity=2, status="gemeldet",
                   description="MANGEL-GEHEIM am Deckel", reported_by="Melder Geheim",
                   geom=manholes[0]["geom"])
    projects, buildings, comments = [], [], []

    def project(name, status, public, description, footprints):
        p = _sync(name=name, reference="AZ-GEHEIM-4711", status=status, source="QUELLE-INTERN",
                  description=description, public=public,
                  geom=_wkt([[(-60, -60), (340, -60), (340, 60), (-60, 60)]]))
        projects.append(p)
        ids[name] = p["uuid"]
        for label, rings, floors, height, base in footprints:
            b = _sync(project=p["uuid"], floors=floors, height_m=height, base_level=base,
                      roof="Flachdach", use=label, geom=_wkt(rings))
            buildings.append(b)
            ids[label] = b["uuid"]
        return p

    illerufer = project("Wohnen am Illerufer", "Planung", 1,
                        "Neues Wohnquartier mit Hofhaus; Ihre Hinweise fließen ein.",
                        [("Wohnen mit Kita", L_SHAPE, 5, 16.0, 679.6),
                         ("Hofhaus", COURTYARD, 6, 19.5, 680.1),
                         ("Quartierstreff", BOX, 2, None, None)])
    project("Schule Ost", "Bau", 1, None,
            [("Schule", [[(300, -10), (330, -10), (330, 20), (300, 20)]], 3, 12.0, 681.0)])
    project("Geheimprojekt Nord", "Idee", 0, "nicht öffentlich",
            [("Lager", [[(-300, 200), (-280, 200), (-280, 220), (-300, 220)]], 1, 5.0, 690.0)])
    for k, (x, y, building) in enumerate([(20, 0, "Hofhaus"), (25, 2, None), (-45, 10, None)]):
        comments.append(_sync(project=illerufer["uuid"], external_id=f"dipas:GEHEIM-77{k}",
                              text="KOMMENTARTEXT-GEHEIM", created_at="2026-11-01T10:00:00Z",
                              building=ids.get(building) if building else None,
                              geom=f"POINT({E0 + x} {N0 + y})"))
    write_working_copy(path, {"manhole": manholes, "pipe": pipes, "defect": [defect],
                              "planned_project": projects, "planned_building": buildings,
                              "participation_comment": comments})
    context = []
    for gx in range(-3, 4):
        for gy in range(-3, 4):
            if abs(gx) <= 1 and abs(gy) <= 1:
                continue
            cx, cy = E0 + gx * 40 - 10, N0 + gy * 36
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((cx, cy), (cx + 16, cy), (cx + 16, cy + 12), (cx, cy + 12), (cx, cy)):
                ring.AddPoint_2D(x, y)
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            context.append({"gml_id": f"DEBY_GEHEIM_{gx}_{gy}", "height_m": 9.5, "storeys": 3,
                            "ground_level": GROUND, "function": "FUNKTION-GEHEIM",
                            **context_geometry(polygon)})
    planning_store.write_context_buildings(path, context, "lod2_GEHEIM.gml")
    return ids


def stub_vendor(folder):
    """A stand-in for the built web library (the unit tier runs without npm)."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "portal-lib.min.js"), "w", encoding="utf-8") as f:
        f.write("window.PortalLib = {};\n")
    with open(os.path.join(folder, "LICENSES.txt"), "w", encoding="utf-8") as f:
        f.write("stub\n")
    return folder


# --- reading back ---------------------------------------------------------------------

def read_glb(path):
    """(glTF JSON, accessor(i) → numpy array, bufferView(i) → bytes), parsed here."""
    with open(path, "rb") as f:
        data = f.read()
    magic, version, length = struct.unpack_from("<III", data, 0)
    assert (magic, version, length) == (0x46546C67, 2, len(data))
    json_length, json_type = struct.unpack_from("<II", data, 12)
    assert json_type == 0x4E4F534A
    gltf = json.loads(data[20:20 + json_length])
    bin_length, bin_type = struct.unpack_from("<II", data, 20 + json_length)
    assert bin_type == 0x004E4942
    binary = data[28 + json_length:28 + json_length + bin_length]

    def accessor(i):
        a = gltf["accessors"][i]
        view = gltf["bufferViews"][a["bufferView"]]
        n = NCOMP[a["type"]]
        array = np.frombuffer(binary, COMP[a["componentType"]], a["count"] * n,
                              view["byteOffset"] + a.get("byteOffset", 0))
        return array.reshape(a["count"], n) if n > 1 else array

    def view(i):
        v = gltf["bufferViews"][i]
        return binary[v["byteOffset"]:v["byteOffset"] + v["byteLength"]]

    return gltf, accessor, view


def property_table(gltf, view):
    """{property: [value per feature]} of the glb's EXT_structural_metadata table."""
    meta = gltf["extensions"]["EXT_structural_metadata"]
    table = meta["propertyTables"][0]
    classes = meta["schema"]["classes"][table["class"]]["properties"]
    out = {}
    for key, p in table["properties"].items():
        if classes[key]["type"] == "STRING":
            offsets = np.frombuffer(view(p["stringOffsets"]), np.uint32)
            raw = view(p["values"])
            out[key] = [raw[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(table["count"])]
        else:
            dtype = {"UINT16": np.uint16, "FLOAT32": np.float32}[classes[key]["componentType"]]
            out[key] = np.frombuffer(view(p["values"]), dtype).tolist()
    return out


Y_UP_TO_Z_UP = np.array([[1, 0, 0], [0, 0, -1], [0, 1, 0]], float)


def glb_ecef(tileset, gltf, accessor):
    """The glb's vertices in ECEF as a viewer places them: y-up → z-up, then the tile
    transforms (only the root has one here); with the feature id per vertex."""
    primitive = gltf["meshes"][0]["primitives"][0]
    positions = accessor(primitive["attributes"]["POSITION"]).astype(float) @ Y_UP_TO_Z_UP.T
    matrix = np.array(tileset["root"]["transform"], float).reshape(4, 4).T  # column-major
    ecef = positions @ matrix[:3, :3].T + matrix[:3, 3]
    return ecef, accessor(primitive["attributes"]["_FEATURE_ID_0"]).astype(int)


def _srs(code):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(code)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def ecef_to_utm(ecef):
    """ECEF → (x, y in EPSG:25832, ellipsoidal h), by GDAL/PROJ (EPSG:4936 → 4937 → 25832)."""
    geo = np.asarray(osr.CoordinateTransformation(_srs(4936), _srs(4937)).TransformPoints(
        np.asarray(ecef, float)))
    utm = np.asarray(osr.CoordinateTransformation(_srs(4258), _srs(25832)).TransformPoints(
        np.column_stack([geo[:, 0], geo[:, 1]])))
    return utm[:, 0], utm[:, 1], geo[:, 2], geo[:, 0], geo[:, 1]


def egm96_undulation(lon, lat):
    """EGM96 geoid height at the points, by PROJ's own vgridshift (as PROJ-data has it)."""
    options = osr.CoordinateTransformationOptions()
    options.SetOperation("+proj=pipeline +step +proj=axisswap +order=2,1 "
                         "+step +proj=unitconvert +xy_in=deg +xy_out=rad "
                         "+step +proj=vgridshift +grids=egm96_15.gtx +multiplier=1 "
                         "+step +proj=unitconvert +xy_in=rad +xy_out=deg "
                         "+step +proj=axisswap +order=2,1")
    geographic = _srs(4258)
    transform = osr.CoordinateTransformation(geographic, geographic, options)
    out = np.asarray(transform.TransformPoints(np.column_stack([lon, lat, np.zeros(len(lon))])))
    return out[:, 2]


def tileset_validator():
    """A JSON Schema validator of the 3D Tiles 1.1 tileset schema (tests/data/3d-tiles-schema,
    CC BY 4.0, CesiumGS/3d-tiles). The schema's $refs name files relative to their folders
    and some files' $ids differ from their paths; every file name is unique, so each $ref is
    resolved by file name."""
    import jsonschema

    base = "https://schemas.invalid/3d-tiles/"
    store = {}

    def rewrite(node):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and not value.startswith("#"):
                    name, _, fragment = value.partition("#")
                    out[key] = base + os.path.basename(name) + (("#" + fragment) if fragment else "")
                else:
                    out[key] = rewrite(value)
            return out
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    for folder, _dirs, names in os.walk(SCHEMA_DIR):
        for name in names:
            if name.endswith(".schema.json"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    schema = rewrite(json.load(f))
                schema["$id"] = base + name
                store[base + name] = schema
    root = store[base + "tileset.schema.json"]
    resolver = jsonschema.RefResolver(base + "tileset.schema.json", root, store=store)
    return jsonschema.Draft202012Validator(root, resolver=resolver)
