"""Guessing the sides an event's words leave open: the country of an actor known only by sector,
a counterpart, an apposition's country, another actor of the sentence as target (the previous
sentence's is in readouts.py). Each guess says why in its Reason. The sides at home (unnamed
local doers, authorities and victims, the domestic recipient, the doer's own side) are in
domestic.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.actors.resolve import person_on
from eventcoder.events.beside import outside_act
from eventcoder.events.commenters import commenter
from eventcoder.events.conjoined import shared_country
from eventcoder.events.origins import origin
from eventcoder.events.owners import owned_official
from eventcoder.events.political_words import GATHERINGS
from eventcoder.events.role_words import CLAUSE_PREPS
from eventcoder.events.scene import Scene
from eventcoder.events.venues import seat_city
from eventcoder.nlp.scan import span_group
from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import EventType

Side = tuple[Span, ActorInfo]

TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "during", "like", "as", "amid"}
NO_FALLBACK_TARGET = {EventType.PROTEST}
# types where a place named in the sentence is only the venue, never the target; for CONSULT the
# place is the host, PLOVER's recipient ("leaders met in Niamey" -> NER)
VENUE_TYPES = {EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE}
# types where a place can stand for the target ("shelled Kharkiv", "aid to Gaza")
MATERIAL = {
    EventType.ASSAULT,
    EventType.COERCE,
    EventType.MOBILIZE,
    EventType.RETREAT,
    EventType.AID,
    EventType.PROTEST,
    EventType.SANCTION,
}
# force, mobilisation or a pullback by the forces of two states named by their own words, with
# nobody else named, is between them ("Indian and Pakistani troops exchanged fire"); a pledge or
# refusal by two is aimed at a third ("China, Iran and Russia pledged funds")
MUTUAL = {EventType.ASSAULT, EventType.MOBILIZE, EventType.RETREAT}
PRONOUN_RULES = {Rule.PRONOUN, Rule.PRONOUN_SIDES, Rule.REFERS_BACK}
# an international body named in the sentence is mostly where or with whom the doer acts, or
# who reports it ("working at the OSCE to provide relief", "rejecting calls from ECOWAS",
# "NATO said"): the nearest-actor guess only inside the trigger's own clause, or for talks
BYSTANDER_CODES = {"IGO", "NGO"}
# the speaker: never the guessed recipient of force or a material act ("we honour those detained")
FIRST_PERSON = {"we", "us", "our", "ours", "i", "me", "my", "mine"}
# a state's unnamed authorities ("police", "troops"): placed only where they act, not by any place
AUTHORITY_SECTORS = {"GOV", "COP", "MIL", "JUD", "SPY", "LEG"}
# prepositions that say where something happens or is ("arrested in Minsk", "police at the gate");
# "to", "into", "from" name a destination or origin ("sent to The Hague", "flew to Moscow")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}
# a clause or noun phrase of its own: a place inside one locates something else
OTHER_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "appos"}
# people a possessive places beside its owner ("work with its partner in Kabul", "its allies")
PARTNER_WORDS = {"partner", "ally", "neighbor", "neighbour", "counterpart", "friend", "colleague"}
# a doer whose country was only guessed from the sentence or the document
GUESSED_COUNTRY = {
    Rule.SENTENCE_PLACE,
    Rule.DOCUMENT_COUNTRY,
    Rule.UNNAMED_PROTESTERS,
    Rule.UNNAMED_AUTHORITIES,
}


def fill(
    scene: Scene,
    span: Span,
    info: ActorInfo,
    sent: Span,
    doer: bool = False,
    tok: Token | None = None,
) -> ActorInfo:
    """An actor known only by sector ("police", "protesters") takes the country of its possessor
    ("its troops", "Myanmar's military"), else of the place the sentence names, else the country
    the document is mostly about. A doer known only by title or by an unknown name ("the prime
    minister apologised") is placed the same way when no publisher speaks for a country."""
    if (owned := owned_official(scene, span, info)) is not None:
        return owned  # "with its president warning": the owner's official, not the publisher's
    unknown = info.kind == ActorKind.PERSON and not info.sector
    if info.country or not (info.sector or (doer and unknown)):
        return info
    voice = sent.doc._.voice
    if info.kind in {ActorKind.TITLE, ActorKind.PERSON}:
        if voice and not unknown and doer:
            # "Assistant Secretary Molly Phee": an untitled-country official is the publisher's
            return replace(info, country=voice, how=because(Rule.PUBLISHER, info.how))
        if not doer or voice:
            return info
    if (shared := shared_country(scene, span, info)) is not None:
        return shared  # "American diplomats and service members in Iraq": American
    owners = [c for c in span.root.children if c.dep_ == "poss"] + _leaders(span) + _of(span)
    for c in owners:
        if c.i in scene.mention_at:
            owner = scene.mention_at[c.i]._.actors[0]
            if owner.country:
                how = because(Rule.POSSESSOR, info.how, c.text, owner.country)
                return replace(info, country=owner.country, how=how)
    authority = doer and tok is not None and info.sector in AUTHORITY_SECTORS
    place = event_place(scene, sent, tok, span) if authority else sentence_place(scene, sent)
    if place is not None and place[1]:
        how = because(Rule.SENTENCE_PLACE, info.how, place[0].text)
        return replace(info, country=place[1], how=how)
    country = scene.country_of_unplaced(span)
    own_body = country == voice and span.root.pos_ == "PROPN"  # "the Department of the Treasury"
    if country and authority and not own_body and not only_country(sent, country):
        return info  # "police" in a sentence naming two countries: whose is not said
    if country and not doer and country == voice:
        # a release is about what its publisher does abroad: the unnamed people it meets, urges
        # or helps ("met with civil society", "encouraged the parties") are not its own by a guess
        return info
    if country:
        how = because(Rule.DOCUMENT_COUNTRY, info.how)
        return replace(info, country=country, how=how)
    return info


def unvoiced(info: ActorInfo, sources: list[Side]) -> ActorInfo:
    """A recipient of the publisher's own act placed only because the publisher speaks
    ("Secretary Blinken thanked President Alimi", "consultations with the secretary general") is
    no official of the publisher: it is the other side, and its country is not known."""
    if info.kind not in {ActorKind.TITLE, ActorKind.PERSON} or info.how.rule is not Rule.PUBLISHER:
        return info
    voice = info.country
    if not any(i.country == voice for _, i in sources):
        return info
    return replace(info, country=None, how=info.how.args[0])


def _leaders(span: Span) -> list[Token]:
    """The country words that lead a force: "Saudi-led coalition (jets)", "the coalition led by
    Saudi Arabia"."""
    heads = [span.root, *([span.root.head] if span.root.dep_ == "compound" else [])]
    out = []
    for head in heads:
        for led in head.children:
            if led.lower_ == "led" and led.dep_ in {"amod", "acl"}:
                out += [c for c in led.children if c.dep_ in {"npadvmod", "compound", "nsubj"}]
                for by in (c for c in led.children if c.dep_ == "agent"):
                    out += [c for c in by.children if c.dep_ == "pobj"]
    return out


def mutual(type_: EventType, sources: list[Side]) -> bool:
    """Is the act one the doers of two or more states, each named by its own words (not a
    pronoun for "both leaders"), do to each other?"""
    if type_ not in MUTUAL or any(i.how.mentions(PRONOUN_RULES) for _, i in sources):
        return False
    return len({i.country for _, i in sources if i.country}) >= 2


def _of(span: Span) -> list[Token]:
    """The words of the actor's own "of" phrase that can name its country: "dozens of
    Palestinians", "a battalion of Burundian soldiers", "the government of Daniel Ortega"."""
    out = []
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj":
                    out += [p, *(m for m in p.children if m.dep_ in {"amod", "compound", "poss"})]
    return out


def guessed(info: ActorInfo) -> bool:
    """Was the actor's country guessed from the sentence's place or the document?"""
    return info.how.mentions(GUESSED_COUNTRY)


def guessed_person(info: ActorInfo) -> bool:
    """A person or title whose country was only guessed ("the prime minister", "Hotak")."""
    return info.kind in {ActorKind.PERSON, ActorKind.TITLE} and guessed(info)


def on_date(d: ActorDictionary, info: ActorInfo, day: date) -> ActorInfo:
    """Re-resolve a dictionary person for the event date (Putin in 2010 was prime minister)."""
    if info.kind == ActorKind.PERSON and info.actor_id in d.people:
        return person_on(d, d.people[info.actor_id], day, info.how.base())
    return info


def sentence_place(scene: Scene, sent: Span) -> tuple[Span, str | None] | None:
    """The place the sentence names: a place mention, else a place name only GeoNames knows
    ("near San Francisco")."""
    for span in span_group(sent.doc, "actors"):
        if sent.start <= span.start < sent.end and span._.actors[0].kind == ActorKind.PLACE:
            return span, span._.actors[0].country
    found = scene.geo.get(scene.sent_of[sent.start], [])
    return found[0] if found else None


def event_place(
    scene: Scene, sent: Span, tok: Token, actor: Span | None = None
) -> tuple[Span, str | None] | None:
    """The place that locates the event at ``tok`` or its unnamed doer: a place in a locative
    phrase of the trigger's own clause ("were arrested in Minsk", "arrests at the border town of
    X") or of the doer's own phrase ("police in Lagos"). A destination ("sent to The Hague"), a
    place in another clause ("killed in Istanbul and said 18 had been detained") or in another
    actor's description ("forces in the Bosnian town of X seized") does not locate it."""
    for span, country in _places(scene, sent):
        if _locates(span.root, tok, actor, scene):
            return span, country
    return None


def _places(scene: Scene, sent: Span) -> list[tuple[Span, str | None]]:
    found = [
        (span, span._.actors[0].country)
        for span in span_group(sent.doc, "actors")
        if sent.start <= span.start < sent.end and span._.actors[0].kind == ActorKind.PLACE
    ]
    return found + list(scene.geo.get(scene.sent_of[sent.start], []))


def _locates(root: Token, tok: Token, actor: Span | None, scene: Scene) -> bool:
    """Does the place whose head is ``root`` stand in a locative phrase ("in", "at", past "the
    town of") that hangs from the trigger, from one of its objects ("killed 38 protesters in
    Yangon"), or from the actor itself, without crossing into another clause or into another
    actor's words?"""
    cur, local = root, False
    own = scene.mention_at.get(root.i)
    for _ in range(10):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            prep = cur.head
            if not local:
                if prep.lower_ in LOCATIVE_PREPS:
                    local = True
                elif prep.lower_ != "of":
                    return False  # "sent to The Hague", "withdrawal from Libya"
            cur = prep.head
        elif cur.dep_ in {"compound", "npadvmod", "nmod", "amod", "poss"}:
            cur = cur.head
        else:
            return False
        if cur.i == tok.i or (actor is not None and cur.i == actor.root.i):
            return local
        if local and _object_of(cur, tok):
            return True
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ in OTHER_CLAUSE:
            return False
        other = scene.mention_at.get(cur.i)
        if other is not None and other is not own:
            return False  # "forces in the Bosnian town of X": part of another actor's words
    return False


def _object_of(noun: Token, tok: Token) -> bool:
    """Is ``noun`` what the trigger is done to (its object, passive subject or prepositional
    object)?"""
    if noun.head.i == tok.i:
        return noun.dep_ in {"dobj", "nsubjpass", "dative"}
    return noun.dep_ == "pobj" and noun.head.head.i == tok.i and noun.head.dep_ == "prep"


def only_country(sent: Span, country: str) -> bool:
    """Is ``country`` the only state the sentence's actors and places belong to (none named
    counts as only; the publisher's own, speaking, does not count)?"""
    voice = sent.doc._.voice
    named = {
        a.country
        for span in span_group(sent.doc, "actors")
        if sent.start <= span.start < sent.end
        for a in span._.actors[:1]
        if a.country and a.country not in NON_STATE and a.country != voice
    }
    return named <= {country}


def counterpart(span: Span, info: ActorInfo, sent: Span, tok: Token, sources: list[Side]) -> Side:
    """ "held talks with counterpart X": X is on the other side, of the other country in play."""
    if info.country or "counterpart" not in span.text.lower():
        return span, info
    src = {i.country for _, i in sources}
    other = fallback_target(sent, tok, src, {s.start for s, _ in sources}, EventType.AID)
    if other is None:
        return span, info
    how = because(Rule.COUNTERPART, other[0].text)
    return span, replace(info, country=other[1].country, how=how)


def fallback_target(
    sent: Span,
    tok: Token,
    src_countries: set[str | None],
    src_spans: set[int],
    type_: EventType,
) -> Side | None:
    """The nearest other actor of the sentence that can be the recipient."""
    best: tuple[int, Span, ActorInfo] | None = None
    material = type_ in MATERIAL
    venue_only = type_ in VENUE_TYPES
    actors = [s for s in span_group(sent.doc, "actors") if sent.start <= s.start < sent.end]
    doers = {s.root.i for s in actors if s.start in src_spans}
    for span in actors:
        if span.end > sent.end or span.start in src_spans or _describes(span.root, doers):
            continue
        if not material and span.root.dep_ == "pobj" and span.root.head.lower_ in TOPIC_PREPS:
            continue
        if material and span.root.lower_ in FIRST_PERSON:
            continue
        if _doer_elsewhere(span.root, tok) or _other_event(span.root, tok):
            continue
        if commenter(span.root, tok) or outside_act(span.root, tok, type_):
            continue
        if not material and topic_of_talks(span.root, tok):
            continue
        for info in span._.actors:
            if not info.country or info.kind == ActorKind.GROUP:
                continue
            if info.country in BYSTANDER_CODES and not _own_clause(span.root, tok, type_):
                continue
            # a place of the doer's own country can be the target of force ("in Gdansk")
            if info.country in src_countries and not (material and info.kind == ActorKind.PLACE):
                continue
            place = info.kind == ActorKind.PLACE
            if place and (venue_only or venue(span.root, type_) or seat_city(span, material)):
                continue
            if place and origin(span.root, type_):  # "aid from Tokyo": where it leaves
                continue
            dist = abs(span.start - tok.i)
            if best is None or dist < best[0]:
                best = (dist, span, info)
    return (best[1], best[2]) if best else None


def _own_clause(root: Token, tok: Token, type_: EventType) -> bool:
    """Is the actor at ``root`` inside the trigger's own phrase and clause ("called for G7
    action", "refused to attend his trial at the ICC"), or a party to talks?"""
    if type_ is EventType.CONSULT:
        return True
    own, at = _clause_of(tok), _clause_of(root)
    return tok.is_ancestor(root) and own is not None and at is not None and at.i == own.i


def _describes(root: Token, doers: set[int]) -> bool:
    """ "The Yemen-based Houthi movement", "the Moscow-backed separatists": a name inside the
    doer's own description says where the doer is from or who stands behind it, not whom it
    acts on; one coordinated with the doer ("authorities in the United Kingdom and the United
    States announced") acts beside it."""
    if root.dep_ == "conj" and any(t.i in doers for t in (root.head, *root.head.conjuncts)):
        return True
    cur = root
    for _ in range(4):
        if cur.dep_ not in DESCRIBING_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in doers:
            return True
    return False


def venue(root: Token, type_: EventType) -> bool:
    """Is the place only where a gathering is held: "told a conference in Rome", "aid pledged at
    a donor conference in Geneva", "the OPEC meeting in Vienna"? A place in a locative phrase of
    a gathering noun is the venue of what is said or given there, and of an organisation's own
    meeting; only a meeting nobody else owns can be the host's ("attended the ceremony in Dili")."""
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
        return False
    gathering = root.head.head
    words = {gathering.lemma_.lower(), gathering.lower_}  # "talks" has the lemma "talk"
    if gathering.pos_ not in {"NOUN", "PROPN"} or not words & GATHERINGS:
        return False
    if type_ is not EventType.CONSULT:
        return True
    return any(_owner(c) for c in gathering.children)


def _owner(c: Token) -> bool:
    """A party the talks name in their own words ("Iran nuclear talks", "talks between the
    committees", "Russian talks"): named talks are theirs, the city only hosts them."""
    if c.dep_ == "prep" and c.lower_ == "between":
        return True
    named = c.pos_ == "PROPN" or c.ent_type_ in {"ORG", "NORP", "GPE"}
    return c.dep_ in {"compound", "poss", "nmod", "amod"} and named


# edges inside a noun's own modifiers ("Yemen-based", "Moscow-backed")
DESCRIBING_DEPS = {"npadvmod", "amod", "compound", "nmod", "advmod"}
# verbs whose direct object or clause is the topic of the talks
TALK_VERBS = {"discuss", "debate", "review"}
TOPIC_DEPS = {"dobj", "ccomp", "xcomp"}
PARTY_PREPS = {"with", "between", "among"}


def topic_of_talks(root: Token, tok: Token) -> bool:
    """ "discussed Iran's nuclear programme with his French counterpart", "spoke with Kuleba to
    discuss Russia's war": whatever a talk verb's object or clause names is the topic of the
    talks, never the other party (who is named with "with", or before; the parser often hangs
    that phrase on the object)."""
    if tok.lemma_.lower() not in TALK_VERBS or tok.pos_ not in {"VERB", "AUX"}:
        return False
    cur = root
    for _ in range(12):
        if cur.dep_ == "prep" and cur.lower_ in PARTY_PREPS:
            return False
        if cur.head.i == tok.i:
            return cur.dep_ in TOPIC_DEPS
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _doer_elsewhere(root: Token, tok: Token) -> bool:
    """ "X called for an embargo, and the United States recalled its envoy": the subject of a
    clause coordinated with the trigger's own is the doer of another event. (A subordinate
    clause's subject is often the other side: "suspended the tariffs after Mexico agreed".)"""
    own = _clause_of(tok)
    if own is None:
        return False
    if root.dep_ in {"nsubj", "nsubjpass", "csubj"}:
        return root.head in own.conjuncts
    # "... and Bolivia recalled its ambassador": a possessive pronoun there is that doer's own
    if root.dep_ == "poss" and root.pos_ == "PRON":
        verb = _clause_of(root)
        return (
            verb is not None
            and verb in own.conjuncts
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        )
    return False


def _other_event(root: Token, tok: Token) -> bool:
    """ "called for an oil embargo, and the United States recalled its ambassador from Lagos",
    "said it would send troops, and the carrier headed for the Yellow Sea": an actor inside a
    clause of its own doer coordinated with the trigger's (or with one that governs it) is a
    side of that clause's event; one in a time frame ("free activists before the next round of
    talks in Santo Domingo") is a side of the event the frame names."""
    for a in root.ancestors:
        if tok.i == a.i or a.is_ancestor(tok):
            return False
        own_doer = any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.children)
        if a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"} and own_doer:
            return True
        if a.dep_ == "prep" and a.lower_ in CLAUSE_PREPS:
            return True
    return False


def _clause_of(tok: Token) -> Token | None:
    """The verb heading the clause a word is in (climbing infinitives and nouns, not clauses)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"xcomp", "aux", "auxpass", "amod"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
