"""Words per second of bare spaCy nlp.pipe and of the full coder, same model, same documents.

Run: .venv/bin/python bench/throughput.py [--docs 200] [--corpus ../shared/corpus/state_dept.jsonl]
Prints one table. The ratio is what matters (machines here are shared and noisy): the coder
should keep at least 85% of bare spaCy's throughput.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from pathlib import Path

import spacy

from eventcoder import Coder, Document
from eventcoder.settings import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[1]


def load_docs(path: Path, n: int) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "state_dept.jsonl"
    )
    ap.add_argument(
        "--rounds", type=int, default=2, help="alternating rounds; the best of each is kept"
    )
    args = ap.parse_args()
    rows = load_docs(args.corpus, args.docs)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    from eventcoder.ingest.jsonl import parse_date

    docs = [Document(id=r["id"], text=r["text"], date=parse_date(r["date"], "bench")) for r in rows]

    nlp = spacy.load(DEFAULT_MODEL)
    coder = Coder()
    coder.builder  # noqa: B018
    # warm up both
    list(nlp.pipe(texts[:5]))
    list(coder.pipe(docs[:5]))

    best_bare = best_coder = float("inf")
    n_events = 0
    for _ in range(args.rounds):
        gc.collect()
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        best_bare = min(best_bare, time.perf_counter() - t)
        gc.collect()
        t = time.perf_counter()
        n_events = sum(len(r.events) for r in coder.pipe(docs))
        best_coder = min(best_coder, time.perf_counter() - t)

    print(f"{'pipeline':<28} {'docs':>5} {'words':>8} {'seconds':>8} {'words/s':>9} {'ratio':>6}")
    print(
        f"{'bare spaCy nlp.pipe':<28} {len(texts):>5} {words:>8} {best_bare:>8.2f} {words / best_bare:>9.0f} {1:>6.2f}"
    )
    print(
        f"{'eventcoder Coder.pipe':<28} {len(texts):>5} {words:>8} {best_coder:>8.2f} "
        f"{words / best_coder:>9.0f} {best_bare / best_coder:>6.2f}"
    )
    print(f"model {DEFAULT_MODEL}; {n_events} events; components {nlp.pipe_names}")


if __name__ == "__main__":
    main()
