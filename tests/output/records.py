"""A small hand-made event with every optional part filled, shared by the output tests."""

from __future__ import annotations

from datetime import date

from tests.store.helpers import make_event

from eventcoder.records import ActorRef, EventType, Modality, Place, Quantity, TextSpan

TEXT = "Russian forces shelled Kharkiv, Ukraine, on Monday, killing 12 people, officials said."


def full_event(**fields):
    """An ASSAULT RUSMIL -> UKR with a place, a death toll and a reporter."""
    values = {
        "id": "e1",
        "doc_id": "d1",
        "mode": "bombard",
        "context": ("military",),
        "source": (ActorRef(TextSpan("Russian forces", 0, 14, 0), "Russia", "RUS", "MIL"),),
        "target": (
            ActorRef(TextSpan("Ukraine", 32, 39, 0), "Ukraine", "UKR", None, actor_id="UKR"),
        ),
        "reported_by": (ActorRef(TextSpan("officials", 72, 81, 0), None, None, "GOV"),),
        "date": date(2022, 5, 9),
        "date_text": "on Monday",
        "location": Place(
            TextSpan("Kharkiv", 23, 30, 0), "Kharkiv", "UKR", 49.98, 36.25, 706483, "PPLA"
        ),
        "quantities": (Quantity("dead", 12.0, "people", TextSpan("12 people", 60, 69, 0)),),
        "modality": Modality.ASSERTED,
    }
    text = fields.pop("text", TEXT)
    return make_event(
        text, TextSpan("shelled", 15, 22, 0), EventType.ASSAULT, **{**values, **fields}
    )
