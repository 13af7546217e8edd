"""Agreement between the first annotation (eval/annotated/corpus.jsonl) and the second one.

The second annotation (``eval/agreement/second.jsonl``) was made blind on the 100 sentences drawn
by ``sample.py``. This script compares the two on those sentences and prints:

(a) sentence level: "has a required event or not", observed agreement and Cohen's kappa;
(b) event level: precision, recall and F1 of the second annotator against the first on required
    events. Two events match as the project's scorer matches them (a source country and a target
    country in common, either way round when one of them is symmetric), with the type accepted
    when it or one of its ``alt_types`` is in the other's type and ``alt_types`` (both ways).
    A required event of one side that matches an optional or reference event of the other is
    set aside and listed as a "required vs optional" disagreement. F1 is also given without
    that allowance (strict);
(c) type agreement on events paired by actors alone;
(d) modality agreement on matched events (``alt_modality`` accepted both ways).

Then every disagreement, by sentence: id, sentence, first vs second.

Run from the repository root: ``.venv/bin/python eval/agreement/compare.py``.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventcoder.evaluate.sentences import _actors_match, _excused, _side_match

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIRST = ROOT / "eval" / "annotated" / "corpus.jsonl"
SECOND = HERE / "second.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"

Event = dict[str, Any]
Match = Callable[[Event, Event], bool]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def sentence_texts(rows: list[dict[str, Any]]) -> dict[str, str]:
    wanted = {r["doc_id"] for r in rows}
    docs = {}
    for name in sorted({r["corpus"] for r in rows}):
        with (CORPUS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["id"] in wanted:
                    docs[d["id"]] = d["text"]
    return {r["id"]: docs[r["doc_id"]][r["start"] : r["end"]] for r in rows}


def types_agree(a: Event, b: Event) -> bool:
    """The types agree when either one's type is among the other's type and alternatives."""
    return a["type"] in {b["type"], *b.get("alt_types", [])} or b["type"] in {
        a["type"],
        *a.get("alt_types", []),
    }


def actors_agree(a: Event, b: Event) -> bool:
    return _actors_match(a, b) or _actors_match(b, a)


def full_match(a: Event, b: Event) -> bool:
    return types_agree(a, b) and actors_agree(a, b)


def modalities_agree(a: Event, b: Event) -> bool:
    ma, mb = a.get("modality", "asserted"), b.get("modality", "asserted")
    return ma in {mb, *b.get("alt_modality", [])} or mb in {ma, *a.get("alt_modality", [])}


def one_side_agrees(a: Event, b: Event) -> bool:
    """Same type and one side in common (a disagreement about the other side)."""
    if not types_agree(a, b):
        return False
    flips = [b, dict(b, source=b.get("target"), target=b.get("source"))]
    cands = flips if a.get("symmetric") or b.get("symmetric") else flips[:1]
    return any(_side_match(a, c, "source") or _side_match(a, c, "target") for c in cands)


def pair(xs: list[Event], ys: list[Event], ok: Match) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of xs and ys by ok."""
    out, used = [], set()
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if j not in used and ok(x, y):
                used.add(j)
                out.append((i, j))
                break
    return out


