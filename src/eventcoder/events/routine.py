"""Routine of public life that involves no second political side (GUIDELINES §11, §16).

A journalist talking with an official is an interview, not talks between political actors; an
exchange between candidates at a debate or a town hall is part of the race; an official who
resigns for no one (to take another post, without a word of pressure) yields to nobody; a crime
by one private person is no political act. Each check looks at a built event and its trigger
and returns a short reason, or None. The word sets are closed classes (the press and its
outlets, a race's occasions, words of pressure, titles of those who lead a state, sectors of
private life), never the words of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events import process
from eventcoder.events.candidates import is_runner, runners
from eventcoder.events.process import actor_root, within_one_state
from eventcoder.events.rallies import campaign_rally
from eventcoder.records import ActorRef, Event, EventType

# ---- interviews ---------------------------------------------------------------------------
# the press as a side: its people and its outlets
PRESS_SECTORS = {"JRN"}
PRESS_NOUNS = {"journalist", "reporter", "correspondent", "interviewer", "newspaper", "magazine"}
PRESS_NOUNS |= {"broadcaster", "outlet", "network", "channel", "radio", "television", "tv"}
PRESS_NOUNS |= {"podcast", "press", "media", "newsroom", "editor", "anchor", "blogger"}
# the last word of an outlet's name: "Fox News", "The Times", "the Washington Post", "Wikinews"
OUTLET_ENDINGS = ("news", "times", "post", "journal", "herald", "tribune", "gazette", "daily")
PARTNER_PREPS = {"with", "to"}


def _press_word(tok: Token) -> bool:
    low = tok.lower_
    return tok.lemma_.lower() in PRESS_NOUNS or (
        tok.pos_ == "PROPN" and low.endswith(OUTLET_ENDINGS)
    )


# the press's people, as the subject who seeks the talk ("a network of activists" is no press)
PRESS_PEOPLE = {"journalist", "reporter", "correspondent", "interviewer", "editor", "blogger"}
# the title words of a subject named with its trade: "reporter William Saturn", "Saturn, a reporter"
TITLE_DEPS = {"compound", "appos"}


def _press_subject(verb: Token) -> Token | None:
    """The word that makes the verb's subject a journalist: "Wikinews reporter William Saturn
    reached out to the nominee to discuss his campaign" (the reporter's own request for talks)."""
    for s in verb.children:
        if s.dep_ != "nsubj":
            continue
        if s.pos_ == "NOUN" and s.lemma_.lower() in PRESS_PEOPLE:
            return s
        for c in s.children:
            if c.dep_ in TITLE_DEPS and c.pos_ == "NOUN" and c.lemma_.lower() in PRESS_PEOPLE:
                return c
    return None


def _partners(tok: Token) -> list[Token]:
    """Who the talk is with: "spoke with Wikinews", "an interview with the Times"."""
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]


def interview(ev: Event, tok: Token) -> str | None:
    """ "A correspondent from French Wikinews contacted the developer", "the candidate spoke with
    Wikinews to discuss his background": talks with the press are an interview, not a meeting
    between political actors (§16)."""
    if ev.type is not EventType.CONSULT:
        return None
    for a in (*ev.source, *ev.target):
        if a.sector in PRESS_SECTORS:
            return f"talks with the press ({a.span.text!r}): an interview, not a meeting"
    head = tok
    for _ in range(3):  # "spoke with Wikinews to discuss his background": the talk it serves
        for p in _partners(head):
            if _press_word(p):
                return f"talks with the press ({p.text!r}): an interview, not a meeting"
        if (w := _press_subject(head)) is not None:
            return f"the press seeks the talk ({w.text!r}): an interview, not a meeting"
        if head.dep_ not in {"advcl", "xcomp", "conj"} or head.head.i == head.i:
            break
        head = head.head
    return None


# ---- a race's occasions -------------------------------------------------------------------
# the occasions of an election race: what is said or done at them is campaigning (§11, §16)
RACE_OCCASIONS = {"debate", "rally", "hustings", "caucus", "primary", "campaign", "convention"}
HALL_MODIFIERS = {"town"}  # "a town hall"
SETTING_PREPS = {"during", "at", "in"}
LEGISLATURE_WORDS = {"parliamentary", "parliament", "senate", "house", "congressional"}
LEGISLATURE_WORDS |= {"legislative", "assembly", "chamber", "council"}
# what candidates say to or about each other; force and coercion keep their own rules, except the
# figurative attack ("attacked Biden during the debate") the same word names
RACE_TYPES = {
    EventType.ACCUSE,
    EventType.REQUEST,
    EventType.REJECT,
    EventType.SUPPORT,
    EventType.AGREE,
    EventType.THREATEN,
    EventType.ASSAULT,
}
# who takes part in a race: officials, politicians, parties, people of no sector
RACE_SECTORS = {None, "GOV", "ELI", "PTY", "LEG", "OPP"}


