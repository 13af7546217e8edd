"""Near spellings of dictionary names ("Volodimir Zelensky", "Emanuel Macron") and of country
names and demonyms ("Columbian", "Phillipines"): a bounded edit distance over names of similar
length, with a confidence that says how near the spelling is.

Only long words are tried (a slip in a short word makes another word): at most one edit for
names of 8 letters or more, two from 13; a guess is made only when one person (or one country)
is that near. Names compare folded (no case, no diacritics).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from eventcoder.actors.phrases import fold

MIN_LENGTH = 8
KNOWN = 100_000  # answers kept per index (a long-running worker sees an open vocabulary)


def max_edits(n: int) -> int:
    return 0 if n < MIN_LENGTH else 1 if n < 13 else 2


def distance(a: str, b: str, bound: int) -> int:
    """Levenshtein distance, or bound + 1 as soon as it must exceed `bound`."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > bound:
            return bound + 1
        prev = cur
    return prev[-1]


@dataclass
class NameIndex:
    """Folded full names by length, each with the person ids it names."""

    by_length: dict[int, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(dict))

    full_names: bool = True  # people: only names of two words or more are indexed
    # answers already given: the same words recur within and across documents
    _known: dict[str, tuple[str, str, float] | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    def add(self, name: str, pid: str) -> None:
        key = fold(name)
        if len(key.replace(" ", "")) >= MIN_LENGTH and (" " in key or not self.full_names):
            ids = self.by_length[len(key)].setdefault(key, [])
            if pid not in ids:
                ids.append(pid)
            self._known.clear()

    def near(self, text: str) -> tuple[str, str, float] | None:
        """(id, dictionary name, confidence) for the one nearest name, if only one id is near;
        a country form written exactly is no near spelling (None)."""
        try:
            return self._known[text]
        except KeyError:
            pass
        if len(self._known) >= KNOWN:
            self._known.clear()
        found = self._known[text] = self._near(text)
        return found

    def _near(self, text: str) -> tuple[str, str, float] | None:
        key = fold(text)
        bound = max_edits(len(key.replace(" ", "")))
        if not bound:
            return None
        best: list[tuple[int, str, str]] = []
        for n in range(len(key) - bound, len(key) + bound + 1):
            for name, ids in self.by_length.get(n, {}).items():
                if name[0] != key[0]:
                    continue
                dist = distance(key, name, bound)
                if dist <= bound:
                    best += [(dist, pid, name) for pid in ids]
        if not best:
            return None
        best.sort()
        if best[0][0] == 0 and not self.full_names:
            return None
        # people: one person at the least distance; countries: one country within reach at all
        top = [b for b in best if b[0] == best[0][0]] if self.full_names else best
        if len({pid for _, pid, _ in top}) > 1:
            return None  # two people (or countries) as near: no guess
        dist, pid, name = best[0]
        return pid, name, round(1 - dist / len(key), 2)
