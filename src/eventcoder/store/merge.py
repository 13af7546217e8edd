"""One real-world event, many reports: link event mentions that describe the same event.

GDELT counts reports: one kidnapping told by 300 outlets is 300 events. eventcoder links the
mentions of one event, across documents and sentences, into one *merged event*.

The rule (``eventcoder.merge.v1``). Two mentions A and B describe the same event when all hold:

1. **Same type and modality**: ``A.type == B.type`` and ``A.modality == B.modality`` (a meeting
   announced for next week and the meeting held are two events).
2. **Dates close**: both dated, and ``|A.date - B.date| <= DATE_WINDOW_DAYS``; when both dates
   were read from the sentence itself (precision ``day``) the window is the tighter
   ``DAY_PRECISION_WINDOW_DAYS``, so that near-identical readouts of calls on consecutive days
   ("spoke today with Foreign Minister Kuleba") stay apart.
3. **Actor countries overlap**: let C(X) be the countries of X's actors and recipients. They must
   share a country. When both name two or more countries they must share at least two (same
   dyad): USA-UKR and USA-RUS calls on one day are different events.
4. **Similar wording**: the Jaccard similarity of the evidence sentences' word shingles
   (``SHINGLE_WORDS``-word windows, lowercased), estimated with a datasketch MinHash of
   ``NUM_PERM`` permutations, is at least ``SIMILARITY_SAME_DYAD`` when both name a shared dyad,
   and at least ``SIMILARITY_ONE_SIDED`` when one of them names only one country (an actor the
   coder could not place leaves only wording to tell "Blinken spoke with the Libyan minister"
   from "Blinken spoke with the Brazilian minister").
5. **One sentence, same sides**: two mentions from the same sentence (whose wording is trivially
   identical) merge only when their actor countries and their recipient countries are equal,
   role by role: one sentence can list several events ("will participate in a NATO meeting and
   meet EU counterparts"; "French firms in the US ... US firms in France").

Candidates come from a MinHashLSH index (``LSH_THRESHOLD``, below the similarity thresholds so
that the index misses few pairs); each candidate pair is then checked against the whole rule.
Merged events are the connected components of the "same event" graph (single link), so the
result does not depend on the order documents were ingested in, and a merge run only needs the
mentions not yet merged plus those they link to. A merged event's id is derived from its
smallest member id: the same mentions give the same merged id, run after run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from eventcoder.ontology.plover import GENERIC_CODES

if TYPE_CHECKING:  # datasketch pulls in scipy (seconds): imported when a merge runs
    from datasketch import MinHash

MERGE_RULE = "eventcoder.merge.v1"

SHINGLE_WORDS = 2
NUM_PERM = 128
SEED = 1
LSH_THRESHOLD = 0.3
SIMILARITY_SAME_DYAD = 0.45
SIMILARITY_ONE_SIDED = 0.7
DATE_WINDOW_DAYS = 1
DAY_PRECISION_WINDOW_DAYS = 0
SAME_DYAD_MIN_SHARED = 2

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class MentionKey:
    """What the rule looks at in one event mention."""

    event_id: str
    type: str
    modality: str
    date: date | None
    date_precision: str
    sources: frozenset[str]
    targets: frozenset[str]
    text: str
    sentence_key: tuple[str, int] = ("", -1)

    @property
    def countries(self) -> frozenset[str]:
        return self.sources | self.targets


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word shingles of a sentence: lowercased windows of `size` words (one for short text)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    """MinHash of the sentence's shingles (fixed seed: the same text, the same signature)."""
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return mh


