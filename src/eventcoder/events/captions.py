"""Captions and fragments: a picture caption ("... Image: The White House.") or a piece of text
with no finite verb of its own asserts no event (GUIDELINES §1). Moved out of genericity.py
(kept under 500 lines); genericity re-exports `caption` for the filters."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# ---- captions and fragments -----------------------------------------------------------------
CREDIT_LABELS = {"image", "photo", "photograph", "picture", "credit", "credits", "caption"}


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def caption(tok: Token) -> str | None:
    """A picture caption ("... as part of the Abraham Accords. Image: The White House.") or a
    fragment with no finite verb of its own ("Protesters in Lima, March 2020.")."""
    sent = tok.sent
    doc = tok.doc
    known = doc.user_data.setdefault("eventcoder.captions", {})  # one answer per sentence
    if sent.start not in known:
        known[sent.start] = _caption(doc, sent)
    return known[sent.start]  # type: ignore[no-any-return]


def _caption(doc: Doc, sent: Span) -> str | None:
    # the label in the sentence, or opening the next one ("... Niger. Image: Elysee Palace.")
    # (the next tokens one by one: an empty Span at the document's end measures the whole text)
    for t in [*sent, *(doc[i] for i in range(sent.end, min(sent.end + 2, len(doc))))]:
        # the label may be glued to the caption's last word ("Abraham AccordsImage:")
        glued = any(t.text.endswith(w.capitalize()) for w in CREDIT_LABELS) and t.text[:1].isupper()
        if (
            (t.lower_ in CREDIT_LABELS or glued)
            and t.i <= sent.end
            and t.i + 1 < len(doc)
            and doc[t.i + 1].text == ":"
        ):
            return f"a picture caption ('{t.text}:')"
    # the small model tags some finite verbs as adjectives ("... alarmed Europe."): the fine tag
    # or a verbal root still shows a clause
    if len(sent) < 4 or any(
        t.pos_ in {"VERB", "AUX"}
        or t.tag_ in FINITE_TAGS
        or (t.dep_ == "ROOT" and t.tag_.startswith("VB"))
        or (t.tag_ in {"JJ", "VBN"} and t.lower_.endswith("ed") and t.i > sent.start + 1)
        for t in sent
    ):
        return None
    return "a fragment: no verb"
