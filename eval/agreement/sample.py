"""Draw the inter-annotator agreement sample from eval/annotated/corpus.jsonl.

100 sentence ids are drawn with ``random.Random(100).sample`` from the ids of
``eval/annotated/corpus.jsonl`` in file order (seed 100, fixed so the draw can be repeated).
The output, ``eval/agreement/blind.jsonl``, keeps only the pointer fields (id, doc_id, corpus,
start, end, date) and the sentence text read from ``../shared/corpus/{wikinews,state_dept}.jsonl``
by offsets: no events, so the second annotator works blind.

Run from the repository root: ``.venv/bin/python eval/agreement/sample.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 100
SIZE = 100
ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "annotated" / "corpus.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = Path(__file__).resolve().parent / "blind.jsonl"
KEEP = ("id", "doc_id", "corpus", "start", "end", "date")


def read_docs(names: set[str]) -> dict[str, str]:
    """Document id -> text for the corpus files named."""
    docs = {}
    for name in sorted(names):
        with (CORPUS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs[d["id"]] = d["text"]
    return docs


def main() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    pointers = [{k: r[k] for k in KEEP} for r in rows]
    chosen = set(random.Random(SEED).sample([p["id"] for p in pointers], SIZE))
    picked = [p for p in pointers if p["id"] in chosen]
    docs = read_docs({p["corpus"] for p in picked})
    with OUT.open("w", encoding="utf-8") as fh:
        for p in picked:
            p["text"] = docs[p["doc_id"]][p["start"] : p["end"]]
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(picked)} sentences -> {OUT.relative_to(ROOT)} (seed {SEED})")


if __name__ == "__main__":
    main()
