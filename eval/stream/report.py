"""Precision of a judged stream round: overall, per source, by cause, and above confidence thresholds.

Run from the repository root once every event of the round has its judgement:
    .venv/bin/python eval/stream/report.py eval/stream/round4.jsonl [--thresholds 0.15 0.25 0.4]
With --add-regressions, every event judged wrong is appended to eval/stream/regressions.jsonl
(id r<round>-<line>, open) unless its id is there already or its document is a golden article
(tests/golden/articles: held out, never a case to tune on; such events are counted and named).
A threshold row counts only the drawn events whose confidence is at least that value: the
precision a user would see with `--min-confidence` (recall of the judged sample falls with it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def load(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    unjudged = [i for i, r in enumerate(rows, 1) if r["judgement"].get("right") is None]
    if unjudged:
        raise SystemExit(f"error: {path}: lines {unjudged[:5]} are not judged yet")
    return rows


def report(rows: list[dict[str, Any]], thresholds: list[float]) -> str:
    right = [r for r in rows if r["judgement"]["right"]]
    out = [f"right: {len(right)}/{len(rows)} ({len(right) / len(rows):.0%})"]
    for src in sorted({r["corpus"] for r in rows}):
        part = [r for r in rows if r["corpus"] == src]
        ok = sum(1 for r in part if r["judgement"]["right"])
        out.append(f"  {src}: {ok}/{len(part)}")
    causes = Counter(r["judgement"]["cause"].split(":")[0] for r in rows if r not in right)
    out.append("wrong by cause: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
    if rows and "confidence" in rows[0]:
        out.append("threshold  kept  right  precision  share of right kept")
        for t in thresholds:
            kept = [r for r in rows if r["confidence"] >= t]
            ok = sum(1 for r in kept if r["judgement"]["right"])
            p = ok / len(kept) if kept else 0.0
            out.append(
                f"{t:9.2f}  {len(kept):4d}  {ok:5d}  {p:9.0%}  {ok / max(1, len(right)):19.0%}"
            )
    return "\n".join(out)


def _countries(codes: list[str | None]) -> list[str]:
    """Actor codes ("ISRPTY") as the sorted countries the regression test compares ("ISR")."""
    return sorted({c[:3] for c in codes if c})


GOLDEN = Path(__file__).resolve().parents[2] / "tests" / "golden" / "articles"


def golden_documents(golden: Path = GOLDEN) -> set[str]:
    """The corpus documents of the golden articles, which stay out of every tuning set."""
    return {json.loads(p.read_text(encoding="utf-8"))["doc_id"] for p in golden.glob("*/gold.json")}


def add_regressions(
    path: Path, rows: list[dict[str, Any]], regressions: Path, held_out: set[str] | None = None
) -> tuple[int, list[str]]:
    """Append the round's wrong events as open regression cases; return how many were added and
    the ids left out because their document is held out (a golden article)."""
    held_out = golden_documents() if held_out is None else held_out
    have = {
        json.loads(line)["id"]
        for line in regressions.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    rnd = int(path.stem.removeprefix("round"))
    new = []
    skipped = []
    for i, r in enumerate(rows, 1):
        case = f"r{rnd}-{i:03d}"
        if r["judgement"]["right"] or case in have:
            continue
        if r["doc_id"] in held_out:
            skipped.append(case)
            continue
        new.append(
            {
                "id": case,
                "round": rnd,
                "doc_id": r["doc_id"],
                "corpus": r["corpus"],
                "sentence": r["sentence"],
                "sentence_start": r["sentence_start"],
                "sentence_end": r["sentence_end"],
                "trigger": r["trigger"],
                "trigger_start": r["trigger_start"],
                "trigger_end": r["trigger_end"],
                "wrong": {
                    "type": r["type"],
                    "source": _countries(r["source"]),
                    "target": _countries(r["target"]),
                    "modality": r["modality"],
                },
                "cause": r["judgement"]["cause"],
                "should_be": r["judgement"]["should_be"],
                "open": True,
            }
        )
    with regressions.open("a", encoding="utf-8") as f:
        for case_row in new:
            f.write(json.dumps(case_row, ensure_ascii=False) + "\n")
    return len(new), skipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("round", type=Path)
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.0, 0.15, 0.25, 0.3, 0.4])
    ap.add_argument("--add-regressions", action="store_true", help="append wrong events as cases")
    args = ap.parse_args(argv)
    rows = load(args.round)
    print(report(rows, args.thresholds))
    if args.add_regressions:
        n, skipped = add_regressions(args.round, rows, args.round.parent / "regressions.jsonl")
        print(f"{n} regression case(s) added to {args.round.parent / 'regressions.jsonl'}")
        if skipped:
            print(f"{len(skipped)} left out, their document a golden article: {', '.join(skipped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
