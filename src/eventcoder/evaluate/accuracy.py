"""The accuracy report: every eval set coded with one Coder, per-type P/R/F1, errors by cause,
and the change since the last run (kept in eval/last_run.json); optionally one log line in
eval/README.md.

Sets, in this order: eval/devset.jsonl (the first dev set, kept for comparison over time),
eval/dev.jsonl (the dev split of everything annotated), and, only when asked for,
eval/test*.jsonl (the frozen test split is read only to report). eval/annotated/*.jsonl are
never scored directly: they hold test sentences too (eval/split.py divides them).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import Any

from eventcoder.errors import DataFileError
from eventcoder.evaluate.sentences import (
    ERROR_CAUSES,
    Counts,
    GoldSentence,
    Report,
    load_gold,
    score,
    simplify,
)
from eventcoder.ingest.jsonl import parse_date
from eventcoder.records import Document

LAST_RUN = "last_run.json"
LOG_HEADING = "## Accuracy log"
CONTEXTS = ("sentence", "paragraph")


@dataclass
class SetResult:
    name: str  # path relative to the eval directory
    sentences: list[GoldSentence]
    predicted: dict[str, list[dict[str, Any]]]
    report: Report


def eval_sets(eval_dir: Path, *, include_test: bool = False) -> list[Path]:
    """The gold sets present; the test split only when `include_test`."""
    found = [eval_dir / "devset.jsonl", eval_dir / "dev.jsonl"]
    if include_test:
        found += sorted(eval_dir.glob("test*.jsonl"))
    return [p for p in found if p.is_file() and p.stat().st_size > 0]


def _window(s: GoldSentence) -> tuple[str, int]:
    """The sentence with the text before it in its paragraph, or the whole previous paragraph
    when it opens one (so that pronouns and unnamed sides can reach back); returns the text and
    where the sentence starts in it."""
    if s.doc_text is None or s.start is None:
        return s.text, 0
    para = s.doc_text.rfind("\n\n", 0, s.start)
    begin = 0 if para < 0 else para + 2
    if not s.doc_text[begin : s.start].strip() and begin > 0:
        prev = s.doc_text.rfind("\n\n", 0, begin - 2)
        begin = 0 if prev < 0 else prev + 2
    return s.doc_text[begin : s.start + len(s.text)], s.start - begin


def code_sentences(
    sentences: list[GoldSentence], coder: Any, context: str = "sentence", label: str = "gold"
) -> dict[str, list[dict[str, Any]]]:
    """Code each gold sentence (alone, or in its paragraph window) and keep the events whose
    trigger lies in the sentence."""
    if context not in CONTEXTS:
        raise ValueError(f"context must be one of {CONTEXTS}, not {context!r}")
    offsets: dict[str, int] = {}
    docs = []
    for s in sentences:
        text, offset = _window(s) if context == "paragraph" else (s.text, 0)
        offsets[s.id] = offset
        day = parse_date(s.date, f"{label} {s.id} date") if s.date else None
        docs.append(Document(id=s.id, text=text, source=s.source, date=day))
    predicted: dict[str, list[dict[str, Any]]] = {}
    for res in coder.pipe(docs):
        if res.error:
            raise DataFileError(res.error)
        start = offsets[res.document.id]
        predicted[res.document.id] = simplify(e for e in res.events if e.trigger.start >= start)
    return predicted


def run_sets(
    paths: Iterable[Path],
    eval_dir: Path,
    coder: Any,
    *,
    context: str = "sentence",
    corpus: Path | None = None,
) -> list[SetResult]:
    out = []
    for path in paths:
        sentences = load_gold(path, corpus)
        predicted = code_sentences(sentences, coder, context, str(path))
        name = str(path.relative_to(eval_dir)) if path.is_relative_to(eval_dir) else str(path)
        out.append(SetResult(name, sentences, predicted, score(sentences, predicted)))
    return out


# ---- figures, deltas, rendering ---------------------------------------------------------------
def _prf(c: Counts) -> dict[str, float | int]:
    return {
        "gold": c.tp + c.fn,
        "pred": c.tp + c.fp,
        "tp": c.tp,
        "p": round(c.precision, 4),
        "r": round(c.recall, 4),
        "f1": round(c.f1, 4),
    }


def figures(rep: Report, context: str = "sentence") -> dict[str, Any]:
    """A report's numbers as JSON (what eval/last_run.json keeps per set)."""
    tp = rep.overall.tp
    return {
        "context": context,
        "sentences": rep.sentences,
        "overall": _prf(rep.overall),
        "type_only": _prf(rep.type_only),
        "actor_only": _prf(rep.actor_only),
        "modality": round(rep.modality_right / tp, 4) if tp else 0.0,
        "by_type": {t: _prf(c) for t, c in sorted(rep.by_type.items())},
        "type_only_by_type": {t: _prf(c) for t, c in sorted(rep.type_only_by_type.items())},
        "errors": dict(rep.error_counts()),
    }


