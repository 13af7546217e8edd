"""The stand-ins for spaCy's attribute ruler and rule lemmatizer annotate exactly as they do."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from eventcoder.nlp.attributes import FastAttributes, speed_up_attributes
from eventcoder.nlp.lemmas import speed_up_lemmas
from eventcoder.settings import Settings

TEXTS = [
    "The ministers of France and Germany condemned the attack, which they said was illegal.",
    "There are reports that I'd gone, but y'all ain't gonna believe it: he's got ta go.",
    "Let's see.  It did what it had to do;\n\nthey themselves don't know whether it will.",
    "Everything that was done to them was done by us, and that is that.",
    "",
]
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def pair():
    model = Settings().model
    plain, fast = spacy.load(model), spacy.load(model)
    assert speed_up_attributes(fast) and speed_up_lemmas(fast)
    return plain, fast


@pytest.mark.slow
def test_stand_ins_replace_the_components(pair):
    _, fast = pair
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    names = fast.pipe_names
    assert names.index("eventcoder_attributes") < names.index("eventcoder_lemmas")


@pytest.mark.slow
def test_stand_ins_annotate_as_spacy_does(pair):
    plain, fast = pair
    for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
        assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [
            (t.pos_, str(t.morph), t.lemma_) for t in b
        ]


@pytest.mark.slow
def test_attribute_stand_in_pickles_and_works_after(pair):
    plain, fast = pair
    copy = pickle.loads(pickle.dumps(fast.get_pipe("eventcoder_attributes")))
    text = TEXTS[1]
    doc = fast.make_doc(text)
    for name, proc in fast.pipeline:
        if name == "eventcoder_attributes":
            doc = copy(doc)
        elif name != "eventcoder_lemmas":
            doc = proc(doc)
    want = plain(text)
    assert [t.pos_ for t in doc] == [t.pos_ for t in want]


def test_a_ruler_with_other_patterns_is_left_in_place():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}]], {"TAG": "NNP"})
    assert not FastAttributes(ruler).ok
    assert not speed_up_attributes(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_simple_patterns_apply_in_order_later_ones_winning():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["a", "an"]}}]], {"POS": "DET", "LEMMA": "a"})
    ruler.add([[{"LOWER": "an"}]], {"LEMMA": "an"})
    ruler.add([[{"LOWER": "an"}, {"LOWER": {"REGEX": "^ex"}}]], {"POS": "NOUN"}, index=1)
    assert speed_up_attributes(nlp)
    doc = nlp("a cat and an example")
    assert [t.pos_ for t in doc] == ["DET", "", "", "DET", "NOUN"]
    assert [t.lemma_ for t in doc] == ["a", "", "", "an", ""]
