"""Defect numbers made offline are readable and sequential per login and year (never a
hash); work orders count their own yearly sequence in the working copy."""

import json

from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import work_orders
from kempten_twin_plugin.store.demo_data import build_demo_working_copy


def test_new_defects_continue_the_logins_yearly_sequence(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    build_demo_working_copy(path, 1000, 3)
    db = store.connect(path)
    try:
        gully, x, y = db.execute("SELECT uuid, 1.0, 2.0 FROM gully LIMIT 1").fetchone()
        made = [store.create_defect(db, asset_table="gully", asset=gully, category="verstopft",
                                    severity=2, x=598000.0 + n, y=5287000.0,
                                    reported_by="Herr Huber", login="m.huber",
                                    reported_at=f"2026-03-0{n + 1}T08:00:00Z")
                for n in range(3)]
        numbers = [store.number_of_defect(db, u) for u in made]
        assert numbers == ["M-2026-m.huber-0001", "M-2026-m.huber-0002", "M-2026-m.huber-0003"]
        # Once the working copy has synced, its server login numbers the next one.
        db.execute("CREATE TABLE IF NOT EXISTS kt_sync_state (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT OR REPLACE INTO kt_sync_state VALUES ('login', 'kt_huber')")
        db.commit()
        other = store.create_defect(db, asset_table="gully", asset=gully, category="Geruch",
                                    severity=3, x=598000.0, y=5287000.0, login="m.huber",
                                    reported_at="2026-04-01T08:00:00Z")
        assert store.number_of_defect(db, other) == "M-2026-kt_huber-0001"
        rows = work_orders.work_order_rows(db, made[:2])
        first = work_orders.issue_order_number(db, rows, "Kolonne Nord", None, "m.huber")
        second = work_orders.issue_order_number(db, rows, "", None, "m.huber")
        assert first.endswith("-001") and second.endswith("-002")
        assert first.startswith("AA-") and "kt_huber" in first
        issued = work_orders.issued_orders(db)
        assert [i[0] for i in issued] == [first, second]
        assert issued[0][1] == "Kolonne Nord" and issued[0][4] == [r["defect_number"]
                                                                   for r in rows]
        json.dumps(issued)
    finally:
        db.close()


def test_a_work_order_leaves_closed_defects_out_unless_asked(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    build_demo_working_copy(path, 1000, 3)
    db = store.connect(path)
    try:
        rows = db.execute("SELECT uuid, defect_number, status FROM defect").fetchall()
        uuids = [r[0] for r in rows]
        closed = {r[1] for r in rows if r[2] in ("behoben", "abgelehnt", "Duplikat")}
        kept, left_out = work_orders.open_only(db, uuids)
        assert set(left_out) == closed and len(kept) == len(uuids) - len(closed)
        everything, none = work_orders.open_only(db, uuids, include_closed=True)
        assert everything == uuids and none == []
    finally:
        db.close()
