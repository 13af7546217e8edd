"""What a candidate or a campaign says or asks at home: "his campaign called for CNN to fire
Lockhart", "West, a presidential candidate, spent August seeking ballot access", "as a part of
his pre-election campaign, the president pledged converting the museum".

Endorsements, campaign speeches and debate exchanges are part of the race (GUIDELINES §11,
§16), no act of one political actor on another. routine.race_occasion reads the occasion (a
debate, a rally) and the exchanges between two runners; this reads the doer: a candidate or a
campaign whose words name no recipient, or only one of private life (the press, a business, a
party), and an act the sentence itself calls part of a campaign. A candidate's demand of the
state ("the opposition candidate urged the commission to recount the votes") keeps its event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.records import Reason, Rule, render
from eventcoder.events import rallies
from eventcoder.events.candidates import RACE_TITLES, is_runner, runners
from eventcoder.events.process import actor_root, within_one_state
from eventcoder.events.routine import RACE_TYPES
from eventcoder.records import ActorRef, Event, EventType

# what candidates say, ask, refuse or promise (force and coercion keep their own rules)
SPEECH_TYPES = RACE_TYPES - {EventType.ASSAULT}
CAMPAIGN_NOUNS = {"campaign"}
# words that make a campaign a race's: "his election campaign", "the presidential campaign"
RACE_KINDS = ("elect", "reelect", "re-elect", "presidential", "electoral")
# recipients of private or party life a campaign addresses: the press, a business, a party
PRIVATE_RECIPIENTS = {"JRN", "BUS", "PTY"}
# the recipient a domestic act gets when the text names none (domestic.own_side)
UNNAMED_RECIPIENT = render(Reason(Rule.DOMESTIC_ACT))
# edges that climb from the trigger to the clause a setting phrase hangs on
CLAUSE_DEPS = {"xcomp", "conj", "ccomp", "advcl"}


def _campaign(noun: Token) -> bool:
    """A campaign of a race: "his campaign", "the Trump campaign", "his pre-election campaign",
    not one of force or of a cause ("its bombing campaign", "the campaign against polio")."""
    if noun.lemma_.lower() not in CAMPAIGN_NOUNS or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"against", "for", "to"} for c in noun.children):
        return False
    kinds = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    return not kinds or any(c.pos_ == "PROPN" or c.lower_.startswith(RACE_KINDS) for c in kinds)


def _campaigner(tok: Token, actor: ActorRef, surnames: frozenset[str]) -> bool:
    """Is the side a candidate ("a presidential candidate"), a campaign ("his campaign called
    for") or a person the document titles as a runner?"""
    root = actor_root(tok, actor)
    if root is None:
        return False
    if root.lemma_.lower() in RACE_TITLES and root.pos_ == "NOUN":
        return True
    if _campaign(root) or (root.dep_ == "poss" and _campaign(root.head)):
        return True
    return is_runner(actor.span.text, surnames) or is_runner(actor.name, surnames)


def _no_state_recipient(actor: ActorRef) -> bool:
    """A recipient no text names (the doer's own country by default), or one of private life."""
    return UNNAMED_RECIPIENT in actor.resolved_by or actor.sector in PRIVATE_RECIPIENTS


def campaign_voice(ev: Event, tok: Token) -> str | None:
    """ "his campaign called for CNN to fire Lockhart", "the candidate called for the use of
    cost-benefit analysis": a candidate's or a campaign's words at home to no one named, or to
    the press, a business or a party, are campaigning (§16)."""
    if ev.type not in SPEECH_TYPES or not ev.source or not within_one_state(ev):
        return None
    surnames = runners(tok.doc)
    if not all(_campaigner(tok, a, surnames) for a in ev.source):
        return None
    if not all(_no_state_recipient(a) for a in ev.target):
        return None
    return "a candidate's or a campaign's words to no state actor: campaigning, part of a race"


def part_of_campaign(ev: Event, tok: Token) -> str | None:
    """ "As a part of his pre-election campaign, the president pledged converting the museum":
    an act the sentence calls part of a race's campaign is campaigning (§16), at home."""
    if ev.type not in SPEECH_TYPES or not within_one_state(ev):
        return None
    head = tok
    for _ in range(4):
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in {"as", "in"}:
                continue
            for part in c.children:
                if part.dep_ != "pobj" or part.lemma_.lower() != "part":
                    continue
                for of in part.children:
                    if (
                        of.dep_ == "prep"
                        and of.lower_ == "of"
                        and any(p.dep_ == "pobj" and _campaign(p) for p in of.children)
                    ):
                        return "an act told as part of an election campaign: campaigning"
        if head.dep_ not in CLAUSE_DEPS or head.head.i == head.i:
            break
        head = head.head
    return None


# what one backs when one backs a runner in a race: "the party's presidential ticket", "her bid"
RACE_BIDS = {"ticket", "candidacy", "nomination", "bid", "candidate", "nominee", "slate"}
ENDORSING = {"endorse", "endorsement"}
PARTY_SECTORS = {"PTY"}


def backed_in_race(ev: Event, tok: Token) -> str | None:
    """ "the party supports the Democratic Party's presidential ticket", "backed her candidacy",
    "the state party endorsed him by acclamation": backing a runner's ticket or bid at home, or a
    party's endorsement of a person at home (not of a plan), is part of the race (§16
    "Campaigns": no event, whoever endorses), even when the runner holds office."""
    if ev.type is not EventType.SUPPORT or not ev.source or not within_one_state(ev):
        return None
    backed = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if (
        tok.lemma_.lower() in ENDORSING
        and all(a.sector in PARTY_SECTORS for a in ev.source)
        and backed
        and all(o.pos_ == "PRON" or o.ent_type_ == "PERSON" for o in backed)
    ):
        return "a party's endorsement of a person at home: part of an election race"
    for o in backed:
        if (o.lemma_.lower() in RACE_BIDS and o.pos_ == "NOUN") or _campaign(o):
            return f"backing a runner's {o.text!r} at home: part of an election race"
    return None


# where a speech is given: "during his campaign rally", "at a campaign rally in Tulsa"
SETTING_PREPS = {"during", "at", "in"}
# who a rally speech may be aimed at without being an act on a state: people, the press, a party
CROWD_SECTORS = {None, "CVL", "JRN", "BUS", "PTY", "SOC"}


def said_at_campaign_rally(ev: Event, tok: Token) -> str | None:
    """ "Trump railed against the rioters during his first campaign rally": words said at a
    campaign rally, at home, about people, the press or a party, are a campaign speech (§16),
    whatever office the speaker holds; a demand on a state organ keeps its event."""
    if ev.type not in SPEECH_TYPES or not ev.source or not within_one_state(ev):
        return None
    if not all(a.sector in CROWD_SECTORS or UNNAMED_RECIPIENT in a.resolved_by for a in ev.target):
        return None
    surnames = runners(tok.doc)
    head = tok
    for _ in range(4):
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in SETTING_PREPS:
                continue
            for p in c.children:
                if p.dep_ == "pobj" and rallies.campaign_rally_word(p, surnames):
                    return f"said at a campaign {p.text!r}: a campaign speech, part of a race"
        if head.dep_ not in CLAUSE_DEPS or head.head.i == head.i:
            break
        head = head.head
    return None
