"""Ingest a corpus into a fresh store and print one table: docs, mentions, merged events, seconds.

Usage: .venv/bin/python bench/ingest_corpus.py ../shared/corpus/sample_100.jsonl [--db FILE]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from eventcoder import Coder
from eventcoder.ingest import read_inputs
from eventcoder.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL corpus (or any eventcoder input)")
    ap.add_argument("--db", default=None, help="store file (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.duckdb"
        if db.exists():
            raise SystemExit(f"{db}: exists; the benchmark needs a fresh store")
        t0 = time.perf_counter()
        coder = Coder()
        coder.builder  # noqa: B018  (load the model outside the timed part)
        t_load = time.perf_counter() - t0
        with Store.open(db) as store:
            t1 = time.perf_counter()
            store.ingest(coder.pipe(store.to_code(read_inputs([args.corpus]))), merge=False)
            t_code = time.perf_counter() - t1
            t2 = time.perf_counter()
            store.merge()
            t_merge = time.perf_counter() - t2
            c = store.counts()
    head = ["corpus", "docs", "mentions", "merged", "load s", "code+store s", "merge s", "docs/s"]
    row = [
        Path(args.corpus).name,
        str(c["documents"]),
        str(c["events"]),
        str(c["merged_events"]),
        f"{t_load:.1f}",
        f"{t_code:.1f}",
        f"{t_merge:.2f}",
        f"{c['documents'] / t_code:.1f}" if t_code else "-",
    ]
    widths = [max(len(h), len(v)) for h, v in zip(head, row, strict=True)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join(v.rjust(w) for v, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
