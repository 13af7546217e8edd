"""Bad input and faults through the real command line and a real DuckDB file: nothing the user
gave is lost, a batch never dies on one document, and every problem is one line."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli.main import main
from eventcoder.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXE = [sys.executable, "-m", "eventcoder"]


def run(*args: str, stdin: bytes | None = None, limit: int | None = None, cwd: Path = ROOT):
    def fsize() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, EFBIG
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    res = subprocess.run(
        [*EXE, *args], input=stdin, capture_output=True, cwd=cwd, timeout=600, preexec_fn=fsize
    )
    return res.returncode, res.stdout.decode(), res.stderr.decode()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_line(err: str) -> bool:
    lines = [x for x in err.strip().splitlines() if x.strip()]
    return len(lines) == 1 and "Traceback" not in err


def jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


GOOD = [
    {"id": "a", "text": "China and Russia held talks in Beijing.", "date": "2022-02-04"},
    {"id": "d", "text": "Japan sent aid to Turkey.", "date": "2023-02-08"},
]


# ---- never destroy input --------------------------------------------------------------------
@pytest.mark.parametrize("how", ["same", "hardlink", "other-spelling"])
def test_faults_code_output_onto_its_input_is_refused(tmp_path, how):
    src = jsonl(tmp_path / "s.jsonl", GOOD)
    before = src.read_bytes()
    out = {"same": src, "other-spelling": tmp_path / "." / "s.jsonl"}.get(how)
    if how == "hardlink":
        out = tmp_path / "link.jsonl"
        os.link(src, out)
    res = invoke("code", str(src), "-o", str(out))
    assert res.exit_code == 1 and "is an input" in res.stderr and one_line(res.stderr)
    assert src.read_bytes() == before


@pytest.mark.parametrize("option", ["--mentions", "--rejects"])
def test_faults_other_outputs_onto_an_input_are_refused(tmp_path, option):
    src = jsonl(tmp_path / "s.jsonl", GOOD)
    res = invoke("code", str(src), option, str(src))
    assert res.exit_code == 1 and "is an input" in res.stderr
    assert json.loads(src.read_text().splitlines()[0])["id"] == "a"


def _db(tmp_path: Path) -> Path:
    from tests.store.helpers import actor_ref, one_event_doc

    from eventcoder.records import Document, EventType

    db = tmp_path / "t.duckdb"
    doc = Document(id="x", text="USA aided UKR.", date=date(2022, 3, 10))
    with Store.open(db) as s:
        s.ingest(
            [
                one_event_doc(
                    doc,
                    4,
                    EventType.AID,
                    id="e1",
                    date="2022-03-10",
                    source=(actor_ref("USA"),),
                    target=(actor_ref("UKR"),),
                )
            ]
        )
    return db


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_faults_export_onto_the_database_is_refused(tmp_path, fmt):
    db = _db(tmp_path)
    before = db.read_bytes()
    res = invoke("export", "--db", str(db), "--format", fmt, "-o", str(db))
    assert res.exit_code == 1 and "is the database" in res.stderr and one_line(res.stderr)
    assert db.read_bytes() == before
    with Store.open(db, read_only=True) as s:
        assert s.counts()["events"] == 1


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/out.jsonl", "does not exist"),
        ("/dev/full", "the device is full"),
        ("folder", "is a directory"),  # click's own usage error
    ],
)
def test_faults_export_output_that_cannot_be_written_is_one_line(tmp_path, target, message):
    db = _db(tmp_path)
    (tmp_path / "folder").mkdir()
    out = target if target.startswith("/") else str(tmp_path / target)
    res = invoke("export", "--db", str(db), "-o", out)
    assert res.exit_code in (1, 2) and message in res.stderr and "Traceback" not in res.stderr


def test_faults_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    db = _db(tmp_path)
    out = tmp_path / "old.csv"
    out.write_text("precious\n")

    def boom(*_a: object, **_k: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("eventcoder.output.export.write_records", boom)
    res = invoke("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert res.exit_code == 1 and "the device is full" in res.stderr and one_line(res.stderr)
    assert out.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_faults_code_output_in_a_missing_folder_fails_before_the_model(tmp_path):
    src = jsonl(tmp_path / "s.jsonl", GOOD)
    code, _, err = run("code", str(src), "-o", str(tmp_path / "no" / "x.jsonl"))
    assert code == 1 and "folder" in err and "does not exist" in err and one_line(err)


# ---- one line instead of a traceback ----------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["code", "-", "--date", "9999-12-31"], "out of range"),
        (["code", "-", "--date", "0001-01-01"], "out of range"),
        (["dyad", "USA", "UKR", "--by", "day", "--from", "0001-01-01"], "out of range"),
        (["dyad", "USA", "UKR", "--by", "day", "--to", "9999-12-31"], "out of range"),
    ],
)
def test_faults_extreme_dates_are_one_line(tmp_path, args, message):
    db = _db(tmp_path)
    extra = ["--db", str(db)] if args[0] == "dyad" else []
    res = invoke(*args, *extra)
    assert res.exit_code == 1 and message in res.stderr and one_line(res.stderr)


def test_faults_actor_file_with_an_impossible_date_is_one_line(tmp_path):
    from eventcoder.datafiles import read_yaml
    from eventcoder.errors import DataFileError

    p = tmp_path / "a.yaml"
    p.write_text("people:\n  - id: x\n    roles:\n      - {country: FRA, start: 2021-13-45}\n")
    with pytest.raises(DataFileError, match=r"a.yaml:4: .*bad date '2021-13-45'"):
        read_yaml(p, "actor")


def test_faults_evaluate_on_a_binary_file_is_one_line(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_bytes(bytes(range(256)) * 40)
    res = invoke("evaluate", str(p))
    assert res.exit_code == 1 and "binary data" in res.stderr and one_line(res.stderr)


def test_faults_non_utf8_stdin_is_one_reject(tmp_path):
    code, out, err = run("code", "-", stdin=b"\xff\xfe\xfaabc\x80")
    assert code == 1 and "Traceback" not in err and out == ""
    assert "<stdin>:" in err and "rejected 1" in err


# ---- per-document isolation -------------------------------------------------------------------
def _mixed(tmp_path: Path) -> Path:
    p = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps(GOOD[0]),
        '{"id": "b", "text": ',
        json.dumps({"id": "c", "text": "Turkey threatened Sweden.", "date": "not-a-date"}),
        json.dumps(GOOD[1]),
        json.dumps({**GOOD[0], "id": "a-again"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.mark.slow
def test_faults_code_goes_on_past_bad_lines_and_reports_each(tmp_path):
    src = _mixed(tmp_path)
    rejects = tmp_path / "rejects.jsonl"
    code, out, err = run("code", str(src), "--format", "jsonl", "--rejects", str(rejects))
    assert code == 1 and "Traceback" not in err
    events = [json.loads(x) for x in out.splitlines()]
    assert {e["doc_id"] for e in events} == {"a", "d"}
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids))  # the repeated text is coded once
    assert f"{src}:2: not valid JSON" in err and f'{src}:3: field "date"' in err
    assert f"{src}:5: same text as document 'a'" in err
    assert "coded 2 document(s)" in err and "rejected 2 (see above)" in err
    rows = [json.loads(x) for x in rejects.read_text().splitlines()]
    assert [r["where"] for r in rows] == [f"{src}:2", f"{src}:3"]
    code, out, err = run("code", str(src), "--format", "jsonl", "--on-error", "stop")
    assert code == 1 and f"stopped at {src}:2" in err
    assert {json.loads(x)["doc_id"] for x in out.splitlines()} == {"a"}


@pytest.mark.slow
def test_faults_oversized_document_is_coded_in_pieces_with_offsets_right(tmp_path):
    big = "Brazil criticised Argentina over trade. " * 20000  # 800,000 characters, one line
    src = jsonl(
        tmp_path / "big.jsonl",
        [GOOD[0], {"id": "big", "text": big, "date": "2023-03-01"}, GOOD[1]],
    )
    code, out, err = run("code", str(src), "--format", "jsonl")
    assert code == 0, err[-2000:]
    events = [json.loads(x) for x in out.splitlines()]
    assert {e["doc_id"] for e in events} == {"a", "big", "d"}
    mine = [e for e in events if e["doc_id"] == "big"]
    assert len(mine) > 1000 and len({e["id"] for e in mine}) == len(mine)
    for e in mine:
        t = e["trigger"]
        assert big[t["start"] : t["end"]] == t["text"]
        for a in e["source"] + e["target"]:
            assert big[a["start"] : a["end"]] == a["text"]


def test_faults_document_over_the_limit_is_rejected_and_the_batch_goes_on(tmp_path):
    big = "Brazil criticised Argentina over trade. " * 30000  # 1.2 M characters > max_chars
    src = jsonl(
        tmp_path / "big.jsonl",
        [GOOD[0], {"id": "big", "text": big, "date": "2023-03-01"}, GOOD[1]],
    )
    code, out, err = run("code", str(src), "--format", "jsonl")
    assert code == 1 and "Traceback" not in err
    assert "document 'big' could not be coded: document is 1,200,000 characters" in err
    assert {json.loads(x)["doc_id"] for x in out.splitlines()} == {"a", "d"}


# ---- the store --------------------------------------------------------------------------------
@pytest.mark.slow
def test_faults_ingest_correction_updates_the_document_and_its_events(tmp_path):
    db = tmp_path / "c.duckdb"
    doc = {"id": "k", "text": "Kenya and Uganda signed a trade agreement on Monday."}
    first = jsonl(tmp_path / "one.jsonl", [{**doc, "date": "2022-05-04"}])
    assert run("ingest", str(first), "--db", str(db))[0] == 0
    again = run("ingest", str(first), "--db", str(db))
    assert again[0] == 0 and "0 document(s) stored, 1 already stored" in again[2]
    fixed = jsonl(tmp_path / "two.jsonl", [{**doc, "date": "2023-01-11", "url": "https://x/k"}])
    code, _, err = run("ingest", str(fixed), "--db", str(db))
    assert code == 0 and "1 document(s) stored" in err
    with Store.open(db, read_only=True) as s:
        row = s.con.execute("SELECT pub_date, url FROM documents").fetchall()
        assert [(str(d), u) for d, u in row] == [("2023-01-11", "https://x/k")]
        dates = {str(r[0]) for r in s.con.execute("SELECT date FROM events").fetchall()}
        assert dates == {"2023-01-09"} and s.check() == []  # Monday before the new date


def test_faults_empty_ingest_leaves_no_database(tmp_path):
    src = tmp_path / "empty.jsonl"
    src.write_text("")
    db = tmp_path / "e.duckdb"
    res = invoke("ingest", str(src), "--db", str(db))
    assert res.exit_code == 1 and "no documents" in res.stderr
    assert not db.exists() and not Path(f"{db}.wal").exists()


@pytest.mark.parametrize("damage", ["truncate", "corrupt"])
def test_faults_damaged_database_is_one_line(tmp_path, damage):
    db = _db(tmp_path)
    with Store.open(db) as s:
        s.con.execute("CHECKPOINT")
    data = bytearray(db.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    else:
        for i in range(4096 * 3, len(data), 997):
            data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    for args in (["export"], ["actors"], ["dyad", "USA", "UKR"], ["merge"]):
        code, _, err = run(*args, "--db", str(db))
        assert "Traceback" not in err and (code == 0 or one_line(err)), (args, err)


@pytest.mark.slow
def test_faults_disk_full_during_ingest_keeps_what_was_committed(tmp_path):
    rows = [
        {
            "id": f"d{i}",
            "text": f"Report {i}: " + "France and Germany signed a trade deal in Paris. " * 30,
            "date": "2022-01-03",
        }
        for i in range(100)
    ]
    src = jsonl(tmp_path / "docs.jsonl", rows)
    db = tmp_path / "full.duckdb"
    code, _, err = run("ingest", str(src), "--db", str(db), "--batch-size", "8", limit=1_500_000)
    assert code == 1 and one_line(err), err[-3000:]
    assert "the disk is full" in err and "intact" in err
    with Store.open(db, read_only=True) as s:
        c = s.counts()
        assert 0 < c["documents"] < 100 and s.check() == []
        # merged after every batch of 8 documents: reads see all but the last batch (whose merge
        # the full disk refused; the read commands say how many wait)
        assert c["merged_events"] > 0 and c["pending"] < 8 * 30
    res = invoke("dyad", "FRA", "DEU", "--db", str(db))
    assert res.exit_code == 0 and "0 merged events" not in res.stdout
    code, _, err = run("ingest", str(src), "--db", str(db), "--batch-size", "50")
    assert code == 0, err
    with Store.open(db, read_only=True) as s:
        assert s.counts()["documents"] == 100 and s.check() == []
