"""Readable terminal output: an event table and a one-paragraph dyad summary."""

from __future__ import annotations

import shutil
from collections import Counter, defaultdict
from collections.abc import Sequence

from eventcoder.records import ActorRef, Event
from eventcoder.rows import iso


def _side(actors: Sequence[ActorRef]) -> str:
    codes = []
    for a in actors:
        c = a.code or "?"
        if c not in codes:
            codes.append(c)
    return "+".join(codes) or "-"


def event_table(events: Sequence[Event], width: int | None = None) -> str:
    width = width or shutil.get_terminal_size((120, 20)).columns
    head = f"{'source':<14} {'':2} {'target':<14} {'type':<10} {'mode':<12} {'modality':<12} {'date':<10}  evidence"
    lines = [head, "-" * min(width, len(head) + 40)]
    for ev in events:
        arrow = "<>" if ev.symmetric else "->"
        base = (
            f"{_side(ev.source):<14} {arrow:2} {_side(ev.target):<14} {ev.type.value:<10} "
            f"{(ev.mode or '-'):<12} {ev.modality.value:<12} {(iso(ev.date) or '?'):<10}  "
        )
        room = max(20, width - len(base))
        trig = ev.trigger.text
        text = ev.text.replace("\n", " ")
        i = text.find(trig)
        if len(text) > room and i >= 0:
            lo = max(0, i - room // 3)
            text = ("…" if lo else "") + text[lo : lo + room - 2] + "…"
        elif len(text) > room:
            text = text[: room - 1] + "…"
        lines.append(base + text)
    lines.append(f"{len(events)} events")
    return "\n".join(lines)


def dyad_summary(events: Sequence[Event], names: dict[str, str] | None = None) -> str:
    """One paragraph per country pair with at least two events: counts, cooperation vs conflict."""
    names = names or {}
    dyads: dict[frozenset[str], list[Event]] = defaultdict(list)
    for ev in events:
        srcs = {a.country for a in ev.source if a.country}
        tgts = {a.country for a in ev.target if a.country}
        pairs = {frozenset((s, t)) for s in srcs for t in tgts if s != t}
        if ev.symmetric and not tgts:
            pairs |= {frozenset((s, t)) for s in srcs for t in srcs if s < t}
        for p in pairs:
            dyads[p].append(ev)
    out = []
    for pair, evs in sorted(dyads.items(), key=lambda kv: -len(kv[1])):
        if len(evs) < 2:
            continue
        a, b = sorted(pair)
        coop = sum(1 for e in evs if e.quad_class in (1, 2))
        conf = len(evs) - coop
        asserted = sum(1 for e in evs if e.modality.value in ("asserted", "historical"))
        types = Counter(e.type.value for e in evs).most_common(3)
        gold = sum(e.goldstein for e in evs)
        label = f"{names.get(a, a)}–{names.get(b, b)}"
        tone = "cooperative" if coop > conf else "conflictual" if conf > coop else "mixed"
        out.append(
            f"{label}: {len(evs)} events, {coop} cooperative and {conf} conflictual "
            f"({asserted} asserted or past, {len(evs) - asserted} planned, hypothetical or denied); "
            f"mostly {', '.join(f'{t} ({n})' for t, n in types)}; Goldstein total {gold:+.1f}, "
            f"so the relationship reads {tone}."
        )
    return "\n\n".join(out) if out else "No country pair has two or more events."
