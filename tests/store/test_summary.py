"""The summary tables (store/summary.py): the queries that read them give what the old
computation over all mentions gives (tests/store/old_queries.py), and the tables kept up to date
write by write equal the tables rebuilt from scratch, through re-ingests, corrections, newer
coders, failed batches and failed merges, on hand-made and on real coded documents."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.store import old_queries as old
from tests.store.helpers import make_event

from eventcoder.analytics import dyad_series, top_actors, top_events
from eventcoder.ingest.jsonl import parse_line
from eventcoder.records import (
    ActorRef,
    CodedDocument,
    Document,
    Event,
    EventType,
    Modality,
    TextSpan,
)
from eventcoder.store import Store, summary
from eventcoder.store.links import link_stored_references
from eventcoder.store.migrations import MIGRATIONS


# ---- what is compared ----------------------------------------------------------------------------
def _series(rows: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (
            r.period,
            r.events,
            r.q1,
            r.q2,
            r.q3,
            r.q4,
            r.goldstein_sum,
            r.goldstein_mean,
            r.references,
        )
        for r in rows
    ]


def _same_series(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> None:
    """Equal, but for the last bits of Goldstein sums (added up in another order)."""
    assert [r[:6] + r[8:] for r in got] == [r[:6] + r[8:] for r in want]
    for g, w in zip(got, want, strict=True):
        assert g[6] == pytest.approx(w[6]) and (g[7] is None) == (w[7] is None)
        assert g[7] is None or g[7] == pytest.approx(w[7])


def _pairs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Country pairs of the stored events and references, most frequent first (old views)."""
    found = con.execute(
        """SELECT least(s.c, t.c), greatest(s.c, t.c), count(*) FROM (
               SELECT actor_countries AS ac, recipient_countries AS rc FROM old_merged_events
               UNION ALL
               SELECT source_countries, target_countries FROM old_reference_mentions
           ) u, unnest(u.ac) AS s(c), unnest(list_concat(u.ac, u.rc)) AS t(c)
           WHERE s.c <> t.c GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"""
    ).fetchall()
    return [(a, b) for a, b, _ in found]


def assert_same_as_old(store: Store, thorough: bool = False) -> None:
    """Every query over the summaries gives what the old computation gives (`thorough`: over
    more dyads and options; the old computation is slow even on small stores)."""
    con = store.con
    old.install(con)
    by_id = lambda rows: sorted(rows, key=lambda r: r["merged_id"])  # noqa: E731
    assert by_id(store.merged_events()) == by_id(old.merged_page(con, None, None, None, None))
    assert old.rows(con, "SELECT * FROM reference_mentions ORDER BY event_id") == old.rows(
        con, "SELECT * FROM old_reference_mentions ORDER BY event_id"
    )
    counts = store.counts()
    assert (
        counts["references"]
        == con.execute("SELECT count(*) FROM old_reference_mentions").fetchone()[0]
    )
    assert (
        counts["merged_events"]
        == con.execute("SELECT count(*) FROM old_merged_events").fetchone()[0]
    )

    # events pages: whole range, halves, one country, a page of a few rows
    days = [d for (d,) in con.execute("SELECT date FROM old_merged_events").fetchall() if d]
    countries = [c for c, _ in _pairs(con)][:3]
    lo, hi = (min(days), max(days)) if days else (None, None)
    mid = lo + (hi - lo) / 2 if lo and hi else None
    pages = [(lo, mid, None, 5), *[(mid, None, c, None) for c in countries[:1]]]
    if thorough:
        pages += [
            (lo, hi, None, None),
            (mid, hi, None, None),
            *[(None, None, c, 3) for c in countries],
            *[(mid, None, c, None) for c in countries],
        ]
    for start, end, country, limit in pages:
        got = store.merged_events(start=start, end=end, country=country, limit=limit)
        assert got == old.merged_page(con, start, end, country, limit), (start, end, country)

    # dyad series and top events
    pairs = _pairs(con)[: 8 if thorough else 3]
    assert pairs, "the store should hold at least one dyad"
    options: list[dict[str, Any]] = [
        {"by": "month"},
        {"by": "week", "include_references": True, "asserted_only": True},
    ]
    if thorough:
        options += [
            {"by": "day", "asserted_only": True},
            {"by": "day", "include_references": True},
            {"by": "year", "start": lo, "end": mid},
        ]
    for a, b in [*pairs, ("ZZZ", "ZZY")]:
        for i, kw in enumerate(options):
            x, y = (a, b) if i % 2 == 0 else (b, a)  # either order names the dyad
            got = _series(dyad_series(store, x, y, **kw))
            _same_series(got, old.dyad_series(con, x, y, **kw))
        for asserted in (False, True):
            assert top_events(store, a, b, asserted_only=asserted, limit=5) == old.top_events(
                con, a, b, asserted_only=asserted, limit=5
            )

    # actor ranking: the same actors, counts and order; names, countries and sectors the most
    # common ones (a tie is broken by the smallest value now, by DuckDB's mode() before)
    for refs in (False, True):
        got, want = top_actors(store, 200, refs), old.top_actors(con, 200, refs)
        keys = ("actor", "events", "mentions", "references")
        assert [[g[k] for k in keys] for g in got] == [[w[k] for k in keys] for w in want]
        modes = old.most_common(con)
        for g, w in zip(got, want, strict=True):
            for field in ("name", "country", "sector"):
                if field == "name" and w["name"] and w["name"].startswith("(unnamed "):
                    assert g["name"] == w["name"]
                    continue
                common = modes.get((g["actor"], field), set())
                assert (g[field] in common) if common else g[field] is None, (g, field)
                if len(common) == 1:
                    assert g[field] == w[field]


