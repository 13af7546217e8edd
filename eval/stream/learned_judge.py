"""Can a trained text classifier tell right from wrong coded events better than the confidence
model? An experiment on the judged stream rounds, not shipped (turn 19).

    .venv/bin/python eval/stream/learned_judge.py [--arch bow|ens] [--epochs 8]

Each judged event (eval/stream/round*.jsonl) becomes one text: its type, modality, mode,
publisher, the actor codes and words of both sides, and the sentence with the trigger marked. A
spaCy text classifier (RIGHT/WRONG, trained from scratch, fixed seed) is fitted in 5 folds split by
document, so no document is both trained on and scored (many documents are drawn in several
rounds: a split by round lets the model recall judged sentences and flatters it). Every event is
scored by the fold that did not see it; the table compares that score with the event's recorded
confidence (events/confidence.py, fitted on the same rounds, so in-sample and favoured) and
with the two ranks summed: AUC, and the share right among the top 95/90/80/70% of events.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

import numpy as np
import spacy
from spacy.training import Example
from spacy.util import minibatch

STREAM = Path(__file__).resolve().parent


def _codes(codes: list[str] | None) -> str:
    words = []
    for c in codes or []:
        words += [f"C_{c[:3]}", f"A_{c}"] + ([f"S_{c[3:6]}"] if len(c) > 3 else [])
    return " ".join(words) or "NONE"


def text_of(r: dict) -> str:
    s, a, b = (
        r["sentence"],
        r["trigger_start"] - r["sentence_start"],
        r["trigger_end"] - r["sentence_start"],
    )
    head = f"T_{r['type']} M_{r['modality']} MODE_{r.get('mode') or 'none'} P_{r['corpus']}"
    src = f"SOURCE {_codes(r.get('source'))} : {' ; '.join(r.get('source_text') or [])}"
    tgt = f"TARGET {_codes(r.get('target'))} : {' ; '.join(r.get('target_text') or [])}"
    return f"{head} | {src} | {tgt} | {s[:a]} [[ {s[a:b]} ]] {s[b:]}"


def judged() -> list[dict]:
    rows = []
    for path in sorted(STREAM.glob("round*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            right = (r.get("judgement") or {}).get("right")
            if right is not None:
                rows.append(
                    {
                        "text": text_of(r),
                        "right": bool(right),
                        "conf": r.get("confidence"),
                        "doc": r["doc_id"],
                    }
                )
    return rows


def train(rows: list[dict], arch: str, epochs: int) -> spacy.language.Language:
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    cfg = {}
    if arch == "bow":
        cfg = {
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": 262144,
            }
        }
    tc = nlp.add_pipe("textcat", config=cfg)
    for label in ("RIGHT", "WRONG"):
        tc.add_label(label)
    examples = [
        Example.from_dict(
            nlp.make_doc(r["text"]),
            {"cats": {"RIGHT": float(r["right"]), "WRONG": float(not r["right"])}},
        )
        for r in rows
    ]
    opt = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=opt, drop=0.2)
    return nlp


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(1, len(scores) + 1)
    pos = labels.sum()
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * (len(labels) - pos)))


def share_right(scores: np.ndarray, labels: np.ndarray, keep: float) -> float:
    return float(labels[np.argsort(-scores)[: round(keep * len(scores))]].mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--arch", choices=("bow", "ens"), default="bow")
    ap.add_argument("--epochs", type=int, default=8)
    args = ap.parse_args()
    rows = [r for r in judged() if r["conf"] is not None]
    fold = {r["doc"]: int(hashlib.md5(r["doc"].encode()).hexdigest(), 16) % 5 for r in rows}
    model = np.zeros(len(rows))
    for k in range(5):
        nlp = train([r for r in rows if fold[r["doc"]] != k], args.arch, args.epochs)
        idx = [i for i, r in enumerate(rows) if fold[r["doc"]] == k]
        for i, doc in zip(idx, nlp.pipe([rows[i]["text"] for i in idx]), strict=True):
            model[i] = doc.cats["RIGHT"]
    labels = np.array([r["right"] for r in rows])
    conf = np.array([r["conf"] for r in rows])
    rank = lambda x: np.argsort(np.argsort(x)) / len(x)  # noqa: E731
    print(f"{len(rows)} judged events, {labels.mean():.0%} right; folds by document")
    print("scorer      AUC   top95  top90  top80  top70")
    for name, s in (
        ("confidence", conf),
        (f"model/{args.arch}", model),
        ("both", rank(conf) + rank(model)),
    ):
        tops = "  ".join(f"{share_right(s, labels, k):.3f}" for k in (0.95, 0.9, 0.8, 0.7))
        print(f"{name:10s} {auc(s, labels):.3f}  {tops}")


if __name__ == "__main__":
    main()
