"""The sides at home: the unnamed doer, authorities or victims of the place an event happened,
the domestic recipient a role word names without a country, the doer's own side. Each guess says
why in its Reason."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events.captives import frees_people
from eventcoder.events.doers import (
    publishers_measure,
    state_measure_given_up,
    whose_sovereignty,
)
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.role_words import CLAUSE_PREPS
from eventcoder.events.scene import Scene, worldwide
from eventcoder.events.sides import (
    AUTHORITY_SECTORS,
    FIRST_PERSON,
    Side,
    event_place,
    guessed,
    only_country,
    sentence_place,
)
from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import EventType

PEOPLE_WORDS = {
    "man",
    "woman",
    "people",
    "person",
    "individual",
    "civilian",
    "child",
    "resident",
    "villager",
    "worker",
    "student",
    "protester",
    "demonstrator",
    "journalist",
    "activist",
    "prisoner",
    "detainee",
    "suspect",
    "member",
    "citizen",
    "national",
    "dozen",
    "hundred",
    "thousand",
    "five",
    "four",
    "three",
    "two",
    "six",
    "ten",
}
# types whose unnamed doer is placed where it happened ("protests in Minsk", "arrests in Gdansk");
# not attacks: an attacker nobody names or claims is no side (eval/GUIDELINES.md, "Unnamed
# attackers"), and the place is mostly the victims'
PLACE_SOURCED = {EventType.PROTEST, EventType.COERCE}
# role words naming a domestic party: with no country of their own, they are of the doer's
# country ("threatened the network", "asked his countrymen", "lashed out at the mayor")
DOMESTIC_WORDS = PEOPLE_WORDS | {
    "countryman",
    "compatriot",
    "supporter",
    "follower",
    "opponent",
    "critic",
    "opposition",
    "rival",
    "rebel",
    "insurgent",
    "militant",
    "network",
    "broadcaster",
    "newspaper",
    "outlet",
    "party",
    "mayor",
    "governor",
    "lawmaker",
    "legislator",
    "candidate",
    "leader",
    "official",
    "minister",
    "judge",
    "prosecutor",
    "union",
    "family",
    "mother",
    "father",
    "lawyer",
    "voter",
}
UNNAMED_SECTOR = {EventType.PROTEST: "CVL", EventType.ASSAULT: "UAF", EventType.COERCE: "GOV"}
# acts only a state's authorities perform, reported without a doer ("were arrested", "was
# banned", "were found guilty", "have been charged", "were released from prison"): type -> modes
# (None: every mode) and sector
AUTHORITY_ACTS: dict[EventType, tuple[frozenset[str] | None, str]] = {
    EventType.COERCE: (None, "GOV"),
    EventType.SANCTION: (frozenset({"convict"}), "JUD"),
    EventType.ACCUSE: (frozenset({"allege"}), "JUD"),
    EventType.RETREAT: (frozenset({"release"}), "GOV"),
}
# the ACCUSE words that are a prosecutor's act, not anybody's allegation
PROSECUTION_WORDS = {"charge", "prosecute", "indict"}


def unnamed_doer(scene: Scene, sent: Span, type_: EventType) -> list[Side]:
    """ "Two people were killed in a bombing in Tunis": the doer is unknown but local."""
    sector = UNNAMED_SECTOR[type_]
    place = sentence_place(scene, sent)
    if place is not None:
        how = because(Rule.UNNAMED_PLACED, sector, place[0].text)
        return [(place[0], ActorInfo(None, place[1], sector, ActorKind.NOUN, None, None, how))]
    country = scene.country_of_unnamed()
    if type_ is EventType.PROTEST and country:
        how = because(Rule.UNNAMED_PROTESTERS)
        info = ActorInfo(None, country, sector, ActorKind.NOUN, None, None, how)
        return [(sent, info)]
    return []


def authority_act(type_: EventType, mode: str | None, tok: Token) -> str | None:
    """The sector of the unnamed authorities that perform an act reported without a doer, or
    None when the act is not one only authorities perform."""
    if type_ is EventType.CONCEDE:
        # "the curfew was lifted", "the lifting of the state of emergency"
        return "GOV" if state_measure_given_up(tok) else None
    modes, sector = AUTHORITY_ACTS.get(type_, (frozenset(), ""))
    if modes is not None and mode not in modes:
        return None
    if type_ is EventType.ACCUSE and tok.lemma_.lower() not in PROSECUTION_WORDS:
        return None
    if type_ is EventType.RETREAT and not frees_people(tok, DOMESTIC_WORDS):
        return None  # "the new phone was released": a product, not a prisoner
    return sector


def unnamed_authorities(scene: Scene, sent: Span, sector: str, tok: Token) -> list[Side]:
    """ "Two men were arrested in Minsk", "the party was banned", "have been charged with the
    murder": with no doer named, the authorities of the place where it happened (event_place),
    else of the country the document is about when the sentence names no other, unless that is
    the publisher's own ("Americans detained abroad")."""
    place = event_place(scene, sent, tok)
    if place is not None and place[1]:
        how = because(Rule.UNNAMED_PLACED, sector, place[0].text)
        return [(place[0], ActorInfo(None, place[1], sector, ActorKind.NOUN, None, None, how))]
    country = scene.country_of_unnamed()
    if (
        country
        and country not in NON_STATE
        and country != sent.doc._.voice
        and only_country(sent, country)
    ):
        how = because(Rule.UNNAMED_AUTHORITIES, sector)
        info = ActorInfo(None, country, sector, ActorKind.NOUN, None, None, how)
        return [(sent, info)]
    return []


