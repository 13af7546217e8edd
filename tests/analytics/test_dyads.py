"""Dyad series, top events, network and top actors over merged events in a real DuckDB store."""

from __future__ import annotations

from datetime import date

import pytest
from tests.store.helpers import actor_ref, one_event_doc

from eventcoder.analytics import dyad_report, network, top_actors
from eventcoder.analytics.series import label, period_start, periods
from eventcoder.errors import InputError
from eventcoder.output.reports import dyad_text
from eventcoder.records import CodedDocument, Document, EventType, Modality
from eventcoder.store import Store


def _doc(
    n: int,
    day: str,
    kind: EventType,
    src: str,
    tgt: str | None,
    *,
    modality: Modality = Modality.ASSERTED,
    symmetric: bool = False,
) -> CodedDocument:
    text = f"Story {n}: {src} and {tgt} did {kind.value} number {n} on {day} with unique words {n}."
    doc = Document(id=f"d{n}", text=text, date=date.fromisoformat(day))
    srcs = (actor_ref(src), actor_ref(tgt)) if symmetric and tgt else (actor_ref(src),)
    tgts = (actor_ref(tgt),) if tgt and not symmetric else ()
    return one_event_doc(
        doc,
        5,
        kind,
        id=f"e{n:03d}",
        modality=modality,
        source=srcs,
        target=tgts,
        date=day,
        symmetric=symmetric,
    )


@pytest.fixture()
def store(tmp_path):
    docs = [
        _doc(1, "2022-01-05", EventType.CONSULT, "IND", "RUS", symmetric=True),  # q1, +1.0
        _doc(2, "2022-01-20", EventType.AID, "RUS", "IND"),  # q2, +7.0
        _doc(3, "2022-03-02", EventType.ACCUSE, "IND", "RUS"),  # q3, -2.0
        _doc(4, "2022-03-03", EventType.ASSAULT, "RUS", "IND"),  # q4, -9.0
        _doc(
            5, "2022-03-04", EventType.SANCTION, "IND", "RUS", modality=Modality.FUTURE
        ),  # q4, -4.0
        _doc(6, "2022-03-05", EventType.CONSULT, "USA", "RUS"),  # other dyad
        _doc(7, "2022-03-06", EventType.CONSULT, "IND", "USA"),
    ]
    path = tmp_path / "a.duckdb"
    with Store.open(path) as s:
        s.ingest(docs)
        # a second report of story 3 (same words): one merged event, two mentions
        again = _doc(3, "2022-03-02", EventType.ACCUSE, "IND", "RUS")
        doc = Document(
            id="d3-copy", text=again.document.text + " Reported again.", date=again.document.date
        )
        ev = again.events[0]
        from dataclasses import replace

        s.ingest([CodedDocument(doc, (replace(ev, id="e003b", doc_id="d3-copy"),))])
    with Store.open(path, read_only=True) as s:
        yield s


def test_dyads_month_series_counts_merged_events_per_quad(store):
    report = dyad_report(store, "ind", "RUS", by="month")
    rows = {label(r.period, "month"): r for r in report.rows}
    assert list(rows) == ["2022-01", "2022-02", "2022-03"]  # the empty month is shown
    jan, feb, mar = rows["2022-01"], rows["2022-02"], rows["2022-03"]
    assert (jan.events, jan.q1, jan.q2, jan.goldstein_sum, jan.net_cooperation) == (2, 1, 1, 8.0, 2)
    assert (feb.events, feb.goldstein_mean) == (0, None)
    assert (mar.events, mar.q3, mar.q4, mar.goldstein_sum) == (3, 1, 2, -15.0)
    assert mar.net_cooperation == -3
    assert report.top[0]["n_mentions"] == 2 and report.top[0]["type"] == "ACCUSE"
    text = dyad_text(report)
    assert "IND-RUS by month: 5 merged events" in text and "net_coop" in text


def test_dyads_filters_asserted_only_and_dates(store):
    assert sum(r.events for r in dyad_report(store, "IND", "RUS", asserted_only=True).rows) == 4
    rows = dyad_report(
        store, "IND", "RUS", by="day", start=date(2022, 3, 1), end=date(2022, 3, 3)
    ).rows
    assert [(r.period.day, r.events) for r in rows] == [(1, 0), (2, 1), (3, 1)]
    assert [r.events for r in dyad_report(store, "IND", "RUS", by="year").rows] == [5]


def test_dyads_bad_requests_are_input_errors(store):
    with pytest.raises(InputError, match="two different"):
        dyad_report(store, "IND", "IND")
    with pytest.raises(InputError, match="3-letter"):
        dyad_report(store, "India", "RUS")
    with pytest.raises(InputError, match="after"):
        dyad_report(store, "IND", "RUS", start=date(2022, 5, 1), end=date(2022, 1, 1))
    with pytest.raises(InputError, match="unknown period"):
        dyad_report(store, "IND", "RUS", by="fortnight")


def test_dyads_network_edges(store):
    edges = {(e["source"], e["target"]): e for e in network(store)}
    assert edges[("IND", "RUS")]["events"] == 3  # symmetric consult, accuse, sanction
    assert edges[("RUS", "IND")]["events"] == 2 and edges[("RUS", "IND")]["goldstein_sum"] == -2.0
    assert ("USA", "RUS") in edges and ("IND", "USA") in edges
    assert all(e["events"] >= 2 for e in network(store, min_events=2))
    assert sum(e["events"] for e in network(store, asserted_only=True)) == 6


def test_dyads_top_actors(store):
    top = top_actors(store, 3)
    assert [t["actor"] for t in top][:2] == ["IND", "RUS"]
    assert top[0]["events"] == 6 and top[0]["mentions"] == 7


@pytest.mark.parametrize(
    ("by", "day", "start"),
    [
        ("day", date(2022, 3, 9), date(2022, 3, 9)),
        ("week", date(2022, 3, 9), date(2022, 3, 7)),
        ("month", date(2022, 3, 9), date(2022, 3, 1)),
        ("year", date(2022, 3, 9), date(2022, 1, 1)),
    ],
)
def test_series_period_start(by, day, start):
    assert period_start(day, by) == start


def test_series_periods_cross_year_end():
    got = [label(p, "month") for p in periods(date(2021, 11, 30), date(2022, 2, 1), "month")]
    assert got == ["2021-11", "2021-12", "2022-01", "2022-02"]
