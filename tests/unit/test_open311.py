"""Open311 GeoReport v2 import and export, with hand-written requests and a fake server."""

import http.server
import json
import shutil
import threading
import time
import urllib.parse

import numpy as np
import pytest
from lxml import etree

from kempten_twin_plugin.core.defects.snapping import NearestIndex, naive_nearest
from kempten_twin_plugin.io import open311
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from tests.helpers.local_http import TricklingServer


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("o311") / "template.gpkg"
    build_demo_working_copy(str(path), 1000, 3)
    return str(path)


@pytest.fixture
def wc(demo_template, tmp_path):
    path = tmp_path / "wc.gpkg"
    shutil.copy(demo_template, path)
    return str(path)


def gullies(path):
    db = store.connect(path)
    index = store.nearest_index(db, "gully")
    db.close()
    return index


def lat_long(x, y):
    lon, lat, _ = open311._from_utm().TransformPoint(x, y)
    return lat, lon


def count(path, sql="SELECT count(*) FROM defect"):
    db = store.connect(path)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def full_request(wc, rid="4711", code="gully_blocked", dx=2.0, gully=0, **changes):
    index = gullies(wc)
    x, y = index.xy[gully]
    lat, lon = lat_long(x + dx, y)
    request = {
        "service_request_id": rid, "status": "open", "status_notes": None,
        "service_name": "Gully verstopft", "service_code": code,
        "description": "Wasser steht nach Regen auf der Straße",
        "agency_responsible": "Stadt Kempten, Tiefbauamt", "service_notice": "",
        "requested_datetime": "2026-11-20T08:15:00+01:00",
        "updated_datetime": "2026-11-20T08:15:00+01:00", "expected_datetime": None,
        "address": "Residenzplatz 2", "address_id": "a-17", "zipcode": "87435",
        "lat": lat, "long": lon, "media_url": "https://example.org/foto/4711.jpg",
    }
    request.update(changes)
    return request, index.uuids[gully], (x, y)


def to_xml(requests):
    root = etree.Element("service_requests")
    for r in requests:
        element = etree.SubElement(root, "request")
        for key, value in r.items():
            etree.SubElement(element, key).text = "" if value is None else str(value)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_field_of_a_request_lands_in_the_defect(wc, fmt, tmp_path):
    request, gully, (x, y) = full_request(wc)
    path = tmp_path / f"requests.{fmt}"
    path.write_bytes(json.dumps([request]).encode() if fmt == "json" else to_xml([request]))
    requests = open311.read_file(str(path))
    assert requests[0]["service_request_id"] == "4711"
    report = open311.import_requests(wc, requests)
    assert (report.created, report.refused, report.flagged) == (1, [], [])
    db = store.connect(wc)
    d = store.defect(db, report.defects[0])
    assert d["asset"] == gully and d["asset_table"] == "gully"
    assert d["point"] == pytest.approx((x, y))  # snapped onto the gully, 2 m away
    assert (d["category"], d["severity"], d["status"], d["source"]) == (
        "verstopft", 2, "gemeldet", "open311")
    assert d["external_id"] == "4711"
    assert d["reported_at"] == "2026-11-20T07:15:00.000Z"
    assert d["due_date"] == "2026-12-04"  # severity 2: 14 days
    assert "Wasser steht" in d["description"] and "Residenzplatz 2" in d["description"]
    assert "https://example.org/foto/4711.jpg" in d["description"]
    assert store.history(db, d["uuid"])[0][3] == "gemeldet"
    db.close()


def test_unknown_service_code_becomes_sonstiges_with_a_flag(wc):
    request, _, _ = full_request(wc, code="graffiti")
    report = open311.import_requests(wc, [request])
    assert report.created == 1 and len(report.flagged) == 1
    assert "graffiti" in report.flagged[0][2]
    db = store.connect(wc)
    assert store.defect(db, report.defects[0])["category"] == "Sonstiges"
    assert "graffiti" in store.history(db, report.defects[0])[0][4]  # the note goes with it
    db.close()