_TABLES = (*summary.TABLES, "event_references")


def _snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in _TABLES}


def assert_incremental_equals_rebuild(store: Store, relink: bool = True) -> None:
    """The summary tables and reference links as the writes left them equal those rebuilt from
    the stored mentions and merges, with every reference relinked (`relink`: links are made by
    merges, so before one they may still point to a merged event that re-coding dissolved)."""
    con = store.con
    kept = _snapshot(con)
    con.execute("BEGIN TRANSACTION")
    try:
        summary.rebuild(con)
        if relink:
            summary.references_relinked(con, link_stored_references(con, None))
        rebuilt = _snapshot(con)
    finally:
        con.execute("ROLLBACK")
    for table in _TABLES:
        assert kept[table] == rebuilt[table], table
    assert store.check() == []


def assert_whole(store: Store, thorough: bool = False) -> None:
    """Consistent, equal to a rebuild and to the old computation; before a merge (mentions
    pending) the links are left as they are."""
    assert store.check() == []
    assert_incremental_equals_rebuild(store, relink=store.counts()["pending"] == 0)
    assert_same_as_old(store, thorough)


# ---- hand-made documents -------------------------------------------------------------------------
def _actor(country: str, name: str | None = None, *, dictionary: bool = True) -> ActorRef:
    return ActorRef(
        TextSpan(country, 0, 3, 0),
        name,
        country,
        "GOV",
        actor_id=country if dictionary else None,
        resolved_by="test",
    )


def _doc(
    n: int,
    pub: str,
    text: str,
    trigger: str,
    kind: EventType = EventType.ASSAULT,
    src: tuple[ActorRef, ...] = (),
    tgt: tuple[ActorRef, ...] = (),
    **fields: Any,
) -> CodedDocument:
    doc = Document(id=f"d{n}", text=text, date=date.fromisoformat(pub), url=fields.pop("url", None))
    at = text.index(trigger)
    ev = make_event(
        text,
        TextSpan(trigger, at, at + len(trigger), 0),
        kind,
        **{
            "id": f"e{n:03d}",
            "doc_id": doc.id,
            "source": src or (_actor("RUS", "Russia"),),
            "target": tgt or (_actor("UKR", "Ukraine"),),
            "date": pub,
            "date_precision": "publication",
            "mode": None,
            **fields,
        },
    )
    return CodedDocument(doc, (ev,))


INVADED = "Russia invaded Ukraine on February 24 with tanks from Belarus."
SHELLED = "Russian artillery shelled Kharkiv on Tuesday, hitting a school."


def _ref(n: int, pub: str, text: str, trigger: str, **fields: Any) -> CodedDocument:
    return _doc(
        n, pub, text, trigger, reference=True, reference_why="object of 'condemned'", **fields
    )


