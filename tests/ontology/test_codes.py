"""The code table: every type has a default row; modes fall back to it."""

from __future__ import annotations

import re

from eventcoder.ontology.codes import code_table, codes_for, modes_of
from eventcoder.records import EventType


def test_codes_every_type_has_valid_default_codes():
    for kind in EventType:
        c = codes_for(kind, None)
        assert re.fullmatch(r"\d\d", c.cameo), kind
        assert c.quad_class in (1, 2, 3, 4)
        assert -10.0 <= c.goldstein <= 10.0


def test_codes_quad_class_follows_cooperation_and_conflict():
    assert codes_for(EventType.AGREE, None).quad_class == 1
    assert codes_for(EventType.AID, None).quad_class == 2
    assert codes_for(EventType.ACCUSE, None).quad_class == 3
    assert codes_for(EventType.ASSAULT, None).quad_class == 4


def test_codes_unknown_mode_falls_back_to_the_type_default():
    assert codes_for(EventType.ASSAULT, "no-such-mode") == codes_for(EventType.ASSAULT, None)


def test_codes_modes_of_a_type_are_its_table_rows():
    table = code_table()
    for kind in EventType:
        for mode in modes_of(kind):
            assert codes_for(kind, mode) == table[(kind, mode)]
    assert any(modes_of(kind) for kind in EventType)
