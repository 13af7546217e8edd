"""Coming to someone's aid (events/rescue.py): the possessive names whom the help is for."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The US was able to come to India's assistance.", ("AID", ("USA",), ("IND",))),
        ("Poland rushed to Ukraine's aid.", ("AID", ("POL",), ("UKR",))),
        # the "of" phrase names whom the help is for, as before
        ("Turkey rushed to the aid of Azerbaijan with drones.", ("AID", ("TUR",), ("AZE",))),
    ],
)
def test_rescue_who_comes_to_the_aid_gives_it(coder, text, want):
    found = dyads(coder, text)
    assert want in found
    assert not [d for d in found if d[0] == "AID" and d[1] == want[2]]