def _occasion(p: Token) -> bool:
    low = p.lemma_.lower()
    if low == "hall":
        return any(c.lower_ in HALL_MODIFIERS for c in p.children)
    # a debate in a legislature is its business, not a race's ("the parliamentary debate")
    return low in RACE_OCCASIONS and not any(
        c.lemma_.lower() in LEGISLATURE_WORDS for c in p.children
    )


def race_occasion(ev: Event, tok: Token) -> str | None:
    """ "Harris attacked Biden during the Democratic debates", "at his town hall, Trump refused to
    disavow the theory": candidates' exchanges at a debate, town hall or rally, at home, are part
    of the election race, not acts of one actor on another; so is a campaign rally itself
    (rallies.py)."""
    if why := campaign_rally(ev, tok):
        return why
    if ev.type not in RACE_TYPES or (ev.type is EventType.ASSAULT and tok.pos_ != "VERB"):
        return None
    sides = (*ev.source, *ev.target)
    if not ev.source or len({a.country for a in sides}) != 1:
        return None
    if not all(a.sector in RACE_SECTORS for a in sides):
        return None  # soldiers, police or protesters at a rally act on each other
    for head in (tok, *tok.ancestors):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in SETTING_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj" and _occasion(p):
                        return f"said or done at a race's {p.text!r}: campaigning, no act on anyone"
        if head.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
            break
    return between_runners(ev, tok)


def between_runners(ev: Event, tok: Token) -> str | None:
    """ "Biden attacked Trump for the deaths", in a story that titles both as nominees: what one
    runner says to or asks of another is an exchange of the race (§16), wherever it is said.
    Called from race_occasion, whose tests of type, country and sector it shares."""
    if not ev.target:
        return None
    surnames = runners(tok.doc)
    if len(surnames) < 2:
        return None
    for a in (*ev.source, *ev.target):
        if not (is_runner(a.span.text, surnames) or is_runner(a.name, surnames)):
            return None
    return "an exchange between candidates the document names: campaigning, no act on anyone"


# what an appeal asks for when it asks for backing in a race: "to support your candidacy",
# "to vote for him" (a call on another state "to hold free elections" asks for an act of state)
CANDIDACY = {"campaign", "candidacy", "candidate", "ticket"}
CONTENT_DEPS = {"xcomp", "ccomp"}


def _asks_for_votes(clause: Token) -> Token | None:
    for t in clause.subtree:
        if t.lemma_.lower() in CANDIDACY and t.pos_ == "NOUN":
            return t
        if (
            t.lemma_.lower() == "vote"
            and t.pos_ == "VERB"
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
        ):
            return t  # "to vote for the party's ticket"
    return None


def campaign_appeal(ev: Event, tok: Token) -> str | None:
    """ "I am asking every Democrat to come together to support your candidacy", "urged his
    supporters to vote for the party's ticket": an appeal at home for backing in a race is
    campaigning (§16), not a demand of one actor on another."""
    if ev.type is not EventType.REQUEST or not ev.source:
        return None
    if len({a.country for a in (*ev.source, *ev.target)}) != 1:
        return None
    # "I am asking all Americans, I'm asking every Democrat, ... to support your candidacy": a
    # repeated verb of the sentence shares the content the last one states
    verbs = [t for t in tok.sent if t.lemma_ == tok.lemma_ and t.pos_ == tok.pos_]
    for v in verbs:
        for c in v.children:
            if c.dep_ in CONTENT_DEPS and (t := _asks_for_votes(c)) is not None:
                return f"an appeal for backing in a race ({t.text!r}): campaigning"
    return None


# ---- a government's appeal to its own public ----------------------------------------------
# the general public as addressee: people at large, residents, citizens, road users, travellers
PUBLIC_NOUNS = {"people", "public", "resident", "citizen", "population", "inhabitant"}
PUBLIC_NOUNS |= {"motorist", "driver", "traveler", "traveller", "passenger", "tourist"}
PUBLIC_NOUNS |= {"visitor", "household", "consumer", "commuter", "holidaymaker"}
# who makes such appeals: a government or an office of no sector the text names ("it", the ministry)
APPEALING_SECTORS = {"GOV", None}
PUBLIC_SECTORS = {"CVL", None}