def _batch_one() -> list[CodedDocument]:
    return [
        _doc(1, "2022-02-24", INVADED, "invaded", url="https://a/1"),
        # the same story told again (one merged event, two mentions, two articles)
        _doc(2, "2022-02-24", INVADED + " Reported again.", "invaded", url="https://b/2"),
        _doc(3, "2022-03-08", SHELLED, "shelled", src=(_actor("RUS", "Russian army"),)),
        _ref(4, "2022-03-10", "Canada condemned Russia's invasion of Ukraine.", "invasion"),
        _doc(
            5,
            "2022-03-11",
            "India and Russia met in Delhi to talk about trade and energy.",
            "met",
            EventType.CONSULT,
            src=(_actor("IND", "India"), _actor("RUS", "Moscow")),
            tgt=(),
            symmetric=True,
        ),
        _doc(
            6,
            "2022-03-12",
            "The US government accused Russia of war crimes in Bucha.",
            "accused",
            EventType.ACCUSE,
            src=(_actor("USA", "US government", dictionary=False),),
            tgt=(_actor("RUS", "Russia"),),
            modality=Modality.ASSERTED,
        ),
    ]


def _batch_two() -> list[CodedDocument]:
    return [
        _ref(
            7,
            "2023-02-24",
            "Japan recalled the February 24 invasion of Ukraine by Russia.",
            "invasion",
            date="2022-02-24",
            reference_date=date(2022, 2, 24),
            reference_date_precision="day",
        ),
        _ref(
            8,
            "2022-04-01",
            "Lithuania condemned Belarus's blockade of Ukraine.",
            "blockade",
            src=(_actor("BLR", "Belarus"),),
        ),
        _doc(
            9,
            "2022-03-14",
            "Washington will sanction Moscow next week over the assault on Kyiv.",
            "sanction",
            EventType.SANCTION,
            src=(_actor("USA", "Washington"),),
            tgt=(_actor("RUS", "Moscow"),),
            modality=Modality.FUTURE,
        ),
        # a later invasion report, a day after: joins the first merged event
        _doc(10, "2022-02-25", INVADED + " Tanks kept coming.", "invaded"),
    ]


def test_summary_hand_made_store_through_every_write(tmp_path: Path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.ingest(_batch_one())
        assert store.counts()["references"] == 1
        assert_whole(store)
        store.ingest(_batch_two())
        c = store.counts()
        assert (c["references"], c["linked_references"], c["pending"]) == (3, 2, 0)
        assert_whole(store)

        # a correction: the same text under the same id with another date and URL
        first = _batch_one()[0]
        fixed = replace(first.document, date=date(2022, 2, 23), url="https://a/1-fixed")
        moved = replace(first.events[0], date=date(2022, 2, 23))
        assert store.add_coded(CodedDocument(fixed, (moved,))) == "replaced"
        assert_whole(store)  # the dissolved merged event's other mentions wait for the merge
        store.merge()
        assert_whole(store)

        # a newer coder replaces a reference's document with an event that is no reference
        ref = _batch_one()[3]
        again = replace(ref.events[0], reference=False, reference_why=None, coder_version="9.0")
        assert store.add_coded(CodedDocument(ref.document, (again,))) == "replaced"
        store.merge()
        assert store.counts()["references"] == 2
        assert_whole(store)

        # a rebuild of every merge gives the same tables
        store.merge(rebuild=True)
        assert_whole(store)


def test_summary_batch_failing_half_way_keeps_a_whole_store(tmp_path: Path):
    def docs():
        yield from _batch_one()
        raise RuntimeError("the coder died")

    with Store.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError, match="coder died"):
            store.ingest(docs())
        assert store.counts()["documents"] == 6 and store.counts()["pending"] == 0
        assert_whole(store)

        # a document that cannot be stored (its event id twice) leaves nothing of itself
        bad = _batch_two()[2]
        twice = CodedDocument(bad.document, (bad.events[0], replace(bad.events[0], sentence=1)))
        with pytest.raises(duckdb.Error):
            store.ingest([_batch_two()[0], twice])
        assert store.counts()["documents"] == 7
        assert_whole(store)


