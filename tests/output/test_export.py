"""Exports parse back: JSONL and PLOVER records, the GDELT-style TSV with its documented types
(read by DuckDB), Parquet and CSV; mentions and merged events; PLOVER's strict recoding."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from tests.store.helpers import actor_ref, make_event, write_sample

from eventcoder.ingest import read_inputs
from eventcoder.output.export import export_store
from eventcoder.output.flat import MENTION_COLUMNS, MERGED_COLUMNS
from eventcoder.output.gdelt import GDELT_COLUMNS
from eventcoder.output.plover import check_plover
from eventcoder.records import CodedDocument, Document, EventType, Modality, TextSpan
from eventcoder.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _future_visit() -> CodedDocument:
    text = "Blinken will visit Kyiv next week.\tTabs and\nnewlines stay out of the TSV."
    doc = Document(id="d1", text=text, date=date(2022, 5, 1), url="https://example.org/a")
    ev = make_event(  # CONSULT's codes, but for the PLOVER score
        text,
        TextSpan("visit", 13, 18, 0),
        EventType.CONSULT,
        id="e1",
        doc_id="d1",
        mode="visit",
        context=("diplomatic",),
        modality=Modality.FUTURE,
        source=(actor_ref("USA"),),
        target=(actor_ref("UKR"),),
        date="2022-05-08",
        date_text="next week",
        plover_score=4.0,
        confidence=0.8,
    )
    return CodedDocument(doc, (ev,))


@pytest.fixture()
def small(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as s:
        s.ingest([_future_visit()])
    return Store.open(path, read_only=True)


def test_export_plover_strict_codes_future_visit_as_agree(small, tmp_path):
    out = tmp_path / "p.jsonl"
    export_store(small, "plover", str(out))
    rec = json.loads(out.read_text())
    assert rec["event"] == ["CONSULT"] and rec["mode"] == ["visit", "future"]
    export_store(small, "plover", str(out), plover_strict=True)
    rec = json.loads(out.read_text())
    assert rec["event"] == ["AGREE"] and rec["quad_code"] == 1 and rec["mode"] == ["future"]
    assert check_plover(rec) == []
    export_store(small, "gdelt", str(out), merged=True, plover_strict=True)
    row = out.read_text().splitlines()[1].split("\t")
    assert row[[c for c, _, _ in GDELT_COLUMNS].index("EventCode")] == "03"


def test_export_tsv_fields_never_hold_tabs_or_newlines(small, tmp_path):
    out = tmp_path / "g.tsv"
    export_store(small, "gdelt", str(out))
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and all(len(x.split("\t")) == len(GDELT_COLUMNS) for x in lines)


def test_export_parquet_needs_an_output_file(small):
    from eventcoder.errors import InputError

    with pytest.raises(InputError, match="needs an output file"):
        export_store(small, "parquet", None)


def test_export_gdelt_columns_are_documented():
    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    for name, kind, _ in GDELT_COLUMNS:
        assert re.search(rf"\|\s*`{name}`\s*\|\s*{kind}\s*\|", doc), f"{name} {kind} not in docs"


# ---- on real coded documents ------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(tmp_path_factory, coder, corpus_dir):
    folder = tmp_path_factory.mktemp("export")
    src = folder / "docs.jsonl"
    write_sample(corpus_dir, src, 25)
    path = folder / "s.duckdb"
    with Store.open(path) as s:
        s.ingest(coder.pipe(read_inputs([str(src)])))
    store = Store.open(path, read_only=True)
    yield store
    store.close()


@pytest.mark.slow
@pytest.mark.parametrize("merged", [False, True])
def test_export_jsonl_round_trips(real, tmp_path, merged):
    out = tmp_path / "e.jsonl"
    n = export_store(real, "jsonl", str(out), merged=merged)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n > 0
    if merged:
        want = {r["merged_id"]: r for r in real.merged_events()}
        assert {r["merged_id"] for r in rows} == set(want)
        counts = real.counts()  # references never join a merged event: counted apart
        assert sum(r["n_mentions"] for r in rows) == counts["events"] - counts["references"]
    else:
        stored = {m["id"]: m for m in real.mentions()}
        assert {r["id"]: r for r in rows} == stored  # the JSONL contract record, plus merged_id


@pytest.mark.slow
@pytest.mark.parametrize("merged", [False, True])
def test_export_plover_records_pass_the_schema(real, tmp_path, merged):
    out = tmp_path / "p.jsonl"
    n = export_store(real, "plover", str(out), merged=merged)
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == n > 0
    for rec in recs:
        assert check_plover(rec) == [], rec
    assert any(a["code"] == "USA" for r in recs for a in r["actor"])


@pytest.mark.slow
@pytest.mark.parametrize("merged", [False, True])
def test_export_gdelt_tsv_loads_with_documented_types(real, tmp_path, merged):
    out = tmp_path / "g.tsv"
    n = export_store(real, "gdelt", str(out), merged=merged)
    types = {name: kind for name, kind, _ in GDELT_COLUMNS}
    con = duckdb.connect()
    rel = con.sql(
        f"SELECT * FROM read_csv('{out}', delim='\t', header=true, quote='', "
        f"escape='', nullstr='', auto_detect=false, columns={types!r})"
    )
    assert dict(zip(rel.columns, [str(t) for t in rel.types], strict=True)) == types
    rows = rel.fetchall()
    assert len(rows) == n > 0
    first = dict(zip(rel.columns, rows[0], strict=True))
    assert re.fullmatch(r"\d{8}", str(first["SQLDATE"])) and first["QuadClass"] in (1, 2, 3, 4)
    assert re.fullmatch(r"\d\d", first["EventCode"])
    assert first["AvgTone"] is None
    total = con.execute(
        f"SELECT sum(NumMentions) FROM read_csv('{out}', delim='\t', header=true, "
        f"quote='', escape='', nullstr='', auto_detect=false, columns={types!r})"
    ).fetchone()
    counts = real.counts()  # references never join a merged event: counted apart there
    assert total == (counts["events"] - (counts["references"] if merged else 0),)


@pytest.mark.slow
@pytest.mark.parametrize("merged", [False, True])
def test_export_parquet_and_csv_agree(real, tmp_path, merged):
    pq_path, csv_path = tmp_path / "e.parquet", tmp_path / "e.csv"
    n1 = export_store(real, "parquet", str(pq_path), merged=merged)
    n2 = export_store(real, "csv", str(csv_path), merged=merged)
    table = pq.read_table(pq_path)
    cols = [c for c, _ in (MERGED_COLUMNS if merged else MENTION_COLUMNS)]
    assert table.column_names == cols and table.num_rows == n1 == n2 > 0
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    key = cols[0]
    assert [r[key] for r in rows] == table.column(key).to_pylist()
    # DuckDB reads the Parquet file back with real dates and lists
    con = duckdb.connect()
    kinds = dict(con.execute(f"SELECT name, type FROM parquet_schema('{pq_path}')").fetchall())
    assert kinds["date"] == "INT32"
    got = con.execute(f"SELECT typeof(date), typeof(context) FROM '{pq_path}' LIMIT 1").fetchone()
    assert got == ("DATE", "VARCHAR[]")
