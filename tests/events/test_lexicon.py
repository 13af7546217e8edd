"""Every trigger-lexicon entry's example sentence must be coded with the entry's type."""

from __future__ import annotations

import pytest

from eventcoder.events.lexicon import load_lexicon

ENTRIES = load_lexicon().entries


def test_lexicon_loads_with_examples():
    assert len(ENTRIES) >= 100
    assert all(e.example.strip() for e in ENTRIES)


def test_lexicon_covers_every_plover_type():
    from eventcoder.records import EventType

    assert {e.type for e in ENTRIES} == set(EventType)


@pytest.fixture(scope="module")
def any_target_coder():
    """Examples show a trigger's type; many name no recipient ("Russia pledged to ..."), which the
    default coder leaves out (Settings.require_target), so they are coded without that rule."""
    from eventcoder import Coder
    from eventcoder.settings import Settings

    return Coder(settings=Settings(require_target=False, min_confidence=0.0))


@pytest.mark.slow
@pytest.mark.parametrize(
    "entry", ENTRIES, ids=[f"{e.lemma}-{e.pos}-{e.type}-{i}" for i, e in enumerate(ENTRIES)]
)
def test_lexicon_example_codes_its_type(any_target_coder, entry):
    events = any_target_coder.code(entry.example, date="2022-06-15")
    got = {(ev.type.value, ev.trigger.text.lower()) for ev in events}
    assert any(t == entry.type.value for t, _ in got), f"{entry.example!r} gave {sorted(got)}"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # support of a material kind is the help itself (GUIDELINES §20)
        ("Iran has supported the Houthis militarily.", "AID"),
        ("Norway will support Sudan financially.", "AID"),
        # backing of another kind stays verbal
        ("China continues to support Russia politically.", "SUPPORT"),
    ],
)
def test_lexicon_material_support_is_aid(any_target_coder, sentence, want):
    events = any_target_coder.code(sentence, date="2022-06-15")
    assert [e.type.value for e in events if e.trigger.text.startswith("support")] == [want]
