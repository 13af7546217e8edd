"""Choose the corpus sentences annotated in eval/annotated/corpus2.jsonl (reproducible).

Why: the project needs more real-news sentences, drawn at random (no keyword bias), to measure
the coder on; every earlier gold file over-samples documents chosen for their keywords.
How: documents already used by eval/devset.jsonl or any eval/annotated/*.jsonl are skipped;
the rest are split into sentences by the deterministic splitter of select_sentences.py
(paragraphs cut at sentence punctuation, abbreviations kept), a leading speaker label
("SECRETARY BLINKEN:", "QUESTION:") is left out of the offsets, and headlines, bylines,
captions and other non-sentences (no final punctuation, no lower-case start of a clause,
title-case runs, datelines) are dropped. Sentences of 8-80 words are shuffled with
random.Random(SEED) per corpus and taken in order, at most one per document, until
120 state_dept and 80 wikinews sentences are chosen (state_dept first, then wikinews, one rng).
Sentences drawn from a golden article's document (tests/golden/articles, held out from every eval
set) are drawn but not printed, so the rest of the draw stays as annotated: 197 sentences.

Run from the repository root: python eval/annotated/select_corpus2.py > /tmp/corpus2_candidates.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_sentences import sentences

SEED = 20261207
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
N = {"state_dept": 120, "wikinews": 80}
LABEL = re.compile(r"^(?:[A-Z][A-Z.'’\- ]{1,60}|QUESTION|MODERATOR|Question|Moderator):\s+")
END = re.compile(r"[.!?][\"”’)]*$")


def is_sentence(sent: str) -> bool:
    words = sent.split()
    if not (8 <= len(words) <= 80) or not END.search(sent):
        return False
    if not re.match(r"[\"“‘(]?[A-Z0-9]", sent):
        return False
    if sum(w[:1].isupper() for w in words) > 0.7 * len(words):  # headings, bylines
        return False
    lower = sum(1 for w in words if re.match(r"[a-z]", w))
    if lower < 3:
        return False
    if re.match(r"(Photo|Image|File photo|Source|Related|See also|Sources?)\b", sent):
        return False
    return not re.search(r"https?://|www\.|@\w", sent)


def main() -> None:
    used: set[str] = set()
    for path in [
        ROOT / "eval" / "devset.jsonl",
        *sorted((ROOT / "eval" / "annotated").glob("*.jsonl")),
    ]:
        if path.name == "corpus2.jsonl":
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if "doc_id" in row:
                    used.add(row["doc_id"])
    golden = {
        json.loads(p.read_text(encoding="utf-8"))["doc_id"]
        for p in (ROOT / "tests" / "golden" / "articles").glob("*/gold.json")
    }
    rng = random.Random(SEED)
    for name in ("state_dept", "wikinews"):
        pool = []
        with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in used:
                    continue
                text = d["text"]
                for s, e in sentences(text):
                    m = LABEL.match(text[s:e])
                    if m:
                        s += m.end()
                    sent = text[s:e]
                    if is_sentence(sent):
                        assert text[s:e] == sent and sent == sent.strip()
                        pool.append((d["id"], d["date"], s, e))
        taken: set[str] = set()
        got = 0
        for doc, date, s, e in rng.sample(pool, len(pool)):
            if got == N[name]:
                break
            if doc in taken:
                continue
            taken.add(doc)
            got += 1
            if doc in golden:
                continue
            print(json.dumps({"doc_id": doc, "corpus": name, "start": s, "end": e, "date": date}))


if __name__ == "__main__":
    main()
