"""Exact, faster stand-in for the model's rule lemmatizer: every answer remembered.

spaCy's rule lemmatizer gives a lemma that depends only on the token's text, POS and morphology,
but remembers only some of its answers (never base forms, the commonest case), works through a
Token object for every token, and tests each candidate form against a word list by scanning it
(57,000 nouns): most of its time on news text is repeated or linear work. The stand-in asks the
same lemmatizer once per distinct (text, POS, morphology), with its word lists as sets (it only
tests membership), and writes the lemmas back as an array; as the original, it leaves a lemma
already set (by the attribute rules) alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# Lemmatizer classes whose rule mode reads nothing of a token but its text, POS and morphology.
PURE = (Lemmatizer, EnglishLemmatizer)


class FastLemmas:
    """(orth, pos, morph) -> lemma id, filled by asking the wrapped lemmatizer."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.known: dict[tuple[int, int, int], int] = {}
        lemmatizer.lookups = _as_sets(lemmatizer.lookups)
        lemmatizer(Doc(lemmatizer.vocab, words=[]))  # its tables checked once, as on first use

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        known, lemmas = self.known, []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if not lemma:
                key = (orth, pos, morph)
                lemma = known.get(key, 0)
                if not lemma:
                    text = self.lemmatizer.lemmatize(doc[i])[0]
                    lemma = known[key] = self.strings.add(text)
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64))
        return doc


def _as_sets(lookups: Lookups) -> Lookups:
    """A copy of the tables with the word lists of "lemma_index" as frozensets."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            copy.add_table(name, {key: frozenset(words) for key, words in table.items()})
        else:
            copy.add_table(name, dict(table))
    return copy


@Language.factory("eventcoder_lemmas", default_config={"source": "lemmatizer"})
def make_lemmas(nlp: Language, name: str, source: str) -> FastLemmas:
    """Built around the pipeline's own lemmatizer (`source`), which the caller then removes."""
    return FastLemmas(nlp.get_pipe(source))  # type: ignore[arg-type]


def speed_up_lemmas(nlp: Language, source: str = "lemmatizer") -> bool:
    """Put the stand-in in place of a rule lemmatizer that does not overwrite; True if done."""
    if source not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(source)
    if type(lemmatizer) not in PURE or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    nlp.add_pipe("eventcoder_lemmas", after=source, config={"source": source})
    nlp.remove_pipe(source)
    return True
