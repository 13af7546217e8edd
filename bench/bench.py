"""One table, measured in one run on the same documents: start-up, throughput, workers, queries.

Run: .venv/bin/python bench/bench.py [--docs 80] [--rounds 3] [--events 1000000]
     [--corpus ../shared/corpus/state_dept.jsonl] [--skip-dask] [--keep-db FILE]
     [--only startup,process,document,dask,store]

The sample is the first --docs documents of the corpus (fixed). Every time is the best of
--rounds runs (the machine is shared: the best run is the one least disturbed by others), and
the two sides of a comparison run in turns, so that a spell of load slows both:
- start-up: a whole process on one sentence: bare spaCy (import, load, nlp(text)) vs
  `eventcoder code` vs `eventcoder actor`;
- throughput: bare spaCy nlp.pipe (same model, same components) vs the full coder, per document
  (in one process, model loaded, start-up excluded) and for the whole process (start-up included);
- Dask: 1 vs 2 local workers on the sample (model loaded on the workers first), the speed-up and
  each worker's peak RSS;
- store: a database of --events event mentions (the sample's coded events replicated with
  shifted dates and ids), its size on disk, and the time of a dyad time series, a filtered
  events page and an actor ranking.

`--only store` measures the store part alone (the sample is coded once, untimed).
"""

from __future__ import annotations

import argparse
import gc
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "state_dept.jsonl"
BIN = Path(sys.executable).parent
SENTENCE = "Russia attacked Ukraine on Thursday."
PARTS = ("startup", "process", "document", "dask", "store")

BARE = """import json, sys, spacy
nlp = spacy.load(sys.argv[1])
if sys.argv[2].endswith(".txt"):
    nlp(open(sys.argv[2]).read())
else:
    texts = [json.loads(l)["text"] for l in open(sys.argv[2])]
    n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
"""


def best(rounds: int, fn: Callable[[], Any]) -> float:
    """The shortest of `rounds` timings of fn()."""
    out = math.inf
    for _ in range(rounds):
        gc.collect()
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def best_of_each(rounds: int, *fns: Callable[[], Any]) -> list[float]:
    """The shortest timing of each function, run in turns (a, b, a, b, ...): a spell of load from
    other work then slows both sides of a comparison, not only the one that ran during it."""
    out = [math.inf] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            out[k] = min(out[k], best(1, fn))
    return out


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def add(self, what: str, value: str, note: str = "") -> None:
        self.rows.append((what, value, note))
        print(f"  {what}: {value} {note}", file=sys.stderr, flush=True)

    def markdown(self) -> str:
        w = max(len(r[0]) for r in self.rows)
        v = max(len(r[1]) for r in self.rows)
        lines = [
            f"| {'measure':<{w}} | {'value':>{v}} | note |",
            f"|{'-' * (w + 2)}|{'-' * (v + 2)}|---|",
        ]
        lines += [f"| {a:<{w}} | {b:>{v}} | {c} |" for a, b, c in self.rows]
        return "\n".join(lines)


def _scripts(tmp: Path) -> tuple[Path, Path, Path]:
    one = tmp / "one.txt"
    one.write_text(SENTENCE + "\n", encoding="utf-8")
    bare = tmp / "bare.py"
    bare.write_text(BARE, encoding="utf-8")
    return one, bare, tmp / "docs.jsonl"


def startup(args: argparse.Namespace, tmp: Path, table: Table, model: str) -> None:
    one, bare, _ = _scripts(tmp)
    py, ec = str(sys.executable), str(BIN / "eventcoder")
    r = args.rounds
    s_bare, s_code, s_actor = best_of_each(
        r,
        lambda: run([py, str(bare), model, str(one)]),
        lambda: run([ec, "code", str(one), "--format", "jsonl"]),
        lambda: run([ec, "actor", "Vladimir Putin", "--date", "2010-06-01"]),
    )
    table.add("start-up: bare spaCy load + one sentence", f"{s_bare:.2f} s")
    table.add(
        "start-up: eventcoder code (one sentence)",
        f"{s_code:.2f} s",
        f"x{s_code / s_bare:.2f} (goal <= 1.5)",
    )
    table.add("start-up: eventcoder actor", f"{s_actor:.2f} s", f"x{s_actor / s_bare:.2f}")


