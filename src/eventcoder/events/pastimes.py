"""Sport, business and private life told with the words of events (GUIDELINES §1, §11, §13).

"In a chess tournament the grandmaster refused to play against an Israeli player", "the
championship was boycotted by a grandmaster", "offering to disrobe if Pakistan defeated India in
a cricket match": what athletes and other private people do at a sporting occasion is sport, not
an act of one political actor on another. "His son's business deals with China", "leaving its
joint venture with China Resources Holdings": deals and ventures of business are not agreements
between political actors. "His family would be consulted", "a U.S. national whom she met",
"met two officers at a pub": talks with one's family, a private person, or at a place of leisure
are private life. Each check looks at a built event and its trigger and returns a short reason,
or None. The word sets are closed classes (sporting occasions, marks of business, kin, places of
leisure), never the words of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.process import actor_root
from eventcoder.records import Event, EventType

# ---- sport ----------------------------------------------------------------------------------
# occasions of organised sport ("league" is left out: "the Arab League")
SPORT_OCCASIONS = {"tournament", "championship", "match", "marathon", "olympics", "olympiad"}
SPORT_OCCASIONS |= {"paralympics", "regatta", "grandmaster"}
# mentions that name a state or a people as the doer: "Iran boycotted the match" may be a
# state's act (a federation or a committee the dictionary knows has a sector)
STATE_ENTS = {"GPE", "NORP"}
# bodies that may act for a state: "banned by the Iranian Chess Federation" (§11: COERCE)
BODY_NOUNS = {"federation", "committee", "association", "council", "ministry", "union"}
BODY_NOUNS |= {"board", "authority", "government", "league", "confederation", "organisation"}
BODY_NOUNS |= {"organization"}


def _occasion(tok: Token) -> Token | None:
    """A word of a sporting occasion in the trigger's sentence."""
    for t in tok.sent:
        if t.lemma_.lower() in SPORT_OCCASIONS and t.pos_ in {"NOUN", "PROPN"}:
            return t
    return None


def sport(ev: Event, tok: Token) -> str | None:
    """ "refused to play against an Israeli player" in a tournament, "the championship was
    boycotted by a grandmaster", "a race sanctioned under IAAF rules": private people of no
    sector acting at a sporting occasion; a state, a people or an organisation as the doer
    ("Iran boycotted the match") keeps the event, and so does any side of a sector (a
    government, a party, forces, a federation the dictionary knows)."""
    if not ev.source or any(a.sector for a in (*ev.source, *ev.target)):
        return None
    occasion = _occasion(tok)
    if occasion is None:
        return None
    for a in ev.source:
        root = actor_root(tok, a)
        if root is None or root.ent_type_ in STATE_ENTS or root.lemma_.lower() in BODY_NOUNS:
            return None
    return f"private people at a sporting occasion ({occasion.text!r}): sport, not politics"


# ---- business -------------------------------------------------------------------------------
# words that mark a deal or a partnership as one of business: "business deals", "a commercial
# partnership" ("a trade deal" between states stays an agreement)
BUSINESS_MARKS = {"business", "commercial", "corporate"}
# the last word of a company's name: "China Resources Holdings", "Acme Corp."
COMPANY_ENDINGS = {"holdings", "group", "corporation", "corp", "corp.", "inc", "inc.", "ltd"}
COMPANY_ENDINGS |= {"ltd.", "plc", "llc", "gmbh", "company", "co.", "limited", "conglomerate"}
VENTURES = {"venture"}
DEAL_TYPES = {EventType.AGREE, EventType.COOPERATE, EventType.SUPPORT}


def business(tok: Token, type_: EventType) -> str | None:
    """ "his son's business deals with China", "a commercial partnership", "its joint venture
    with China Resources Holdings": a deal or a venture of business is commerce, not an
    agreement between political actors (§1, §13)."""
    if type_ not in DEAL_TYPES or tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in BUSINESS_MARKS:
            return f"a deal of business ('{c.text} {tok.text}'): commerce, not politics"
    if tok.lemma_.lower() in VENTURES:
        # "leaving its joint venture with X": the parser may hang the partner on the verb
        heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    last = tok.doc[p.right_edge.i].lower_ if p.dep_ == "pobj" else ""
                    if last in COMPANY_ENDINGS:
                        return f"a venture with a company ({p.text!r}): business, not politics"
    return None


