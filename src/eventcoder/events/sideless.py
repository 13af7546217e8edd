"""Drops by an event's sides and occasion: activities with no second actor ("Trump visited
California", thanking one's own staff) and the routine of political life that names one side
only -- interviews, a race's exchanges, resigning for no one, private crimes and meetings, sport,
unnamed attackers, attacks named only as what a comment is about, resignations told as background,
companies' trade, condemned attacks with no attacker, family life and suspects giving themselves
up (occasions.py, routine.py, electorate.py, campaigns.py, pastimes.py, judged.py, departures.py,
commerce.py, unaccused.py, households.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventcoder.events import (
    appeals,
    campaigns,
    commerce,
    departures,
    households,
    judged,
    occasions,
    pastimes,
    process,
    routine,
    staffwork,
    strangers,
    unaccused,
)
from eventcoder.events.drops import Drop, DropRule, Filtered
from eventcoder.events.electorate import conceded_to_no_one, race_called, voters_addressed
from eventcoder.events.triggers import Trigger
from eventcoder.records import Event

# checks on a coded event's sides and occasion, in order, with the rule each drop carries
ROUTINE_CHECKS: tuple[tuple[DropRule, Callable[[Event, Token], str | None]], ...] = (
    (DropRule.INTERVIEW, routine.interview),
    (DropRule.CAMPAIGN, routine.race_occasion),
    (DropRule.CAMPAIGN, routine.campaign_appeal),
    (DropRule.CAMPAIGN, voters_addressed),
    (DropRule.CAMPAIGN, conceded_to_no_one),
    (DropRule.CAMPAIGN, race_called),
    (DropRule.CAMPAIGN, campaigns.campaign_voice),
    (DropRule.CAMPAIGN, campaigns.part_of_campaign),
    (DropRule.CAMPAIGN, campaigns.backed_in_race),
    (DropRule.CAMPAIGN, campaigns.said_at_campaign_rally),
    (DropRule.NO_OTHER_SIDE, routine.no_other_side),
    (DropRule.NO_OTHER_SIDE, departures.background_resignation),
    (DropRule.NO_OTHER_SIDE, appeals.safety_appeal),
    (DropRule.NO_OTHER_SIDE, staffwork.staff_support),
    (DropRule.NO_OTHER_SIDE, process.declaration_request),
    (DropRule.NO_OTHER_SIDE, process.routine_compliance),
    (DropRule.PRIVATE, routine.private_crime),
    (DropRule.PRIVATE, pastimes.private_meeting),
    (DropRule.NO_OTHER_SIDE, pastimes.leisure_visit),
    (DropRule.PRIVATE, strangers.named_private_crime),
    (DropRule.PRIVATE, strangers.unnamed_private_crime),
    (DropRule.PRIVATE, households.gave_self_up),
    (DropRule.PRIVATE, households.family_act),
    (DropRule.NOT_POLITICAL, pastimes.sport),
    (DropRule.NOT_POLITICAL, commerce.commercial_offer),
    (DropRule.NO_SOURCE, routine.unnamed_attackers),
    (DropRule.NO_SOURCE, judged.judged_act),
    (DropRule.NO_TARGET, unaccused.unnamed_accused),
)


def drop_sideless(events: list[Event], triggers: list[Trigger]) -> Filtered:
    """ "Trump visited California", "at the rally, the president said", "thank you for leading the
    task force": an activity whose sides show that no second actor takes part
    (events/occasions.py)."""
    tok_of = {t.token.idx: t.token for t in triggers}
    keep, drops = [], []
    for ev in events:
        tok = tok_of.get(ev.trigger.start)
        why = occasions.sideless(ev, tok.lemma_.lower() if tok is not None else "")
        if why is None and tok is not None:
            why = occasions.own_people(ev, tok)
        if why is None:
            why = occasions.one_state(ev) or occasions.business(ev)
        if why:
            drops.append(Drop(DropRule.NO_OTHER_SIDE, ev.trigger.start, None, why))
        elif tok is not None and (drop := _routine(ev, tok)) is not None:
            drops.append(drop)
        else:
            keep.append(ev)
    return keep, drops


def _routine(ev: Event, tok: Token) -> Drop | None:
    for rule, check in ROUTINE_CHECKS:
        if why := check(ev, tok):
            return Drop(rule, ev.trigger.start, None, why)
    return None