def whole_process(args: argparse.Namespace, tmp: Path, table: Table, model: str) -> None:
    _, bare, docs = _scripts(tmp)
    py, ec = str(sys.executable), str(BIN / "eventcoder")
    r = args.rounds
    p_bare, p_code = best_of_each(
        r,
        lambda: run([py, str(bare), model, str(docs)]),
        lambda: run([ec, "code", str(docs), "--format", "jsonl"]),
    )
    table.add(
        f"whole process, {args.docs} docs: bare spaCy",
        f"{p_bare:.1f} s",
        f"{args.words / p_bare:,.0f} words/s, {args.docs / p_bare:.2f} docs/s",
    )
    table.add(
        f"whole process, {args.docs} docs: eventcoder code",
        f"{p_code:.1f} s",
        f"{args.words / p_code:,.0f} words/s, {args.docs / p_code:.2f} docs/s; ratio {p_bare / p_code:.2f} (goal >= 0.85)",
    )


def per_document(args: argparse.Namespace, docs: list[Any], table: Table) -> list[Any]:
    import spacy

    from eventcoder import Coder
    from eventcoder.nlp.pipeline import UNUSED

    coder = Coder()
    coder.builder  # noqa: B018
    nlp = spacy.load(coder.settings.model, exclude=list(UNUSED))
    texts = [d.text for d in docs]
    list(nlp.pipe(texts[:3]))
    list(coder.pipe(docs[:3]))
    coded: list[Any] = []
    t_bare, t_code = best_of_each(
        args.rounds,
        lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)),
        lambda: coded.__setitem__(slice(None), list(coder.pipe(docs))),
    )
    comps = "+".join(nlp.pipe_names)
    table.add(
        "per document: bare spaCy nlp.pipe",
        f"{args.words / t_bare:,.0f} words/s",
        f"{args.docs / t_bare:.2f} docs/s ({comps})",
    )
    table.add(
        "per document: eventcoder Coder.pipe",
        f"{args.words / t_code:,.0f} words/s",
        f"{args.docs / t_code:.2f} docs/s; ratio {t_bare / t_code:.2f}",
    )
    return coded


def workers(args: argparse.Namespace, docs: list[Any], table: Table) -> None:
    from eventcoder.scale.dask import DaskCoder, local_client

    times: dict[int, float] = {}
    rss: list[float] = []
    for n in (1, 2):
        client = local_client(n)
        try:
            dc = DaskCoder(client)
            dc.warm_up()
            list(dc.pipe(docs[:4]))
            times[n] = best(args.rounds, lambda dc=dc: list(dc.pipe(docs)))
            rss += dc.worker_rss_mb().values()
        finally:
            cluster = client.cluster
            client.close()
            cluster.close()
        table.add(
            f"Dask LocalCluster, {n} worker(s), {args.docs} docs",
            f"{times[n]:.1f} s",
            f"{args.docs / times[n]:.2f} docs/s",
        )
    table.add("Dask speed-up, 2 workers vs 1", f"x{times[1] / times[2]:.2f}", "(goal >= 1.7)")
    table.add(
        "peak RSS per worker", f"{max(rss):.0f} MB", f"max of {len(rss)} workers (goal <= 600 MB)"
    )


def build_store(path: Path, coded: list[Any], target: int) -> int:
    """A store of the sample's coded documents, replicated until it holds `target` mentions."""
    from eventcoder.store import Store

    with Store.open(path) as store:
        store.ingest(coded)
        con = store.con
        base = con.execute("SELECT count(*) FROM events").fetchone()[0]
        copies = max(0, math.ceil(target / max(1, base)) - 1)
        con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, ?)", [copies + 1])
        sfx = "'-' || k"
        con.execute("BEGIN")
        con.execute(
            f"INSERT INTO documents SELECT sha || {sfx}, doc_id || {sfx}, title, url, source, pub_date + CAST(k * 7 AS INTEGER), n_chars, coder_version, n_events, error, stored_at FROM documents, k"
        )
        con.execute(
            f"INSERT INTO sentences SELECT doc_sha || {sfx}, sentence, text FROM sentences, k"
        )
        con.execute(
            f"""INSERT INTO events SELECT event_id || {sfx}, doc_sha || {sfx}, doc_id || {sfx},
            sentence, trigger_text, trigger_start, trigger_end, type, mode, context, modality,
            is_symmetric, date + CAST(k * 7 AS INTEGER), date_precision, date_text, place_text,
            place_name, place_country, lat, lon, geonameid, cameo, quad_class, goldstein,
            plover_score, confidence, coder_version,
            json_merge_patch(record, json_object('id', event_id || {sfx}, 'doc_id', doc_id || {sfx},
                'date', CAST(date + CAST(k * 7 AS INTEGER) AS VARCHAR)))
            FROM (SELECT * FROM events WHERE event_id NOT LIKE '%-%'), k"""
        )
        con.execute(
            f"INSERT INTO event_actors SELECT event_id || {sfx}, role, position, text, span_start, span_end, name, country, sector, code, office, actor_id, resolved_by FROM event_actors, k"
        )
        con.execute(
            f"INSERT INTO event_merge SELECT event_id || {sfx}, merged_id || {sfx} FROM event_merge, k"
        )
        con.execute(
            f"INSERT INTO event_references SELECT event_id || {sfx}, merged_id || {sfx} FROM event_references, k"
        )
        con.execute("COMMIT")
        store.rebuild_summaries()  # the copies' merged events, dyads and actors
        con.execute("CHECKPOINT")
        return int(con.execute("SELECT count(*) FROM events").fetchone()[0])


