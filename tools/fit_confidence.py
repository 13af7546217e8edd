"""Fit the event confidence model (src/eventcoder/data/confidence.yaml), deterministically.

    PYTHONPATH=src .venv/bin/python tools/fit_confidence.py fit      # refit and write the file
    PYTHONPATH=src .venv/bin/python tools/fit_confidence.py report   # cross-validated thresholds

What it reads: the dev split (eval/dev.jsonl, each sentence coded alone) and the judged stream
rounds (eval/stream/round*.jsonl, each document coded whole from ../shared/corpus). An event of
dev is right when it matches a required gold event (type, sides) with a right modality, wrong
when it matches none; events that match optional or reference gold are left out. A judged stream
event is found again by its trigger offset, type and countries; its judgement is the label.
Never reads eval/test*.jsonl or eval/annotated/, and leaves out judged events of the golden
articles' documents (tests/golden/articles).

The model is an L2-penalised logistic regression over events/confidence.FEATURES, fitted by
Newton steps from zero (no randomness); coefficients are rounded to 3 decimals. Events are
coded with a neutral model in place of the shipped one, so the result does not depend on it. `report`
fits on four fifths of the data and scores the fifth left out (folds by a hash of the sentence
or document id), then prints dev precision, recall and F1 and the stream's right share at a
few thresholds of Settings.min_confidence.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventcoder" / "data" / "confidence.yaml"
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
FOLDS = 5
NEUTRAL = {"intercept": 0.0, "weights": {}, "fitted_on": {}}


@dataclass
class Sample:
    group: str  # sentence or document id: the unit of a cross-validation fold
    kind: str  # "dev" or "stream"
    feats: dict[str, float]
    right: bool


@dataclass
class DevSentence:
    gold: Any  # GoldSentence
    events: list[Any]  # Event records (references left out)


def _coder() -> Any:
    from eventcoder.coder import Coder
    from eventcoder.events.confidence import parse_model
    from eventcoder.settings import Settings

    coder = Coder(settings=Settings(min_confidence=0.0))
    # a neutral model (every event 0.5): what is coded does not depend on the shipped file, so a
    # refit gives the same coefficients whatever the file held before
    coder.builder.confidence_model = parse_model(NEUTRAL, "neutral model")
    return coder


def _feats(ev: Any) -> dict[str, float]:
    return dict(ev.why.features) if ev.why is not None else {}


def dev_sentences(coder: Any, eval_dir: Path) -> list[DevSentence]:
    from eventcoder.evaluate.sentences import load_gold
    from eventcoder.ingest.jsonl import parse_date
    from eventcoder.records import Document

    gold = load_gold(eval_dir / "dev.jsonl")
    docs = [
        Document(
            id=s.id, text=s.text, source=s.source, date=parse_date(s.date, s.id) if s.date else None
        )
        for s in gold
    ]
    out = []
    for s, res in zip(gold, coder.pipe(docs), strict=True):
        if res.error:
            raise SystemExit(f"error: {res.error}")
        out.append(DevSentence(s, [e for e in res.events if not e.reference]))
    return out


def dev_labels(sent: DevSentence) -> list[bool | None]:
    """Per event: right, wrong, or None (matches only optional or reference gold)."""
    from eventcoder.evaluate.sentences import (
        _actors_match,
        _excused,
        _greedy,
        _modality_ok,
        _type_match,
        simplify,
    )

    pred = simplify(sent.events)
    required = [g for g in sent.gold.events if not _excused(g)]
    optional = [g for g in sent.gold.events if _excused(g)]
    pairs = _greedy(required, pred, lambda g, p: _type_match(g, p) and _actors_match(g, p))
    matched = {p: g for g, p in pairs}
    out: list[bool | None] = []
    for i, p in enumerate(pred):
        if i in matched:
            out.append(_modality_ok(required[matched[i]], p))
        elif any(_type_match(g, p) and _actors_match(g, p) for g in optional):
            out.append(None)
        else:
            out.append(False)
    return out


def golden_documents() -> set[str]:
    """Corpus documents of the golden articles (tests/golden/articles): held out from fitting.

    A stream round draws documents at random and may hit one; its judged events then stay out of
    the fit, so the golden articles keep measuring a coder that never learned from them.
    """
    golds = (ROOT / "tests" / "golden" / "articles").glob("*/gold.json")
    return {json.loads(p.read_text(encoding="utf-8"))["doc_id"] for p in golds}


def stream_samples(coder: Any, stream_dir: Path, corpus: Path) -> list[Sample]:
    from eventcoder.ingest.jsonl import parse_date
    from eventcoder.records import Document

    held_out = golden_documents()
    judged: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(stream_dir.glob("round*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["doc_id"] in held_out:
                continue
            if (row.get("judgement") or {}).get("right") is not None:
                judged.setdefault(row["doc_id"], []).append(row)
    texts: dict[str, dict[str, Any]] = {}
    for name in sorted({r["corpus"] for rows in judged.values() for r in rows}):
        with (corpus / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["id"] in judged:
                    texts[d["id"]] = d
    ids = sorted(i for i in judged if i in texts)
    docs = [
        Document(
            id=i,
            text=texts[i]["text"],
            date=parse_date(texts[i]["date"], i) if texts[i].get("date") else None,
            source=texts[i].get("source"),
        )
        for i in ids
    ]
    out = []
    for doc_id, res in zip(ids, coder.pipe(docs), strict=True):
        events = [e for e in res.events if not e.reference]
        for row in judged[doc_id]:
            for ev in events:
                if (
                    ev.trigger.start == row["trigger_start"]
                    and ev.type.value == row["type"]
                    and _codes(ev.source) == {c[:3] for c in row["source"]}
                    and _codes(ev.target) == {c[:3] for c in row["target"]}
                ):
                    right = bool(row["judgement"]["right"])
                    out.append(Sample(doc_id, "stream", _feats(ev), right))
                    break
    return out


def _codes(actors: Iterable[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def dev_samples(sentences: list[DevSentence]) -> list[Sample]:
    out = []
    for s in sentences:
        for ev, label in zip(s.events, dev_labels(s), strict=True):
            if label is not None:
                out.append(Sample(s.gold.id, "dev", _feats(ev), label))
    return out


# ---- the fit -----------------------------------------------------------------------------------
def _weight(s: Sample, stream_weight: float) -> float:
    return stream_weight if s.kind == "stream" else 1.0


@dataclass
class Fitted:
    intercept: float
    weights: np.ndarray  # in FEATURES order

    def predict(self, feats: dict[str, float]) -> float:
        from eventcoder.events.confidence import FEATURES

        z = self.intercept + sum(
            self.weights[i] * feats.get(f, 0.0) for i, f in enumerate(FEATURES)
        )
        return float(1.0 / (1.0 + np.exp(-z)))


def fit(samples: list[Sample], penalty: float, stream_weight: float) -> Fitted:
    """Newton's method on the penalised likelihood, from zero."""
    from eventcoder.events.confidence import FEATURES

    x = np.array([[s.feats.get(f, 0.0) for f in FEATURES] for s in samples], dtype=np.float64)
    x = np.hstack([np.ones((len(samples), 1)), x])
    y = np.array([1.0 if s.right else 0.0 for s in samples])
    w = np.array([_weight(s, stream_weight) for s in samples])
    reg = np.full(x.shape[1], penalty)
    reg[0] = 0.0  # the intercept is not penalised
    beta = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (y - p)) - reg * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta = beta + step
        if np.max(np.abs(step)) < 1e-9:
            break
    return Fitted(float(beta[0]), beta[1:])


