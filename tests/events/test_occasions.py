"""Activities and stances with no other political side, dropped with their rule (events/occasions.py
and genericity.acts_in_general): a crowd attending, travel at home, a government's rally, what a
commitment is to, what a referendum decided, what a kind of act can do, private people's lives, questions put with a wh-word. Every sentence is
invented; the kept cases guard against the rules reaching too far."""

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
        (
            "The ceremony was attended by 300 people from Ghana and Togo.",
            "attended",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "About 400 people attended the summit of Kenyan and Ugandan leaders in Arusha.",
            "attended",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Brazilian president visited Manaus on Tuesday to inspect the flood damage.",
            "visited",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Mexican foreign minister will travel to Monterrey and Tijuana next week.",
            "travel",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Turkish president addressed a rally of his supporters in Izmir on Sunday.",
            "rally",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "Japan reaffirmed its commitment to work with ASEAN on maritime security.",
            "work",
            DropRule.COMMITMENT,
        ),
        (
            "Kenya reiterated its commitment to Uganda's security.",
            "commitment",
            DropRule.COMMITMENT,
        ),
        ("The Kenyan president has a commitment to Uganda.", "commitment", DropRule.COMMITMENT),
        (
            "Danes voted in a referendum on Sunday to leave the European Union.",
            "leave",
            DropRule.BALLOT,
        ),
        (
            "Swiss voters voted to join the United Nations in 2002.",
            "join",
            DropRule.BALLOT,
        ),
        (
            "Demonstrations can block the main roads of Quito for days.",
            "Demonstrations",
            DropRule.GENERIC,
        ),
        (
            "Many NATO members help Ukraine. Some of them send troops to Poland, some send money.",
            "send",
            DropRule.GENERIC,
        ),
        (
            "The Kenyan envoy asked why Uganda had not yet reopened the border.",
            "asked",
            DropRule.QUESTION,
        ),
        (
            "The Kenyan senator wondered how Nairobi can arm the rebels and then expect peace.",
            "arm",
            DropRule.QUESTION,
        ),
        (
            "Free and independent media help governments in Kenya serve their citizens.",
            "help",
            DropRule.GENERIC,
        ),
        (
            "Kamau Otieno, who grew up in Nairobi, met his wife Achieng Wanjiru in Kampala in 2015.",
            "met",
            DropRule.PRIVATE,
        ),
        (
            "Grace Wanjiru, a Kenyan, thanked her neighbour Mary Achieng, a teacher, for her support.",
            "thanked",
            DropRule.PRIVATE,
        ),
        # a private person's plea of guilt: no concession to anyone
        (
            "John Kamau, from Nairobi, Kenya, on Tuesday admitted his guilt in three murders.",
            "admitted",
            DropRule.PRIVATE,
        ),
        # artists working together: culture, whatever their nationality
        (
            "A Kenyan band collaborated with a Tanzanian singer on a new song.",
            "collaborated",
            DropRule.NOT_POLITICAL,
        ),
        (
            "A Ghanaian rapper joined forces with a Togolese choir for a concert in Lome.",
            "joined",
            DropRule.NOT_POLITICAL,
        ),
        # a visit to institutions of learning or care at home
        (
            "The Kenyan foreign minister will visit the University of Nairobi and the Kenyatta "
            "National Hospital next week.",
            "visit",
            DropRule.NO_OTHER_SIDE,
        ),
        # a rally named only as where another act took place, with no cause of its own
        (
            "The Turkish president spoke to supporters at a rally in Izmir on Sunday.",
            "rally",
            DropRule.CIRCUMSTANCE,
        ),
        (
            "The Kenyan president read a letter to farmers at a rally in Nakuru on Friday.",
            "rally",
            DropRule.CIRCUMSTANCE,
        ),
        (
            "The Turkish government tightened security measures during the rally.",
            "rally",
            DropRule.CIRCUMSTANCE,
        ),
    ],
)
def test_an_activity_with_no_other_side_is_dropped_with_its_rule(coder, sentence, word, rule):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is rule, found
    assert found[0].why


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The Chinese foreign minister attended the ASEAN summit in Jakarta.", "CONSULT"),
        ("The Brazilian president visited Buenos Aires on Tuesday.", "CONSULT"),
        ("The Kenyan foreign minister will visit Uganda and the University of Kampala.", "CONSULT"),
        ("Opposition supporters held a rally against the government in Izmir.", "PROTEST"),
        (
            "Turkish police detained 40 people at a rally against the government in Izmir.",
            "PROTEST",
        ),
        ("Thousands of Georgians took part in a rally in Tbilisi on Sunday.", "PROTEST"),
        ("The Kenyan team met Ugandan negotiators in Kampala on Monday.", "CONSULT"),
        ("The Kenyan parliament voted to expel the Ugandan ambassador on Monday.", "SANCTION"),
        ("Some of the protesters attacked Nigerian police officers in Lagos on Monday.", "ASSAULT"),
        ("The Kenyan president thanked his Ugandan counterpart for his support.", "SUPPORT"),
        ("The Kenyan envoy asked Uganda to reopen the border.", "REQUEST"),
        ("Kenyan President William Ruto pardoned the jailed activist on Friday.", "CONCEDE"),
        ("The Kenyan government admitted its responsibility for the raid in Uganda.", "CONCEDE"),
        ("We know why Kenyan troops attacked a Ugandan border post on Monday.", "ASSAULT"),
        ("Kenya welcomed Uganda's commitment to withdraw its troops from the border.", "AGREE"),
    ],
)
def test_acts_near_these_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
