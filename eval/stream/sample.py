"""Draw events at random from the coder's output on the news corpus, for judging stream precision.

Run from the repository root:
    .venv/bin/python eval/stream/sample.py --seed 1 --n 100

How the sample is drawn (the same seed and coder give the same sample):
- Half the events come from each source, ../shared/corpus/wikinews.jsonl and state_dept.jsonl
  (an odd n gives the extra one to Wikinews).
- Per source, the documents are put in a random order (random.Random(f"{seed}:{source}")) and
  coded in that order until the events found reach POOL_FACTOR times the number to draw (and at
  least MIN_DOCS documents are coded). Documents are drawn uniformly, so the pooled output is a
  uniform sample of the source's output, documents with many events weighting as they do in it.
- From that pool, the events to draw are picked uniformly without replacement with the same
  random generator, and written in pool order (documents in the drawn order, events in text order).

Writes eval/stream/round<K>.jsonl (K: the next free round unless --round is given) with one line
per event and an empty `judgement` ({"right": null, "cause": null, "should_be": null}) for a
judge to fill in following eval/GUIDELINES.md §9.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ("wikinews", "state_dept")
POOL_FACTOR = 5
MIN_DOCS = 20
BATCH = 8


def read_docs(corpus: Path, source: str) -> list[dict[str, Any]]:
    with (corpus / f"{source}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sentence_span(text: str, sentence: str, trigger_start: int) -> tuple[int, int]:
    """Offsets of the event's sentence: the occurrence that holds the trigger."""
    start = text.rfind(sentence, 0, trigger_start + 1)
    while start >= 0 and start + len(sentence) < trigger_start:
        start = text.find(sentence, start + 1)
    if start < 0:
        start = text.find(sentence)
    return start, start + len(sentence)


def _side(actors: Any) -> tuple[list[str | None], list[str]]:
    return [a.code for a in actors], [a.span.text for a in actors]


def event_row(doc: dict[str, Any], ev: Any, source: str) -> dict[str, Any]:
    start, end = sentence_span(doc["text"], ev.text, ev.trigger.start)
    src_codes, src_texts = _side(ev.source)
    tgt_codes, tgt_texts = _side(ev.target)
    return {
        "doc_id": doc["id"],
        "corpus": source,
        "event_id": ev.id,
        "sentence": ev.text,
        "sentence_start": start,
        "sentence_end": end,
        "trigger": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "type": ev.type.value,
        "mode": ev.mode,
        "modality": ev.modality.value,
        "symmetric": ev.symmetric,
        "source": src_codes,
        "source_text": src_texts,
        "target": tgt_codes,
        "target_text": tgt_texts,
        "date": ev.date.isoformat() if ev.date is not None else None,
        # so one judged round also gives the precision above a --min-confidence threshold
        "confidence": ev.confidence,
        "reference": ev.reference,
        "judgement": {"right": None, "cause": None, "should_be": None},
    }


def draw(coder: Any, docs: list[dict[str, Any]], source: str, k: int, seed: int) -> list[dict]:
    """k events drawn uniformly from the output on documents taken in a seeded random order."""
    from eventcoder.ingest.jsonl import parse_date
    from eventcoder.records import Document

    rng = random.Random(f"{seed}:{source}")
    order = list(range(len(docs)))
    rng.shuffle(order)
    pool: list[dict[str, Any]] = []
    coded = 0
    while coded < len(order) and (len(pool) < POOL_FACTOR * k or coded < MIN_DOCS):
        batch = [docs[i] for i in order[coded : coded + BATCH]]
        coded += len(batch)
        records = [
            Document(
                id=d["id"],
                text=d["text"],
                date=parse_date(d["date"], d["id"]) if d.get("date") else None,
                title=d.get("title"),
                url=d.get("url"),
                source=d.get("source"),
            )
            for d in batch
        ]
        for d, res in zip(batch, coder.pipe(records), strict=True):
            if res.error:
                print(f"warning: {res.error}", file=sys.stderr)
                continue
            pool += [event_row(d, ev, source) for ev in res.events]
    picked = sorted(rng.sample(range(len(pool)), min(k, len(pool))))
    print(
        f"{source}: {coded} documents coded, {len(pool)} events, {len(picked)} drawn",
        file=sys.stderr,
    )
    return [pool[i] for i in picked]


def next_round(d: Path) -> int:
    taken = [int(p.stem[5:]) for p in d.glob("round*.jsonl") if p.stem[5:].isdigit()]
    return max(taken, default=0) + 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=100, help="events to draw (half from each source)")
    ap.add_argument("--round", type=int, default=None, help="round number (default: next free)")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out-dir", type=Path, default=HERE)
    args = ap.parse_args(argv)

    from eventcoder.coder import Coder

    coder = Coder()
    k = args.round or next_round(args.out_dir)
    out = args.out_dir / f"round{k}.jsonl"
    if out.exists():
        print(
            f"error: {out} exists (judgements would be lost); pick another --round", file=sys.stderr
        )
        return 1
    per = {SOURCES[0]: args.n - args.n // 2, SOURCES[1]: args.n // 2}
    rows = []
    for source in SOURCES:
        rows += draw(coder, read_docs(args.corpus, source), source, per[source], args.seed)
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"seed": args.seed, **r}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} events to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
