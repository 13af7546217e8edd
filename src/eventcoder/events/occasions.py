"""Clauses that name an actor's own activity or stance, with no other political side.

On real news many candidates are activities that involve no second actor (GUIDELINES §1, §11):
a crowd attending a gathering, an official travelling within their own country, a government
leader's rally (a campaign or state occasion, not a protest against anyone), what a standing
commitment is to, or what a referendum decided. Each check returns a short reason, or None. The
word sets are closed classes (counts and crowds of people, words of commitment, ballots), never
the words of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.records import ActorInfo, ActorKind
from eventcoder.events.political_words import CULTURE_PEOPLE, RACE
from eventcoder.events.process import actor_root, within_one_state
from eventcoder.events.sides import Side
from eventcoder.records import ActorRef, Event, EventType

# ---- a crowd attending --------------------------------------------------------------------
# heads that name an unnamed crowd: "200 people attended", "attended by thousands"
CROWD_HEADS = {
    "people",
    "person",
    "thousand",
    "hundred",
    "million",
    "dozen",
    "crowd",
    "mourner",
    "spectator",
    "fan",
    "attendee",
    "visitor",
    "worshipper",
    "onlooker",
    "participant",
}
GATHER_LEMMAS = {"attend", "participate", "join"}


def _doers(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    out += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return out


def crowd(tok: Token, type_: EventType) -> str | None:
    """ "around 200 people attended the event", "the vigils were attended by thousands": a crowd
    at a gathering is no meeting between political actors."""
    if type_ is not EventType.CONSULT or tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() not in GATHER_LEMMAS:
        return None
    doers = _doers(tok)
    if doers and all(d.lemma_.lower() in CROWD_HEADS for d in doers):
        return f"a crowd attends ({doers[0].text!r}): no meeting between political actors"
    return None


# ---- what a standing commitment is to -----------------------------------------------------
# nouns of a stance toward future conduct: "our commitment to work with ASEAN"
COMMITMENT_NOUNS = {"commitment", "determination", "readiness", "willingness", "resolve"}


def committed_content(tok: Token) -> Token | None:
    """ "our commitment to work with ASEAN", "reiterated the U.S. commitment to support African
    countries", "we remain committed to supporting the government's investigation": what a
    commitment is to is not an act of its own (the commitment may be AGREE, or a stance, §11)."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        head = cur.head
        if cur.dep_ == "acl" and head.lemma_.lower() in COMMITMENT_NOUNS and _infinitive(cur):
            return head  # "commitment to work with"
        held = head.head.lemma_.lower() in COMMITMENT_NOUNS or _committed(head.head)
        if cur.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to" and held:
            return head.head  # "commitment to promoting", "committed to supporting"
        if cur.dep_ not in COMMITTED_WALK:
            return None
        cur = head  # "commitment to assist X and support Y", "to increasing its focus on ..."
    return None


def standing_commitment(tok: Token, type_: EventType) -> str | None:
    """ "reiterated its commitment to Egypt's water security", "President Biden has a
    commitment", "a solemn commitment that Iran will never ...": a commitment to no act of the
    doer's own is a standing stance, or backing of a thing (SUPPORT), not an agreement (§11);
    "our joint commitment to undertake research" names the act and stays AGREE."""
    if type_ is not EventType.AGREE or tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() not in COMMITMENT_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "acl" and _infinitive(c):
            return None
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pcomp" for p in c.children):
            return None
    return f"a {tok.text!r} to no act of its own: a standing stance, not an agreement"


# what the walk from the act up to the commitment may cross
COMMITTED_WALK = {"conj", "pobj", "prep", "pcomp", "dobj", "xcomp"}
COMMITTED_WORDS = {"committed", "dedicated"}


def _committed(tok: Token) -> bool:
    """ "we are committed to", "remain dedicated to": a stance (not "committed $5 million to")."""
    return (
        tok.lower_ in COMMITTED_WORDS
        and tok.tag_ in {"JJ", "VBN"}
        and not any(c.dep_ == "dobj" for c in tok.children)
    )


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# ---- what a ballot decided ----------------------------------------------------------------
BALLOT_WORDS = {"referendum", "plebiscite", "election", "poll", "ballot", "primary"}
ELECTORATE = {"voter", "elector", "electorate", "citizen", "resident", "people"}