def _fold(group: str) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % FOLDS


def write_model(path: Path, fitted: Fitted, fitted_on: dict) -> None:
    from eventcoder.events.confidence import FEATURES, parse_model

    data = {
        "intercept": round(fitted.intercept, 3),
        "weights": {f: round(float(v), 3) for f, v in zip(FEATURES, fitted.weights, strict=True)},
        "fitted_on": fitted_on,
    }
    parse_model(data, str(path))  # the file the coder will read must validate
    head = (
        "# Event confidence: logistic coefficients over events/confidence.FEATURES.\n"
        "# Written by tools/fit_confidence.py fit (deterministic); do not edit by hand.\n"
    )
    path.write_text(
        head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )


# ---- the report ---------------------------------------------------------------------------------
def threshold_table(
    sentences: list[DevSentence],
    conf: dict[tuple[str, int], float],
    stream: list[tuple[float, bool]],
) -> str:
    from eventcoder.evaluate.sentences import score, simplify

    lines = ["threshold   dev P    R     F1   events | stream right/kept"]
    for t in THRESHOLDS:
        predicted = {
            s.gold.id: simplify(e for i, e in enumerate(s.events) if conf[(s.gold.id, i)] >= t)
            for s in sentences
        }
        rep = score([s.gold for s in sentences], predicted)
        c = rep.overall
        kept = [r for p, r in stream if p >= t]
        share = f"{sum(kept)}/{len(kept)}" if kept else "-"
        lines.append(
            f"{t:9.2f} {c.precision:7.3f} {c.recall:5.3f} {c.f1:6.3f} {c.tp + c.fp:6d} | {share}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("command", choices=("fit", "report"))
    ap.add_argument("--penalty", type=float, default=2.0, help="L2 penalty on the weights")
    ap.add_argument("--stream-weight", type=float, default=2.0, help="weight of a judged event")
    ap.add_argument("--eval-dir", type=Path, default=ROOT / "eval")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    coder = _coder()
    sentences = dev_sentences(coder, args.eval_dir)
    dev = dev_samples(sentences)
    stream = stream_samples(coder, args.eval_dir / "stream", args.corpus)
    samples = dev + stream
    print(
        f"dev: {len(dev)} events ({sum(s.right for s in dev)} right); "
        f"stream: {len(stream)} judged events found again ({sum(s.right for s in stream)} right)",
        file=sys.stderr,
    )
    if args.command == "fit":
        fitted = fit(samples, args.penalty, args.stream_weight)
        fitted_on = {
            "dev_events": len(dev),
            "dev_right": sum(s.right for s in dev),
            "stream_events": len(stream),
            "stream_right": sum(s.right for s in stream),
            "penalty": args.penalty,
            "stream_weight": args.stream_weight,
        }
        write_model(args.out, fitted, fitted_on)
        print(f"wrote {args.out}", file=sys.stderr)
        return 0
    # report: out-of-fold confidences for every dev event and judged stream event
    conf: dict[tuple[str, int], float] = {}
    oof_stream: list[tuple[float, bool]] = []
    for k in range(FOLDS):
        train = [s for s in samples if _fold(s.group) != k]
        fitted = fit(train, args.penalty, args.stream_weight)
        for s in sentences:
            if _fold(s.gold.id) == k:
                for i, ev in enumerate(s.events):
                    conf[(s.gold.id, i)] = fitted.predict(_feats(ev))
        oof_stream += [(fitted.predict(s.feats), s.right) for s in stream if _fold(s.group) == k]
    print("cross-validated (each event scored by a model fitted without its fold):")
    print(threshold_table(sentences, conf, oof_stream))
    return 0


if __name__ == "__main__":
    sys.exit(main())