def _delta(now: float, before: float | None, digits: int = 2) -> str:
    if before is None:
        return ""
    d = now - before
    if round(d, digits) == 0:
        return "="
    return f"{d:+.{digits}f}"


def render_set(result: SetResult, previous: dict[str, Any] | None, context: str) -> str:
    """Per-type table, overall rows, modality, errors by cause; deltas against `previous`."""
    rep = result.report
    now = figures(rep, context)
    prev = previous or {}
    required = now["overall"]["gold"]
    head = f"== {result.name}: {rep.sentences} sentences, {required} required gold events =="
    if prev and prev.get("context", "sentence") != context:
        head += f" (last run coded with context={prev.get('context')}; deltas not comparable)"
    lines = [
        head,
        f"{'type':<11} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'dF1':>6} {'typeF1':>6}",
    ]

    def row(name: str, f: dict[str, Any], before: dict[str, Any] | None, tf1: str = "") -> str:
        d = _delta(f["f1"], before["f1"] if before else None) if prev else ""
        return (
            f"{name:<11} {f['gold']:>5} {f['pred']:>5} {f['tp']:>4} {f['p']:>6.2f} "
            f"{f['r']:>6.2f} {f['f1']:>6.2f} {d:>6} {tf1:>6}"
        )

    for t, f in now["by_type"].items():
        tf = now["type_only_by_type"].get(t)
        before = prev.get("by_type", {}).get(t, {"f1": 0.0}) if prev else None
        lines.append(row(t, f, before, f"{tf['f1']:.2f}" if tf else ""))
    for key, name in (
        ("overall", "OVERALL"),
        ("actor_only", "actors-only"),
        ("type_only", "type-only"),
    ):
        lines.append(row(name, now[key], prev.get(key)))
    if prev.get("overall"):
        o, b = now["overall"], prev["overall"]
        lines.append(
            f"change since last run: P {_delta(o['p'], b['p'])}  R {_delta(o['r'], b['r'])}  "
            f"F1 {_delta(o['f1'], b['f1'])}"
        )
    lines.append(
        f"modality right on matched events: {rep.modality_right}/{rep.overall.tp} "
        f"({now['modality']:.2f}) {_delta(now['modality'], prev.get('modality'))}".rstrip()
    )
    lines.append(f"{'errors by cause':<40} {'count':>5} {'/gold':>6} {'change':>6}")
    counts = now["errors"]
    before_errors = prev.get("errors") if prev else None
    for cause in ERROR_CAUSES:
        n = counts.get(cause, 0)
        share = n / required if required else 0.0
        change = "" if before_errors is None else _count_delta(n, before_errors.get(cause, 0))
        lines.append(f"{cause:<40} {n:>5} {share:>6.2f} {change:>6}")
    return "\n".join(lines)


def _count_delta(now: int, before: int) -> str:
    return "=" if now == before else f"{now - before:+d}"


def render_errors(result: SetResult, per_cause: int) -> str:
    """Up to `per_cause` example errors for each cause, with the sentence and both events."""
    lines = [f"-- error examples: {result.name} --"]
    for cause in ERROR_CAUSES:
        cases = [e for e in result.report.errors if e.cause == cause][:per_cause]
        if not cases:
            continue
        lines.append(f"[{cause}]")
        for e in cases:
            lines.append(f"  {e.sentence_id}: {' '.join(e.text.split())}")
            if e.gold:
                lines.append(f"     gold: {event_line(e.gold)}")
            if e.pred:
                lines.append(f"     pred: {event_line(e.pred)}")
    return "\n".join(lines)