def similarity_needed(a: MentionKey, b: MentionKey) -> float | None:
    """The similarity rule 4 asks of this pair, or None when rules 1-3 already part them."""
    if a.type != b.type or a.modality != b.modality:
        return None
    if a.date is None or b.date is None:
        return None
    window = (
        DAY_PRECISION_WINDOW_DAYS
        if a.date_precision == b.date_precision == "day"
        else DATE_WINDOW_DAYS
    )
    if abs((a.date - b.date).days) > window:
        return None
    if (
        a.sentence_key == b.sentence_key
        and a.sentence_key[1] >= 0
        and (a.sources, a.targets) != (b.sources, b.targets)
    ):
        return None
    ca, cb = a.countries - GENERIC_CODES, b.countries - GENERIC_CODES
    shared = len(ca & cb)
    if not shared:
        return None
    if len(ca) >= SAME_DYAD_MIN_SHARED and len(cb) >= SAME_DYAD_MIN_SHARED:
        return SIMILARITY_SAME_DYAD if shared >= SAME_DYAD_MIN_SHARED else None
    return SIMILARITY_ONE_SIDED


def same_event(a: MentionKey, b: MentionKey, sig_a: MinHash, sig_b: MinHash) -> bool:
    """The whole rule for one pair (see the module docstring)."""
    needed = similarity_needed(a, b)
    if needed is None:
        return False
    return a.text == b.text or sig_a.jaccard(sig_b) >= needed


def merged_id_for(members: Iterable[str]) -> str:
    """A merged event's id: derived from its smallest member id, so it is stable across runs."""
    return hashlib.sha1(f"merged:{min(members)}".encode()).hexdigest()[:20]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def link(
    pending: list[MentionKey], pool: list[MentionKey], current: dict[str, str]
) -> list[tuple[set[str], set[str]]]:
    """Components that change when `pending` mentions join `pool` (existing mentions).

    `current` maps each already merged mention of the pool to its merged id. Returns, per new
    component, (pending members, merged ids of the existing clusters it absorbs); the caller
    adds the other members of those clusters.
    """
    keys = {m.event_id: m for m in pool}
    keys.update((m.event_id, m) for m in pending)
    from datasketch import MinHashLSH

    sigs = {eid: signature(m.text) for eid, m in keys.items()}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for eid in sorted(sigs):
        lsh.insert(eid, sigs[eid])
    uf = _UnionFind()
    # existing clusters are already components: their members start united
    for eid, mid in current.items():
        uf.union(f"m:{mid}", eid)
    for p in pending:
        uf.find(p.event_id)
        for other in lsh.query(sigs[p.event_id]):
            if other != p.event_id and same_event(p, keys[other], sigs[p.event_id], sigs[other]):
                uf.union(p.event_id, other)
    groups: dict[str, tuple[set[str], set[str]]] = {}
    for p in pending:
        root = uf.find(p.event_id)
        groups.setdefault(root, (set(), set()))[0].add(p.event_id)
    roots = set(groups)
    for eid, mid in current.items():
        root = uf.find(eid)
        if root in roots:
            groups[root][1].add(mid)
    return list(groups.values())


# ---- References ---------------------------------------------------------------------------------
# A reference (events/references.py: a mention of an earlier event, "condemned the invasion") never
# joins or makes a merged event. It is linked to the merged event it refers to (``link_references``)
# when one is stored that has
#
# 1. the same type and mode, and a modality saying it happened (asserted or historical);
# 2. the same dyad: the reference's source countries among its actors and its target countries
#    among its recipients (either way round for a symmetric event); with one side named, that
#    country among its countries (catch-all codes not counted);
# 3. an earlier date: it began on or before the day of the reference, and, when the text dates
#    the referenced event ("the February 24 invasion"), within that date's precision
#    (``REFERENCE_DAY_WINDOW`` days for a day, the same month or year otherwise);
# 4. compatible wording: the triggers share a stem (``STEM_LETTERS`` first letters, or one
#    contains the other's: "invasion"/"invaded", "siege"/"besieged").
#
# Among several, the most mentioned wins, then the one dated nearest the written date, then the
# latest to begin, then the smallest merged id. The links do not depend on the order documents
# were ingested in (store/links.py relinks what a merge can change).
REFERENCE_DAY_WINDOW = 3
STEM_LETTERS = 4
REFERENCE_MODALITIES = frozenset({"asserted", "historical"})


