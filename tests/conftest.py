"""Shared fixtures: the coders (the model loads once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def coder():
    """The rules as written: every event kept (min_confidence 0), so a rule's test does not
    depend on the fitted confidence model; the default floor has tests of its own."""
    from eventcoder import Coder
    from eventcoder.settings import Settings

    c = Coder(settings=Settings(min_confidence=0.0))
    c.builder  # noqa: B018  (load once)
    return c


@pytest.fixture(scope="session")
def default_coder():
    """The coder as a user gets it (default settings, confidence floor included)."""
    from eventcoder import Coder

    c = Coder()
    c.builder  # noqa: B018  (load once)
    return c


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS
