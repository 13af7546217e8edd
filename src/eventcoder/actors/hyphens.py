"""Hyphenated surnames the small model's entities cut in two.

spaCy splits "Wieczorek-Zeul" into three tokens, and its PERSON entity often ends at the hyphen
("Heidemarie Wieczorek", "Karl Brandt-"): the name's last part, usually the subject of the verb,
then stands alone and may match another person's surname ("Weber", "Schmidt"). Joining the parts
again before matching keeps the titled name whole ("Polish Foreign Minister Karl Brandt-Weber").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ENTS_KEY = "eventcoder.ents"  # nlp/ents.py's cached index, rebuilt after a change


def _joined_end(doc: Doc, ent: Span) -> int | None:
    """Where a PERSON entity cut at a hyphen inside a word should end, if it was cut."""
    end = ent.end
    if doc[end - 1].text == "-" and not doc[end - 2].whitespace_:
        hyphen = end - 1  # "Karl Brandt-"
    elif end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        hyphen = end  # "Heidemarie Wieczorek" + "-Zeul"
    else:
        return None
    if hyphen + 1 >= len(doc) or doc[hyphen].whitespace_:
        return None
    last = doc[hyphen + 1]
    if not (last.text[:1].isupper() and last.is_alpha):
        return None
    return hyphen + 2


def join_hyphened_names(doc: Doc) -> None:
    """Extend PERSON entities over the rest of a hyphenated surname (in place)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or len(ent) < 1:
            continue
        end = _joined_end(doc, ent) if ent.end >= 2 or ent.end < len(doc) else None
        if end is not None and end > ent.end:
            ents[k] = Span(doc, ent.start, end, label="PERSON")
            changed = True
    if changed:
        doc.ents = filter_spans(ents)
        doc.user_data.pop(ENTS_KEY, None)


def hyphen_end(doc: Doc, end: int) -> int:
    """The end of a name whose last word goes on after a hyphen ("Wieczorek" + "-Zeul")."""
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].is_alpha
    ):
        return end + 2
    return end


def hyphen_halves(doc: Doc, ents: list[Span]) -> set[int]:
    """The words of a hyphenated surname after a given name ("Karl Brandt-Weber"): neither half
    is another person's surname ("Brandt", "Weber"). A compound that starts the name ("the
    Biden-Harris administration") is left alone."""
    out: set[int] = set()
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        for i in range(ent.start + 1, ent.end - 2):
            first, hyphen, last = doc[i], doc[i + 1], doc[i + 2]
            if (
                hyphen.text == "-"
                and not first.whitespace_
                and not hyphen.whitespace_
                and first.text[:1].isupper()
                and last.text[:1].isupper()
                and first.is_alpha
                and last.is_alpha
            ):
                out |= {i, i + 2}
    return out
