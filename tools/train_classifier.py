"""Train the sentence classifier that gives the coder a second opinion (docs/classifier.md).

    .venv/bin/python tools/train_classifier.py train   # retrain the shipped model (one command)
    .venv/bin/python tools/train_classifier.py cv      # k-fold cross-validation over eval/dev.jsonl

Data: the sentences of eval/dev.jsonl (the dev split; never the test split), each labelled with
the types of its required gold events (not optional, not references) plus EVENT, or NO_EVENT
when it has none; and the example sentence of every trigger lexicon entry
(src/eventcoder/data/triggers/*.yaml) as an extra positive of its type. Training is spaCy's own
`spacy train` with tools/classifier/textcat.cfg (CPU, seed 0, last model kept).

`train` writes the model to src/eventcoder/data/models/sentence_events/ (with training.json:
data sizes and labels). `cv` splits dev into k folds by document (sentences of one corpus document
stay in one fold), trains on k-1 folds plus the lexicon examples, scores the held-out fold, and
writes the held-out scores to build/classifier/oof.jsonl; `tools/cv_classifier.py` turns them
into the rules / model / both table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "tools" / "classifier" / "textcat.cfg"
DEV = ROOT / "eval" / "dev.jsonl"
TRIGGERS = ROOT / "src" / "eventcoder" / "data" / "triggers"
MODEL_OUT = ROOT / "src" / "eventcoder" / "data" / "models" / "sentence_events"
BUILD = ROOT / "build" / "classifier"
TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
LABELS = ("EVENT", "NO_EVENT", *TYPES)
FOLDS = 5


def required_types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events if not e.get("optional") and not e.get("reference")}


def cats_for(types: set[str]) -> dict[str, float]:
    cats = {label: 0.0 for label in LABELS}
    for t in types:
        cats[t] = 1.0
    cats["EVENT" if types else "NO_EVENT"] = 1.0
    return cats


def dev_rows(path: Path = DEV) -> list[dict[str, Any]]:
    """Every dev sentence: id, fold group (its corpus document, else itself), text, labels."""
    from eventcoder.evaluate.sentences import load_gold

    groups = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            groups[str(r["id"])] = r.get("doc_id") or str(r["id"])
    out = []
    for s in load_gold(path):
        out.append(
            {
                "id": s.id,
                "group": groups[s.id],
                "text": s.text,
                "types": sorted(required_types(s.events)),
            }
        )
    return out


def lexicon_rows(folder: Path = TRIGGERS) -> list[dict[str, Any]]:
    """The example sentence of each trigger entry, labelled with the entry's type."""
    out = []
    for f in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for entry in data.get("triggers", []):
            if entry.get("example") and entry.get("type") in TYPES:
                out.append(
                    {
                        "id": f"lexicon:{f.stem}:{entry['lemma']}",
                        "text": entry["example"],
                        "types": [entry["type"]],
                    }
                )
    return out


def fold_of(group: str, k: int = FOLDS) -> int:
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % k


def write_docbin(rows: list[dict[str, Any]], path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    db = DocBin()
    for r in rows:
        doc = nlp.make_doc(r["text"])
        doc.cats = cats_for(set(r["types"]))
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def spacy_train(
    train: list[dict[str, Any]], dev: list[dict[str, Any]], work: Path, config: Path = CONFIG
) -> Path:
    """Run `spacy train` on the rows; returns the last model's folder."""
    if work.exists():
        shutil.rmtree(work)
    write_docbin(train, work / "train.spacy")
    write_docbin(dev, work / "dev.spacy")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config),
        "--output", str(work / "out"),
        "--paths.train", str(work / "train.spacy"),
        "--paths.dev", str(work / "dev.spacy"),
    ]  # fmt: skip
    with (work / "train.log").open("w", encoding="utf-8") as log:
        subprocess.run(cmd, env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
    return work / "out" / "model-last"


def _forget_paths(cfg: Path) -> None:
    """The shipped config names no file of the machine it was trained on."""
    lines = cfg.read_text(encoding="utf-8").splitlines()
    section = ""
    for i, line in enumerate(lines):
        if line.startswith("["):
            section = line.strip()
        elif section == "[paths]" and line.split(" = ")[0] in {"train", "dev"}:
            lines[i] = line.split(" = ")[0] + " = null"
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")


def label_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for r in rows:
        c.update(r["types"] or ["NO_EVENT"])
        if r["types"]:
            c["EVENT"] += 1
    return {label: c[label] for label in LABELS}


def cmd_train(args: argparse.Namespace) -> int:
    dev = dev_rows()
    lex = lexicon_rows()
    # every dev sentence and example trains the model; the dev corpus spaCy logs against is a
    # fixed fold of dev (logged only: the last model is kept, nothing is selected on it)
    logged = [r for r in dev if fold_of(r["group"]) == 0]
    model = spacy_train(dev + lex, logged, BUILD / "final")
    out = Path(args.output)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(model, out)
    _forget_paths(out / "config.cfg")
    summary = {
        "config": str(CONFIG.relative_to(ROOT)),
        "labels": list(LABELS),
        "dev_sentences": len(dev),
        "lexicon_examples": len(lex),
        "label_counts_dev": label_counts(dev),
        "label_counts_lexicon": label_counts(lex),
        "seed": 0,
    }
    (out / "training.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"model written to {out} ({size / 1e6:.1f} MB)")
    return 0


def cmd_cv(args: argparse.Namespace) -> int:
    import spacy

    dev = dev_rows()
    lex = lexicon_rows()
    k = args.folds
    work = Path(args.work)
    out_path = work / "oof.jsonl"
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as fh:
        for f in range(k):
            held = [r for r in dev if fold_of(r["group"], k) == f]
            rest = [r for r in dev if fold_of(r["group"], k) != f]
            print(f"fold {f}: train {len(rest)} + {len(lex)} examples, held out {len(held)}")
            model = spacy_train(rest + lex, held, work / f"fold{f}", Path(args.config))
            dest = work / f"fold{f}" / "model"
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(model, dest)
            nlp = spacy.load(dest)
            for r, doc in zip(held, nlp.pipe(r["text"] for r in held), strict=True):
                cats = {label: round(doc.cats[label], 5) for label in LABELS}
                fh.write(json.dumps({"id": r["id"], "fold": f, "cats": cats}) + "\n")
    print(f"held-out scores written to {out_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train on all of dev + lexicon examples; ship the model")
    t.add_argument("--output", default=str(MODEL_OUT), help="model folder (default: the package's)")
    c = sub.add_parser("cv", help="k-fold cross-validation: held-out scores per dev sentence")
    c.add_argument("--folds", type=int, default=FOLDS)
    c.add_argument("--config", default=str(CONFIG), help="another training config to compare")
    c.add_argument("--work", default=str(BUILD), help="folder of the fold models and scores")
    args = ap.parse_args(argv)
    return cmd_train(args) if args.command == "train" else cmd_cv(args)


if __name__ == "__main__":
    sys.exit(main())
