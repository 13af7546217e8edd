"""A refusal to consider a request is REJECT toward the one who asked, asserted (the "not" is
the refusal, not a denial of it); considering a request is no event of this entry."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


def test_refusals_not_considering_a_request_is_reject(coder):
    got = dyads(coder, "Interpol said it would not consider Iran's request.", date="2020-01-10")
    assert ("REJECT", ("IGO",), ("IRN",)) in got


def test_refusals_considering_a_request_is_no_reject(coder):
    got = dyads(coder, "Interpol said it would consider Iran's request.", date="2020-01-10")
    assert not [d for d in got if d[0] == "REJECT"]


def test_refusals_the_refusal_is_asserted(coder):
    events = coder.code("Interpol will never consider Iran's request.", date="2020-01-10")
    assert [(e.type.value, e.modality.value) for e in events] == [("REJECT", "asserted")]