@dataclass(frozen=True, slots=True)
class ReferenceKey:
    """What the linking rule looks at in one reference mention."""

    event_id: str
    type: str
    mode: str | None
    modality: str
    trigger: str
    mentioned_on: date | None
    reference_date: date | None
    reference_precision: str | None
    sources: frozenset[str]
    targets: frozenset[str]


@dataclass(frozen=True, slots=True)
class Referent:
    """A merged event that references may point to."""

    merged_id: str
    type: str
    mode: str | None
    first_date: date
    actors: frozenset[str]
    recipients: frozenset[str]
    symmetric: bool
    triggers: frozenset[str]
    n_mentions: int


def compatible_wording(a: str, b: str) -> bool:
    """Triggers of one act: a shared stem, or one word inside the other ("siege"/"besieged")."""
    a, b = a.lower(), b.lower()
    if len(a) >= STEM_LETTERS and a[:STEM_LETTERS] == b[:STEM_LETTERS]:
        return True
    short, long_ = sorted((a.rstrip("s").rstrip("e"), b), key=len)
    return len(short) >= STEM_LETTERS and short in long_


def _same_dyad(r: ReferenceKey, m: Referent) -> bool:
    src, tgt = r.sources - GENERIC_CODES, r.targets - GENERIC_CODES
    if not src and not tgt:
        return False
    if src and tgt:
        if (src & m.actors) and (tgt & m.recipients):
            return True
        if (src & m.recipients) and (tgt & m.actors) and m.symmetric:
            return True
        return m.symmetric and bool(src & m.actors) and bool(tgt & m.actors)
    return bool((src | tgt) & (m.actors | m.recipients))


def _date_fits(r: ReferenceKey, m: Referent) -> bool:
    if r.mentioned_on is not None and m.first_date > r.mentioned_on:
        return False
    d, p = r.reference_date, r.reference_precision
    if d is None or p is None:
        return True
    if p in {"day", "week"}:
        window = REFERENCE_DAY_WINDOW if p == "day" else REFERENCE_DAY_WINDOW + 7
        return abs((m.first_date - d).days) <= window
    if p == "month":
        return (m.first_date.year, m.first_date.month) == (d.year, d.month)
    return m.first_date.year == d.year


def refers_to(r: ReferenceKey, m: Referent) -> bool:
    """The whole linking rule for one reference and one merged event."""
    return (
        r.modality in REFERENCE_MODALITIES
        and r.type == m.type
        and r.mode == m.mode
        and _same_dyad(r, m)
        and _date_fits(r, m)
        and any(compatible_wording(r.trigger, t) for t in m.triggers)
    )


def link_references(
    refs: Iterable[ReferenceKey], referents: Iterable[Referent]
) -> dict[str, str | None]:
    """Each reference's merged event (None when no stored event fits the rule)."""
    by_key: dict[tuple[str, str], list[Referent]] = {}
    for m in referents:
        for c in (m.actors | m.recipients) - GENERIC_CODES:
            by_key.setdefault((m.type, c), []).append(m)
    out: dict[str, str | None] = {}
    for r in refs:
        seen: dict[str, Referent] = {}
        for c in (r.sources | r.targets) - GENERIC_CODES:
            for m in by_key.get((r.type, c), []):
                if m.merged_id not in seen and refers_to(r, m):
                    seen[m.merged_id] = m
        if not seen:
            out[r.event_id] = None
            continue
        ref_day = r.reference_date

        def rank(m: Referent, ref_day: date | None = ref_day) -> tuple[int, int, date]:
            near = -abs((m.first_date - ref_day).days) if ref_day else 0
            return (m.n_mentions, near, m.first_date)

        # max keeps the first of equals: in merged-id order, the smallest id wins a tie
        out[r.event_id] = max(sorted(seen.values(), key=lambda m: m.merged_id), key=rank).merged_id
    return out
