"""Recipients the role rules leave open: the other side named deeper in the trigger's own phrase
("lifted its embargo on arms sales to Vietnam", "offered its air space and a base to the United
States") and the one a threat is aimed at ("vowed to crush the rebels", "warned that protest
leaders would be held responsible"). Each reads the parse only, and finds nothing rather than
guess."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule
from eventcoder.events.afflicted import harmed_country
from eventcoder.events.doers import whose_sovereignty
from eventcoder.events.domestic import DOMESTIC_WORDS, own_state_guessed
from eventcoder.events.placed import placed_country
from eventcoder.events.role_words import CLAUSE_PREPS, PASS_SUBJ, SUBJ, TIME_ENTS
from eventcoder.events.scene import Scene
from eventcoder.events.sides import (
    FIRST_PERSON,
    MATERIAL,
    PARTNER_WORDS,
    TOPIC_PREPS,
    Side,
    guessed,
    topic_of_talks,
)
from eventcoder.events.unclaimed import unnamed_attackers
from eventcoder.events.venues import seat_city
from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import EventType

# prepositions whose object receives what is done, given, lifted or withdrawn
RECIPIENT_PREPS = {"to", "with", "against", "on", "toward", "towards", "into", "at", "from"}
# prepositions whose object is people the act is done to or with, placed by an "in" phrase ("to
# poor communities in the United States"; not "at a ceremony in Clark": a venue)
PEOPLE_PREPS = {"to", "toward", "towards", "into", "with", "against"}
# edges that stay inside one phrase of the trigger's clause (never into another clause)
PHRASE_DEPS = {"dobj", "prep", "pobj", "conj", "appos", "dative", "pcomp"}
MAX_DEPTH = 5
# acts of setting people free: those freed are not whom a welcome of or call for it addresses
RELEASE_WORDS = {"release", "freeing", "free"}
# pronouns that, as the subject of what is threatened, are the threatener itself ("warned that
# it would strike", "vowed that they would retaliate")
SELF_PRONOUNS = FIRST_PERSON | {"it", "they", "he", "she", "them", "its", "their"}
# where a threat names what will happen to whom ("would be held responsible", "would strike at")
THREAT_PREPS = ("on", "against", "at", "to", "toward", "towards")
# the prepositions that name whom a threatened act is aimed at even past its object
AIMED_PREPS = ("on", "against")


def in_phrase(
    scene: Scene, tok: Token, type_: EventType, src_spans: set[int], src: set[str | None]
) -> list[Side]:
    """The nearest actor named in a recipient preposition's phrase anywhere in the trigger's own
    phrase, below its object or its prepositions ("lift its embargo on arms sales to Vietnam",
    "withdrew from a treaty with Iran"): a reading the role rules leave when their first
    preposition or object names no actor. Not a place for a verbal act (where it was said is not
    whom it was said to), not a topic ("talks on Syria"), not the doers' own country, and not
    whom the object's own act is aimed at ("fund its war against Ukraine")."""
    material = type_ in MATERIAL
    frontier, seen = [tok], {tok.i}
    for depth in range(MAX_DEPTH):
        found: list[Side] = []
        nxt: list[Token] = []
        for cur in frontier:
            for c in cur.children:
                if c.i in seen or c.dep_ not in PHRASE_DEPS or c.pos_ in {"VERB", "AUX"}:
                    continue
                if c.dep_ == "prep" and c.lower_ in CLAUSE_PREPS:
                    continue  # "withdrew the bill after talks with India": a time frame
                if topic_of_talks(c, tok):
                    continue  # "discussed sanctions on Russia": what was talked about
                seen.add(c.i)
                nxt.append(c)
                if c.dep_ == "pobj" and cur.lower_ in RECIPIENT_PREPS:
                    if not material and cur.lower_ in TOPIC_PREPS:
                        continue
                    if depth > 1 and cur.lower_ == "against":
                        continue  # "fund its war against Ukraine": whom the object's own act is aimed at
                    found += _actors_at(scene, c, src_spans, src, material)
                    # "in protest at China's deployment": the owner of what the act answers;
                    # "offered oil to poor communities in the United States": where they are
                    for o in c.children:
                        if not found and o.dep_ == "poss":
                            found += _actors_at(scene, o, src_spans, src, True)
                        elif not found and o.lower_ == "in" and cur.lower_ in PEOPLE_PREPS:
                            for p in o.children:
                                if p.dep_ == "pobj" and c.i not in scene.mention_at:
                                    found += _people_in(scene, p, src_spans, src, material)
        if found:
            return found[:1]
        frontier = nxt
    # "assistance to those affected by Russia's war on Ukraine": the people helped are placed
    # by the harm they undergo
    # "welcomes the lifting of the state of emergency in Ethiopia": the country whose act it is
    return harmed_country(scene, tok, type_, src) or placed_country(scene, tok, type_, src)


