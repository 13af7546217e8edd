"""Per-document arrays the rules read instead of building Token and Span objects: each must
answer exactly what the spaCy attribute it replaces answers."""

from __future__ import annotations

import spacy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Span

from eventcoder.nlp.ents import doc_ents, sentence_ents
from eventcoder.nlp.scan import (
    indices_with,
    sentence_start,
    sentence_starts,
    span_group,
    token_texts,
)

TEXT = (
    "The group met in Paris. Its leaders, and their Allies, said “no”.\n\n"
    "Groups of protesters gathered; the GROUP left"
)


def _doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    for t in doc:
        t.lemma_ = t.text.rstrip("s") if t.text.lower() in {"groups", "leaders"} else t.text
    doc.ents = [Span(doc, 4, 5, label="GPE"), Span(doc, 13, 14, label="NORP")]
    return doc


def test_token_texts_and_sentences_match_spacy():
    doc = _doc()
    assert token_texts(doc) == [t.text for t in doc]
    assert sentence_starts(doc) == [s.start for s in doc.sents]
    assert [sentence_start(doc, t.i) for t in doc] == [t.sent.start for t in doc]
    assert [sentence_start(doc, t.i) for t in doc] == [doc[t.i : t.i + 1].sent.start for t in doc]


def test_indices_with_reads_each_string_attribute():
    doc = _doc()
    assert indices_with(doc, LOWER, {"and", ","}) == [t.i for t in doc if t.lower_ in {"and", ","}]
    groups = [t.i for t in doc if t.lemma_.lower() == "group"]
    assert len(groups) == 3
    assert indices_with(doc, LEMMA, {"group"}, lower=True) == groups
    assert indices_with(doc, LEMMA, {"group"}) == [t.i for t in doc if t.lemma_ == "group"]
    assert indices_with(doc, LOWER, {"absent"}) == []


def test_entities_are_read_once_and_by_sentence():
    doc = _doc()
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    for sent in doc.sents:
        assert [(e.start, e.end) for e in sentence_ents(sent)] == [
            (e.start, e.end) for e in sent.ents
        ]


def test_span_group_follows_a_replaced_group():
    doc = _doc()
    assert span_group(doc, "actors") == []
    doc.spans["actors"] = [doc[0:2], doc[4:5]]
    assert [(s.start, s.end) for s in span_group(doc, "actors")] == [(0, 2), (4, 5)]
    assert span_group(doc, "actors") is span_group(doc, "actors")  # made once
    doc.spans["actors"] = [doc[13:14]]
    assert [(s.start, s.end) for s in span_group(doc, "actors")] == [(13, 14)]
