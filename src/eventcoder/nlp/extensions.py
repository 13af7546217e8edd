"""Every custom Doc/Span/Token attribute eventcoder uses, declared once (clashes raise)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Declare the extensions; safe to call again (only our own names are checked)."""
    if not Doc.has_extension("pub_date"):
        Doc.set_extension("pub_date", default=None)  # datetime.date of publication, or None
    if not Doc.has_extension("voice"):
        Doc.set_extension("voice", default=None)  # country code of who speaks ("we"), or None
    if not Doc.has_extension("doc_id"):
        Doc.set_extension("doc_id", default=None)
    if not Span.has_extension("actors"):
        Span.set_extension("actors", default=())  # tuple[ActorInfo, ...] for a mention span