def ballot_content(tok: Token) -> Token | None:
    """ "Britons voted in a 2016 referendum to leave the EU", "the United Kingdom voted to leave
    the European Union in the Brexit referendum": what an electorate voted for is the outcome of
    a race, not an act of one actor on another."""
    if tok.dep_ not in {"xcomp", "ccomp", "advcl"}:
        return None
    vote = tok.head
    if vote.lemma_.lower() != "vote" or vote.pos_ != "VERB":
        return None
    ballot = any(
        t.lemma_.lower() in BALLOT_WORDS
        for c in vote.children
        if c.dep_ == "prep"
        for t in c.subtree
    )
    subj = [c for c in vote.children if c.dep_ == "nsubj"]
    electorate = any(
        s.lemma_.lower() in ELECTORATE or (s.ent_type_ == "NORP" and s.tag_ in {"NNPS", "NNS"})
        for s in subj
    )
    return vote if ballot or electorate else None


# what candidates and players win or are given, whatever the trigger: a race's spoils, no act on
# another actor (seats, signatures and donations change hands in politics too)
RACE_SPOILS = (RACE - {"seat", "signature", "donation"}) | {"trophy", "prize", "championship"}


def race_spoils(tok: Token) -> Token | None:
    """ "Biden has amassed 1,217 pledged delegates", "a majority of votes cast and delegates
    allocated", "won two gold medals": what the verb gathers or hands out is a race's."""
    if tok.pos_ != "VERB":
        return None
    things = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ in {"acl", "amod"} and tok.head.pos_ == "NOUN":
        things.append(tok.head)  # "delegates allocated"
    for t in things:
        if t.lemma_.lower() in RACE_SPOILS or t.lower_ in {"votes", "delegates"}:
            return t
    return None


# ---- over a built event -------------------------------------------------------------------
# gatherings a government's leader holds for his own supporters
RALLY_LEMMAS = {"rally"}
# backing a candidate at home: people out of office, parties, campaigns and private people
ENDORSE_LEMMAS = {"endorse", "endorsement"}
CANDIDATE_SECTORS = {None, "ELI", "PTY", "OPP", "CVL"}
STATE_SECTORS = {"GOV"}


# "spoke at a rally in Sanford": a rally named only as where another act took place
RALLY_SETTING_PREPS = {"at", "in", "during", "with"}
# verbs whose "in/at a rally" is the rally itself ("took part in a rally", "marched in a rally")
RALLY_JOINING = {"take", "participate", "join", "attend", "gather", "march", "hold", "stage"}
RALLY_JOINING |= {"organize", "organise", "lead", "protest", "demonstrate", "assemble", "turn"}
# what makes a rally a protest: its cause ("against the war", "in support of", "anti-war")
RALLY_CAUSE_PREPS = {"against", "over", "for", "outside"}
RALLY_CAUSE_WORDS = {"protest", "opposition", "support", "solidarity", "demonstration"}


def rally_setting(tok: Token, type_: EventType) -> Token | None:
    """ "read a letter at a rally in Diyarbakir", "returned to the campaign trail with a rally",
    "security was tight during the rally": a rally named only as the setting of another act,
    with no cause of its own, is a campaign or state occasion, not a protest against anyone."""
    if type_ is not EventType.PROTEST or tok.lemma_.lower() not in RALLY_LEMMAS:
        return None
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in RALLY_SETTING_PREPS:
        return None
    prep = tok.head
    if prep.head.lemma_.lower() in RALLY_JOINING or rally_cause(tok):
        return None
    return prep


def rally_cause(tok: Token) -> bool:
    """A rally given a cause of its own, which makes it a protest: "a rally against the war",
    "a rally in support of the strikers", "a protest rally", "an anti-government rally", "a
    rally that ..." (a clause may tell its cause)."""
    for c in tok.children:
        low = c.lemma_.lower()
        if c.dep_ == "prep" and (
            low in RALLY_CAUSE_PREPS
            or any(g.lemma_.lower() in RALLY_CAUSE_WORDS for g in c.children)
        ):
            return True
        if low in RALLY_CAUSE_WORDS or low.startswith("anti") or c.dep_ in {"relcl", "acl"}:
            return True
    return False


