"""Score coded events against an article gold file (the seed format: required, optional,
forbidden events and actors; see tests/golden/seed/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventcoder.errors import DataFileError, InputError
from eventcoder.records import Document, Event, Mention
from eventcoder.rows import iso


@dataclass
class Scorecard:
    required: list[tuple[str, bool, str]] = field(default_factory=list)  # id, ok, why
    forbidden: list[tuple[str, bool, str]] = field(default_factory=list)
    actors: list[tuple[str, bool, str]] = field(default_factory=list)
    extras: list[Event] = field(default_factory=list)
    optional_hits: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(ok for _, ok, _ in self.required + self.forbidden + self.actors)

    def render(self) -> str:
        lines = []
        for title, rows in (
            ("required events", self.required),
            ("forbidden", self.forbidden),
            ("actors", self.actors),
        ):
            n = sum(ok for _, ok, _ in rows)
            lines.append(f"{title}: {n}/{len(rows)}")
            for rid, ok, why in rows:
                lines.append(f"  {'PASS' if ok else 'FAIL'} {rid:<6} {why}")
        lines.append(
            f"optional events matched: {len(self.optional_hits)} ({', '.join(self.optional_hits)})"
        )
        lines.append(f"extra events (neither required nor optional): {len(self.extras)}")
        for ev in self.extras:
            src = "+".join(a.country or "?" for a in ev.source)
            tgt = "+".join(a.country or "?" for a in ev.target)
            lines.append(f"  {ev.type.value} {src}->{tgt} {ev.modality.value} [{ev.trigger.text}]")
        lines.append("RESULT: " + ("PASS" if self.passed else "FAIL"))
        return "\n".join(lines)


def load_article_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such gold file") from None
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    for key in ("required",):
        if key not in gold:
            raise DataFileError(f"{path}: gold file has no {key!r} list")
    return gold


def corpus_document(gold: dict[str, Any], corpus_dir: Path) -> Document:
    """The corpus document a gold file names (`corpus`, `doc_id`), dated `publication_date`.

    The text stays in the corpus; the gold file only points at it."""
    from datetime import date

    from eventcoder.ingest.jsonl import parse_line

    path = Path(corpus_dir) / gold["corpus"]
    try:
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if f'"{gold["doc_id"]}"' not in line:
                    continue
                try:
                    doc = parse_line(line, f"{path.name}:{i}", str(i), None)
                except InputError as exc:
                    raise DataFileError(f"{path}:{i}: {exc}") from None
                if doc.id == gold["doc_id"]:
                    return replace(doc, date=date.fromisoformat(gold["publication_date"]))
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such corpus file") from None
    raise DataFileError(f"{path}: no document {gold['doc_id']!r}")


def _countries(actors: Any) -> set[str]:
    return {a.country for a in actors if a.country}


def matches(ev: Event, spec: dict[str, Any]) -> bool:
    """Does an event satisfy a gold spec (evidence, type, sides, modality, date)?"""
    if spec["evidence"] not in ev.text.replace("\n", " "):
        return False
    if spec.get("types") and ev.type.value not in spec["types"]:
        return False
    if spec.get("modality") and ev.modality.value not in spec["modality"]:
        return False
    if "source" in spec:
        src, tgt = _countries(ev.source), _countries(ev.target)
        want_s, want_t = set(spec["source"]), set(spec["target"])
        ok = bool(src & want_s) and bool(tgt & want_t)
        if not ok and spec.get("symmetric"):
            ok = (bool(tgt & want_s) and bool(src & want_t)) or (
                not tgt and bool(src & want_s) and bool(src & want_t) and len(src) >= 2
            )
        if not ok:
            return False
    return not (spec.get("date") and iso(ev.date) != spec["date"])


def score_article(
    events: tuple[Event, ...], mentions: tuple[Mention, ...], gold: dict[str, Any]
) -> Scorecard:
    card = Scorecard()
    used: set[str] = set()
    for spec in gold.get("required", []):
        hit = next((ev for ev in events if matches(ev, spec)), None)
        if hit:
            used.add(hit.id)
            why = (
                f"{hit.type.value} {'+'.join(sorted(_countries(hit.source)))}->"
                f"{'+'.join(sorted(_countries(hit.target)))} {hit.modality.value} {hit.date}"
            )
        else:
            near = [ev for ev in events if spec["evidence"] in ev.text]
            why = "missing; events in that sentence: " + (
                ", ".join(
                    f"{e.type.value} {'+'.join(sorted(_countries(e.source)))}->"
                    f"{'+'.join(sorted(_countries(e.target)))} {e.modality.value} {e.date}"
                    for e in near
                )
                or "none"
            )
        card.required.append((spec["id"], hit is not None, f"{spec['evidence'][:50]!r}: {why}"))
    for spec in gold.get("optional", []):
        hits = [
            ev
            for ev in events
            if spec["evidence"] in ev.text and ev.type.value in spec.get("types", [])
        ]
        if hits:
            card.optional_hits.append(spec["id"])
            used.update(e.id for e in hits)
    for spec in gold.get("forbidden", []):
        bad = [
            ev
            for ev in events
            if spec["evidence"] in ev.text
            and (spec.get("types") is None or ev.type.value in spec["types"])
            and (spec.get("modality") is None or ev.modality.value in spec["modality"])
        ]
        card.forbidden.append(
            (
                spec["id"],
                not bad,
                f"{spec['evidence']!r}: "
                + (
                    ", ".join(f"{e.type.value} {e.modality.value} [{e.trigger.text}]" for e in bad)
                    or "none produced"
                ),
            )
        )
    for spec in gold.get("actors", []):
        found = [m.actor for m in mentions if spec["text"] in m.actor.span.text]
        ok = any(
            a.country == spec["country"] and (not spec.get("sector") or a.sector == spec["sector"])
            for a in found
        )
        got = (
            ", ".join(f"{a.country}/{a.sector} ({a.resolved_by})" for a in found[:2]) or "not found"
        )
        card.actors.append((spec["text"], ok, got))
    card.extras = [ev for ev in events if ev.id not in used]
    return card
