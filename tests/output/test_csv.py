"""CSV of coded events: one row per event in COLUMNS order, sides ';'-joined, header once."""

from __future__ import annotations

import csv
import io

from tests.output.records import full_event

from eventcoder.ontology.codes import codes_for
from eventcoder.output.csv import COLUMNS, joined, write_csv, write_rows
from eventcoder.records import ActorRef, EventType, TextSpan


def _rows(events, header=True):
    out = io.StringIO()
    write_csv(events, out, header=header)
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_csv_row_holds_every_column_in_order():
    header, row = _rows([full_event()])
    assert header == COLUMNS
    got = dict(zip(COLUMNS, row, strict=True))
    assert got["type"] == "ASSAULT" and got["mode"] == "bombard" and got["context"] == "military"
    assert (got["source_country"], got["source_sector"]) == ("RUS", "MIL")
    assert (got["target_country"], got["target_sector"]) == ("UKR", "")  # no sector: empty
    assert got["date"] == "2022-05-09" and got["date_precision"] == "day"
    assert (got["location"], got["location_country"]) == ("Kharkiv", "UKR")
    assert (got["trigger"], got["trigger_start"], got["trigger_end"]) == ("shelled", "15", "22")
    assert (
        got["quad_class"] == "4" and got["cameo"] == codes_for(EventType.ASSAULT, "bombard").cameo
    )


def test_csv_joins_several_actors_and_leaves_missing_values_empty():
    two = (
        ActorRef(TextSpan("India", 0, 5, 0), "India", "IND", "GOV"),
        ActorRef(TextSpan("the rebels", 10, 20, 0), None, None, "REB"),
    )
    ev = full_event(source=two, mode=None, location=None, date=None, context=())
    got = dict(zip(COLUMNS, _rows([ev])[1], strict=True))
    assert got["source_country"] == "IND;" and got["source_sector"] == "GOV;REB"
    assert got["source_text"] == "India;the rebels"
    assert got["mode"] == got["location"] == got["location_country"] == got["date"] == ""
    assert got["context"] == ""


def test_csv_header_only_when_asked():
    assert len(_rows([full_event()], header=False)) == 1
    assert _rows([], header=True) == [COLUMNS]


def test_csv_flat_rows_join_lists_and_empty_nones():
    out = io.StringIO()
    n = write_rows([{"a": ["x", "y"], "b": None, "c": 1.5}], ["a", "b", "c"], out)
    assert n == 1 and out.getvalue() == "a,b,c\nx;y,,1.5\n"
    assert joined(["A", None, "B"]) == "A;;B"
