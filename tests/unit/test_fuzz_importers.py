"""Every importer, fed mutated real files: never a traceback, and a refusal changes nothing.

Hypothesis mutates the bytes of real samples (cuts them short, flips, drops, repeats or
inserts bytes, splices in hostile fragments) and hands them to the importer as a user
would. The outcome must be an import, or the plugin's own error (``KemptenTwinError``,
a message for the user) with the working copy byte for byte as it was.
"""

import hashlib
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kempten_twin_plugin.errors import KemptenTwinError
from kempten_twin_plugin.io import open311
from kempten_twin_plugin.io.exchange import api as exchange
from kempten_twin_plugin.io.planning import importer
from kempten_twin_plugin.store import working_copy

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
REAL = os.path.join(DATA, "real")

SAMPLES = {
    "xplan": [os.path.join(REAL, "rub-xplanung-jaxb-binding", "Demo.gml"),
              os.path.join(REAL, "schwamic-master-thesis-documents", "BP_872A_excerpt.gml")],
    "citygml": [os.path.join(REAL, "tum-gis-citygml2-to-citygml3", "Berlin_Moabit_1Bldg_v2.gml"),
                os.path.join(REAL, "opengeospatial-citygml3", "Building_LOD1-EPSG25832.gml")],
    "footprints": [os.path.join(DATA, "planning", "footprints_4326.geojson")],
    "comments": [os.path.join(DATA, "planning", "dipas_contributions.geojson"),
                 os.path.join(DATA, "planning", "comments.csv"),
                 os.path.join(DATA, "planning", "decidim_proposals.json")],
}
SAMPLES["isybau"] = [
    os.path.join(REAL, "amphibitus-m150xml", "ISYBAU-2006_Export_INGRADA.xml"),
    os.path.join(REAL, "fabiologe-isybauxml", "bauwerke.xml"),
    os.path.join(DATA, "isybau", "isybau_2013_zustand_bewertet.xml"),
    os.path.join(DATA, "isybau", "isybau_2024_kanten_bogen.xml")]
SAMPLES["m150"] = [
    os.path.join(REAL, "amphibitus-m150xml", "DWA-M150_Beispiel_04-2010_TypB.xml"),
    os.path.join(DATA, "isybau", "m150_gk_komma.xml"),
    os.path.join(DATA, "isybau", "m150_typ_d_klassen.xml"),
    os.path.join(DATA, "isybau", "m150_utm_typ_b.xml")]
SUFFIX = {"xplan": ".gml", "citygml": ".gml", "footprints": ".geojson", "comments": None,
          "isybau": ".xml", "m150": ".xml"}

FRAGMENTS = [b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;", b"\x00",
             b"\xff\xfe", b"NaN", b"1e308", b"-1e400", b"[" * 500, b"{" * 500, b"\"",
             b"</gml:posList>", b"<gml:posList>1 2 3 4 5</gml:posList>", b"\xc3\x28",
             "Straße".encode("latin-1"), b"]]>", b"<![CDATA["]


@st.composite
def mutated(draw, kind):
    """The bytes of one of the kind's real samples, changed in a few places."""
    path = draw(st.sampled_from(SAMPLES[kind]))
    with open(path, "rb") as f:
        data = bytearray(f.read())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["cut", "flip", "drop", "repeat", "insert"]))
        if how == "cut":
            del data[at:]
        elif how == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif how == "drop":
            del data[at:at + draw(st.integers(1, 200))]
        elif how == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 400))]
        else:
            data[at:at] = draw(st.sampled_from(FRAGMENTS))
    return os.path.splitext(path)[1], bytes(data)


VALUES = ["", " ", "NaN", "inf", "-1", "0", "1e308", "-1e400", "12,5", "1.2.3", "x" * 5000,
          "Straße", "2026-13-45", "31.02.2026", "9" * 40, "\u202e", "EPSG:0", "urn:ogc:def:crs:EPSG::4"]


@st.composite
def with_odd_values(draw, kind):
    """One of the kind's XML samples, well-formed, with the text of a few leaf elements
    replaced by values a careless or hostile producer might write."""
    from lxml import etree

    path = draw(st.sampled_from(SAMPLES[kind]))
    tree = etree.parse(path)
    leaves = [e for e in tree.iter() if isinstance(e.tag, str) and len(e) == 0]
    for _ in range(draw(st.integers(1, 6))):
        leaf = leaves[draw(st.integers(0, len(leaves) - 1))]
        leaf.text = draw(st.sampled_from(VALUES))
    return ".xml" if kind in ("isybau", "m150") else ".gml", etree.tostring(
        tree, xml_declaration=True, encoding="UTF-8")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A working copy with a project (comments attach to it) and a small network (exchange
    files add to it and refer to its objects)."""
    path = str(tmp_path_factory.mktemp("fuzz") / "base.gpkg")
    importer.import_planned(path, SAMPLES["footprints"][0], "planer",
                            mapping={"name": "Bezeichnung", "height": "Hoehe"})
    exchange.import_isybau(path, os.path.join(DATA, "isybau", "isybau_2017_kanten.xml"))
    return path


def attempt(base, tmp_path, kind, suffix, data):
    wc = str(tmp_path / "wc.gpkg")
    shutil.copyfile(base, wc)
    before = digest(wc)
    source = tmp_path / ("input" + (SUFFIX[kind] or suffix))
    source.write_bytes(data)
    try:
        if kind == "comments":
            importer.import_comments(wc, str(source), "planer")
        elif kind == "isybau":
            exchange.import_isybau(wc, str(source))
        elif kind == "m150":
            exchange.import_m150(wc, str(source))
        else:
            importer.import_planned(wc, str(source), "planer", source_epsg=None)
    except KemptenTwinError as error:
        assert str(error).strip(), "a refusal says why"
        assert digest(wc) == before, "a refused file changed the working copy"
    # Whatever came in, the working copy is still one.
    working_copy.connect_read_only(wc).close()


FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("kind", ["xplan", "citygml", "footprints", "comments", "isybau", "m150"])
def test_importers_never_trace_back(base, tmp_path, kind):
    @FUZZ
    @given(mutated(kind))
    def run(sample):
        suffix, data = sample
        attempt(base, tmp_path, kind, suffix, data)

    run()


@pytest.mark.parametrize("kind", ["xplan", "citygml", "isybau", "m150"])
def test_odd_values_in_well_formed_files_never_trace_back(base, tmp_path, kind):
    @FUZZ
    @given(with_odd_values(kind))
    def run(sample):
        suffix, data = sample
        attempt(base, tmp_path, kind, suffix, data)

    run()


OPEN311 = os.path.join(DATA, "open311")


@FUZZ
@given(st.sampled_from([b'[{"service_request_id": "1", "lat": 47.72, "long": 10.31, '
                        b'"description": "Wasser steht", "service_code": "gully_blocked", '
                        b'"requested_datetime": "2026-11-30T08:00:00Z"}]',
                        b"<service_requests><request><service_request_id>1</service_request_id>"
                        b"<lat>47.72</lat><long>10.31</long></request></service_requests>"]),
       st.lists(st.tuples(st.integers(0, 300), st.sampled_from(FRAGMENTS + [b"", b"x"])),
                max_size=4))
def test_open311_input_never_traces_back(answer, changes):
    data = bytearray(answer)
    for at, fragment in changes:
        at = min(at, len(data))
        data[at:at] = fragment
    try:
        open311.parse(bytes(data))
    except KemptenTwinError as error:
        assert str(error).strip()