# ---- private life ---------------------------------------------------------------------------
# one's kin and friends: "his family", "her husband"
KIN = {"family", "wife", "husband", "spouse", "relative", "parent", "mother", "father", "son"}
KIN |= {"daughter", "brother", "sister", "fiance", "fiancee", "fiancé", "fiancée", "girlfriend"}
KIN |= {"boyfriend", "friend", "cousin", "child", "grandmother", "grandfather"}
# a person known only by nationality: "a U.S. national"
LONE_PERSONS = {"national"}
# places of leisure: talks there are private ("met the officers at an Irish pub")
LEISURE_VENUES = {"pub", "bar", "nightclub", "club", "cafe", "café", "disco", "karaoke"}
PRIVATE_DETS = {"a", "an"}


def _private_side(root: Token) -> bool:
    """ "his family", "her husband" (one's own kin, not "the families of the hostages"), or one
    person named by nationality ("a U.S. national")."""
    low = root.lemma_.lower()
    if low in KIN:
        return any(c.dep_ == "poss" for c in root.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in root.children
        )
    if low in LONE_PERSONS and root.tag_ in {"NN", "JJ"}:  # the tagger may take it for an adjective
        return any(c.dep_ == "det" and c.lower_ in PRIVATE_DETS for c in root.children)
    return False


def private_meeting(ev: Event, tok: Token) -> str | None:
    """ "His family would be consulted before any comment", "a U.S. national whom she met while
    studying", "met two officers at an Irish pub": talks with one's kin, with one private person,
    or at a place of leisure are private life, not talks between political actors."""
    if ev.type is not EventType.CONSULT:
        return None
    for a in (*ev.source, *ev.target):
        root = actor_root(tok, a)
        if root is None:
            continue
        if root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ in {"NOUN", "ADJ"}:
            root = root.head  # "a U.S. national": the mention is the nationality alone
        if _private_side(root):
            return f"talks with {root.text!r}: private life, no political side"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "at":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in LEISURE_VENUES:
                    return f"a meeting at a {p.text!r}: private life, no political side"
    return None


# ---- leisure and sightseeing ----------------------------------------------------------------
# outings named by their kind of leisure: "a ghost tour", "sauna trips", "a sightseeing tour"
OUTINGS = {"tour", "trip", "excursion", "outing", "cruise", "hike"}
LEISURE_KINDS = {"ghost", "sauna", "sightseeing", "ski", "skiing", "walking", "boat", "wine"}
LEISURE_KINDS |= {"food", "shopping", "hiking", "fishing", "holiday", "vacation", "camping"}
LEISURE_KINDS |= {"bike", "cycling", "pub", "spa", "beach", "safari", "fun", "family"}
# places of culture, worship, learning and care one tours: "visited the Temple Museum", "toured
# the welcome center" (a palace or a ministry may be where a host receives: not here)
VISITED_VENUES = {"museum", "temple", "monastery", "church", "cathedral", "mosque", "gallery"}
VISITED_VENUES |= {"zoo", "park", "garden", "monument", "shrine", "synagogue", "center"}
VISITED_VENUES |= {"centre", "factory", "farm", "market", "site", "exhibition", "library"}
VISIT_VERBS = {"visit", "tour"}
# sides that may be what a place belongs to or who is there, but not a host of talks
UNHOSTING: set[str | None] = {None, "REL", "EDU", "MED", "CVL", "REF", "BUS", "SOC"}


def leisure_visit(ev: Event, tok: Token) -> str | None:
    """ "a ghost tour of old Tallinn", "sauna trips to Estonian bogs", "the Deputy Secretary also
    visited the Choijin Lama Temple Museum", "I visited the welcome center for Ukrainians": an
    outing of leisure, or touring a place of culture, worship or care, meets no political actor
    (§1 'toured the factory'); a visit to a government, a leader or a body, or to a place one
    owns ("the ministry's operations center"), keeps its event."""
    if ev.type is not EventType.CONSULT:
        return None
    low = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and low in OUTINGS:
        for c in tok.children:
            if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in LEISURE_KINDS:
                return f"an outing of leisure ('{c.text} {tok.text}'): no other side"
    if tok.pos_ != "VERB" or low not in VISIT_VERBS:
        return None
    if not all(a.sector in UNHOSTING and a.country not in {"IGO", "NGO"} for a in ev.target):
        return None
    for o in tok.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in VISITED_VENUES:
            continue
        if any(c.dep_ == "poss" for c in o.children):
            return None  # "the Thai Department of Disease Control's Operations Center": a host
        return f"touring a {o.text!r}: a place, no other side met"
    return None
