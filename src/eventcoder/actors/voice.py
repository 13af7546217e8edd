"""The publisher's own officials and bodies. In a government's own release an official named
without a country ("Ambassador Kim", "Assistant Secretary Phee") is that government's, and so is
its own legislature called by its short name ("working with Congress" in a State Department
release: the United States Congress, whose name ends in the word). A transcript's speaker label
("PRESIDENT ABBAS:") is not the publisher's: a guest speaks there."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from eventcoder.actors.dictionary import ActorDictionary, normalise
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule, because
from eventcoder.actors.titled import POSTS

# a legislature's short name is the publisher's own; a court's or a commission's is often a
# foreign or international one named before ("the Court" for the ICJ)
OWN_BODY_SECTORS = {"LEG"}


def voice_officials(doc: Doc, mentions: list[Span], labels: set[int], d: ActorDictionary) -> None:
    """Give the publisher's country to its own officials and bodies (in place)."""
    voice = doc._.voice
    if not voice:
        return
    for m in mentions:
        if m.start in labels:
            continue
        info: ActorInfo = m._.actors[0]
        if info.country is not None or not info.sector:
            continue
        own = (
            (
                info.kind in {ActorKind.PERSON, ActorKind.TITLE}
                and (info.actor_id is not None or _title_held(d, voice, info, m.text))
            )
            or (
                info.kind == ActorKind.NOUN
                and info.sector in OWN_BODY_SECTORS
                and m.text[:1].isupper()
                and normalise(m.text) in _short_names(d, voice, info.sector)
            )
            # "the Embassy in Moscow", "our embassy in Minsk": the publisher's post abroad
            or (info.kind == ActorKind.NOUN and m.root.lower_ in POSTS)
        )
        if own:
            how = because(Rule.PUBLISHER, info.how)
            m._.actors = (replace(info, country=voice, how=how),)


def _title_held(d: ActorDictionary, country: str, info: ActorInfo, text: str) -> bool:
    """Could the publisher's own official carry this title? A title of a particular office
    ("Foreign Minister", "Prime Minister") none of whose words the country's officials' titles
    use is a guest's, not the publisher's (the United States has a Secretary of State)."""
    if not info.office or info.office == "other":
        return True
    title = _title_text(info.how) or text
    return bool(set(normalise(title).split()) & _title_words(d, country))


def _title_text(how: Reason) -> str | None:
    """The title a mention's reason names ("title 'Foreign Minister'"), however deep."""
    if how.rule is Rule.TITLE and how.args and isinstance(how.args[0], str):
        return how.args[0]
    return next((t for a in how.args if isinstance(a, Reason) and (t := _title_text(a))), None)


# per dictionary: the dictionary itself (so its id is never reused while cached) and the word
# sets made from it, by (what, country, sector)
_WORDS: dict[int, tuple[ActorDictionary, dict[tuple[str, str, str], frozenset[str]]]] = {}


def _held(d: ActorDictionary) -> dict[tuple[str, str, str], frozenset[str]]:
    """The word sets cached for this dictionary (a new dictionary at a reused id starts afresh)."""
    held = _WORDS.get(id(d))
    if held is None or held[0] is not d:
        held = _WORDS[id(d)] = (d, {})
    return held[1]


def _title_words(d: ActorDictionary, country: str) -> frozenset[str]:
    """Words of the titles the dictionary's officials of a country hold ("secretary", "state")."""
    cache = _held(d)
    key = ("titles", country, "")
    if key not in cache:
        cache[key] = frozenset(
            w
            for a in d.people.values()
            for r in a.roles
            if r.country == country and r.title
            for w in normalise(r.title).split()
        )
    return cache[key]


def _short_names(d: ActorDictionary, country: str, sector: str) -> frozenset[str]:
    """Last words of the names of a country's own state bodies of one sector ("congress")."""
    cache = _held(d)
    key = ("bodies", country, sector)
    if key not in cache:
        cache[key] = frozenset(
            normalise(n).split()[-1]
            for o in d.orgs.values()
            if o.kind == "state" and o.country == country and o.sector == sector
            for n in [o.name, *o.aliases]
            if n.strip()
        )
    return cache[key]
