"""Fast scans over a Doc: find the few tokens a rule cares about without building every Token."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.attrs import LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

_TEXTS = "eventcoder.texts"


def tokens_with_lower(doc: Doc, words: Iterable[str]) -> Iterator[Token]:
    """Tokens whose lower-cased text is one of `words` ("he", "we", ...)."""
    ids = {doc.vocab.strings.add(w) for w in words}
    for i in [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in ids]:
        yield doc[i]


def tokens_with_pos(doc: Doc, pos_ids: set[int]) -> Iterator[Token]:
    """Tokens whose coarse part of speech is one of `pos_ids` (spacy.symbols values)."""
    for i in [i for i, p in enumerate(doc.to_array(POS).tolist()) if p in pos_ids]:
        yield doc[i]


def doc_text(doc: Doc) -> str:
    """The document text, built once (Doc.text joins every token on each call)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return str(text)


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, built once per document without making Token objects."""
    texts = doc.user_data.get(_TEXTS)
    if texts is None:
        strings = doc.vocab.strings
        texts = doc.user_data[_TEXTS] = [strings[h] for h in doc.to_array(ORTH).tolist()]
    return texts  # type: ignore[no-any-return]


_STARTS = "eventcoder.sent_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """Token index where each sentence starts (as `doc.sents` gives them), computed once."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [s.start for s in doc.sents]
    return starts  # type: ignore[no-any-return]


def sentence_start(doc: Doc, i: int) -> int:
    """Where the sentence of token `i` starts: `doc[i].sent.start` without building the Span."""
    starts = sentence_starts(doc)
    return starts[max(0, bisect_right(starts, i) - 1)]


def indices_with(doc: Doc, attr: int, words: Iterable[str], lower: bool = False) -> list[int]:
    """Indices of the tokens whose string attribute `attr` (LOWER, LEMMA, ...) is one of `words`
    (compared lower-cased if `lower`), in order; each distinct string is looked at once."""
    words = set(words)
    strings = doc.vocab.strings
    values = doc.to_array(attr).tolist()
    wanted = {h for h in set(values) if (strings[h].lower() if lower else strings[h]) in words}
    return [i for i, h in enumerate(values) if h in wanted] if wanted else []


def span_group(doc: Doc, name: str) -> list[Span]:
    """The spans of `doc.spans[name]` as a list made once (iterating a SpanGroup builds every
    Span anew); made again if the group is replaced."""
    group = doc.spans.get(name)
    if group is None:
        return []
    key = f"eventcoder.spans.{name}"
    cached = doc.user_data.get(key)
    if cached is None or cached[0] is not group or len(cached[1]) != len(group):
        cached = doc.user_data[key] = (group, list(group))
    return cached[1]  # type: ignore[no-any-return]
