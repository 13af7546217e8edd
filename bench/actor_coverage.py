"""Share of coded events whose source and target both resolved to a country, on real text.

Run: .venv/bin/python bench/actor_coverage.py [--docs 300] [--show 20] [--corpus FILE ...]
With several --corpus files, --docs documents are taken from each (the first ones, in file order).
Prints a table (events, with source country, with target country, with both) and, with --show,
examples of events whose actors did not resolve, for hand checking.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from eventcoder import Coder, Document
from eventcoder.ingest.jsonl import parse_date

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--corpus", type=Path, action="append", help="JSONL corpus (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="print this many unresolved examples")
    args = ap.parse_args()
    corpora = args.corpus or [ROOT.parent / "shared" / "corpus" / "state_dept.jsonl"]
    docs = []
    for corpus in corpora:
        taken = 0
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                docs.append(
                    Document(id=r["id"], text=r["text"], date=parse_date(r["date"], "corpus"))
                )
                taken += 1
                if taken >= args.docs:
                    break
    coder = Coder()
    total = src = tgt = both = 0
    misses = []
    for res in coder.pipe(docs):
        for ev in res.events:
            total += 1
            s = any(a.country for a in ev.source)
            t = any(a.country for a in ev.target) or (
                ev.symmetric and len({a.country for a in ev.source}) > 1
            )
            src += s
            tgt += t
            both += s and t
            if not (s and t):
                misses.append(ev)
    pct = (lambda n: f"{100 * n / total:5.1f}%") if total else (lambda n: "  -  ")
    print(f"{'documents':<32} {len(docs):>7}")
    print(f"{'events':<32} {total:>7}")
    print(f"{'source resolved to a country':<32} {src:>7} {pct(src)}")
    print(f"{'target resolved to a country':<32} {tgt:>7} {pct(tgt)}")
    print(f"{'both resolved':<32} {both:>7} {pct(both)}")
    random.Random(7).shuffle(misses)
    for ev in misses[: args.show]:
        print(
            f"\n- {ev.type.value} [{ev.trigger.text}] source={[a.span.text for a in ev.source]} "
            f"target={[a.span.text for a in ev.target]}\n  {ev.text[:300]}"
        )


if __name__ == "__main__":
    main()
