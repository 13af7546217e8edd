"""The terminal table and the dyad summary paragraph."""

from __future__ import annotations

from dataclasses import replace

from tests.output.records import full_event

from eventcoder.output.table import dyad_summary, event_table
from eventcoder.records import ActorRef, EventType, Modality, TextSpan


def test_table_one_line_per_event_with_sides_type_and_date():
    lines = event_table([full_event()], width=120).splitlines()
    assert lines[0].startswith("source") and "evidence" in lines[0]
    assert len(lines) == 4 and lines[-1] == "1 events"
    row = lines[2]
    assert row.startswith("RUSMIL") and " -> UKR " in row
    assert "ASSAULT" in row and "bombard" in row and "asserted" in row and "2022-05-09" in row


def test_table_symmetric_unknown_date_and_long_evidence():
    ev = full_event(symmetric=True, date=None, mode=None, text="x " * 200 + "shelled" + " y" * 200)
    row = event_table([ev], width=100).splitlines()[2]
    assert " <> " in row and " ? " in row and " - " in row
    assert len(row) < 110 and "shelled" in row and row.endswith("…")  # 400 words cut


def test_table_side_without_code_is_a_question_mark():
    nobody = (ActorRef(TextSpan("someone", 0, 7, 0), None, None, None),)
    assert event_table([full_event(target=nobody)]).splitlines()[2].split()[2] == "?"


def _between(a, b, kind, quad, goldstein, modality=Modality.ASSERTED):
    return replace(
        full_event(),
        source=(ActorRef(TextSpan(a, 0, 3, 0), a, a, "GOV"),),
        target=(ActorRef(TextSpan(b, 4, 7, 0), b, b, "GOV"),),
        type=kind,
        quad_class=quad,
        goldstein=goldstein,
        modality=modality,
    )


def test_summary_counts_cooperation_and_conflict_per_pair():
    events = [
        _between("IND", "RUS", EventType.CONSULT, 1, 1.0),
        _between("RUS", "IND", EventType.AID, 2, 7.0, Modality.FUTURE),
        _between("RUS", "IND", EventType.ACCUSE, 3, -2.0),
        _between("USA", "CHN", EventType.ACCUSE, 3, -2.0),  # one event: no paragraph
    ]
    text = dyad_summary(events, {"IND": "India", "RUS": "Russia"})
    assert text.startswith("India–Russia: 3 events, 2 cooperative and 1 conflictual")
    assert "(2 asserted or past, 1 planned" in text and "Goldstein total +6.0" in text
    assert "reads cooperative" in text and "USA" not in text


def test_summary_without_pairs():
    assert dyad_summary([full_event()]) == "No country pair has two or more events."
