"""A bare given name is the person the text named in full before with that given name: "I thank
John very much for his service" after "national security adviser John Bolton" is Bolton, not a
dictionary person whose family name happens to be "John". A word that is also the family name of
someone named earlier stays that person's (surnames are how news refers back)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from eventcoder.actors.dictionary import normalise, surname
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because


def given_names(doc: Doc, mentions: list[Span]) -> None:
    """Re-resolve one-word person mentions that repeat an earlier person's given name (in place)."""
    earlier: dict[str, ActorInfo] = {}  # given name -> the person named in full
    family: set[str] = set()
    # countries the text uses as countries (a place, a modifier, a capital): their names stay so
    used = {
        i.country
        for m in mentions
        for i in m._.actors
        if i.country and not (i.kind == ActorKind.COUNTRY and _as_person(m))
    }
    for m in sorted(mentions, key=lambda s: s.start):
        info: ActorInfo = m._.actors[0]
        word = normalise(m.text)
        if (
            info.kind == ActorKind.COUNTRY
            and earlier
            and info.country not in used
            and _as_person(m)
        ):
            # "Chad was an anomaly" after "Chadwick Boseman": a short given name, no country
            before = next((b for g, b in earlier.items() if _short_for(word, g)), None)
            if before is not None:
                how = because(Rule.EARLIER_GIVEN_NAME, before.how)
                m._.actors = (replace(before, how=how),)
            continue
        if info.kind != ActorKind.PERSON:
            continue
        if len(m) == 1 and m[0].pos_ == "PROPN" and word in earlier and word not in family:
            before = earlier[word]
            if before.name != info.name:
                how = because(Rule.EARLIER_GIVEN_NAME, before.how)
                m._.actors = (replace(before, how=how),)
            continue
        name = info.name or ""
        parts = normalise(name).split()
        # the mention itself must spell the given name out: "John Bolton", not "Bolton"
        if len(parts) > 1 and normalise(m.text).split()[-len(parts) :][:1] == parts[:1]:
            earlier.setdefault(parts[0], info)
        if last := surname(name):
            family.add(last)


# prepositions that put a name in a place ("in Chad", "to Jordan"): a country's use
PLACE_PREPS = {"in", "to", "from", "into", "across", "near", "of", "at", "through", "with"}


def _as_person(m: Span) -> bool:
    """A lone capitalised country word used as a person is: a subject or object, not a place
    after a preposition nor a modifier ("Chad's army")."""
    tok = m.root
    if len(m) != 1 or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "appos", "conj"}:
        return False
    return not (tok.head.dep_ == "prep" and tok.head.lower_ in PLACE_PREPS)


def _short_for(word: str, given: str) -> bool:
    """Is `word` the given name or its short form ("chad" of "chadwick")?"""
    return word == given or (len(word) >= 3 and len(given) > len(word) and given.startswith(word))
