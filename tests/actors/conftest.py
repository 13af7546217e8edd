"""Fixtures of the hand-parsed actor tests: a blank English pipeline (no statistical model) and
the actor matcher over the real dictionary, built once per module."""

from __future__ import annotations

import pytest
import spacy

from eventcoder.actors.dictionary import load_dictionary
from eventcoder.actors.match import ActorMatcher
from eventcoder.nlp.extensions import register_extensions


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher(nlp):
    return ActorMatcher(nlp, load_dictionary())