@pytest.mark.parametrize("change, reason", [
    ({"lat": None, "long": None}, "no coordinates"),
    ({"lat": "", "long": "10.3"}, "no coordinates"),
    ({"lat": 147.7, "long": 10.3}, "out of range"),
    ({"lat": 47.7, "long": 190.0}, "out of range"),
    ({"lat": 48.137, "long": 11.575}, "outside the city"),  # Munich
    ({"description": "x" * (5 * 1024 * 1024 + 1)}, "5 MB"),
    ({"service_request_id": None}, "no service_request_id"),
])
def test_bad_requests_are_refused_with_a_reason(wc, change, reason):
    request, _, _ = full_request(wc, **change)
    before = count(wc)
    report = open311.import_requests(wc, [request])
    assert report.created == 0 and len(report.refused) == 1
    assert reason in report.refused[0][1]
    assert count(wc) == before
    assert reason in report.text()


def test_swapped_latitude_and_longitude_are_named(wc):
    request, _, _ = full_request(wc)
    request["lat"], request["long"] = request["long"], request["lat"]
    report = open311.import_requests(wc, [request])
    assert report.created == 0 and "swapped" in report.refused[0][1]


@pytest.mark.parametrize("data", [b'[{"service_request_id": "1", ', b"{}", b"[1, 2]",
                                  b"<service_requests><request>", b"<html>Fehler</html>"])
def test_malformed_input_is_refused_as_a_whole(wc, data):
    before = count(wc)
    with pytest.raises(open311.Open311Error):
        open311.import_requests(wc, open311.parse(data))
    assert count(wc) == before


def test_xml_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM")
    data = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<service_requests><request><service_request_id>1</service_request_id>"
            "<description>&x;</description></request></service_requests>").encode()
    requests = open311.parse(data, "xml")
    assert "GEHEIM" not in str(requests)


def test_an_error_answer_is_reported():
    with pytest.raises(open311.Open311Error, match="service_code not found"):
        open311.parse(b'[{"code": 400, "description": "service_code not found"}]')


def test_reimport_creates_nothing_twice_and_repeats_are_folded(wc):
    first, _, _ = full_request(wc, rid="A")
    repeat = dict(first, description="noch einmal")
    other, _, _ = full_request(wc, rid="B", gully=200)
    report = open311.import_requests(wc, [first, repeat, other])
    assert (report.created, report.folded) == (2, 1)
    again = open311.import_requests(wc, [first, other])
    assert (again.created, again.linked, again.already_imported) == (0, 0, 2)
    assert count(wc, "SELECT count(*) FROM defect WHERE source = 'open311' AND "
                     "external_id IN ('A', 'B')") == 2


def test_reports_of_one_gully_within_days_share_a_defect(wc):
    a, gully, _ = full_request(wc, rid="A", requested_datetime="2026-11-01T10:00:00Z")
    b, _, _ = full_request(wc, rid="B", dx=-3, requested_datetime="2026-11-04T10:00:00Z")
    c, _, _ = full_request(wc, rid="C", requested_datetime="2026-11-30T10:00:00Z")
    report = open311.import_requests(wc, [a, b, c], link_days=7)
    assert (report.created, report.linked) == (2, 1)
    db = store.connect(wc)
    links = dict(db.execute("SELECT service_request_id, defect FROM kt_open311_request"))
    assert links["A"] == links["B"] != links["C"]
    db.close()


def test_a_report_far_from_any_gully_is_kept_where_it_was_and_flagged(wc):
    index = gullies(wc)
    # A point inside the city but more than the tolerance from every gully.
    xs = np.linspace(index.xy[:, 0].min(), index.xy[:, 0].max(), 60)
    ys = np.linspace(index.xy[:, 1].min(), index.xy[:, 1].max(), 60)
    grid = np.array([(x, y) for x in xs for y in ys])
    far = next(p for p in grid if naive_nearest(index.xy, p[0], p[1], 40)[0] == -1)
    lat, lon = lat_long(*far)
    request, _, _ = full_request(wc, rid="far", lat=lat, long=lon)
    report = open311.import_requests(wc, [request], tolerance=15)
    assert report.created == 1 and "not snapped" in report.flagged[0][2]
    db = store.connect(wc)
    assert store.defect(db, report.defects[0])["point"] == pytest.approx(tuple(far), abs=0.01)
    db.close()


