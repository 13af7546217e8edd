"""Fast scans over a Doc: find the few tokens a rule cares about without building every Token."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Token


def tokens_with_lower(doc: Doc, words: Iterable[str]) -> Iterator[Token]:
    """Tokens whose lower-cased text is one of `words` ("he", "we", ...)."""
    ids = {doc.vocab.strings.add(w) for w in words}
    lows = doc.to_array(LOWER)
    for i, low in enumerate(lows):
        if int(low) in ids:
            yield doc[i]


def tokens_with_pos(doc: Doc, pos_ids: set[int]) -> Iterator[Token]:
    """Tokens whose coarse part of speech is one of `pos_ids` (spacy.symbols values)."""
    for i, p in enumerate(doc.to_array(POS)):
        if int(p) in pos_ids:
            yield doc[i]


def doc_text(doc: Doc) -> str:
    """The document text, built once (Doc.text joins every token on each call)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return str(text)