def publisher_doer(
    scene: Scene, sent: Span, type_: EventType, tok: Token, named: list[Token]
) -> list[Side]:
    """The publisher's own government as the doer of a measure its release tells of with no doer
    named ("the persons designated today", "action to impose visa restrictions";
    doers.publishers_measure)."""
    voice = sent.doc._.voice
    if not voice or not publishers_measure(type_, tok, named):
        return []
    sanctioned = [scene.mention_at.get(c.i) for c in tok.children if c.dep_ == "nsubjpass"]
    if any(m is not None and m._.actors[0].country == voice for m in sanctioned):
        return []  # "U.S. diplomats were barred": a measure taken against the publisher
    how = because(Rule.PUBLISHER, because(Rule.UNNAMED_AUTHORITIES, "GOV"))
    return [(sent, ActorInfo(None, voice, "GOV", ActorKind.COUNTRY, None, voice, how))]


def publisher_stand_in(info: ActorInfo) -> bool:
    """Is this side the publisher standing in for a measure's unnamed doer (publisher_doer)?"""
    return info.how.rule is Rule.PUBLISHER and info.how.mentions({Rule.UNNAMED_AUTHORITIES})


def publishers_own(sources: list[Side]) -> bool:
    """Is the doer the publisher standing in for a measure's unnamed doer?"""
    return any(publisher_stand_in(i) for _, i in sources)


def publishers_recipients(targets: list[Side], sources: list[Side]) -> list[Side]:
    """The recipients of the publisher's measure told with no doer (publisher_doer), less the
    publisher itself ("property within the United States must be blocked", a designee's name
    read as a place at home) and the state whose sovereignty the designees threaten (their
    victim, not their country: "complicit in actions that threaten ... Ukraine")."""
    if not publishers_own(sources):
        return targets
    voice = sources[0][1].country
    return [(s, i) for s, i in targets if i.country != voice and not whose_sovereignty(s.root)]


def local_victims(scene: Scene, sent: Span, type_: EventType, sources: list[Side]) -> list[Side]:
    """Unnamed victims of force belong to the place of the event, else to the doer's country."""
    place = unnamed_doer(scene, sent, type_)
    country = place[0][1].country if place else sources[0][1].country
    how = because(Rule.LOCAL_VICTIMS)
    return [(sources[0][0], ActorInfo(None, country, "CVL", ActorKind.NOUN, None, None, how))]


STATE_SECTORS = {"GOV", "MIL"}
# coercion a state's authorities do to its own people: arrests, bans, censorship, expulsions,
# seizures (not disinformation or cyber operations, mostly aimed abroad)
HOME_COERCION = {"arrest", "restrict", "censor", "deport", "seize"}