def public_appeal(ev: Event, tok: Token) -> str | None:
    """ "the ministry urged people to comply with the rules of the road", "authorities recommended
    residents avoid public gatherings", "we encourage U.S. citizens to confirm their eligibility":
    a government's advice to its own public at large is internal administration (GUIDELINES §11,
    §18), not a demand of one political actor on another. Demands of named groups (protesters,
    the opposition) and appeals to another state's people keep their events."""
    if ev.type is not EventType.REQUEST or not ev.source or not ev.target:
        return None
    if not within_one_state(ev):
        return None
    if not all(a.sector in APPEALING_SECTORS for a in ev.source):
        return None
    for a in ev.target:
        root = actor_root(tok, a)
        if a.sector not in PUBLIC_SECTORS or root is None:
            return None
        if root.lemma_.lower() not in PUBLIC_NOUNS or root.ent_type_:
            return None
    return "a government's advice to its own public at large: internal administration"


# ---- resigning for no one -----------------------------------------------------------------
# words that state a pressure a resignation yields to: "after weeks of protests", "amid calls",
# "as parliament began impeachment proceedings", "under pressure", "in protest"
PRESSURE_MARKS = {"after", "amid", "amidst", "following", "over", "under", "despite"}
PRESSURE_MARKS |= {"because", "as", "since"}
ROLE_PREPS = {"as"}
# reasons of one's own life: "poor health was cited", "for family reasons"
PERSONAL_REASONS = {"health", "illness", "age", "family", "personal", "retirement"}
# how a leaving with no reason is told: "resigned without public explanation"
NO_REASON_PREPS = {"without"}
# a successor taking the post: "with Johnson succeeding her", "Hammer will succeed him"
SUCCEED_VERBS = {"succeed"}
SUCCESSOR_NOUNS = {"successor"}
# a successor taking the oath of the post: "Pierluisi was sworn in"
SWORN_VERBS = {"swear"}


def _pressed(tok: Token) -> bool:
    """A dependent of the resignation (or of the verb that announces it) states a cause:
    "resigned after weeks of protests", "announced his resignation amid calls to go"."""
    heads = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass", "pobj"}:
        heads.append(tok.head)  # "announced his resignation after ..."
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in PRESSURE_MARKS - ROLE_PREPS:
                return True  # ("resigned as governor" names the post, no cause)
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(p.lemma_.lower() in {"protest", "response"} for p in c.children)
            ):
                return True
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in PRESSURE_MARKS for m in c.children
            ):
                return True
    return False


def _own_reason(tok: Token) -> str | None:
    """What tells that the leaving yields to no one: a next post it leaves for ("resigned to
    become Secretary of State"), a reason of one's own life ("poor health was cited when he
    stepped down"), a leaving told without any reason ("resigned without explanation"), or a
    successor taking the post ("is to step down, with Johnson succeeding her")."""
    for c in tok.children:
        if c.dep_ in {"advcl", "xcomp"} and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return f"leaving to {c.text!r}: for a post or plan of one's own"
        if c.dep_ == "prep" and c.lower_ in NO_REASON_PREPS:
            return "leaving without a reason told"
    for t in tok.sent:
        if t.lemma_.lower() in PERSONAL_REASONS and t.pos_ in {"NOUN", "ADJ"}:
            return f"leaving for a reason of one's own life ({t.text!r})"
        # (a resignation that times the swearing-in it hangs on is departures.py's background)
        if _successor(t) and t not in tok.ancestors:
            return f"a handover of the post ({t.text!r}): the office passing to a successor"
    return None


def _successor(t: Token) -> bool:
    """ "Hammer will succeed him", "with Johnson succeeding her", "named Ruto as his successor":
    the sentence names who takes the post ("succeeded in ousting him" is managing, not
    succeeding someone)."""
    low = t.lemma_.lower()
    if low in SUCCEED_VERBS and t.pos_ == "VERB":
        return any(c.dep_ == "dobj" for c in t.children)
    if low in SWORN_VERBS and t.pos_ == "VERB":  # "and Pierluisi was sworn in as governor"
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children)
    return low in SUCCESSOR_NOUNS and t.pos_ == "NOUN"


def resigned_for_no_one(ev: Event, tok: Token) -> str | None:
    """ "Clinton resigned to become Secretary of State", "the special envoy resigned without
    public explanation", "poor health was cited when he stepped down": leaving a post for one's
    own reasons, with no other side named and no pressure stated, yields to nobody ("resigning
    for no one is not coded", §1); "Taylor stepped down and flew into exile" keeps its event."""
    if ev.type is not EventType.RETREAT or ev.mode != "resign" or not ev.source:
        return None
    home = {a.country for a in ev.source}
    if not all(a.sector is None and a.country in home for a in ev.target):
        return None  # a side named: "resigned from the board of the UN agency"
    if _pressed(tok) or (own := _own_reason(tok)) is None:
        return None
    return f"{own}, no other side and no pressure stated: resigning for no one"


