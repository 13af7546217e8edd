"""What --explain says of a coded event: the trigger's lexicon entry and the modality cue."""

from __future__ import annotations

from eventcoder.events.confidence import Confidence
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.records import EventWhy

# the conditions an entry may put on its trigger, in the order they are shown
CONDITIONS = (
    ("with_", "with"),
    ("without", "without"),
    ("object", "object"),
    ("governor", "governor"),
    ("pobj", "pobj"),
    ("subject", "subject"),
)


def entry_text(entry: TriggerEntry) -> str:
    """ "'offer' VERB -> AGREE, light; with [to]": the entry as its YAML says it."""
    mode = f"/{entry.mode}" if entry.mode else ""
    parts = [f"{entry.lemma!r} {entry.pos} -> {entry.type.value}{mode}"]
    conds = [f"{label} {list(getattr(entry, name))}" for name, label in CONDITIONS]
    conds = [c for c, (name, _) in zip(conds, CONDITIONS, strict=True) if getattr(entry, name)]
    if entry.dobj != "target":
        conds.append(f"object is the {entry.dobj}")
    if entry.modality:
        conds.append(f"always {entry.modality}")
    for flag in ("reciprocal", "light", "needs_target"):
        if getattr(entry, flag):
            conds.append(flag.replace("_", " "))
    return parts[0] + (f"; {', '.join(conds)}" if conds else "")


def event_why(entry: TriggerEntry, modality_cue: str, conf: Confidence | None = None) -> EventWhy:
    return EventWhy(
        entry=entry_text(entry),
        example=entry.example,
        modality=modality_cue,
        confidence=conf.explain() if conf is not None else "",
        features=conf.features if conf is not None else (),
    )