# what a traveller visits at home without meeting another side: places, and institutions of
# learning, care and business ("she will visit the University of Southern California", "toured
# the factory": GUIDELINES §1)
VISITED_PLACES = {None, "EDU", "MED", "BUS"}


def sideless(ev: Event, lemma: str) -> str | None:
    """An event whose sides show it is an activity of one side only: travel to places of the
    traveller's own country ("Trump visited California", "will travel to Tucson and Houston",
    "will visit the University of Southern California"),
    or a rally held by a government's leader ("told supporters at a rally")."""
    src = {a.country for a in ev.source if a.country}
    if (
        ev.type is EventType.CONSULT
        and ev.mode == "visit"
        and ev.target
        and all(a.sector in VISITED_PLACES and a.country in src for a in ev.target)
    ):
        return "travel to places of the traveller's own country: no other side"
    if (
        ev.type is EventType.PROTEST
        and lemma in RALLY_LEMMAS
        and ev.source
        and all(a.sector in STATE_SECTORS for a in ev.source)
    ):
        return "a rally held by a government or its leader: a campaign or state occasion"
    if (
        ev.type is EventType.SUPPORT
        and lemma in ENDORSE_LEMMAS
        and ev.target
        and len({a.country for a in (*ev.source, *ev.target)}) == 1
        and all(a.sector in CANDIDATE_SECTORS for a in ev.target)
    ):
        # "Obama endorsed Biden", "the union endorsed her campaign": part of the race (§16)
        return "an endorsement of a candidate at home: part of an election race"
    return None


# ---- private people -----------------------------------------------------------------------
# what private people do to each other in these types is their own life, not politics ("admitted
# his guilt": a plea, no concession to anyone); force, coercion and courts keep their own rules
# (a named attacker, a judge the dictionary lacks)
PRIVATE_TYPES = {
    EventType.CONCEDE,
    EventType.CONSULT,
    EventType.REQUEST,
    EventType.SUPPORT,
    EventType.AGREE,
    EventType.AID,
    EventType.COOPERATE,
}
PERSON_KINDS = {ActorKind.PERSON, ActorKind.SURNAME}


def _private(info: ActorInfo) -> bool:
    """A person holding no office and of no sector: a private individual."""
    return info.kind in PERSON_KINDS and info.sector is None and info.office is None


def private_sides(type_: EventType, sources: list[Side], targets: list[Side]) -> str | None:
    """ "his classmates encouraged him to sit down", "she could not support him", "Cengiz
    traveled to New York": private people, toward each other or a place, no political actor."""
    if type_ not in PRIVATE_TYPES or not sources or not targets:
        return None
    if not all(_private(i) for _, i in sources):
        return None
    if all(_private(i) or i.kind is ActorKind.PLACE for _, i in targets):
        return "private people, toward each other or a place: no political actor"
    return None


def culture(tok: Token, type_: EventType) -> str | None:
    """ "A Senegalese choir collaborated with a French rapper", "the singer joined forces with a
    Ghanaian producer": artists and athletes working or meeting together is culture or sport,
    whatever country their nationality gives them (GUIDELINES §1)."""
    if type_ not in PRIVATE_TYPES:
        return None
    verb = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok  # "joined forces"
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if doers and all(d.lemma_.lower() in CULTURE_PEOPLE for d in doers):
        return f"the doers are {doers[0].text!r}: culture or sport, not politics"
    return None


# ---- an actor's own people ----------------------------------------------------------------
# what an actor does with its own staff is internal administration (GUIDELINES §1), not an
# interaction between political actors: thanking a colleague, encouraging its employees
INTERNAL_TYPES = {
    EventType.SUPPORT,
    EventType.REQUEST,
    EventType.COOPERATE,
    EventType.CONSULT,
    EventType.AID,
}
# nouns of an organisation's own people, when the speaker's "our" or "my" owns them
PERSONNEL = {"employee", "staff", "staffer", "colleague", "workforce", "personnel", "team"}
SELF_POSSESSIVES = {"our", "my"}
SECOND_PERSON = {"you", "your", "yourself", "yourselves"}
# bodies an actor deliberates within: "we had been discussing within the administration"
OWN_BODIES = {"administration", "government", "department", "cabinet", "interagency", "team"}


