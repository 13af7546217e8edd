"""Entities by sentence, from an index built once per Doc.

spaCy's `Span.ents` scans every entity of the Doc on each call; rules that ask for a sentence's
entities once per event made long documents quadratic (a 100,000-character text took minutes).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

_KEY = "eventcoder.ents"


def _index(doc: Doc) -> tuple[list[int], list[Span]]:
    index = doc.user_data.get(_KEY)
    if index is None:
        ents = list(doc.ents)
        index = ([e.start for e in ents], ents)
        doc.user_data[_KEY] = index
    return index  # type: ignore[no-any-return]


def doc_ents(doc: Doc) -> list[Span]:
    """`doc.ents`, made once (each read of `doc.ents` builds every entity Span anew)."""
    return _index(doc)[1]


def sentence_ents(sent: Span) -> list[Span]:
    """The entities inside `sent`, as `sent.ents` gives them, in order."""
    starts, ents = _index(sent.doc)
    out = []
    i = bisect_left(starts, sent.start)
    while i < len(ents) and ents[i].start < sent.end:
        if ents[i].end <= sent.end:
            out.append(ents[i])
        i += 1
    return out
