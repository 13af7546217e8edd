"""Domestic process with no second side (GUIDELINES §11, §17): a politician joining a party,
two organs of one state agreeing (or failing to agree) on their ordinary business, a leader
signing a bill or decree, and a head of state granting the head of government's request.

"Patel joined the Solidarity Party and rose to chairman" is a career, not cooperation between
political actors; "the president and Congress could not agree on a budget" is the legislative
process, not a negotiated agreement between sides. A party or a government joining another side
("the Greens joined the coalition government"), and a state's agreement with its rebels or its
opposition, keep their events.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.records import ActorRef, Event, EventType

JOIN_VERBS = {"join", "rejoin"}
# what a politician joins in a career at home: a party, a ticket, a seat in a legislature
PARTY_SECTORS = {"PTY", "LEG"}
# organs of a state's civil government: their business together is the state's own
CIVIL_ORGANS = {"GOV", "LEG", "JUD"}
PERSON_TAGS = {"NNP", "NNPS"}  # "Cummings" is tagged as a plural
# a name the tagger did not place ("Cummings") is a person's only when no entity other claims it
PERSON_ENTS = {"PERSON", ""}
# one person told by a pronoun: "he joined the party's ticket"
PERSON_PRONOUNS = {"he", "she", "i"}


def actor_root(tok: Token, actor: ActorRef) -> Token | None:
    """The head word of an event side's mention in the trigger's document."""
    span = tok.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return None if span is None else span.root


def _one_person(tok: Token, actor: ActorRef) -> bool:
    """A named person ("Patel", "former governor Jesse Ventura", "he"), not a party or a body."""
    root = actor_root(tok, actor)
    if root is None:
        return False
    if root.lower_ in PERSON_PRONOUNS:
        return True
    return root.ent_type_ in PERSON_ENTS and root.tag_ in PERSON_TAGS


def joined_party(ev: Event, tok: Token) -> str | None:
    """ "Patel joined the Solidarity Party", "Ventura joined the party and signalled an intent to
    run", "he joined the party's presidential ticket", "joining the Maryland General Assembly in
    1983": a person becoming a member of a party, a ticket or a legislature at home is a political
    career (§11)."""
    if ev.type is not EventType.COOPERATE or tok.lemma_.lower() not in JOIN_VERBS:
        return None
    if not ev.source or not ev.target:
        return None
    if len({a.country for a in (*ev.source, *ev.target)}) != 1:
        return None
    if not all(a.sector in PARTY_SECTORS for a in ev.target):
        return None
    if not all(_one_person(tok, a) for a in ev.source):
        return None
    return "a person joining a party or a legislature at home: a political career, no second side"


def within_one_state(ev: Event) -> bool:
    """Every side of the event is of one named country (a state's own business, if any)."""
    countries = {a.country for a in (*ev.source, *ev.target)}
    return len(countries) == 1 and None not in countries


def organs_agree(ev: Event) -> str | None:
    """ "the president and Congress could not agree on a national budget": two organs of one
    state agreeing or failing to agree is its legislative business (§17)."""
    if ev.type is not EventType.AGREE or not ev.source:
        return None
    if not within_one_state(ev):
        return None
    if not all(a.sector in CIVIL_ORGANS for a in ev.source):
        return None
    if not all(a.sector in CIVIL_ORGANS | {None} for a in ev.target):
        return None
    organs = {a.sector for a in (*ev.source, *ev.target) if a.sector}
    if len(organs) < 2:
        return None  # one organ agreeing with someone the sentence does not place
    return "two organs of one state agreeing on their business: domestic process"


SIGN_LEMMAS = {"sign", "signing"}
# what a state's own lawmaking produces: a leader signs it alone, with no other side
LAW_NOUNS = {"bill", "law", "legislation", "decree", "ordinance", "statute", "act", "budget"}
LAW_NOUNS |= {"amendment", "proclamation", "directive", "order"}


def _signed(tok: Token) -> list[Token]:
    """What is signed: the object of "signed" (and its conjuncts), or the "of" object of the
    noun "signing"."""
    if tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        objs = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    return [o for c in objs for o in (c, *c.conjuncts)]


def signed_law(ev: Event, tok: Token) -> str | None:
    """ "President Reagan signed Conyers's bill into law", "signed an executive order", "signing
    a funding bill": signing a law is a state's lawmaking (§1, §11), not an agreement with the
    person who wrote it or with those it concerns; what the law does to another side ("a decree
    banning ...") is coded from its own words."""
    if ev.type is not EventType.SUPPORT or tok.lemma_.lower() not in SIGN_LEMMAS:
        return None
    signed = _signed(tok)
    if not signed or not all(o.lemma_.lower() in LAW_NOUNS for o in signed):
        return None
    return f"signing {signed[0].text!r}: lawmaking of one state, no second side"


# what a routine request between levels of one state asks for: a declaration of emergency or
# of disaster ("requested the president declare a state of emergency", "asked for a federal
# disaster declaration")
DECLARING = {"declare", "declaration"}
CALAMITY = {"emergency", "disaster", "catastrophe", "calamity"}
OFFICIAL_SECTORS = {"GOV", "LEG", None}


def declaration_request(ev: Event, tok: Token) -> str | None:
    """ "has requested President Trump declare a state of emergency in Louisiana", "the governor
    asked for a federal disaster declaration": a request for a declaration of emergency between
    officials of one state is a routine procedure, internal administration (§17 'Between levels
    of one state'); a demand on a political matter keeps its event."""
    if ev.type is not EventType.REQUEST or not ev.source or not within_one_state(ev):
        return None
    if not all(a.sector in OFFICIAL_SECTORS for a in (*ev.source, *ev.target)):
        return None
    content = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp", "dobj", "prep"}]
    for c in content:
        words = {t.lemma_.lower() for t in c.subtree}
        if words & DECLARING and words & CALAMITY:
            return "a request for a declaration of emergency: routine procedure of one state"
    return None


COMPLY_LEMMAS = {"comply", "accede", "grant"}
# what one office of a state routinely asks another: a request or advice (not a demand or order)
ROUTINE_ASKS = {"request", "advice", "recommendation"}
# the offices whose requests a head of state grants as routine: the head of government's
GOVERNING_TITLES = {"minister", "premier", "chancellor", "government", "cabinet", "president"}
# a named body or country in the asker's phrase makes it another side (or one not placed)
OTHER_SIDE_ENTS = {"GPE", "NORP", "ORG"}


def _asks(tok: Token) -> list[Token]:
    """What is complied with or granted: "comply with the request", "granted the request"."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}:
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _askers(ask: Token) -> list[Token]:
    """Who asks: "the prime minister's request", "the request of Prime Minister Johnson"."""
    out = [c for c in ask.children if c.dep_ == "poss"]
    for c in ask.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def routine_compliance(ev: Event, tok: Token) -> str | None:
    """ "the Queen announced she will comply with the request of Prime Minister Boris Johnson to
    suspend Parliament": an office granting the routine request of its own head of government
    is the ordinary business of one state (§17), not a concession to another side. Yielding to
    a demand, a command or an ultimatum, to protesters or to a foreign government keeps its
    event."""
    if ev.type is not EventType.CONCEDE or tok.lemma_.lower() not in COMPLY_LEMMAS:
        return None
    if not ev.source or not within_one_state(ev):
        return None
    if not all(a.sector == "GOV" for a in ev.source):
        return None
    for ask in _asks(tok):
        if ask.lemma_.lower() not in ROUTINE_ASKS:
            continue
        for asker in _askers(ask):
            words = list(asker.subtree)
            if any(t.ent_type_ in OTHER_SIDE_ENTS for t in words):
                continue
            if any(t.lemma_.lower() in GOVERNING_TITLES for t in words):
                who = asker.doc[asker.left_edge.i : asker.right_edge.i + 1].text
                return f"granting the {ask.text} of {who!r}, an office of the same state"
    return None
