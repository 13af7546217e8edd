"""Cross-validated accuracy of the second opinion: rules alone, model alone, rules and model.

    .venv/bin/python tools/train_classifier.py cv   # first: the k fold models (build/classifier)
    .venv/bin/python tools/cv_classifier.py         # then: this table

The rule coder codes every dev sentence once with the second opinion off. Each sentence's
candidates are then scored by the fold model that did not see that sentence (the same scoring
the coder does: each candidate's sentence text), and `events/second_opinion.review` applies the
thresholds. Thresholds are chosen by nested cross-validation: for each fold, the setting with the
best event F1 on the other folds is applied to it, so no figure in the table was tuned on the
sentences it is measured on. The setting best over all folds (the one to ship as the default) is
printed last, with its own (optimistic) figure.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from train_classifier import BUILD, DEV, FOLDS, fold_of  # noqa: E402

from eventcoder.evaluate.sentences import Report, load_gold, score, simplify  # noqa: E402
from eventcoder.events.second_opinion import Thresholds, review  # noqa: E402
from eventcoder.records import Document  # noqa: E402

NO_EVENT = (0.0, 0.3, 0.5, 0.7, 0.85, 0.95, 1.01)
KEEP = (0.02, 0.05, 0.1, 0.2, 0.3)
RETYPE = (0.8, 0.9, 1.01)
WEAK = ("COOPERATE", "REJECT", "PROTEST", "THREATEN", "CONCEDE", "AGREE", "COERCE", "RETREAT")


def rule_events(sentences: list[Any], cache: Path, fresh: bool) -> dict[str, list[Any]]:
    """Events of the rule coder (second opinion off) per dev sentence, coded alone."""
    if cache.is_file() and not fresh:
        return pickle.loads(cache.read_bytes())
    from eventcoder.coder import Coder
    from eventcoder.ingest.jsonl import parse_date
    from eventcoder.settings import Settings

    coder = Coder(settings=Settings(second_opinion="off"))
    docs = [
        Document(
            id=s.id,
            text=s.text,
            source=s.source,
            date=parse_date(s.date, "date") if s.date else None,
        )
        for s in sentences
    ]
    out = {res.document.id: list(res.events) for res in coder.pipe(docs)}
    cache.write_bytes(pickle.dumps(out))
    return out


def fold_scores(
    sentences: list[Any], events: dict[str, list[Any]], groups: dict[str, str], work: Path = BUILD
):
    """Scores of each candidate sentence by the model of the fold that held it out."""
    from eventcoder.events.second_opinion import SecondOpinion

    out: dict[str, dict[int, dict[str, float]]] = {}
    for f in range(FOLDS):
        model = SecondOpinion(work / f"fold{f}" / "model", Thresholds())
        for s in sentences:
            if fold_of(groups[s.id]) != f or not events[s.id]:
                continue
            texts = {ev.sentence: ev.text for ev in events[s.id]}
            order = sorted(texts)
            out[s.id] = dict(zip(order, model.scores([texts[i] for i in order]), strict=True))
    return out


def predictions(sentences, events, scores, th: Thresholds) -> dict[str, list[dict[str, Any]]]:
    pred = {}
    for s in sentences:
        evs = events[s.id]
        kept, _ = review(evs, scores.get(s.id, {}), th) if evs else ([], [])
        pred[s.id] = simplify(kept)
    return pred


def settings_grid(mode: str) -> list[Thresholds]:
    if mode == "off":
        return [Thresholds("off")]
    if mode == "model":
        return [Thresholds("model", n, k) for n, k in itertools.product(NO_EVENT, KEEP)]
    return [Thresholds("review", n, k, r) for n, k, r in itertools.product(NO_EVENT, KEEP, RETYPE)]


def nested(sentences, events, scores, groups, mode: str) -> tuple[Report, list[Thresholds], Any]:
    """Per fold, the setting best on the other folds; predictions of all folds scored once."""
    grid = settings_grid(mode)
    by_fold = {f: [s for s in sentences if fold_of(groups[s.id]) == f] for f in range(FOLDS)}
    preds = [predictions(sentences, events, scores, th) for th in grid]
    chosen, merged = [], {}
    for f in range(FOLDS):
        others = [s for s in sentences if fold_of(groups[s.id]) != f]
        best = max(range(len(grid)), key=lambda i: score(others, preds[i]).overall.f1)
        chosen.append(grid[best])
        merged.update({s.id: preds[best][s.id] for s in by_fold[f]})
    overall = max(range(len(grid)), key=lambda i: score(sentences, preds[i]).overall.f1)
    return score(sentences, merged), chosen, (grid[overall], score(sentences, preds[overall]))


def row(name: str, rep: Report) -> str:
    o, t = rep.overall, rep.type_only
    weak = " ".join(f"{rep.by_type[w].f1:.2f}" for w in WEAK)
    return (
        f"| {name} | {o.precision:.3f} | {o.recall:.3f} | {o.f1:.3f} | {t.f1:.3f} | "
        f"{o.tp + o.fp} | {weak} |"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--fresh", action="store_true", help="code dev with the rules again")
    ap.add_argument("--work", type=Path, default=BUILD, help="folder of the fold models")
    args = ap.parse_args(argv)
    import json

    sentences = load_gold(DEV)
    groups = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            groups[str(r["id"])] = r.get("doc_id") or str(r["id"])
    events = rule_events(sentences, BUILD / "rule_events.pkl", args.fresh)
    scores = fold_scores(sentences, events, groups, args.work)
    head = "| setting | P | R | F1 | type-only F1 | predicted | " + " ".join(WEAK) + " |"
    lines = [head, "|" + " --- |" * 7]
    finals = []
    reports: dict[str, Report] = {}
    for mode, name in (("off", "rules"), ("model", "model"), ("review", "both")):
        rep, chosen, final = nested(sentences, events, scores, groups, mode)
        lines.append(row(name, rep))
        reports[name] = rep
        finals.append((name, chosen, final))
    print(f"dev: {len(sentences)} sentences, {FOLDS}-fold nested cross-validation")
    print("\n".join(lines))
    print("per-type F1 (rules / model / both):")
    for t in sorted(reports["rules"].by_type):
        print(f"  {t:<10} " + " / ".join(f"{reports[n].by_type[t].f1:.2f}" for n in reports))
    for name, chosen, (th, rep) in finals:
        print(f"{name}: per-fold choice {[(t.no_event, t.keep, t.retype) for t in chosen]}")
        print(f"  best over all folds {th} -> F1 {rep.overall.f1:.3f} (optimistic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
