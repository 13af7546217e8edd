"""Load the spaCy model once and add eventcoder's components; nothing is downloaded."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.errors import ModelError
from eventcoder.nlp.attributes import speed_up_attributes
from eventcoder.nlp.extensions import register_extensions
from eventcoder.nlp.lemmas import speed_up_lemmas
from eventcoder.nlp.owners import named_owners  # noqa: F401 (registers the component)
from eventcoder.settings import Settings

# Components of the English pipelines the coder does not read: skipped for speed.
UNUSED = ("senter",)


DATELINE_END = {":", "—", "–", "-", "--"}


@Language.component("eventcoder_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence (wire copy often drops a paragraph's final full stop), and a
    dateline ("New Delhi [India]:", "WASHINGTON (Reuters) -") is not part of the first sentence."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_SPACE]).tolist()[:-1]  # (read as arrays: no Token objects)
    starts = [0] + [
        i + 1 for i, (orth, space) in enumerate(rows) if space and "\n" in strings[orth]
    ]
    for i in starts[1:]:
        doc[i].is_sent_start = True
    for i in starts:
        _split_dateline(doc, i)
    return doc


def _split_dateline(doc: Doc, start: int) -> None:
    """Up to eight capitalised or bracketed tokens followed by ':' or a dash."""
    for j in range(start, min(start + 9, len(doc) - 1)):
        tok = doc[j]
        if tok.text in DATELINE_END and j > start:
            if doc[j + 1].text[:1].isupper():
                doc[j + 1].is_sent_start = True
            return
        if not (tok.text[:1].isupper() or tok.text in {"(", ")", "[", "]", ","} or tok.is_space):
            return


def build_nlp(
    settings: Settings, components: Sequence[tuple[str, dict[str, Any]]] = ()
) -> Language:
    """The model named in settings, line-break sentences, then `components` (name, config) added
    last by their registered factory names. This module knows no component of a later stage: the
    caller registers their factories (importing the module that declares them) before calling."""
    register_extensions()
    try:
        nlp = spacy.load(settings.model, exclude=list(UNUSED))
    except OSError as exc:
        raise ModelError(
            f"model {settings.model!r}: cannot load it (install it as a package, or pass a path)"
        ) from exc
    if "parser" not in nlp.pipe_names:
        raise ModelError(
            f"model {settings.model!r}: has no dependency parser, which the coder needs"
        )
    # Same annotations, a fraction of the time (each checks it can stand in, else keeps spaCy's).
    speed_up_attributes(nlp)
    speed_up_lemmas(nlp)
    nlp.add_pipe("eventcoder_paragraphs", before="parser")
    nlp.add_pipe("eventcoder_named_owners", after="parser")
    for name, config in components:
        nlp.add_pipe(name, config=config, last=True)
    return nlp
