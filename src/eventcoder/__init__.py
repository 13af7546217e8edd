"""eventcoder: news text in, PLOVER political events out, each with its evidence."""

from eventcoder.coder import Coder
from eventcoder.errors import DataFileError, EventcoderError, InputError, ModelError
from eventcoder.records import (
    Actor,
    ActorRef,
    CodedDocument,
    Document,
    Event,
    EventType,
    Mention,
    Modality,
    Place,
    Quantity,
    Role,
    Sector,
    TextSpan,
)
from eventcoder.version import __version__

__all__ = [
    "Actor",
    "ActorRef",
    "CodedDocument",
    "Coder",
    "DataFileError",
    "Document",
    "Event",
    "EventType",
    "EventcoderError",
    "InputError",
    "Mention",
    "Modality",
    "ModelError",
    "Place",
    "Quantity",
    "Role",
    "Sector",
    "TextSpan",
    "__version__",
]
