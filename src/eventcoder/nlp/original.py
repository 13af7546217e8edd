"""Evidence in the document's own characters. The model parses a copy of the text with a few
characters swapped one for one (coder.parse_text: the curly apostrophe as the plain one), so
every offset still points into the original; the texts of spans, sentences and dates taken from
the parse are cut again from the original at the same offsets."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from eventcoder.records import Event, TextSpan

T = TypeVar("T")


def recut(value: T, original: str, parsed: str) -> T:
    """A copy of an event or mention whose texts are the original's (nothing to do when the
    parsed copy is the original)."""
    if original == parsed:
        return value
    out = _spans(value, original)
    if isinstance(out, Event):
        text, date_text = out.text, out.date_text
        at = parsed.rfind(text, 0, out.trigger.start + len(text)) if text else -1
        if at >= 0:
            text = original[at : at + len(text)]
            if date_text and (d := parsed.find(date_text, at)) >= 0:
                date_text = original[d : d + len(date_text)]
        out = replace(out, text=text, date_text=date_text)  # type: ignore[assignment]
    return out


def _spans(value: Any, original: str) -> Any:
    if isinstance(value, TextSpan):
        cut = original[value.start : value.end]
        return value if cut == value.text else replace(value, text=cut)
    if isinstance(value, tuple):
        return tuple(_spans(v, original) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _spans(old, original)
            if new is not old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value
