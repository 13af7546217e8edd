"""The victims of a state's force abroad: unnamed people ("civilians", "schools and hospitals") hit
by a state that the document says wages a war, invasion or aggression on another country belong to
that country ("the shelling of civilians by Russian armed forces" in a statement on "Russia's
aggression against Ukraine" -> UKR), not to the attacker's own country, which the guess of the
document's country (or of the doer's, for unnamed victims) gives them, since the aggressor is
the country such documents name most (GUIDELINES §4: the victims' country is the target). Where
the document names no such war, a war between states that the news of the day takes for granted
(data/wars.yaml: "Russia's forces destroyed schools" in 2022) decides; else the guess stands (a
junta killing protesters at home)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from eventcoder.actors.records import ActorKind, Rule, because
from eventcoder.events.afflicted import WAR_NOUNS
from eventcoder.events.scene import Scene
from eventcoder.events.sides import Side
from eventcoder.events.wars import waged_on
from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import EventType

# guesses that give unnamed victims a country: the document's, or the doer's own
GUESSED_VICTIMS = {Rule.DOCUMENT_COUNTRY, Rule.LOCAL_VICTIMS, Rule.DOMESTIC_ACT}
# the words that say whose war it is ("Russia's war", "the Russian invasion", "by Russia")
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
# the prepositions that say on whom it is waged ("on Ukraine", "against Ukraine", "of Ukraine")
FRONT_PREPS = {"on", "against", "of"}
# police force is mostly used at home: its victims stay the guess
HOME_SECTORS = {"COP"}


def front_victims(
    scene: Scene, type_: EventType, targets: list[Side], sources: list[Side]
) -> list[Side]:
    """Victims the guess gave the attacker's own country, moved to the country the document says
    the attacker wages war on."""
    if type_ is not EventType.ASSAULT or not targets or not sources:
        return targets
    doers = {i.country or "" for _, i in sources if i.sector not in HOME_SECTORS}
    if len(doers) != 1 or "" in doers:
        return targets
    (doer,) = doers
    out: list[Side] = []
    for span, info in targets:
        if info.country == doer and info.how.mentions(GUESSED_VICTIMS):
            front = war_front(scene, doer) or known_front(scene, doer)
            if front is not None:
                how = because(Rule.SENTENCE_PLACE, info.how, front[0])
                info = replace(info, country=front[1], how=how)
        out.append((span, info))
    return out


def war_front(scene: Scene, doer: str) -> tuple[str, str] | None:
    """The country the document most often says ``doer`` wages war on, with one name for it."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for tok in scene.doc:
        if tok.lemma_.lower() not in WAR_NOUNS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not _waged_by(scene, tok, doer):
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in FRONT_PREPS:
                continue
            for p in prep.children:
                span = scene.mention_at.get(p.i) if p.dep_ == "pobj" else None
                if span is None:
                    continue
                info = span._.actors[0]
                country = info.country
                if not country or country == doer or country in NON_STATE:
                    continue
                if info.kind not in {ActorKind.COUNTRY, ActorKind.PLACE}:
                    continue
                counts[country] += 1
                names.setdefault(country, span.text)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    return names[country], country


def known_front(scene: Scene, doer: str) -> tuple[str, str] | None:
    """The state ``doer`` wages war on at the document's date by data/wars.yaml, with words for it
    that say why."""
    victim = waged_on(doer, scene.document.date)
    if victim is None:
        return None
    return f"the war {doer} wages on {victim} (data/wars.yaml)", victim


def _waged_by(scene: Scene, war: Token, doer: str) -> bool:
    """Does the war noun name ``doer`` as its owner ("Russia's war", "Russian aggression", "the
    invasion by Russia")?"""
    owners = [c for c in war.children if c.dep_ in OWNER_DEPS]
    for by in (c for c in war.children if c.dep_ == "agent"):
        owners += [p for p in by.children if p.dep_ == "pobj"]
    for o in owners:
        span = scene.mention_at.get(o.i)
        if span is not None and span._.actors[0].country == doer:
            return True
    return False
