"""Exact, faster stand-in for the model's attribute ruler (tag map, morph rules, exceptions).

spaCy's AttributeRuler runs a Matcher of ~180 patterns over every token and sets each match
through a Token object: an eighth of the whole pipeline's time. Its patterns only test a token's
TAG, LOWER, DEP and IS_SPACE (and a neighbour's), as literals or IN / NOT_IN / REGEX; so which
patterns a token passes is the AND of what its four values pass, each value's answer found once
and remembered. The matches are applied as the ruler applies them (all patterns tested on the
values before any change, then later patterns overriding earlier ones), written back as arrays.
A ruler with any other kind of pattern is left in place (`FastAttributes.ok` is False).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# Token attributes a pattern may test, in the order of the columns read from the Doc.
READ = (TAG, LOWER, DEP, IS_SPACE)
NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
OPERATORS = {"IN", "NOT_IN", "REGEX"}

Check = Callable[[Any], bool]
KEEP = 2**64 - 1  # in a row of values to write: keep the token's own value


def _check(want: Any, space: bool) -> Check | None:
    """One attribute's condition as a test of its value (a string; a bool for IS_SPACE)."""
    if isinstance(want, dict):
        if len(want) != 1 or not set(want) <= OPERATORS:
            return None
        ((op, arg),) = want.items()
        if op == "REGEX":
            if not isinstance(arg, str):
                return None
            rx = re.compile(arg)
            return lambda v: bool(rx.search(v))
        if space or not all(isinstance(a, str) for a in arg):
            return None
        vals = frozenset(arg)
        return (lambda v: v in vals) if op == "IN" else (lambda v: v not in vals)
    if space:
        return (lambda v: v == want) if isinstance(want, bool) else None
    return (lambda v: v == want) if isinstance(want, str) else None


class _Masks(dict[int, int]):
    """Value (a string id, or 0/1 for IS_SPACE) -> bit mask of the token tests it passes on one
    attribute; a test with no condition on the attribute passes whatever the value."""

    def __init__(self, free: int, checks: list[tuple[int, Check]], text: Callable[[int], Any]):
        super().__init__()
        self.free, self.checks, self.text = free, checks, text

    def __missing__(self, value: int) -> int:
        v = self.text(value)
        mask = self.free
        for bit, check in self.checks:
            if check(v):
                mask |= bit
        self[value] = mask
        return mask


class FastAttributes:
    """The attribute ruler's effect on a Doc. Each token test is a bit; the tests a token passes
    are the AND of four masks looked up by its TAG, LOWER, DEP and IS_SPACE values."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler  # kept: the normalised attributes are its own
        specs: list[dict[str, Any]] = []
        self.single: list[tuple[int, int]] = []  # (group, test bit): one-token patterns
        self.multi: list[tuple[int, int, tuple[int, ...]]] = []  # (group, index, test bits)
        ok = True
        for group, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                bits = []
                for spec in pattern:
                    if not isinstance(spec, dict) or not spec or not set(spec) <= set(NAMES):
                        ok = False
                    bits.append(1 << len(specs))
                    specs.append(spec if isinstance(spec, dict) else {})
                index = entry["index"] if entry["index"] >= 0 else len(bits) + entry["index"]
                if not bits or not 0 <= index < len(bits):
                    ok = False
                elif len(bits) == 1:
                    self.single.append((group, bits[0]))
                else:
                    self.multi.append((group, index, tuple(bits)))
        strings = ruler.vocab.strings
        self.masks: list[_Masks] = []
        for name in NAMES:
            space = name == "IS_SPACE"
            free, checks = 0, []
            for n, spec in enumerate(specs):
                if name not in spec:
                    free |= 1 << n
                    continue
                check = _check(spec[name], space)
                if check is None:
                    ok = False
                    continue
                checks.append((1 << n, check))
            text: Callable[[int], Any] = bool if space else strings.__getitem__
            self.masks.append(_Masks(free, checks, text))
        self.first = 0
        for _, _, tests in self.multi:
            self.first |= tests[0]
        self.attrs: list[dict[int, int]] = list(ruler.attrs)
        self.ok = ok and not any("_" in a for a in self.attrs)
        self.write = sorted({k for a in self.attrs for k in a})
        self._merged: dict[tuple[int, ...], int] = {}
        self._by_mask: dict[int, int] = {}
        self._rows: list[list[int]] = []
        self._table: numpy.ndarray | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (FastAttributes, (self.ruler,))  # the tests are closures: rebuilt, not pickled

    def _merge(self, groups: tuple[int, ...]) -> int:
        """The row of `self.table` holding what these groups set (later groups win)."""
        got = self._merged.get(groups)
        if got is None:
            merged: dict[int, int] = {}
            for g in sorted(groups):
                merged.update(self.attrs[g])
            got = self._merged[groups] = len(self._rows)
            self._rows.append([merged.get(a, KEEP) for a in self.write])
            self._table = None
        return got

    def _single(self, mask: int) -> int:
        got = self._by_mask.get(mask)
        if got is None:
            got = self._by_mask[mask] = self._merge(
                tuple(g for g, bit in self.single if mask & bit)
            )
        return got

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        mt, ml, md, ms = self.masks
        passed = [
            mt[t] & ml[lo] & md[d] & ms[sp] for t, lo, d, sp in doc.to_array(list(READ)).tolist()
        ]
        extra: dict[int, list[int]] = {}
        if self.first:
            for i, mask in enumerate(passed):
                if not mask & self.first:
                    continue
                for group, index, bits in self.multi:
                    if i + len(bits) <= n and all(
                        passed[i + j] & bit for j, bit in enumerate(bits)
                    ):
                        extra.setdefault(i + index, []).append(group)
        single = self._by_mask
        which = [single[m] if m in single else self._single(m) for m in passed]
        for i, groups in extra.items():
            mask = passed[i]
            which[i] = self._merge(tuple(g for g, bit in self.single if mask & bit) + tuple(groups))
        if self._table is None:
            self._table = numpy.asarray(self._rows, dtype=numpy.uint64)
        new = self._table[numpy.asarray(which)]
        old = doc.to_array(self.write).reshape((n, len(self.write)))
        doc.from_array(self.write, numpy.where(new == numpy.uint64(KEEP), old, new))
        return doc


@Language.factory("eventcoder_attributes", default_config={"source": "attribute_ruler"})
def make_attributes(nlp: Language, name: str, source: str) -> FastAttributes:
    """Built from the pipeline's own ruler (`source`), which the caller then removes."""
    return FastAttributes(nlp.get_pipe(source))  # type: ignore[arg-type]


def speed_up_attributes(nlp: Language, source: str = "attribute_ruler") -> bool:
    """Put the stand-in in place of the ruler when every pattern is simple; True if done."""
    if source not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(source)
    if type(ruler) is not AttributeRuler or not FastAttributes(ruler).ok:
        return False
    nlp.add_pipe("eventcoder_attributes", after=source, config={"source": source})
    nlp.remove_pipe(source)
    return True
