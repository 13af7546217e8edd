"""A nationality said once for a coordination of officials or forces (events/conjoined.py)."""

from __future__ import annotations

import pytest
from tests.explaining import assaults

pytestmark = pytest.mark.slow


def test_conjoined_the_first_nouns_country_beats_the_place(coder):
    text = "Iranian militias attacked American diplomats and service members in Iraq on Monday."
    assert assaults(coder, text) == {(("IRN",), ("USA",))}


def test_conjoined_civilians_do_not_share_the_modifier(coder):
    # whose civilians "Russian troops and civilians in Syria" are is not said by the adjective
    text = "Rebels attacked Russian troops and civilians in Syria on Monday."
    found = assaults(coder, text)
    assert all(t != ("RUS",) for _, t in found), found