def own_state_guessed(info: ActorInfo, sources: list[Side]) -> bool:
    """A government or military word ("the regime", "the junta", "the military") whose country
    is only guessed, and is the country of a state-level doer: a state does not act on itself,
    so the guess is wrong, not the event domestic."""
    if info.kind != ActorKind.NOUN or info.sector not in STATE_SECTORS or not guessed(info):
        return False
    return any(state_level(i) and i.country == info.country for _, i in sources)


def domestic_target(scene: Scene, sent: Span, toks: list[Token], sources: list[Side]) -> list[Side]:
    """A recipient named but not placed ("threatened the network", "lashed out at the mayor",
    "asked his countrymen") is domestic: of the place the sentence names, else of the doer."""
    countries = {i.country for _, i in sources}
    if len(countries) != 1 or None in countries or countries & NON_STATE:
        return []
    (country,) = countries
    if country is None:  # (excluded above; narrows the type)
        return []
    if country == sent.doc._.voice:
        # the publisher's "we urge politicians": the people of the country it writes about
        doc_country = scene.doc_country
        if not doc_country or doc_country == country:
            return []
        country = doc_country
    # "threatened the network's licence": the possessor of the thing acted on
    owned = [
        c for t in toks for c in t.children if c.dep_ == "poss" and c.i not in scene.mention_at
    ]
    for tok in [*toks, *owned]:
        word = _domestic_word(scene, tok, country)
        if word is None:
            continue
        span, sector = word
        place = sentence_place(scene, sent)
        if place is not None and place[1]:
            how = because(Rule.SENTENCE_PLACE, because(Rule.DOMESTIC_ACT), place[0].text)
            country = place[1]
        else:
            how = because(Rule.DOMESTIC_ACT)
        return [(span, ActorInfo(None, country, sector, ActorKind.NOUN, None, None, how))]
    return []


def _domestic_word(scene: Scene, tok: Token, country: str) -> tuple[Span, str | None] | None:
    """The role word as a domestic party: a mention without a country (a title, an unknown
    name, a sector noun), or a word for people or a domestic body that nothing places
    elsewhere ("the network", "his countrymen")."""
    doc = tok.doc
    if worldwide(tok):
        return None  # "journalists around the world": no one country's people
    mention = scene.mention_at.get(tok.i)
    if mention is not None:
        info: ActorInfo = mention._.actors[0]
        titled = info.kind in {ActorKind.TITLE, ActorKind.NOUN} or (
            info.kind == ActorKind.PERSON and info.sector is not None
        )
        if info.country is None and titled:
            return mention, info.sector
        return None
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ in FIRST_PERSON:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners:
        owner = scene.mention_at.get(owners[0].i)
        if owner is None or owner._.actors[0].country != country:
            return None
    elif any(
        c.ent_type_ in {"GPE", "NORP"} and not _home(scene, c, tok, country) for c in tok.subtree
    ):
        return None  # "Afghan villagers": placed by a word nobody resolved
    if tok.lemma_.lower() in DOMESTIC_WORDS:
        return doc[tok.i : tok.i + 1], "CVL" if tok.lemma_.lower() in PEOPLE_WORDS else None
    return None