def _actors_at(
    scene: Scene, tok: Token, src_spans: set[int], src: set[str | None], material: bool
) -> list[Side]:
    span: Span | None = scene.mention_at.get(tok.i)
    if span is None or span.start in src_spans or span.root.lower_ in FIRST_PERSON:
        return []
    out = []
    for info in span._.actors:
        if not info.country or info.kind == ActorKind.GROUP or info.country in src:
            continue
        if info.kind == ActorKind.PLACE and info.actor_id is None and not material:
            continue  # a town is where a verbal act happened; a country is whom it is aimed at
        out.append((span, info))
    return out


def _people_in(
    scene: Scene, tok: Token, src_spans: set[int], src: set[str | None], material: bool
) -> list[Side]:
    """The country of the place where the people an act is done to or with are ("to poor
    communities in the United States"); not a seat city where states meet on neutral ground
    ("met with our partners in Vienna": talks held there, not Austria's)."""
    found = _actors_at(scene, tok, src_spans, src, True)
    return [(s, i) for s, i in found if not seat_city(s, material)]


def threatened(tok: Token) -> list[Token]:
    """Whom a threat or vow is aimed at, from what is threatened: the object of the act ("vowed
    to crush the rebels"), where that act is aimed when its doer is the threatener ("warned that
    it would strike hard at Damascus"), or the party named as the one it will befall ("warned
    that protest leaders would be held responsible")."""
    for c in tok.children:
        if c.dep_ not in {"xcomp", "ccomp"} or c.pos_ not in {"VERB", "AUX"}:
            continue
        subj = [x for x in c.children if x.dep_ in SUBJ | PASS_SUBJ]
        if subj and subj[0].lower_ not in SELF_PRONOUNS:
            if subj[0].dep_ in PASS_SUBJ:
                return [subj[0], *subj[0].conjuncts]
            continue  # "warned that Hanoi would suffer": left to the complement's subject rule
        # "would impose sanctions on Moscow", "take action against the rebels": the object is
        # what is threatened and the "on"/"against" phrase (of the act or its object) whom it is
        # aimed at
        objects = [x for x in c.children if x.dep_ == "dobj"]
        for x in [*c.children, *(y for o in objects for y in o.children)]:
            if x.dep_ == "prep" and x.lower_ in AIMED_PREPS:
                objs = [
                    p for p in x.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTS
                ]  # "strike on Monday": when, not whom
                if objs:
                    return [objs[0], *objs[0].conjuncts]
        for x in c.children:
            if x.dep_ == "dobj" and x.lower_ not in SELF_PRONOUNS:
                return [x, *x.conjuncts]
        for x in c.children:
            if x.dep_ == "prep" and x.lower_ in THREAT_PREPS:
                objs = [p for p in x.children if p.dep_ == "pobj"]
                if objs:
                    return [objs[0], *objs[0].conjuncts]
    return []


def described(
    scene: Scene, toks: list[Token], src_spans: set[int], src: set[str | None]
) -> list[Side]:
    """ "designating 26 individuals and seven entities associated with Russia's disinformation
    campaign", "seven prisons operated by the Syrian intelligence directorate": the designees are
    no actors the text names, and their country is the one their own description names (the
    first actor in their phrase and its clauses that is not the doer's)."""
    seen: set[int] = set()
    for tok in toks:
        for t in tok.subtree:
            span = scene.mention_at.get(t.i)
            if span is None or span.start in seen or span.start in src_spans:
                continue
            seen.add(span.start)
            if span.root.lower_ in FIRST_PERSON or whose_sovereignty(span.root):
                continue
            for info in span._.actors:
                if info.country and info.country not in src and info.kind != ActorKind.GROUP:
                    return [(span, info)]
    return []


