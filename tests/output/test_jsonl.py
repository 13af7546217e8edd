"""The JSONL record is a contract: field names and span offsets."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventcoder.output.jsonl import event_dict

FIELDS = {
    "id",
    "doc_id",
    "sentence",
    "text",
    "trigger",
    "type",
    "mode",
    "context",
    "modality",
    "source",
    "target",
    "date",
    "date_precision",
    "location",
    "cameo",
    "quad_class",
    "goldstein",
    "confidence",
    "coder_version",
}

pytestmark = pytest.mark.slow

TEXT = "Chinese President Xi Jinping visited Moscow on Monday.\nRussia deployed troops near Kharkiv in Ukraine."


def test_jsonl_has_contract_fields(coder):
    events = coder.code(TEXT, date="2023-03-22", doc_id="d")
    assert events
    for ev in events:
        d = json.loads(json.dumps(event_dict(ev)))
        assert set(d) >= FIELDS
        assert TEXT[d["trigger"]["start"] : d["trigger"]["end"]] == d["trigger"]["text"]
        for actor in d["source"] + d["target"]:
            assert TEXT[actor["start"] : actor["end"]] == actor["text"]
            assert {"text", "name", "country", "sector", "code"} <= set(actor)


def test_jsonl_ids_are_stable_and_distinct(coder):
    a = [e.id for e in coder.code(TEXT, date="2023-03-22", doc_id="d")]
    b = [e.id for e in coder.code(TEXT, date="2023-03-22", doc_id="d")]
    assert a == b and len(set(a)) == len(a)


def test_jsonl_codes_and_location(coder):
    events = {e.type.value: e for e in coder.code(TEXT, date="2023-03-22")}
    visit = events["CONSULT"]
    assert (visit.cameo, visit.quad_class, visit.goldstein) == ("04", 1, 1.0)
    assert visit.date == date(2023, 3, 20) and visit.date_precision == "day"
    mob = events["MOBILIZE"]
    assert mob.location is not None and mob.location.country == "UKR"


def test_plover_strict_recodes_future_consult(coder):
    from eventcoder import Coder

    strict = Coder(plover_strict=True)
    (ev,) = [e for e in strict.code("Xi Jinping will visit Moscow next week.", date="2023-03-15")]
    assert (ev.type.value, ev.modality.value, ev.cameo) == ("AGREE", "future", "03")