def own_people(ev: Event, tok: Token) -> str | None:
    """ "I just want to say thank you for leading the task force", "we continue to encourage our
    employees to ...": the recipient is the speaker's own colleague or staff (the second person
    of the speaker's own country, or personnel the speaker calls "our"): internal
    administration, no second side."""
    if ev.type not in INTERNAL_TYPES or not ev.source or not ev.target:
        return None
    countries = {a.country for a in ev.source}
    if None in countries or {a.country for a in ev.target} != countries:
        return None
    for a in ev.target:
        head = actor_root(tok, a)
        if head is None:
            return None
        if head.lower_ in SECOND_PERSON:
            continue
        if head.lemma_.lower() in PERSONNEL and any(
            c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in head.children
        ):
            continue
        return None
    return "the recipient is the doer's own colleague or staff: internal administration"


# organs of a state's civil government: what they do together is its internal administration
CIVIL_ORGANS = {"GOV", "LEG", "JUD"}
# working together and talks: between organs of one state, the state's own business
ORGAN_TYPES = {EventType.COOPERATE, EventType.CONSULT}


def one_state(ev: Event) -> str | None:
    """ "the State Department and the Department of Homeland Security are working together",
    "our administration is working with Congress", "the Secretary spoke with the Governor of
    Michigan": civil organs of one state working or talking together are its internal
    administration (GUIDELINES §1, §11), not an interaction with another side. Forces, rebels,
    parties and people keep their events (a government's talks with rebels, a rival army)."""
    if ev.type not in ORGAN_TYPES or not ev.source or not ev.target:
        return None
    if not within_one_state(ev):
        return None
    # each an organ (an unnamed "negotiators" may be a rebel side the dictionary lacks); the
    # country itself as the other side ("to facilitate return to the United States") is no
    # second actor here
    if all(_organ(a) for a in ev.source) and all(_organ(a) or a.sector is None for a in ev.target):
        return "organs of one government working or talking together: internal administration"
    return None


# institutions of a state named by their kind: "the Kenyan foreign ministry", "Congress"
ORGAN_NOUNS = {"ministry", "department", "parliament", "congress", "senate", "assembly"}
ORGAN_NOUNS |= {"court", "government", "administration", "cabinet", "agency", "legislature"}
ORGAN_NOUNS |= {"governor", "mayor", "judiciary", "house", "president", "minister", "premier"}
ORGAN_NOUNS |= {"chancellor", "secretary"}


def _organ(actor: ActorRef) -> bool:
    """A civil organ of a state, named or called by its institution ("officials" or
    "negotiators" with an unknown organisation may be another side the dictionary lacks)."""
    if actor.sector not in CIVIL_ORGANS:
        return False
    words = actor.span.text.split()
    return actor.name is not None or (bool(words) and words[-1].lower() in ORGAN_NOUNS)


def business(ev: Event) -> str | None:
    """ "The company apologized for its website being inaccessible", "a Boeing chartered by a
    Dominican airline crashed, killing 189", "SpaceX tested its rocket": what companies do, alone
    or to people and companies at home, is business, not politics (GUIDELINES §1, §13); a state
    actor ("Ford is cooperating with the government") or a foreign company as the other side
    keeps the event."""
    if not ev.source or not all(a.sector == "BUS" for a in ev.source):
        return None
    home = {a.country for a in ev.source}
    for a in ev.target:
        if a.sector == "CVL" or (a.sector in {"BUS", None} and a.country in home):
            continue
        return None  # a state, or a foreign company ("formed a joint venture with Sinopec")
    return "a company acting alone or toward companies and people: business, not politics"


def internal_talks(tok: Token, type_: EventType) -> str | None:
    """ "this is something that we had been discussing within the administration": talks inside
    the doer's own body are its own deliberation, not a meeting with another side."""
    if type_ is not EventType.CONSULT:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "within":
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and p.lemma_.lower() in OWN_BODIES
                    and not any(x.ent_type_ in {"GPE", "NORP", "ORG"} for x in p.subtree)
                ):
                    return f"talks within {p.text!r}: the doer's own deliberation"
    return None
