"""The DuckDB store: schema and migrations, one transaction per document, idempotent re-runs,
re-coding by a newer coder, and resuming after a kill (real files, real subprocesses)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest
from tests.store.helpers import actor_ref, make_event, write_sample

from eventcoder.errors import InputError
from eventcoder.ingest import read_inputs
from eventcoder.records import CodedDocument, Document, EventType, TextSpan
from eventcoder.store import SCHEMA_VERSION, Store
from eventcoder.store.migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]
EXE = ROOT / ".venv" / "bin" / "eventcoder"


def _coded(
    text: str,
    doc_id: str,
    day: str,
    kind: EventType = EventType.CONSULT,
    src: str = "USA",
    tgt: str = "UKR",
    version: str = "0.1.0",
    n: int = 1,
) -> CodedDocument:
    """A document with `n` hand-made events (one per sentence), coded by `version`."""
    doc = Document(id=doc_id, text=text, date=date.fromisoformat(day))
    events = tuple(
        make_event(
            text,
            TextSpan(text[:4], 0, 4, i),
            kind,
            id=f"{doc.sha[:8]}-{i}-{version}",
            doc_id=doc_id,
            sentence=i,
            source=(actor_ref(src, name=src, sentence=i),),
            target=(actor_ref(tgt, name=tgt, sentence=i),),
            date=day,
            date_text="today",
            coder_version=version,
        )
        for i in range(n)
    )
    return CodedDocument(doc, events)


def test_store_open_applies_migrations_once(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    with Store.open(path) as s:  # reopening runs nothing again
        names = [
            r[0]
            for r in s.con.execute(
                "SELECT name FROM schema_migrations ORDER BY position"
            ).fetchall()
        ]
    assert names == [name for name, _ in MIGRATIONS]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "no" / "such" / "dir.duckdb", "does not exist"),
        (lambda p: p, "is a folder"),
        (
            lambda p: (p / "x.duckdb").write_text("not a database\n" * 100) and p / "x.duckdb",
            "not a DuckDB database",
        ),
    ],
)
def test_store_open_bad_path_is_one_clear_error(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        Store.open(make(tmp_path))


def test_store_open_refuses_foreign_duckdb(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(InputError, match="not an eventcoder store"):
        Store.open(path)


def test_store_read_only_needs_an_existing_file(tmp_path):
    with pytest.raises(InputError, match="no such database"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_store_add_coded_is_idempotent_and_consistent(tmp_path):
    cd = _coded("Blinken spoke with Kuleba.", "a", "2022-03-04", n=2)
    with Store.open(tmp_path / "s.duckdb") as s:
        assert s.add_coded(cd) == "added"
        assert s.add_coded(cd) == "skipped"
        assert s.has_document(cd.document.sha)
        c = s.counts()
        assert (c["documents"], c["events"], c["sentences"], c["event_actors"]) == (1, 2, 2, 4)
        assert s.check() == []


def test_store_newer_coder_version_replaces_events(tmp_path):
    old = _coded("Blinken spoke with Kuleba.", "a", "2022-03-04", version="0.1.0", n=2)
    new = _coded("Blinken spoke with Kuleba.", "a", "2022-03-04", version="0.2.0", n=1)
    with Store.open(tmp_path / "s.duckdb") as s:
        s.add_coded(old)
        s.merge()
        assert not s.has_document(old.document.sha, "0.2.0")
        assert s.add_coded(new) == "replaced"
        assert s.event_ids() == {new.events[0].id}
        assert s.counts()["pending"] == 1  # the replaced document's merged event was dissolved
        s.merge()
        assert s.check() == [] and s.counts()["merged_events"] == 1
        assert s.add_coded(old) == "skipped"  # an older coder never downgrades


def test_store_failed_document_is_recorded_and_retried(tmp_path):
    doc = Document(id="bad", text="Text that failed.")
    with Store.open(tmp_path / "s.duckdb") as s:
        assert s.add_coded(CodedDocument(doc, error="bad: internal error")) == "added"
        assert s.counts()["failed"] == 1
        assert not s.has_document(doc.sha)  # tried again next run
        assert list(s.to_code([doc])) == [doc]
        assert s.add_coded(_coded("Text that failed.", "bad", "2022-01-01")) == "replaced"
        assert s.counts()["failed"] == 0 and s.check() == []


def test_store_document_is_one_transaction(tmp_path):
    good = _coded("Blinken spoke with Kuleba.", "a", "2022-03-04")
    twice = replace(good.events[0], sentence=1)  # same event id twice: the second insert fails
    broken = CodedDocument(good.document, (good.events[0], twice))
    with Store.open(tmp_path / "s.duckdb") as s:
        with pytest.raises(duckdb.Error):
            s.add_coded(broken)
        assert s.counts()["documents"] == 0 and s.counts()["events"] == 0
        assert s.add_coded(good) == "added"
        assert s.check() == []


def test_store_to_code_skips_stored_and_repeated_before_nlp(tmp_path):
    a = _coded("One.", "a", "2022-01-01")
    b = Document(id="b", text="Two.")
    with Store.open(tmp_path / "s.duckdb") as s:
        s.add_coded(a)
        skipped = []
        todo = list(s.to_code([a.document, b, replace(b, id="b-again")], on_skip=skipped.append))
    assert [d.id for d in todo] == ["b"]
    assert [d.id for d in skipped] == ["a", "b-again"]


@pytest.mark.slow
def test_store_ingest_sample_twice_adds_nothing(tmp_path, coder, corpus_dir):
    sample = str(corpus_dir / "sample_100.jsonl")
    with Store.open(tmp_path / "s.duckdb") as s:
        first = s.ingest(coder.pipe(s.to_code(read_inputs([sample]))))
        counts = s.counts()
        second = s.ingest(coder.pipe(s.to_code(read_inputs([sample]))))
        assert first.added == 100 and counts["documents"] == 100 and counts["events"] > 100
        assert (second.added, second.replaced, second.events) == (0, 0, 0)
        assert s.counts() == counts
        assert s.check() == [] and counts["pending"] == 0


# ---- kill mid-ingest, resume, compare with a clean run -------------------------------------------
def _table_rows(path: Path) -> dict[str, object]:
    with Store.open(path) as s:
        con = s.con
        return {
            "counts": s.counts(),
            "events": s.event_ids(),
            "documents": set(con.execute("SELECT sha, n_events FROM documents").fetchall()),
            "actors": set(
                con.execute("SELECT event_id, role, position, code FROM event_actors").fetchall()
            ),
            "merge": set(con.execute("SELECT event_id, merged_id FROM event_merge").fetchall()),
        }


def _ingest(inputs: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(EXE), "ingest", str(inputs), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_store_killed_ingest_resumes_to_the_clean_result(tmp_path, corpus_dir):
    subset = tmp_path / "first30.jsonl"
    write_sample(corpus_dir, subset, 30)
    killed = tmp_path / "killed.duckdb"

    proc = subprocess.Popen(
        [str(EXE), "-v", "ingest", str(subset), "--db", str(killed), "--batch-size", "2"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ},
    )
    stored = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if "eventcoder.ingest: stored" in line:
            stored += 1
            if stored >= 8:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    with Store.open(killed) as s:  # reopens after the kill: whole documents only
        assert s.check() == []
        c = s.counts()
        assert 8 <= c["documents"] < 30
        n_docs = s.con.execute(
            "SELECT count(*) FROM documents d WHERE n_events = "
            "(SELECT count(*) FROM events e WHERE e.doc_sha = d.sha)"
        ).fetchone()
        assert n_docs == (c["documents"],)

    resumed = _ingest(subset, killed)
    assert resumed.returncode == 0, resumed.stderr
    assert "already stored" in resumed.stderr
    clean_db = tmp_path / "clean.duckdb"
    clean = _ingest(subset, clean_db)
    assert clean.returncode == 0, clean.stderr

    got, want = _table_rows(killed), _table_rows(clean_db)
    assert got["counts"] == want["counts"]
    assert got["events"] == want["events"]
    assert got["documents"] == want["documents"]
    assert got["actors"] == want["actors"]
    assert got["merge"] == want["merge"]  # merged events do not depend on where the kill fell
    assert want["counts"]["documents"] == 30  # type: ignore[index]


def test_store_module_runs_without_the_model():
    # the store and its queries import no spaCy: analytics on a laptop without the model
    code = "import eventcoder.store, eventcoder.analytics, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().lower()) is False
