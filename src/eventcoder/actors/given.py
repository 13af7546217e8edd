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
    for m in sorted(mentions, key=lambda s: s.start):
        info: ActorInfo = m._.actors[0]
        if info.kind != ActorKind.PERSON:
            continue
        word = normalise(m.text)
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