def test_status_goes_back_as_open311(wc, tmp_path):
    request, _, _ = full_request(wc, rid="S1")
    report = open311.import_requests(wc, [request])
    db = store.connect(wc)
    store.change_status(db, report.defects, "abgelehnt", "Kein Mangel vor Ort", "k.wagner")
    db.close()
    exported = {r["service_request_id"]: r for r in open311.export_requests(wc)}
    assert exported["S1"]["status"] == "closed"
    assert exported["S1"]["status_notes"] == "Kein Mangel vor Ort"
    assert exported["S1"]["updated_datetime"] >= "2026"
    assert exported["S1"]["service_code"] == "gully_blocked"
    for name in ("out.json", "out.xml"):
        open311.write_export(list(exported.values()), str(tmp_path / name))
        back = {r["service_request_id"]: r for r in open311.read_file(str(tmp_path / name))}
        assert back["S1"]["status"] == "closed"
        assert back["S1"]["status_notes"] == "Kein Mangel vor Ort"


@pytest.mark.parametrize("use_tree", [True, False])
def test_snapping_index_equals_the_naive_scan(use_tree):
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 1000, size=(3000, 2))
    index = NearestIndex([str(i) for i in range(len(pts))], pts[:, 0], pts[:, 1], use_tree)
    queries = rng.uniform(-20, 1020, size=(300, 2))
    found, dist = index.nearest(queries[:, 0], queries[:, 1], 8.0)
    for q, i, d in zip(queries, found, dist):
        j, e = naive_nearest(pts, q[0], q[1], 8.0)
        assert i == j and (i == -1 or d == pytest.approx(e))


# --- a fake Open311 server on loopback -----------------------------------------------------