def unnamed_addressee(scene: Scene, type_: EventType, toks: list[Token]) -> bool:
    """ "urged other donors to help the Venezuelan people", "asked others to join": a request
    whose addressee is named by a word that is no actor is made to nobody in particular; the
    actors further on (whom the requested act is for) are not its addressee. So is any act with
    the doer's unnamed partners ("engaging with allies and partners to ensure that Iran ...",
    "in coordination with allies and partners"): they are the other side, whoever else the
    sentence names."""
    if not toks or any(t.i in scene.mention_at for t in toks):
        return False
    if type_ is EventType.REQUEST:
        return all(t.pos_ in {"NOUN", "PRON"} for t in toks)
    return all(t.pos_ == "NOUN" and t.lemma_.lower() in PARTNER_WORDS for t in toks)


def owner_of_object(span: Span, info: ActorInfo, src: set[str | None]) -> bool:
    """ "dismissed the president's lawsuit", "regretted the refusal of the Chinese government":
    the office holder or the body whose thing is acted on, placed by its own words, is the
    other side; not the doer's own forces or bodies ("pulled US troops out") nor a pronoun."""
    if not info.country or guessed(info) or span.root.pos_ == "PRON":
        return False
    if info.kind == ActorKind.TITLE:
        return True
    return info.kind == ActorKind.NOUN and info.country not in src


def other_side(span: Span, info: ActorInfo, sources: list[Side]) -> bool:
    """Can a recipient the roles name stand as the other side: placed, not the doer's own
    government or forces placed only by a guess, not the doer itself named again, not the
    doer's own people named as the ones set free, and not unnamed attackers placed by a guess?"""
    return bool(info.country) and not (
        own_state_guessed(info, sources)
        or doer_itself(span, info, sources)
        or own_released(span, info, sources)
        or unnamed_attackers(span, info)
    )


def own_released(span: Span, info: ActorInfo, sources: list[Side]) -> bool:
    """ "We welcome the release of U.S. citizens detained in Venezuela", "called for the freeing
    of our nationals": the doer's own people set free are not whom its welcome or demand is
    aimed at; the state that held them is (found by where they were held, else not guessed).
    A state freeing its own prisoners still acts on them (the domestic release)."""
    if info.country not in {i.country for _, i in sources}:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        act = root.head.head
    elif root.dep_ == "dobj":
        act = root.head
    else:
        return False
    return act.lemma_.lower() in RELEASE_WORDS


def doer_itself(span: Span, info: ActorInfo, sources: list[Side]) -> bool:
    """ "NATO ended its bombing campaign", "the EU froze their assets", "Hamas rejected it": a
    pronoun that refers back to the event's own doer names what the doer acts with or on of its
    own, not whom it acts on; only its own people or partners are ("called on its members",
    "arrested its critics", "work with its partner in Afghanistan")."""
    reason = info.how.base()
    if reason.rule is not Rule.PRONOUN or span.root.pos_ != "PRON":
        return False
    if reason.args[1] not in {s.text for s, _ in sources}:
        return False
    owned = span.root.head.lemma_.lower()
    return not (span.root.dep_ == "poss" and owned in DOMESTIC_WORDS | PARTNER_WORDS)


def same_actor(info: ActorInfo, sources: list[Side]) -> bool:
    """Is the recipient a person the dictionary knows as one of the doers (named again, or by a
    pronoun that stands for him)? An organisation's "its" may be its own members or units
    ("called on its members", "its units would dump their arms"): those stay."""
    if info.actor_id is None or info.kind is not ActorKind.PERSON:
        return False
    return any(i.actor_id == info.actor_id for _, i in sources)


def not_doers(type_: EventType, targets: list[Side], sources: list[Side]) -> list[Side]:
    """The recipients that are not the doers again: neither one of them named again
    (same_actor) nor, for a trip, a stop in their own country (home_stops)."""
    kept = [(s, i) for s, i in targets if not same_actor(i, sources)]
    return home_stops(type_, kept, sources)


def home_stops(type_: EventType, targets: list[Side], sources: list[Side]) -> list[Side]:
    """A trip's stops at home are no hosts: in a visit or meeting with hosts abroad, a place of the
    visitor's own country ("will travel to Australia, Fiji, and Hawaii", "to Ankara, Jakarta and
    Honolulu") is where it goes between them, not a side (GUIDELINES §4: places are no sides)."""
    if type_ is not EventType.CONSULT:
        return targets
    home = {i.country for _, i in sources if i.country and i.country not in NON_STATE}
    if len(home) != 1:
        return targets
    if not any(i.country and i.country not in home for _, i in targets):
        return targets
    return [(s, i) for s, i in targets if not (i.country in home and i.sector is None)]