def event_line(ev: dict[str, Any]) -> str:
    """One event as "TYPE SRC->TGT modality"."""
    src = "+".join(ev.get("source") or [])
    tgt = "+".join(ev.get("target") or [])
    return f"{ev['type']} {src}->{tgt} {ev.get('modality')}"


# ---- last run and log -------------------------------------------------------------------------
def load_last_run(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}: not valid JSON ({exc.msg})") from None
    return data if isinstance(data, dict) else {}


def save_last_run(path: Path, old: dict[str, Any], new_sets: dict[str, Any], stamp: dict) -> None:
    """Keep the figures of sets not run this time; replace those that were."""
    sets = dict(old.get("sets", {}))
    sets.update(new_sets)
    data = {**stamp, "sets": sets}
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def commit_id(repo: Path) -> str:
    """Short HEAD commit; '+' when the package source in use is the repository's and has
    uncommitted changes."""
    import eventcoder

    own = Path(eventcoder.__file__).resolve().is_relative_to((repo / "src").resolve())
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+" if dirty and own else "")


def log_line(day: str, commit: str, message: str, sets: dict[str, dict[str, Any]]) -> str:
    """One Markdown table row: date, commit, message, then each set's overall figures."""
    parts = []
    for name, f in sets.items():
        o = f["overall"]
        parts.append(
            f"{name}: F1 {o['f1']:.2f} (P {o['p']:.2f} R {o['r']:.2f}), "
            f"type {f['type_only']['f1']:.2f}, actors {f['actor_only']['f1']:.2f}, "
            f"modality {f['modality']:.2f}"
        )
    msg = " ".join(message.split()).replace("|", "/")
    return f"| {day} | {commit} | {msg} | {'; '.join(parts)} |"


def append_log(readme: Path, line: str) -> None:
    """Add `line` as the last row of the log table in README (the section is made if missing)."""
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    if LOG_HEADING not in text:
        text = text.rstrip("\n") + (
            f"\n\n{LOG_HEADING}\n\n"
            "One line per change that moves accuracy, written by "
            '`.venv/bin/python eval/score.py --log "what changed"` '
            "(overall event F1, precision and recall, type-only and actors-only F1, modality "
            "accuracy on matched events, per eval set; `+` after the commit: uncommitted changes "
            "in src/).\n\n"
            "| date | commit | change | figures |\n"
            "| --- | --- | --- | --- |\n"
        )
    head, _, tail = text.partition(LOG_HEADING)
    rows = tail.split("\n")
    last = max(i for i, r in enumerate(rows) if r.startswith("|"))
    rows.insert(last + 1, line)
    readme.write_text(head + LOG_HEADING + "\n".join(rows), encoding="utf-8")


# ---- the command ------------------------------------------------------------------------------
def run_accuracy(
    eval_dir: Path,
    coder_factory: Callable[[], Any],
    *,
    include_test: bool = False,
    context: str = "sentence",
    corpus: Path | None = None,
    log_message: str | None = None,
    save: bool = True,
    examples: int = 0,
    today: Date | None = None,
) -> str:
    """Score every eval set with one Coder; returns the printable report."""
    paths = eval_sets(eval_dir, include_test=include_test)
    if not paths:
        raise DataFileError(f"{eval_dir}: no eval sets (devset.jsonl, dev.jsonl)")
    coder = coder_factory()
    results = run_sets(paths, eval_dir, coder, context=context, corpus=corpus)
    last_path = eval_dir / LAST_RUN
    last = load_last_run(last_path)
    blocks = []
    for r in results:
        blocks.append(render_set(r, last.get("sets", {}).get(r.name), context))
        if examples:
            blocks.append(render_errors(r, examples))
    new = {r.name: figures(r.report, context) for r in results}
    day = (today or Date.today()).isoformat()
    commit = commit_id(eval_dir.parent)
    if last.get("commit"):
        blocks.insert(0, f"(changes are against the run of {last.get('date')} at {last['commit']})")
    if save:
        save_last_run(last_path, last, new, {"date": day, "commit": commit})
    if log_message:
        line = log_line(day, commit, log_message, new)
        append_log(eval_dir / "README.md", line)
        blocks.append(f"logged to {eval_dir / 'README.md'}:\n{line}")
    return "\n\n".join(blocks)