# ---- crimes by private people -------------------------------------------------------------
# sectors of private life: a single worker, student or businessman is a private person
PRIVATE_SECTORS = {"LAB", "CVL", "BUS", "EDU", "AGR", "REF", "SOC", "JRN", "MED"}
# an unnamed armed individual: "a gunman" with no group named
LONE_ARMED = {"UAF"}
CRIME_TYPES = {EventType.ASSAULT, EventType.COERCE}
SINGULAR_TAGS = {"NN", "NNP"}
TIED = {"ORG", "NORP", "GPE"}
TIE_DEPS = {"compound", "amod", "poss", "nmod", "appos"}
TIE_PREPS = {"of", "from", "with"}


def _ties(root: Token) -> list[Token]:
    """The words that tie a person to a group: "a Hamas gunman", "a gunman of the Islamic
    State" (not where he is: "a worker in Lyon")."""
    out = []
    for c in root.children:
        if c.dep_ in TIE_DEPS or (c.dep_ == "prep" and c.lower_ in TIE_PREPS):
            out += list(c.subtree)
    return out


def _lone_person(tok: Token, actor: ActorRef) -> bool:
    """One private person ("an IT worker"), or one armed man no group is named for ("a
    gunman"), not a body of people ("workers", "the union", "a Hamas gunman")."""
    root = actor_root(tok, actor)
    if root is None or root.tag_ not in SINGULAR_TAGS or root.ent_type_:
        return False
    if any(t.ent_type_ in TIED for t in _ties(root)):
        return False  # "a Hamas gunman", "a Jewish settler": tied to a group or a people
    return actor.sector in PRIVATE_SECTORS or actor.sector in LONE_ARMED


def private_crime(ev: Event, tok: Token) -> str | None:
    """ "an IT worker went on a stabbing spree, killing four", "a gunman shot five shoppers": a
    crime by one private person, with no armed group named and private people as victims, is
    no political event (GUIDELINES §11 'Unnamed attackers', §16 'Crimes by private people')."""
    if ev.type not in CRIME_TYPES or not ev.source:
        return None
    if not all(_lone_person(tok, a) for a in ev.source):
        return None
    if not all(a.sector in {None, "CVL"} for a in ev.target):
        return None  # police, soldiers or officials as victims may be an attack on the state
    return "a crime by one private person, against private people: no political act"


def unnamed_attackers(ev: Event, tok: Token) -> str | None:
    """ "Gunmen stormed the parliament, killing seven": armed men no group or people is named
    for are no identified perpetrator (GUIDELINES §1, §4), whatever the place gives them; "a
    Hamas gunman", "Pakistani gunmen" name one."""
    if ev.type is not EventType.ASSAULT or not ev.source:
        return None
    for actor in ev.source:
        root = actor_root(tok, actor)
        if actor.sector not in LONE_ARMED or root is None:
            return None  # (the tagger may read a capitalised "Gunmen" as a place: no test on it)
        left = root.doc[root.i - 1] if root.i > 0 else root  # a name the parser cut off
        if any(_names(t, actor) for t in _ties(root)) or (
            left.pos_ == "PROPN" and left.i != root.i
        ):
            return None  # "Boko Haram gunmen", "Somali gunmen": a name ties them to a group
    return "armed men no group or people is named for: an unidentified perpetrator"


# capitalised words that name no group: "Unidentified gunmen", "Masked attackers"
UNNAMING = {"unidentified", "unknown", "armed", "masked", "suspected", "several", "some"}


def _names(t: Token, actor: ActorRef) -> bool:
    """A name, or a capitalised adjective of a people ("Somali"), among a noun's modifiers. A
    sentence's first word is capitalised whatever it is: there an adjective names a people only
    when the actor reader took it into the mention ("Somali gunmen", not "Multiple assailants")."""
    if t.lower_ in UNNAMING:
        return False
    capital = t.text[:1].isupper() and (
        t.i != t.sent.start or actor.span.start <= t.idx < actor.span.end
    )
    return bool(t.ent_type_) or t.pos_ == "PROPN" or (t.tag_ == "JJ" and capital)


def no_other_side(ev: Event, tok: Token) -> str | None:
    """Resigning for no one, a government's advice to its own public, a politician joining a
    party, organs of one state agreeing, a leader signing a law: each names only one side of
    political life."""
    return (
        resigned_for_no_one(ev, tok)
        or public_appeal(ev, tok)
        or process.joined_party(ev, tok)
        or process.organs_agree(ev)
        or process.signed_law(ev, tok)
    )
