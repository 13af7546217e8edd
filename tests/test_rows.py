"""rows.py: the JSONL record reads back into the same Event; the flat row names every field."""

from __future__ import annotations

import json

from tests.output.records import full_event

from eventcoder.rows import event_dict, event_from_dict, event_row


def test_rows_record_round_trips_through_json():
    rec = event_dict(full_event())
    back = event_from_dict(json.loads(json.dumps(rec)))
    assert event_dict(back) == rec
    assert back.date == full_event().date and back.location == full_event().location


def test_rows_record_fields_and_sizes():
    rec = event_dict(full_event())
    assert rec["date"] == "2022-05-09" and rec["dead"] == 12.0 and rec["injured"] is None
    assert rec["reported_by"][0]["sector"] == "GOV"


def test_rows_flat_row_sides_and_place():
    r = event_row(full_event())
    assert r["source_code"] == ["RUSMIL"] and r["target_countries"] == ["UKR"]
    assert r["place"] == "Kharkiv" and r["geonameid"] == 706483
    assert r["trigger"] == "shelled" and r["context"] == ["military"]
