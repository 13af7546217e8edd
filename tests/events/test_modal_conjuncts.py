"""A conjoined verb takes its modality from the clause it is really joined to: a tensed verb the
parser hangs on an infinitive of request is done alongside the request, not asked for."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        (
            "Ghana's president asked Togo to free the journalists and met with the Nigerian"
            " envoy on Monday.",
            "met",
            "asserted",
        ),
        (
            "Kenyan Foreign Minister Alfred Mutua urged the embassy to reconsider and spoke with"
            " the Ugandan foreign minister about the case.",
            "spoke",
            "asserted",
        ),
        # an untensed verb shares the modal of the verb it is joined to
        (
            "Kenya could withdraw its troops from Somalia and meet Ugandan officials.",
            "meet",
            "hypothetical",
        ),
        # a clause with its own subject keeps its own modality
        (
            "Kenya did not attack Somalia, and Uganda withdrew its troops from Somalia.",
            "withdrew",
            "asserted",
        ),
    ],
)
def test_modal_conjuncts(coder, sentence, trigger, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text == trigger]
    assert events, coder.code(sentence, date="2021-11-15")
    assert events[0].modality.value == modality
