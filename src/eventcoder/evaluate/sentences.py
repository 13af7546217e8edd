"""Sentence-level gold in JSONL: precision, recall and F1 per type and overall.

A gold line: {"id","text","date","events":[{"type","source":[..],"target":[..],"modality"}]}
(or, for the development set, "doc_id"/"corpus"/"start"/"end" pointing into ../shared/corpus).
An event matches when type, a source country and a target country agree (either way round
for symmetric gold); actor-only and type-only scores relax one side of that. Gold events marked
"optional" or "reference" (an earlier event mentioned again) are neither required nor errors.
Every miss and every false positive is put down to one cause (ERROR_CAUSES).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.errors import DataFileError


@dataclass
class GoldSentence:
    id: str
    text: str
    date: str | None
    events: list[dict[str, Any]]
    source: str | None = None
    doc_text: str | None = None  # the whole corpus document, for lines that point into one
    start: int | None = None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# Causes of errors, in the order the error table prints them. A gold event and a prediction that
# share type or sides are one error (a wrong type, a wrong side), not a miss plus a false positive.
NOT_FOUND = "no event found"
WRONG_TYPE = "wrong type"
SOURCE_WRONG = "source wrong/missing"
TARGET_WRONG = "target wrong/missing"
BOTH_WRONG = "both sides wrong"
MODALITY_WRONG = "modality wrong"
SPURIOUS_EMPTY = "spurious event on a no-event sentence"
SPURIOUS_EXTRA = "spurious extra event"
ERROR_CAUSES = (
    NOT_FOUND,
    WRONG_TYPE,
    SOURCE_WRONG,
    TARGET_WRONG,
    BOTH_WRONG,
    MODALITY_WRONG,
    SPURIOUS_EMPTY,
    SPURIOUS_EXTRA,
)


@dataclass(frozen=True)
class ScoredError:
    """One error: its cause, the sentence, and the gold and/or predicted event involved."""

    cause: str
    sentence_id: str
    text: str
    gold: dict[str, Any] | None
    pred: dict[str, Any] | None


@dataclass
class Report:
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    type_only_by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overall: Counts = field(default_factory=Counts)
    actor_only: Counts = field(default_factory=Counts)
    type_only: Counts = field(default_factory=Counts)
    modality_right: int = 0
    sentences: int = 0
    errors: list[ScoredError] = field(default_factory=list)

    def error_counts(self) -> Counter[str]:
        return Counter(e.cause for e in self.errors)

    def render(self) -> str:
        lines = [f"{'type':<11} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}"]
        for t in sorted(self.by_type):
            c = self.by_type[t]
            lines.append(
                f"{t:<11} {c.tp + c.fn:>5} {c.tp + c.fp:>5} {c.tp:>4} "
                f"{c.precision:>6.2f} {c.recall:>6.2f} {c.f1:>6.2f}"
            )
        for name, c in (
            ("OVERALL", self.overall),
            ("actors-only", self.actor_only),
            ("type-only", self.type_only),
        ):
            lines.append(
                f"{name:<11} {c.tp + c.fn:>5} {c.tp + c.fp:>5} {c.tp:>4} "
                f"{c.precision:>6.2f} {c.recall:>6.2f} {c.f1:>6.2f}"
            )
        tp = self.overall.tp
        lines.append(
            f"sentences: {self.sentences}; modality right on matched events: "
            f"{self.modality_right}/{tp}"
        )
        return "\n".join(lines)


def load_gold(path: Path, corpus_dir: Path | None = None) -> list[GoldSentence]:
    """Read sentence gold; lines pointing into the corpus get their text from there."""
    corpus: dict[str, dict[str, Any]] = {}
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such gold file") from None
    rows = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    if any("doc_id" in r and "text" not in r for _, r in rows):
        corpus = _read_corpus(corpus_dir or _default_corpus(Path(path)))
    for n, r in rows:
        if "text" in r:
            text = r["text"]
        elif "doc_id" in r:
            doc = corpus.get(r["doc_id"])
            if doc is None:
                raise DataFileError(f"{path}:{n}: document {r['doc_id']!r} is not in the corpus")
            text = doc["text"][r["start"] : r["end"]]
        else:
            raise DataFileError(f'{path}:{n}: needs "text" or "doc_id"/"start"/"end"')
        if not isinstance(r.get("events"), list):
            raise DataFileError(f'{path}:{n}: "events" must be a list')
        source = (
            corpus[r["doc_id"]].get("source")
            if "doc_id" in r and "text" not in r
            else r.get("source")
        )
        in_corpus = "doc_id" in r and "text" not in r
        out.append(
            GoldSentence(
                str(r.get("id", n)),
                text,
                r.get("date"),
                r["events"],
                source,
                corpus[r["doc_id"]]["text"] if in_corpus else None,
                r["start"] if in_corpus else None,
            )
        )
    return out


def _default_corpus(path: Path) -> Path:
    for base in [path.resolve().parent, *path.resolve().parents, Path.cwd(), *Path.cwd().parents]:
        cand = base / "shared" / "corpus"
        if cand.is_dir():
            return cand
        cand = base.parent / "shared" / "corpus"
        if cand.is_dir():
            return cand
    raise DataFileError(
        f"{path}: points into the corpus, but ../shared/corpus was not found (pass --corpus DIR)"
    )


def _read_corpus(d: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for f in sorted(Path(d).glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                out[obj["id"]] = obj
    return out


def _sides(ev: dict[str, Any]) -> tuple[set[str], set[str]]:
    return set(ev.get("source") or []), set(ev.get("target") or [])


def _actors_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    gs, gt = _sides(g)
    ps, pt = _sides(p)
    if not gt and not pt:
        return bool(gs & ps)
    direct = bool(gs & ps) and (bool(gt & pt) if gt else not pt)
    if direct:
        return True
    sym = g.get("symmetric") or p.get("symmetric")
    if sym:
        if gt and pt and gs & pt and gt & ps:
            return True
        if not pt and gt and len(ps) >= 2 and gs & ps and gt & ps:
            return True
    return False


def _type_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return p["type"] in {g["type"], *g.get("alt_types", [])}


def _excused(g: dict[str, Any]) -> bool:
    """Optional and reference gold events are neither required nor errors."""
    return bool(g.get("optional") or g.get("reference"))


def _modality_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return p.get("modality") in {g.get("modality", "asserted"), *g.get("alt_modality", [])}


def _side_match(g: dict[str, Any], p: dict[str, Any], side: str) -> bool:
    """One side of the prediction agrees with gold (an empty gold side wants an empty one)."""
    gs, ps = set(g.get(side) or []), set(p.get(side) or [])
    return bool(gs & ps) if gs else not ps


def _partial_cause(g: dict[str, Any], p: dict[str, Any], strict: bool) -> str | None:
    """Why a gold event and a prediction that are close to each other do not match.

    strict: a wrong type needs both sides right; otherwise a wrong type with the right source
    (a type error that also has the target wrong) is still put down to the type.
    """
    if _actors_match(g, p):
        return WRONG_TYPE if not _type_match(g, p) else None
    flip = dict(p, source=p.get("target"), target=p.get("source"))
    cands = [p, flip] if g.get("symmetric") or p.get("symmetric") else [p]
    if not _type_match(g, p):
        if not strict and any(_side_match(g, c, "source") for c in cands):
            return WRONG_TYPE
        return None
    if any(_side_match(g, c, "source") for c in cands):
        return TARGET_WRONG
    if any(_side_match(g, c, "target") for c in cands):
        return SOURCE_WRONG
    return BOTH_WRONG


def classify_errors(
    gs: GoldSentence, pred: list[dict[str, Any]], matched: list[tuple[int, int]], excused: set[int]
) -> list[ScoredError]:
    """Put each unmatched required gold event and each unmatched prediction down to one cause.

    `matched` pairs indices of required gold events and predictions; `excused` are predictions
    that match optional or reference gold. Wrong types with both sides right pair first, then
    one wrong side, then both sides, then wrong types with the right source.
    """
    required = [g for g in gs.events if not _excused(g)]
    out = [
        ScoredError(MODALITY_WRONG, gs.id, gs.text, required[gi], pred[pi])
        for gi, pi in matched
        if not _modality_ok(required[gi], pred[pi])
    ]
    free_g = [gi for gi in range(len(required)) if gi not in {g for g, _ in matched}]
    free_p = [
        pi for pi in range(len(pred)) if pi not in {p for _, p in matched} and pi not in excused
    ]
    passes = [(c, True) for c in (WRONG_TYPE, SOURCE_WRONG, TARGET_WRONG, BOTH_WRONG)]
    for cause, strict in [*passes, (WRONG_TYPE, False)]:
        for gi in list(free_g):
            for pi in free_p:
                if _partial_cause(required[gi], pred[pi], strict) == cause:
                    out.append(ScoredError(cause, gs.id, gs.text, required[gi], pred[pi]))
                    free_g.remove(gi)
                    free_p.remove(pi)
                    break
    out += [ScoredError(NOT_FOUND, gs.id, gs.text, required[gi], None) for gi in free_g]
    spurious = SPURIOUS_EXTRA if required else SPURIOUS_EMPTY
    out += [ScoredError(spurious, gs.id, gs.text, None, pred[pi]) for pi in free_p]
    return out


def _greedy(gold: list[dict], pred: list[dict], ok: Any) -> list[tuple[int, int]]:
    pairs = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and ok(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def score(gold: Iterable[GoldSentence], predicted: dict[str, list[dict[str, Any]]]) -> Report:
    """predicted maps a gold sentence id to simplified events (type, source, target, modality).

    Gold events marked "optional" or "reference" are neither required nor counted against a
    coder that finds them.
    """
    rep = Report()
    for gs in gold:
        rep.sentences += 1
        pred = predicted.get(gs.id, [])
        required = [g for g in gs.events if not _excused(g)]
        optional = [g for g in gs.events if _excused(g)]
        full = _greedy(required, pred, lambda g, p: _type_match(g, p) and _actors_match(g, p))
        matched_g = {g for g, _ in full}
        matched_p = {p for _, p in full}
        # predictions that match an optional gold event are set aside, not scored
        spare = [(i, p) for i, p in enumerate(pred) if i not in matched_p]
        excused = {
            i for i, p in spare if any(_type_match(g, p) and _actors_match(g, p) for g in optional)
        }
        for gi, pi in full:
            rep.by_type[required[gi]["type"]].tp += 1
            if _modality_ok(required[gi], pred[pi]):
                rep.modality_right += 1
        rep.errors += classify_errors(gs, pred, full, excused)
        for gi, g in enumerate(required):
            if gi not in matched_g:
                rep.by_type[g["type"]].fn += 1
        for pi, p in enumerate(pred):
            if pi not in matched_p and pi not in excused:
                rep.by_type[p["type"]].fp += 1
        scored = [p for i, p in enumerate(pred) if i not in excused]
        for counts, ok in (
            (rep.overall, None),
            (rep.actor_only, _actors_match),
            (rep.type_only, _type_match),
        ):
            pairs = full if ok is None else _greedy(required, scored, ok)
            counts.tp += len(pairs)
            counts.fn += len(required) - len(pairs)
            counts.fp += len(scored) - len(pairs)
        _count_by_type(rep.type_only_by_type, required, scored)
    return rep


def _count_by_type(table: dict[str, Counts], required: list[dict], scored: list[dict]) -> None:
    """Type-only counts per type: a prediction of the gold type (or an alternative) is a hit."""
    pairs = _greedy(required, scored, _type_match)
    for gi, _ in pairs:
        table[required[gi]["type"]].tp += 1
    for gi in set(range(len(required))) - {g for g, _ in pairs}:
        table[required[gi]["type"]].fn += 1
    for pi in set(range(len(scored))) - {p for _, p in pairs}:
        table[scored[pi]["type"]].fp += 1


def simplify(events: Iterable[Any]) -> list[dict[str, Any]]:
    """Events (records or JSONL dicts) to the minimal form scoring compares.

    Predicted references to earlier events (``reference``) are not counted events (PLOVER keeps
    them out of counts): they are left out, so a wrong reference neither helps nor hurts
    precision, and a gold event the coder only marks as a reference is missed.
    """
    out = []
    for ev in events:
        d = ev if isinstance(ev, dict) else None
        if d.get("reference") if d is not None else getattr(ev, "reference", False):
            continue
        if d is None:
            out.append(
                {
                    "type": ev.type.value,
                    "modality": ev.modality.value,
                    "source": sorted({a.country for a in ev.source if a.country}),
                    "target": sorted({a.country for a in ev.target if a.country}),
                    "symmetric": ev.symmetric,
                }
            )
        else:
            out.append(
                {
                    "type": d["type"],
                    "modality": d.get("modality"),
                    "source": sorted(
                        {a.get("country") for a in d.get("source", []) if a.get("country")}
                    ),
                    "target": sorted(
                        {a.get("country") for a in d.get("target", []) if a.get("country")}
                    ),
                    "symmetric": d.get("symmetric", False),
                }
            )
    return out


def read_predictions(path: Path) -> Iterator[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataFileError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
