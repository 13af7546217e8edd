"""Routine of public life with no second political side, dropped with its rule
(events/routine.py): interviews, a race's exchanges, resigning for no one, crimes by one private
person. Every sentence is invented; the kept cases guard against the rules reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.events.filters import DropRule
from eventcoder.records import Document

pytestmark = pytest.mark.slow


def _explain(coder, text: str):
    document = Document(id="t", text=text, date=date(2022, 3, 10))
    return coder.builder.explain(coder.nlp(text), document)


@pytest.mark.parametrize(
    ("sentence", "word", "rule"),
    [
        # the press as a side, or as the partner of the talk
        (
            "A Kenyan journalist met the Ugandan foreign minister in Kampala on Monday.",
            "met",
            DropRule.INTERVIEW,
        ),
        ("The Ghanaian president spoke with Fox News on Monday.", "spoke", DropRule.INTERVIEW),
        (
            "The Chilean senator spoke with the Herald to discuss his plans for Peru.",
            "discuss",
            DropRule.INTERVIEW,
        ),
        # a journalist, named with the trade, seeks the talk
        (
            "Kenyan reporter John Kamau reached out to the Ugandan opposition leader to discuss "
            "his campaign.",
            "reached",
            DropRule.INTERVIEW,
        ),
        # what candidates say or do at a debate, a town hall, a rally
        (
            "The Kenyan senator accused the president of corruption during the televised debate.",
            "accused",
            DropRule.CAMPAIGN,
        ),
        (
            "At a town hall in Mombasa, the Kenyan president asked the opposition leader to "
            "apologise.",
            "asked",
            DropRule.CAMPAIGN,
        ),
        # an appeal at home for backing in a race
        (
            "The Kenyan senator urged his supporters to vote for the party's candidate in Nairobi.",
            "urged",
            DropRule.CAMPAIGN,
        ),
        (
            'Kenyan Senator John Kamau said: "Today I am asking every Kenyan, I am asking every '
            'farmer, to support my candidacy."',
            "asking every Kenyan",
            DropRule.CAMPAIGN,
        ),
        # a candidate's rally, and the same rally told of again
        (
            "On Thursday, Jane Otieno, an opposition candidate for the Kenyan presidential "
            "election, held a rally in Nairobi. The rally started around 18:00 local time.",
            "rally started",
            DropRule.CAMPAIGN,
        ),
        (
            "The Kenyan president spoke at his first campaign rally in Mombasa on Saturday. The "
            "rally drew thousands of supporters.",
            "rally drew",
            DropRule.CAMPAIGN,
        ),
        # leaving a post for a reason of one's own
        (
            "The Kenyan trade minister resigned to become governor of the central bank.",
            "resigned",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Ghanaian ambassador to Togo stepped down without explanation on Friday.",
            "stepped",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Zambian finance minister stepped down on Friday for health reasons.",
            "stepped",
            DropRule.NO_OTHER_SIDE,
        ),
        # leaving a post to a named successor: a handover of the office
        (
            "Kenyan Prime Minister John Kamau is to step down today, with Jane Otieno succeeding "
            "him as prime minister.",
            "step",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "As the Ghanaian ambassador prepares to step down from the role, the ministry announced "
            "that Ama Mensah will succeed him.",
            "step",
            DropRule.NO_OTHER_SIDE,
        ),
        # "resigned as governor" names the post, no cause; a successor sworn in takes it over
        (
            "On Friday, Jane Otieno resigned as the governor of Kenya's Mombasa county and John "
            "Kamau was sworn in as the county's new governor.",
            "resigned",
            DropRule.NO_OTHER_SIDE,
        ),
        # a government's advice to its own public at large
        (
            "Kenya's interior ministry urged motorists to obey the speed limits after the crash "
            "on Monday.",
            "urged",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "Zambian authorities urged residents to stay indoors as the floods spread.",
            "urged",
            DropRule.NO_OTHER_SIDE,
        ),
        # one private person's crime against private people
        (
            "A factory worker in Lyon went on a shooting spree on Monday, killing three customers.",
            "killing",
            DropRule.PRIVATE,
        ),
        ("A gunman shot five shoppers at a mall in Nairobi on Saturday.", "shot", DropRule.PRIVATE),
        # armed men no group or people is named for: an unidentified perpetrator
        (
            "Gunmen stormed Kenya's parliament in Nairobi on Thursday, killing seven guards.",
            "stormed",
            DropRule.NO_SOURCE,
        ),
        # a sentence's first word is capitalised: "Multiple" names no people
        (
            "Multiple assailants attacked the governor of Aden after he left his home.",
            "attacked",
            DropRule.NO_SOURCE,
        ),
    ],
)
def test_routine_with_no_other_side_is_dropped_with_its_rule(coder, sentence, word, rule):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is rule, found
    assert found[0].why


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The Ghanaian foreign minister spoke with Kenyan officials on Monday.", "CONSULT"),
        ("A network of Kenyan activists met the Ugandan foreign minister on Monday.", "CONSULT"),
        ("The Kenyan interior minister resigned on Tuesday after weeks of protests.", "RETREAT"),
        ("The Liberian president stepped down on Monday and flew into exile in Ghana.", "RETREAT"),
        (
            "The Kenyan governor resigned as protesters filled the streets, and John Kamau was "
            "sworn in as governor.",
            "RETREAT",
        ),
        (
            "Opposition supporters held a rally against the government in Nairobi. The rally drew "
            "thousands of people.",
            "PROTEST",
        ),
        (
            "The Kenyan president spoke at his first campaign rally in Mombasa on Saturday. On "
            "Sunday, teachers held a rally in Nairobi.",
            "PROTEST",
        ),
        (
            "The Kenyan prime minister resigned after weeks of protests, and Jane Otieno will "
            "succeed him.",
            "RETREAT",
        ),
        ("A Hamas gunman killed three Israeli soldiers near Gaza.", "ASSAULT"),
        ("Al-Shabaab gunmen stormed a hotel in Mogadishu on Friday.", "ASSAULT"),
        ("Somali gunmen attacked a Kenyan police post near the border.", "ASSAULT"),
        ("Nigerian police arrested a journalist in Lagos on Monday.", "COERCE"),
        ("Riot police attacked opposition supporters at a rally in Kampala.", "ASSAULT"),
        ("During the debate, Kenya accused Uganda of arming the rebels.", "ACCUSE"),
        ("The Kenyan opposition called on the government to hold free elections.", "REQUEST"),
        ("The Kenyan government urged Ugandan citizens to leave the border area.", "REQUEST"),
        ("The Kenyan opposition urged citizens to join the strike on Monday.", "REQUEST"),
    ],
)
def test_acts_near_these_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
