"""References to earlier events in a real DuckDB store: linked to the merged event they name,
never merged into events, counted apart by the dyad series and the actor ranking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.store.helpers import actor_ref, make_event

from eventcoder.analytics import dyad_report, dyad_series, top_actors
from eventcoder.output.reports import dyad_text
from eventcoder.records import CodedDocument, Document, EventType, TextSpan
from eventcoder.store import Store
from eventcoder.store import merge as M


def _coded(
    n: int,
    pub: str,
    text: str,
    trigger: str,
    *,
    src: str = "RUS",
    tgt: str = "UKR",
    mode: str | None = "heavy-weapons",
    reference: bool = False,
    ref_date: str | None = None,
    precision: str | None = None,
) -> CodedDocument:
    doc = Document(id=f"d{n}", text=text, date=date.fromisoformat(pub))
    at = text.index(trigger)
    ev = make_event(
        text,
        TextSpan(trigger, at, at + len(trigger), 0),
        EventType.ASSAULT,
        id=f"e{n:03d}",
        doc_id=doc.id,
        source=(actor_ref(src),),
        target=(actor_ref(tgt),),
        date=ref_date or pub,
        date_precision=precision or "publication",
        mode=mode,
        reference=reference,
        reference_why="object of 'condemned'" if reference else None,
        reference_date=date.fromisoformat(ref_date) if ref_date else None,
        reference_date_precision=precision,
    )
    return CodedDocument(doc, (ev,))


INVADED = "Russia invaded Ukraine on February 24 with tanks from Belarus."
SHELLED = "Russian artillery shelled Kharkiv on Tuesday, hitting a school."


def _fill(store: Store) -> None:
    store.ingest(
        [
            _coded(1, "2022-02-24", INVADED, "invaded"),
            _coded(2, "2022-03-08", SHELLED, "shelled"),
            _coded(
                3,
                "2022-03-10",
                "Canada condemned Russia's invasion of Ukraine.",
                "invasion",
                reference=True,
            ),
            _coded(
                4,
                "2022-05-02",
                "Poland condemned Russia's invasion of Ukraine.",
                "invasion",
                reference=True,
            ),
            _coded(
                5,
                "2023-02-24",
                "Japan recalled the February 24 invasion of Ukraine by Russia.",
                "invasion",
                reference=True,
                ref_date="2022-02-24",
                precision="day",
            ),
            # no earlier event with that wording and dyad: stays unlinked
            _coded(
                6,
                "2022-04-01",
                "Lithuania condemned Belarus's blockade of Ukraine.",
                "blockade",
                src="BLR",
                reference=True,
            ),
        ]
    )


def test_references_are_linked_and_never_merged(tmp_path: Path):
    with Store.open(tmp_path / "s.duckdb") as store:
        _fill(store)
        counts = store.counts()
        assert counts["events"] == 6
        assert counts["merged_events"] == 2  # the invasion and the shelling only
        assert counts["references"] == 4
        assert counts["linked_references"] == 3
        assert counts["pending"] == 0
        rows = {r["evidence"]: r for r in store.merged_events()}
        invasion = rows[INVADED]
        assert invasion["n_mentions"] == 1
        assert invasion["n_references"] == 3
        assert invasion["first_reference"] == date(2022, 3, 10)
        assert invasion["last_reference"] == date(2023, 2, 24)
        assert rows[SHELLED]["n_references"] == 0
        merged = {m.evidence: m for m in store.merged()}
        assert merged[INVADED].n_references == 3
        # a rebuild gives the same links
        store.merge(rebuild=True)
        assert store.counts()["linked_references"] == 3
        assert store.check() == []


def test_series_counts_references_apart_and_on_request(tmp_path: Path):
    with Store.open(tmp_path / "s.duckdb") as store:
        _fill(store)
        rows = {r.period: r for r in dyad_series(store, "RUS", "UKR", by="month")}
        march = rows[date(2022, 3, 1)]
        assert (march.events, march.references) == (1, 1)
        assert rows[date(2022, 2, 1)].events == 1
        assert (rows[date(2022, 5, 1)].events, rows[date(2022, 5, 1)].references) == (0, 1)
        assert rows[date(2023, 2, 1)].references == 1
        assert sum(r.events for r in rows.values()) == 2
        with_refs = dyad_series(store, "RUS", "UKR", by="month", include_references=True)
        assert sum(r.events for r in with_refs) == 5
        text = dyad_text(dyad_report(store, "RUS", "UKR", by="month"))
        assert "refs" in text and "mentions of earlier events (3)" in text
        assert "referred to 3 times, 2022-03-10 .. 2023-02-24" in text
        actors = {a["actor"]: a for a in top_actors(store, 10)}
        assert (actors["RUS"]["events"], actors["RUS"]["references"]) == (2, 3)
        assert actors["BLR"]["events"] == 0 and actors["BLR"]["references"] == 1
        more = {a["actor"]: a for a in top_actors(store, 10, include_references=True)}
        assert more["RUS"]["events"] == 5


def test_reference_rule():
    def ref(**kw):
        base = dict(
            event_id="r",
            type="ASSAULT",
            mode="heavy-weapons",
            modality="asserted",
            trigger="invasion",
            mentioned_on=date(2022, 6, 1),
            reference_date=None,
            reference_precision=None,
            sources=frozenset({"RUS"}),
            targets=frozenset({"UKR"}),
        )
        return M.ReferenceKey(**{**base, **kw})

    m = M.Referent(
        "m1",
        "ASSAULT",
        "heavy-weapons",
        date(2022, 2, 24),
        frozenset({"RUS"}),
        frozenset({"UKR"}),
        False,
        frozenset({"invaded"}),
        3,
    )
    assert M.refers_to(ref(), m)
    assert not M.refers_to(ref(mentioned_on=date(2022, 2, 1)), m)  # not earlier
    assert not M.refers_to(ref(trigger="shelling"), m)  # other wording
    assert not M.refers_to(ref(sources=frozenset({"UKR"}), targets=frozenset({"RUS"})), m)
    assert not M.refers_to(ref(modality="future"), m)
    assert M.refers_to(ref(reference_date=date(2022, 2, 24), reference_precision="day"), m)
    assert not M.refers_to(ref(reference_date=date(2014, 2, 27), reference_precision="day"), m)
    assert M.refers_to(ref(reference_date=date(2022, 1, 1), reference_precision="year"), m)
    assert M.compatible_wording("siege", "besieged")
    assert not M.compatible_wording("coup", "attack")