def _home(scene: Scene, place: Token, people: Token, country: str) -> bool:
    """ "opponents in Nicaragua" by a Nicaraguan doer: their own "in" phrase places them at home."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i != people.i:
        return False
    mention = scene.mention_at.get(place.i)
    return mention is not None and any(i.country == country for i in mention._.actors)


def one_countrys_parties(sources: list[Side]) -> bool:
    """ "The government and the rebels signed a truce", "his supporters and those of his rival
    fought": two or more coordinated doers of one country, one at least placed there by its own
    words (an untitled official given the publisher's country may well be a foreign guest)."""
    spans = {s.start: s for s, _ in sources}
    countries = {i.country for _, i in sources}
    if len(spans) < 2 or len(countries) != 1 or None in countries:
        return False
    if any(i.how.mentions({Rule.PUBLISHER}) for _, i in sources) or all(
        guessed(i) for _, i in sources
    ):
        return False
    roots = [s.root for s in spans.values()]
    return all(any(o in r.conjuncts for o in roots if o is not r) for r in roots)


def own_side(sources: list[Side], sector: str | None, kind: ActorKind, why: Rule) -> list[Side]:
    """The doer's own country as the recipient (a protest's government, a pardon's country)."""
    span, info = sources[0]
    actor_id = info.country if kind == ActorKind.COUNTRY else None
    return [(span, ActorInfo(None, info.country, sector, kind, None, actor_id, because(why)))]


def unplaced_people(toks: list[Token]) -> bool:
    """Role words that are people without a country: "four men", "an individual", "dozens"."""
    return any(
        t.pos_ in {"NOUN", "NUM", "PRON"}
        and t.ent_type_ not in {"GPE", "NORP", "ORG"}
        and t.lemma_.lower() in PEOPLE_WORDS
        for t in toks
    )


def state_level(info: ActorInfo) -> bool:
    """A state as such: the country, its government, its head of state or government."""
    return (info.kind == ActorKind.COUNTRY and info.sector in {None, "GOV"}) or (
        info.kind == ActorKind.PERSON
        and info.sector == "GOV"
        and info.office in {"head_of_state", "head_of_government"}
    )


# modes of rule by emergency powers: imposed on a territory, the doer's own unless named
EMERGENCY_MODES = {"martial-law", "curfew"}
TERRITORY_PREPS = {"in", "on", "across", "over", "throughout"}
# edges that stay in the place phrase (not into a clause about it: "districts where Chinese-owned
# factories burned", "regions bordering Russia")
PLACE_PHRASE_DEPS = {"compound", "amod", "poss", "prep", "pobj", "conj", "appos", "nmod"}


def emergency_rule(type_: EventType, mode: str | None) -> bool:
    """Martial law, a curfew, a state of emergency."""
    return type_ is EventType.COERCE and mode in EMERGENCY_MODES


def emergency_territory(
    scene: Scene, tok: Token, governor: Token | None, sources: list[Side]
) -> list[Side]:
    """ "declared martial law in Mindanao", "imposed a curfew on the capital", "Armenia declared
    martial law": emergency rule is imposed on a territory, the one its own phrase names, else
    the doer's own country; never another actor of the sentence."""
    for anchor in [tok] + ([governor] if governor is not None else []):
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in TERRITORY_PREPS:
                continue
            frontier = [p for p in prep.children if p.dep_ == "pobj"]
            while frontier:
                cur = frontier.pop(0)
                span = scene.mention_at.get(cur.i)
                if span is not None and span.root.lower_ not in FIRST_PERSON:
                    found = [(span, i) for i in span._.actors if i.country]
                    if found:
                        return found[:1]
                frontier += [c for c in cur.children if c.dep_ in PLACE_PHRASE_DEPS]
    return own_side(sources, None, ActorKind.NOUN, Rule.DOMESTIC_ACT)


def coerced_at_home(type_: EventType, mode: str | None, tok: Token, sources: list[Side]) -> bool:
    """ "lots of arrests by the security agencies", "officers broke up a prayer rally": coercion
    by a state's authorities whose victims nobody names is done at home, to the doer's own
    country (GUIDELINES §4, courts and police: the state's country on both sides). Not when the
    doer is a people ("Americans wrongfully detained": the victims read as the doer) or the
    publisher's "we" (whoever detained "those we remain in contact with", it was not "we"), nor
    for an act named as the time frame of another ("walked free after years of house arrest")."""
    if type_ is not EventType.COERCE or mode not in HOME_COERCION or not sources:
        return False
    if any(a.dep_ == "prep" and a.lower_ in CLAUSE_PREPS for a in tok.ancestors):
        return False
    countries = {i.country for _, i in sources}
    if len(countries) != 1 or None in countries or countries & NON_STATE:
        return False
    return all(_authority(span, info) for span, info in sources)


def _authority(span: Span, info: ActorInfo) -> bool:
    """A state's authority by its own words: a body of the state (police, a court, security
    forces, the government), or the state named."""
    if info.how.mentions({Rule.WE, Rule.PUBLISHER}):
        return False
    if info.kind in {ActorKind.PERSON, ActorKind.TITLE}:
        return False  # a state's bodies, not a named official whose object the text names apart
    if info.sector in AUTHORITY_SECTORS:
        return True
    return state_level(info) and span.root.tag_ not in {"NNS", "NNPS"}  # not "Russians"


def home_victims(
    scene: Scene, entry: TriggerEntry, named: list[Token], targets: list[Side], sources: list[Side]
) -> list[Side]:
    """ "the crackdown Lukashenko perpetrated against people there": people a state coerces whom
    no word places are its own (GUIDELINES §4, domestic events), not of whatever country the
    document is mostly about (a briefing on Libya that turns to Belarus); so are force's victims
    named by a role word alone ("repression against opponents", as "arrested opponents")."""
    type_ = entry.type
    force = type_ in {EventType.ASSAULT, EventType.COERCE}  # its victims named by a role word
    if not targets and entry.needs_target and force and named and sources:
        return domestic_target(scene, named[0].sent, named, sources)
    if type_ is not EventType.COERCE or not sources:
        return targets
    countries = {i.country for _, i in sources}
    if len(countries) != 1 or None in countries or countries & NON_STATE:
        return targets
    if not all(state_level(i) or _authority(s, i) for s, i in sources):
        return targets
    (country,) = countries
    if country == sources[0][0].doc._.voice:
        return targets  # a release does not tell of its own state coercing its own people
    return [
        (s, replace(i, country=country, how=because(Rule.DOMESTIC_ACT)))
        if i.kind == ActorKind.NOUN and i.how.rule is Rule.DOCUMENT_COUNTRY and i.sector == "CVL"
        else (s, i)
        for s, i in targets
    ]


# parties inside a state that stand against its government: opposition, rebels, insurgents,
# separatists, parties
CHALLENGER_SECTORS = {"OPP", "REB", "INS", "SEP", "PTY"}
# what a challenger does to its state with no addressee named: "the TPLF rejected the
# ceasefire", "the opposition accused ...", "threatened to boycott"
CHALLENGES = {EventType.REJECT, EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN}
# people at large refuse and demand ("the protesters' demands"); their threats are crimes
# or a protest's conduct ("protesters surrounded and threatened the senator")
PEOPLES_CHALLENGES = {EventType.REJECT, EventType.REQUEST}
# a branch of the state apart from the government: its public charges are aimed at the
# government (§12, §17); its refusals and demands are mostly its own business (§11)
BRANCH_SECTORS = {"LEG", "JUD"}
# what an act is about: its object, a phrase or clause ("rejected the ceasefire", "demanded that")
ABOUT_DEPS = {"dobj", "prep", "xcomp", "ccomp"}


def challenges_own_state(
    scene: Scene,
    sent: Span,
    type_: EventType,
    tok: Token,
    toks: list[Token],
    sources: list[Side],
) -> bool:
    """ "The TPLF rejected the ceasefire", "the protesters' demands for an investigation",
    "senators questioned the President's power": a refusal, demand, charge or threat by the
    state's own challengers (or a charge by another branch of it) that names no addressee is
    aimed at their own state (GUIDELINES §4 domestic events, §12 and §17 branches), in a
    sentence that names no other state (residents of occupied land refuse the occupier). Not the
    purpose of a protest ("took to the streets to demand freedom"): the protest is the event."""
    if type_ not in CHALLENGES or not sources:
        return False
    countries = {i.country for _, i in sources}
    if len(countries) != 1 or None in countries or countries & NON_STATE:
        return False
    (country,) = countries
    if country is None or not only_country(sent, country):
        return False
    if tok.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" for c in tok.children):
        return False
    return all(_challenger(scene, type_, tok, toks, i) for _, i in sources)


def _challenger(
    scene: Scene, type_: EventType, tok: Token, toks: list[Token], info: ActorInfo
) -> bool:
    """A challenger of its own state doing what challengers do, about something named (not a
    vote: "two Democrats opposed"). People at large only by their demands or refusal named as
    a noun ("the protesters' demands"; "what our citizens demand" is no act). A branch only by a
    charge aimed at a party its words name ("questioned the President's power", "a lawsuit
    against the state of emergency Trump declared"), not at an act whose doer is unnamed
    ("condemning the execution", §10)."""
    if info.sector in CHALLENGER_SECTORS:
        return tok.pos_ == "NOUN" or any(c.dep_ in ABOUT_DEPS for c in tok.children)
    if info.sector == "CVL":
        return type_ in PEOPLES_CHALLENGES and tok.pos_ == "NOUN"
    if info.sector not in BRANCH_SECTORS or type_ is not EventType.ACCUSE:
        return False
    return any(t.i in scene.mention_at for top in toks for t in top.subtree)