def test_summary_merge_failing_half_way_is_rolled_back(tmp_path: Path, monkeypatch):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.ingest(_batch_one())
        store.ingest(_batch_two(), merge=False)
        before = _snapshot(store.con)
        assert store.counts()["pending"] == 2

        def broken(con: duckdb.DuckDBPyConnection, ids: Any) -> None:
            raise duckdb.IOException("I/O error: the disk went away")

        monkeypatch.setattr(summary, "merged_added", broken)
        with pytest.raises(Exception, match="disk went away"):
            store.merge()
        assert store.counts()["pending"] == 2
        assert _snapshot(store.con) == before  # nothing of the merge was kept
        monkeypatch.undo()
        store.merge()
        assert store.counts()["pending"] == 0
        assert_whole(store)


def test_summary_migration_upgrades_an_older_store_in_place(tmp_path: Path):
    """A store at schema 0003 (the views over all mentions, no summaries) opens at 0004 with its
    summaries filled from what it holds: the queries give what its old views gave."""
    with Store.open(tmp_path / "new.duckdb") as store:
        store.ingest(_batch_one() + _batch_two())
    path = tmp_path / "old.duckdb"
    _as_0003(tmp_path / "new.duckdb", path)
    con = duckdb.connect(str(path))
    want = old.rows(con, "SELECT * FROM merged_events ORDER BY merged_id")
    assert want and any(r["n_references"] for r in want)
    refs = old.rows(con, "SELECT * FROM reference_mentions ORDER BY event_id")
    con.close()
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert sorted(store.merged_events(), key=lambda r: r["merged_id"]) == want
        assert old.rows(store.con, "SELECT * FROM reference_mentions ORDER BY event_id") == refs
        assert_whole(store)


def _as_0003(source: Path, path: Path) -> None:
    """At `path`, the stored data of `source` as a store of schema 0003 holds it: migrations
    0001-0003 applied (their own functions) and recorded, the rows copied."""
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_migrations (position INTEGER PRIMARY KEY, "
        "name VARCHAR NOT NULL UNIQUE, applied_at TIMESTAMP NOT NULL)"
    )
    for position, (name, fn) in enumerate(MIGRATIONS[:3], start=1):
        fn(con)
        con.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [position, name]
        )
    con.execute(f"ATTACH '{source}' AS source (READ_ONLY)")
    for table in BASE_TABLES:
        con.execute(f"INSERT INTO {table} SELECT * FROM source.{table}")
    con.close()


BASE_TABLES = (
    "documents",
    "sentences",
    "events",
    "event_actors",
    "actors",
    "event_merge",
    "event_references",
)


# ---- real coded documents ------------------------------------------------------------------------
def _state_dept(corpus: Path, first: str, last: str, n: int, max_chars: int) -> list[Document]:
    out = []
    with (corpus / "state_dept.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            doc = parse_line(line, f"state_dept.jsonl:{i}", str(i), None)
            if doc.date and first <= doc.date.isoformat() <= last and len(doc.text) <= max_chars:
                out.append(doc)
            if len(out) == n:
                break
    return out


@pytest.fixture(scope="module")
def real_coded(coder, corpus_dir) -> list[CodedDocument]:
    # the first weeks of the invasion of Ukraine: many reports of one event, and references
    return list(coder.pipe(_state_dept(corpus_dir, "2022-02-22", "2022-03-08", 36, 2500)))


@pytest.mark.slow
def test_summary_real_store_equals_the_old_computation(tmp_path: Path, real_coded):
    path = tmp_path / "real.duckdb"
    with Store.open(path) as store:
        for i in range(0, len(real_coded), 6):  # merged batch by batch, as ingest does
            store.ingest(real_coded[i : i + 6])
        c = store.counts()
        assert c["linked_references"] > 0 and c["references"] > c["linked_references"]
        assert c["merged_events"] < c["events"] - c["references"]
        assert_whole(store, thorough=True)

        # corrections: three documents dated a week later, one with events no more
        for cd in real_coded[:3]:
            doc = replace(cd.document, date=cd.document.date + timedelta(days=7))
            events = tuple(_moved(e, timedelta(days=7)) for e in cd.events)
            store.add_coded(CodedDocument(doc, events if cd is not real_coded[2] else ()))
        assert_whole(store)  # before the merge: dissolved events wait
        store.merge()
        assert_whole(store, thorough=True)
    shutil.copy(path, tmp_path / "again.duckdb")
    with Store.open(tmp_path / "again.duckdb") as store:
        store.merge(rebuild=True)
        assert_whole(store)


def _moved(ev: Event, by: timedelta) -> Event:
    return replace(ev, date=ev.date + by if ev.date else None)
