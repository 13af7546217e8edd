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
    """Levenshtein distance when it is at most `bound`, else bound + 1.

    Only the diagonal band |i - j| <= bound of the table is computed (a cell outside it is more
    than `bound` anyway), after the common prefix and suffix are set aside: a few cells per
    letter instead of a whole row."""
    over = bound + 1
    if abs(len(a) - len(b)) > bound:
        return over
    start, end_a, end_b = 0, len(a), len(b)
    while start < end_a and start < end_b and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return min(len(a) + len(b), over)
    n = len(b)
    prev = [j if j <= bound else over for j in range(n + 1)]
    for i, ca in enumerate(a, start=1):
        cur = [over] * (n + 1)
        if i <= bound:
            cur[0] = i
        least = cur[0]
        for j in range(max(1, i - bound), min(n, i + bound) + 1):
            v = prev[j - 1] if ca == b[j - 1] else prev[j - 1] + 1
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if cur[j - 1] + 1 < v:
                v = cur[j - 1] + 1
            cur[j] = v if v < over else over
            if v < least:
                least = v
        if least > bound:
            return over
        prev = cur
    return prev[n] if prev[n] < over else over


@dataclass
class NameIndex:
    """Folded full names by length and first letter, each with the ids it names."""

    # (length, first letter) -> folded name -> ids: a guess keeps the first letter
    by_start: dict[tuple[int, str], dict[str, list[str]]] = field(
        default_factory=lambda: defaultdict(dict)
    )

    full_names: bool = True  # people: only names of two words or more are indexed
    # answers already given: the same words recur within and across documents
    _known: dict[str, tuple[str, str, float] | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    def add(self, name: str, pid: str) -> None:
        key = fold(name)
        if len(key.replace(" ", "")) >= MIN_LENGTH and (" " in key or not self.full_names):
            ids = self.by_start[(len(key), key[0])].setdefault(key, [])
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
            for name, ids in self.by_start.get((n, key[0]), {}).items():
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
