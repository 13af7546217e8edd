"""The spaCy pipeline: the bundled model, our components registered, line breaks end sentences."""

from __future__ import annotations

import pytest

from eventcoder.errors import ModelError
from eventcoder.nlp.pipeline import build_nlp
from eventcoder.settings import Settings


@pytest.mark.slow
def test_pipeline_components_and_analysis(coder):
    nlp = coder.nlp
    assert nlp.pipe_names[-1] == "eventcoder_actors"
    assert "eventcoder_paragraphs" in nlp.pipe_names
    analysis = nlp.analyze_pipes()
    assert not analysis["problems"]["eventcoder_actors"]


@pytest.mark.slow
def test_pipeline_line_breaks_and_datelines_end_sentences(coder):
    doc = coder.nlp(
        "New Delhi [India]: Russia started the delivery\nDuring the wave, Russia helped India"
    )
    starts = [s.text.split()[0] for s in doc.sents]
    assert "Russia" in starts and "During" in starts


def test_pipeline_unknown_model_is_a_clear_error():
    with pytest.raises(ModelError, match="no_such_model"):
        build_nlp(Settings(model="no_such_model"))
