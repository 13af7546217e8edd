"""Coding on a real 2-worker Dask LocalCluster gives exactly the single-process events, also when
a worker is killed in the middle of the job (its batches are redone, nothing is stored twice)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import CodedDocument, Document
from eventcoder.rows import event_dict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample(corpus_dir: Path) -> list[Document]:
    from eventcoder.ingest import read_inputs

    docs = list(read_inputs([str(corpus_dir / "sample_100.jsonl")]))
    assert len(docs) == 100
    return docs


@pytest.fixture(scope="module")
def expected(coder: Any, sample: list[Document]) -> dict[str, list[dict[str, Any]]]:
    """The single-process run: every document's events as JSONL records."""
    return {cd.document.id: [event_dict(e) for e in cd.events] for cd in coder.pipe(sample)}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from eventcoder.scale.dask import local_client

    c = local_client(2)
    try:
        yield c
    finally:
        cluster = c.cluster
        c.close()
        cluster.close()


def _by_document(coded: list[CodedDocument]) -> dict[str, list[dict[str, Any]]]:
    return {cd.document.id: [event_dict(e) for e in cd.events] for cd in coded}


def test_two_workers_code_exactly_the_events_of_one_process(
    client: Any, coder: Any, sample: list[Document], expected: dict[str, list[dict[str, Any]]]
) -> None:
    from eventcoder.scale.dask import DaskCoder

    dc = DaskCoder(client, coder.settings, batch_docs=5)
    pids = dc.warm_up()
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()
    got = list(dc.pipe(sample))
    assert [cd.document.id for cd in got] == [d.id for d in sample]  # input order
    assert not [cd.error for cd in got if cd.error]
    assert _by_document(got) == expected
    assert sum(map(len, expected.values())) > 100  # the sample has events to compare


def test_a_killed_worker_is_redone_and_the_store_gets_exactly_those_events(
    client: Any,
    coder: Any,
    sample: list[Document],
    expected: dict[str, list[dict[str, Any]]],
    tmp_path: Path,
) -> None:
    from eventcoder.pipeline import ingest_documents
    from eventcoder.scale.dask import DaskCoder
    from eventcoder.store import Store

    dc = DaskCoder(client, coder.settings, batch_docs=5)
    before = dc.warm_up()
    victim = sorted(before.values())[0]
    seen: list[str] = []

    def kill_midway(cd: CodedDocument, outcome: str) -> None:
        seen.append(cd.document.id)
        if len(seen) == 10:  # 90 documents still to come, batches in flight on both workers
            os.kill(victim, signal.SIGKILL)

    with Store.open(tmp_path / "events.duckdb") as store:
        stats = ingest_documents(store, sample, lambda: dc, progress=kill_midway)
        stored = store.mentions()
        docs = store.counts()["documents"]
    after = dc.warm_up()
    assert victim not in after.values()  # the worker really died (and its nanny restarted it)
    assert stats.added == docs == 100 and stats.failed == 0
    assert seen == [d.id for d in sample]  # each document once, in input order
    want = {ev["id"]: ev for evs in expected.values() for ev in evs}
    got = {m["id"]: {k: v for k, v in m.items() if k != "merged_id"} for m in stored}
    assert len(stored) == len(want)  # no duplicate, none missing
    assert got == want


def test_input_files_become_parquet_shards_that_duckdb_reads_as_one_table(
    client: Any,
    coder: Any,
    corpus_dir: Path,
    expected: dict[str, list[dict[str, Any]]],
    tmp_path: Path,
) -> None:
    import json

    import duckdb

    from eventcoder.scale.shards import code_to_parquet

    lines = (corpus_dir / "sample_100.jsonl").read_text(encoding="utf-8").splitlines()[:20]
    inputs = []
    for i in range(2):
        part = tmp_path / f"part{i}.jsonl"
        part.write_text("\n".join(lines[i * 10 : (i + 1) * 10]) + "\n", encoding="utf-8")
        inputs.append(part)
    out = tmp_path / "shards"
    shards = code_to_parquet(client, inputs, out, coder.settings)
    assert [s.documents for s in shards] == [10, 10] and not any(s.skipped for s in shards)
    rows = (
        duckdb.connect()
        .execute(f"SELECT event_id, doc_id, type FROM read_parquet('{out}/*.parquet') ORDER BY 1")
        .fetchall()
    )
    ids = {str(json.loads(line)["id"]) for line in lines}
    want = sorted(
        (ev["id"], doc, ev["type"]) for doc, evs in expected.items() if doc in ids for ev in evs
    )
    assert rows == want and len(want) > 10
    again = code_to_parquet(client, inputs, out, coder.settings)  # a re-run writes nothing
    assert all(s.skipped for s in again) and len(list(out.glob("*.parquet"))) == 2