def queries(args: argparse.Namespace, coded: list[Any], tmp: Path, table: Table) -> None:
    from datetime import date

    from eventcoder.analytics import dyad_series, top_actors
    from eventcoder.store import Store

    path = Path(args.keep_db) if args.keep_db else tmp / "million.duckdb"
    t = time.perf_counter()
    n = build_store(path, coded, args.events)
    built = time.perf_counter() - t
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    table.add(
        "store: event mentions",
        f"{n:,}",
        f"(built in {built:.0f} s by replicating {args.docs} coded docs)",
    )
    table.add("store: size on disk", f"{size / 2**20:,.0f} MB")
    with Store.open(path, read_only=True) as store:
        a, b = store.con.execute(
            "SELECT s.country, t.country, count(*) FROM event_actors s JOIN event_actors t "
            "USING (event_id) WHERE s.role = 'source' AND t.role = 'target' AND s.country < t.country "
            "GROUP BY ALL ORDER BY 3 DESC LIMIT 1"
        ).fetchone()[:2]
        r = max(args.rounds, 5)
        q = {
            f"query: dyad time series {a}-{b} by month": lambda: dyad_series(
                store, a, b, by="month"
            ),
            f"query: events page ({a}, 2 years, 50 rows)": lambda: store.merged_events(
                start=date(2021, 1, 1), end=date(2022, 12, 31), country=a, limit=50
            ),
            "query: actor ranking (top 20)": lambda: top_actors(store, 20),
        }
        for what, fn in q.items():
            fn()  # warm: the first read of a column pays the disk
            table.add(what, f"{best(r, fn) * 1000:,.0f} ms", "(goal < 200 ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=80)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-process", action="store_true", help="no start-up/whole-process runs")
    ap.add_argument("--keep-db", default=None, help="build the big store here and keep it")
    ap.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"comma-separated parts to run, of {','.join(PARTS)} (default: all)",
    )
    args = ap.parse_args()
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    if parts - set(PARTS):
        ap.error(f"--only: unknown part(s) {', '.join(sorted(parts - set(PARTS)))}")
    if args.skip_process:
        parts -= {"startup", "process"}
    if args.skip_dask:
        parts.discard("dask")

    from eventcoder.ingest import read_inputs
    from eventcoder.settings import DEFAULT_MODEL

    table = Table()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.docs]
        (tmp / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        docs = list(read_inputs([str(tmp / "docs.jsonl")]))
        args.docs = len(docs)
        args.words = sum(len(d.text.split()) for d in docs)
        table.add(
            "sample",
            f"{args.docs} docs",
            f"{args.words:,} words, first of {args.corpus.name}; best of {args.rounds} runs",
        )
        if "startup" in parts:
            startup(args, tmp, table, DEFAULT_MODEL)
        if "process" in parts:
            whole_process(args, tmp, table, DEFAULT_MODEL)
        coded: list[Any] = []
        if "document" in parts:
            coded = per_document(args, docs, table)
        if "dask" in parts:
            workers(args, docs, table)
        if "store" in parts:
            if not coded:
                from eventcoder import Coder

                coded = list(Coder().pipe(docs))
            queries(args, coded, tmp, table)
    print(table.markdown())


if __name__ == "__main__":
    main()
