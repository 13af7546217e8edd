"""Store commands: ingest, merge, dyad, actors, export; bad input is one line, nothing lost."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.store.helpers import actor_ref, one_event_doc, write_sample

from eventcoder.cli.main import main
from eventcoder.records import CodedDocument, Document, EventType
from eventcoder.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXE = ROOT / ".venv" / "bin" / "eventcoder"


def _coded(n: int, day: str, kind: EventType, src: str, tgt: str) -> CodedDocument:
    text = f"Report {n}: {src} {kind.value.lower()} {tgt} on {day}, story number {n}."
    doc = Document(id=f"d{n}", text=text, date=date.fromisoformat(day), url=f"https://x.org/{n}")
    return one_event_doc(
        doc, 6, kind, id=f"e{n}", source=(actor_ref(src),), target=(actor_ref(tgt),), date=day
    )


@pytest.fixture()
def db(tmp_path) -> Path:
    path = tmp_path / "events.duckdb"
    with Store.open(path) as s:
        s.ingest(
            [
                _coded(1, "2022-02-01", EventType.CONSULT, "USA", "UKR"),
                _coded(2, "2022-03-10", EventType.AID, "USA", "UKR"),
                _coded(3, "2022-03-11", EventType.SANCTION, "USA", "RUS"),
            ]
        )
    return path


def _counts(path: Path) -> dict[str, int]:
    with Store.open(path, read_only=True) as s:
        return s.counts()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_store_cli_dyad_prints_series_and_top_events(db):
    res = invoke("dyad", "USA", "ukr", "--by", "month", "--db", str(db))
    assert res.exit_code == 0, res.output
    assert "USA-UKR by month: 2 merged events" in res.stdout
    assert "2022-03" in res.stdout and "net_coop" in res.stdout
    assert "Report 2: USA aid UKR" in res.stdout  # the evidence sentence


def test_store_cli_actors_and_merge(db):
    res = invoke("actors", "--top", "2", "--db", str(db))
    assert res.exit_code == 0 and res.stdout.splitlines()[2].startswith("USA")
    res = invoke("merge", "--db", str(db), "--rebuild")
    assert res.exit_code == 0 and "3 mentions in 3 merged events" in res.stdout


@pytest.mark.parametrize(
    ("cmd", "bad"), [(("actors",), "-1"), (("actors",), "0"), (("dyad", "USA", "UKR"), "-1")]
)
def test_store_cli_bad_top_is_a_usage_error_not_a_damaged_db(db, cmd, bad):
    res = CliRunner().invoke(main, [*cmd, "--top", bad, "--db", str(db)])
    assert res.exit_code == 2
    assert "Invalid value for '--top'" in res.output
    assert "damaged" not in res.output and "Traceback" not in res.output
    assert _counts(db)["events"] == 3  # nothing lost


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "gdelt", "csv"])
def test_store_cli_export_to_stdout(db, fmt):
    res = invoke("export", "--db", str(db), "--format", fmt, "--merged")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == (3 if fmt in ("jsonl", "plover") else 4)
    if fmt == "plover":
        assert json.loads(lines[0])["event"] == ["CONSULT"]


def test_store_cli_export_parquet_file(db, tmp_path):
    out = tmp_path / "e.parquet"
    res = invoke("export", "--db", str(db), "--format", "parquet", "-o", str(out))
    assert res.exit_code == 0 and out.stat().st_size > 0
    assert "3 event mentions" in res.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["dyad", "USA", "UKR", "--from", "2022-13-01"], "--from: bad date"),
        (["dyad", "USA", "UKR", "--to", "soon"], "--to: bad date"),
        (["dyad", "USA", "Ukraine"], "'Ukraine' is not a 3-letter country code"),
        (["dyad", "US", "UKR"], "'US' is not a 3-letter country code"),
        (["export", "--format", "parquet"], "give an output file with -o FILE"),
        (["ingest", "{input}", "--date", "2022-02-30"], "--date: bad date"),
        (["ingest", "no/such/input.jsonl"], "no such file or folder"),
    ],
)
def test_store_cli_user_mistakes_one_line_nothing_lost(db, tmp_path, args, message):
    before = _counts(db)
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "x", "text": "Kenya met Uganda."}) + "\n")
    argv = [a.replace("{input}", str(inp)) for a in args] + ["--db", str(db)]
    res = invoke(*argv)
    assert res.exit_code == 1
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert _counts(db) == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing" / "x.duckdb", "does not exist"),
        (
            lambda p: (
                (p / "bad.duckdb").write_bytes(b"PK\x03\x04" + b"\0" * 5000) and p / "bad.duckdb"
            ),
            "not a DuckDB database file",
        ),
    ],
)
@pytest.mark.parametrize(
    "command", [["ingest", "{input}"], ["dyad", "USA", "RUS"], ["actors"], ["export"], ["merge"]]
)
def test_store_cli_bad_db_is_one_line(tmp_path, make, message, command):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "x", "text": "Kenya met Uganda."}) + "\n")
    path = make(tmp_path)
    res = invoke(*[a.replace("{input}", str(inp)) for a in command], "--db", str(path))
    assert res.exit_code == 1
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["dyad", "USA", "RUS"], ["actors"], ["export"], ["merge"]])
def test_store_cli_commands_other_than_ingest_need_an_existing_db(tmp_path, command):
    res = invoke(*command, "--db", str(tmp_path / "none.duckdb"))
    assert res.exit_code == 1 and "no such database" in res.stderr
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.slow
def test_store_cli_ingest_then_reingest_adds_nothing(tmp_path, corpus_dir):
    inp = tmp_path / "ten.jsonl"
    lines = write_sample(corpus_dir, inp, 10)
    db = tmp_path / "s.duckdb"
    first = subprocess.run(
        [str(EXE), "ingest", str(inp), "--db", str(db)], capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stderr
    assert "10 document(s) stored, 0 already stored" in first.stderr
    counts = _counts(db)
    again = subprocess.run(
        [str(EXE), "ingest", str(inp), "--db", str(db)], capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0 and "0 document(s) stored, 10 already stored" in again.stderr
    assert _counts(db) == counts
    # a bad line after good ones: one clear line, what was stored stays
    bad = tmp_path / "bad.jsonl"
    bad.write_text(lines[0] + "\n{not json\n", encoding="utf-8")
    res = subprocess.run(
        [str(EXE), "ingest", str(bad), "--db", str(db)], capture_output=True, text=True, timeout=300
    )
    assert res.returncode == 1 and "bad.jsonl:2: not valid JSON" in res.stderr
    assert "Traceback" not in res.stderr
    assert _counts(db) == counts