def kappa(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa for two binary judgements per item."""
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    pa, pb = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def show(ev: Event | None) -> str:
    if ev is None:
        return "-"
    alt = f" (alt {'/'.join(ev['alt_types'])})" if ev.get("alt_types") else ""
    sym = " sym" if ev.get("symmetric") else ""
    tag = " [ref]" if ev.get("reference") else " [opt]" if ev.get("optional") else ""
    return (
        f"{ev['type']}{alt} {','.join(ev.get('source') or []) or '[]'} -> "
        f"{','.join(ev.get('target') or []) or '[]'} {ev.get('modality', 'asserted')}{sym}{tag}"
    )


def compare(first: dict[str, Event], second: dict[str, Event]) -> dict[str, Any]:
    """Counts and the list of disagreements (kind, id, first event, second event)."""
    c: Counter[str] = Counter()
    diffs: list[tuple[str, str, Event | None, Event | None]] = []
    has = []
    for sid, row2 in second.items():
        ev1, ev2 = first[sid]["events"], row2["events"]
        req1 = [e for e in ev1 if not _excused(e)]
        req2 = [e for e in ev2 if not _excused(e)]
        opt1 = [e for e in ev1 if _excused(e)]
        opt2 = [e for e in ev2 if _excused(e)]
        has.append((bool(req1), bool(req2)))
        full = pair(req1, req2, full_match)
        c["tp"] += len(full)
        for i, j in full:
            c["modality_pairs"] += 1
            if modalities_agree(req1[i], req2[j]):
                c["modality_same"] += 1
            else:
                diffs.append(("modality", sid, req1[i], req2[j]))
        left1 = [i for i in range(len(req1)) if i not in {i for i, _ in full}]
        left2 = [j for j in range(len(req2)) if j not in {j for _, j in full}]
        c["strict_fn"] += len(left1)
        c["strict_fp"] += len(left2)
        # (c) type agreement on events paired by actors alone: full matches plus type clashes
        by_actors = pair([req1[i] for i in left1], [req2[j] for j in left2], actors_agree)
        c["actor_pairs"] += len(full) + len(by_actors)
        c["actor_pairs_same_type"] += len(full)
        for a, b in by_actors:
            diffs.append(("type", sid, req1[left1[a]], req2[left2[b]]))
        left1 = [i for k, i in enumerate(left1) if k not in {a for a, _ in by_actors}]
        left2 = [j for k, j in enumerate(left2) if k not in {b for _, b in by_actors}]
        # required on one side, optional/reference on the other: set aside
        for i in list(left1):
            hit = next((o for o in opt2 if full_match(req1[i], o)), None)
            if hit is not None:
                c["excused_fn"] += 1
                diffs.append(("required vs optional", sid, req1[i], hit))
                left1.remove(i)
        for j in list(left2):
            hit = next((o for o in opt1 if full_match(o, req2[j])), None)
            if hit is not None:
                c["excused_fp"] += 1
                diffs.append(("required vs optional", sid, hit, req2[j]))
                left2.remove(j)
        sides = pair([req1[i] for i in left1], [req2[j] for j in left2], one_side_agrees)
        for a, b in sides:
            diffs.append(("sides", sid, req1[left1[a]], req2[left2[b]]))
        left1 = [i for k, i in enumerate(left1) if k not in {a for a, _ in sides}]
        left2 = [j for k, j in enumerate(left2) if k not in {b for _, b in sides}]
        c["fn"] += len(left1) + len(sides)
        c["fp"] += len(left2) + len(sides)
        diffs += [("first only", sid, req1[i], None) for i in left1]
        diffs += [("second only", sid, None, req2[j]) for j in left2]
    return {"counts": c, "diffs": diffs, "has": has}


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=Path, default=FIRST, help="first annotation (JSONL)")
    ap.add_argument("--second", type=Path, default=SECOND, help="second annotation (JSONL)")
    args = ap.parse_args()
    second_rows = read_jsonl(args.second)
    ids = {r["id"] for r in second_rows}
    first = {r["id"]: r for r in read_jsonl(args.first) if r["id"] in ids}
    second = {r["id"]: r for r in second_rows}
    missing = ids - set(first)
    if missing:
        raise SystemExit(f"{args.second}: ids not in {args.first}: {sorted(missing)}")
    texts = sentence_texts(second_rows)
    res = compare(first, second)
    c, has = res["counts"], res["has"]
    po, k = kappa(has)
    n1, n2 = sum(a for a, _ in has), sum(b for _, b in has)
    tp = c["tp"]
    p, r, f = f1(tp, c["fp"], c["fn"])
    sp, sr, sf = f1(tp, c["strict_fp"], c["strict_fn"])
    req1 = sum(1 for s in first.values() for e in s["events"] if not _excused(e))
    req2 = sum(1 for s in second.values() for e in s["events"] if not _excused(e))
    rows = [
        ("sentences", f"{len(has)}"),
        ("with a required event (first / second)", f"{n1} / {n2}"),
        ("(a) sentence agreement, observed", f"{po:.2f}"),
        ("(a) Cohen's kappa", f"{k:.2f}"),
        ("required events (first / second)", f"{req1} / {req2}"),
        ("(b) matched events", f"{tp}"),
        ("(b) P / R / F1 (second vs first)", f"{p:.2f} / {r:.2f} / {f:.2f}"),
        ("(b) set aside: required vs optional", f"{c['excused_fn'] + c['excused_fp']}"),
        ("(b) strict P / R / F1 (no set-aside)", f"{sp:.2f} / {sr:.2f} / {sf:.2f}"),
        (
            "(c) type agreement, events paired by actors",
            f"{c['actor_pairs_same_type']}/{c['actor_pairs']}"
            f" = {c['actor_pairs_same_type'] / max(c['actor_pairs'], 1):.2f}",
        ),
        (
            "(d) modality agreement, matched events",
            f"{c['modality_same']}/{c['modality_pairs']}"
            f" = {c['modality_same'] / max(c['modality_pairs'], 1):.2f}",
        ),
    ]
    width = max(len(a) for a, _ in rows)
    names = [os.path.relpath(p) for p in (args.first, args.second)]
    print(f"Agreement: {names[0]} (first) vs {names[1]} (second)\n")
    for a, b in rows:
        print(f"  {a:<{width}}  {b}")
    kinds = Counter(kind for kind, *_ in res["diffs"])
    print("\nDisagreements by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"Sentences with a disagreement: {len({sid for _, sid, _, _ in res['diffs']})}\n")
    for kind, sid, a, b in sorted(res["diffs"], key=lambda d: (d[1], d[0])):
        print(f"{sid} [{kind}] {texts[sid]}")
        print(f"    first:  {show(a)}")
        print(f"    second: {show(b)}")


if __name__ == "__main__":
    main()