class FakeOpen311:
    def __init__(self, requests, page_size_cap=None, fail_on_page=None, delay=0.0,
                 status=200):
        self.requests, self.cap = requests, page_size_cap
        self.fail_on_page, self.delay, self.status = fail_on_page, delay, status
        self.queries = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                url = urllib.parse.urlparse(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                outer.queries.append((url.path, query))
                time.sleep(outer.delay)
                page = int(query.get("page", 1))
                if outer.status != 200 or page == outer.fail_on_page:
                    self.send_response(outer.status if outer.status != 200 else 503)
                    self.end_headers()
                    self.wfile.write(b"kaputt")
                    return
                size = int(query.get("page_size", 100))
                chosen = [r for r in outer.requests
                          if query.get("service_code") in (None, r["service_code"])]
                body = json.dumps(chosen[(page - 1) * size: page * size]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/open311/v2"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *args):
        self.server.shutdown()
        self.server.server_close()


def many(wc, n):
    return [full_request(wc, rid=f"R{i}", gully=i * 7,
                         code="gully_blocked" if i % 2 else "sewer_smell")[0] for i in range(n)]


def test_every_page_is_fetched_with_the_filters(wc):
    requests = many(wc, 9)
    with FakeOpen311(requests) as server:
        got = open311.fetch(server.url, service_code="gully_blocked", status="open",
                            start_date="2026-11-01T00:00:00Z", page_size=2)
    assert sorted(r["service_request_id"] for r in got) == [f"R{i}" for i in (1, 3, 5, 7)]
    assert [q[1]["page"] for q in server.queries] == ["1", "2", "3"]
    path, query = server.queries[0]
    assert path == "/open311/v2/requests.json"
    assert (query["service_code"], query["status"], query["start_date"]) == (
        "gully_blocked", "open", "2026-11-01T00:00:00Z")
    report = open311.import_requests(wc, got)
    assert report.created == 4


@pytest.mark.parametrize("kind", ["http_error", "second_page_fails", "timeout", "refused"])
def test_server_trouble_gives_a_clear_message_and_imports_nothing(wc, kind):
    requests = many(wc, 5)
    before = count(wc)
    if kind == "refused":
        with pytest.raises(open311.Open311Error, match="cannot be reached"):
            open311.fetch("http://127.0.0.1:9/open311", timeout=2)
        return
    server = FakeOpen311(requests, status=500 if kind == "http_error" else 200,
                         fail_on_page=2 if kind == "second_page_fails" else None,
                         delay=3.0 if kind == "timeout" else 0.0)
    with server:
        with pytest.raises(open311.Open311Error) as error:
            open311.fetch(server.url, page_size=2, timeout=1)
    message = str(error.value)
    assert "nothing was imported" in message
    if kind == "http_error":
        assert "HTTP 500" in message
    elif kind == "second_page_fails":
        assert "HTTP 503" in message
    else:
        assert "did not answer within 1 s" in message
    assert count(wc) == before


def trickling_open311():
    """An Open311 endpoint that sends its answer one byte every half second."""
    return TricklingServer(b'[{"service_request_id": "1"' * 100, "application/json",
                           path="/open311/v2")


def test_a_trickling_server_ends_at_the_deadline(wc):
    server = trickling_open311()
    try:
        started = time.monotonic()
        with pytest.raises(open311.Open311Error, match="within 2 s") as error:
            open311.fetch(server.url, timeout=5, deadline_s=2)
        assert time.monotonic() - started < 5  # bounded by the deadline, not the body
        assert "nothing was imported" in str(error.value)
    finally:
        server.close()


def test_a_cancel_is_heard_while_an_answer_trickles_in(wc):
    from kempten_twin_plugin.errors import Cancelled

    server = trickling_open311()
    asked = []
    try:
        with pytest.raises(Cancelled):
            open311.fetch(server.url, timeout=5, is_canceled=lambda: len(asked.append(1) or
                                                                         asked) > 3)
    finally:
        server.close()


@pytest.mark.parametrize("fmt", ["file", "text"])
def test_deeply_nested_json_is_refused_with_a_message(wc, tmp_path, fmt):
    data = "[" * 100_000 + "]" * 100_000
    before = count(wc)
    with pytest.raises(open311.Open311Error, match="nested too deeply"):
        if fmt == "file":
            path = tmp_path / "deep.json"
            path.write_text(data)
            open311.read_file(str(path))
        else:
            open311.parse(data.encode(), "json")
    assert count(wc) == before


def test_an_import_numbers_its_defects_on_from_the_highest_number_of_the_year(wc):
    # Earlier reports of the same login up to 0041 this year: the import continues after
    # them, one sequence per year, and a second import continues after the first.
    db = store.connect(wc)
    with store.transaction(db):
        db.execute("UPDATE defect SET defect_number = 'M-2026-open311-0041' WHERE fid = "
                   "(SELECT min(fid) FROM defect)")
        db.execute("UPDATE defect SET defect_number = 'M-2026-open311-0007' WHERE fid = "
                   "(SELECT max(fid) FROM defect)")
    db.close()
    first = [full_request(wc, rid=f"N-{n}", gully=n * 7, requested_datetime=when)[0]
             for n, when in enumerate(["2026-03-01T08:00:00Z", "2025-12-31T08:00:00Z",
                                       "2026-03-02T08:00:00Z"])]
    open311.import_requests(wc, first, link_days=0)
    second = [full_request(wc, rid="N-9", gully=70, requested_datetime="2026-04-01T08:00:00Z")[0]]
    open311.import_requests(wc, second, link_days=0)
    db = store.connect(wc)
    numbers = dict(db.execute("SELECT external_id, defect_number FROM defect WHERE "
                              "external_id LIKE 'N-%'").fetchall())
    db.close()
    assert numbers == {"N-0": "M-2026-open311-0042", "N-1": "M-2025-open311-0001",
                       "N-2": "M-2026-open311-0043", "N-9": "M-2026-open311-0044"}
