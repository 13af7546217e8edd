"""Long documents in pieces: split below spaCy's limit, and offsets put back on the whole text.

A scraped page can be a 10 MB single line. The Coder codes such a document as consecutive
pieces of at most `limit` characters, cut at a paragraph break when there is one, else at a
sentence end, else at a space, else anywhere; each piece is coded on its own and its events'
character offsets and sentence indices are shifted to index the original text. Within a piece a
run of tokens with no sentence end (no punctuation, no line break) is cut into sentences of at
most `max_tokens` tokens, so that no rule works over one 100,000-token "sentence".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from eventcoder.records import Event, Mention, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

# Characters per piece: far below spaCy's max_length (1,000,000), and small enough that the parser
# and the rules stay in memory and time proportional to the text. News articles are shorter than
# this and are coded whole.
CHUNK_CHARS = 50_000
# Characters the parser holds at once (one nlp.pipe batch): a batch of news articles, or two
# pieces of a long document; memory stays the same whatever the documents' length.
BATCH_CHARS = 200_000
# Tokens in one sentence before a sentence start is forced (a run with no punctuation).
MAX_SENTENCE_TOKENS = 200

_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n")
_SENTENCE = re.compile(r"[.!?;\u3002\u061f](?:[\"'\u201d\u2019)\]]*)\s+")
_SPACE = re.compile(r"\s+")
_ENDS = frozenset({".", "!", "?", ";", "\u3002", "\u061f", "..."})


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """[start, end) pieces covering `text` in order, none longer than `limit` characters.

    A cut falls after the last paragraph break in the second half of the window, else after a
    line break, a sentence end or a space there, else at `limit`: pieces end on whitespace when
    the text has any, so no word is split.
    """
    if len(text) <= limit:
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = None
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
            last = None
            for m in pattern.finditer(text, lo, hi):
                last = m
            if last is not None:
                cut = last.end()
                break
        if cut is None or cut <= start:
            cut = hi
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return pieces


def batches(items: Iterable[tuple[Doc, T]], size: int, chars: int) -> Iterator[list[tuple[Doc, T]]]:
    """(Doc, context) pairs in groups of at most `size` Docs and about `chars` characters."""
    group: list[tuple[Doc, T]] = []
    total = 0
    for item in items:
        n = len(item[0].user_data.get("text") or "")
        if group and (len(group) >= size or total + n > chars):
            yield group
            group, total = [], 0
        group.append(item)
        total += n
    if group:
        yield group


def cap_sentences(doc: Doc, max_tokens: int) -> None:
    """Start a sentence after every `max_tokens` tokens that have no sentence end between them.

    Only sentence starts are set (the parser keeps them and finds the others); text with normal
    punctuation is left untouched.
    """
    from spacy.attrs import IS_SPACE, ORTH

    strings = doc.vocab.strings
    run = 0
    for i, (orth, space) in enumerate(doc.to_array([ORTH, IS_SPACE]).tolist()):
        if run >= max_tokens:
            doc[i].is_sent_start = True
            run = 0
        run += 1
        text = strings[orth]
        if text in _ENDS or (space and "\n" in text):
            run = 0


def _shift(value: T, offset: int, sentences: int) -> T:
    """A copy of a record with every TextSpan (and `sentence` index) moved by the offsets."""
    if isinstance(value, TextSpan):
        return replace(  # type: ignore[return-value]
            value,
            start=value.start + offset,
            end=value.end + offset,
            sentence=value.sentence + sentences,
        )
    if isinstance(value, tuple):
        return tuple(_shift(v, offset, sentences) for v in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _shift(old, offset, sentences)
            if new is not old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value  # type: ignore[type-var]
    return value


def event_id(doc_sha: str, trigger_start: int, ev: Event) -> str:
    """The id events/assembly.py gives an event: from the document, trigger offset and codes."""
    key = f"{doc_sha}:{trigger_start}:{ev.type}:{ev.mode}:{ev.coder_version}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def shift_event(ev: Event, offset: int, sentences: int, doc_sha: str) -> Event:
    """An event of a piece as an event of the whole document: offsets, sentence and id."""
    if not offset and not sentences:
        return ev
    moved = _shift(ev, offset, sentences)
    return replace(
        moved,
        sentence=ev.sentence + sentences,
        id=event_id(doc_sha, moved.trigger.start, moved),
    )


def shift_mention(m: Mention, offset: int, sentences: int) -> Mention:
    """An actor mention of a piece as one of the whole document."""
    return m if not offset and not sentences else _shift(m, offset, sentences)
