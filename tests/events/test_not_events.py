"""Candidates that are no events, each dropped with its rule: questions, topics of talks, contents
of wishes and needs, accidents and disease, races, trigger words outside their event sense.
Every sentence is invented; the kept cases guard against the rules reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.events.filters import DropRule
from eventcoder.records import Document

pytestmark = pytest.mark.slow


def _explain(coder, text: str):
    document = Document(id="t", text=text, date=date(2022, 3, 10))
    doc = coder.nlp(text)
    return coder.builder.explain(doc, document)


def _at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize(
    ("sentence", "word", "rule"),
    [
        ("Could Belgium send fighter jets to Estonia next month?", "send", DropRule.QUESTION),
        ("Will Moscow strike Finland next?", "strike", DropRule.QUESTION),
        (
            "And could you confirm that Spain will deliver tanks to Ukraine?",
            "deliver",
            DropRule.QUESTION,
        ),
        (
            "I wondered if you could comment on whether Peru will expel the envoy.",
            "expel",
            DropRule.QUESTION,
        ),
        (
            "The Kenyan and Ugandan ministers discussed normalization.",
            "normalization",
            DropRule.TOPIC,
        ),
        (
            "Ghana said it would host talks on a lasting ceasefire between the two factions.",
            "ceasefire",
            DropRule.TOPIC,
        ),
        (
            "The Danish minister emphasized the need for allies to support Georgia.",
            "support",
            DropRule.WISH,
        ),
        ("Chile wants to support Bolivia in its bid.", "support", DropRule.WISH),
        (
            "Norway expressed its hope that Mali will respond positively to offers of aid from"
            " Senegal.",
            "offers",
            DropRule.WISH,
        ),
        (
            "Chile strongly prefers that Bolivia choose the path of dialogue with Peru.",
            "dialogue",
            DropRule.WISH,
        ),
        (
            "The Danish and Malian ministers stressed the need for full implementation of the 2015"
            " peace accord, including the immediate withdrawal of all foreign forces from Mali.",
            "withdrawal",
            DropRule.WISH,
        ),
        (
            "Norway stressed the importance of dialogue between all Malian parties.",
            "dialogue",
            DropRule.WISH,
        ),
        ("The Polish senator battled cancer for years.", "battled", DropRule.NOT_POLITICAL),
        (
            "The Peruvian minister battled and defeated leukemia before he visited Chile.",
            "battled",
            DropRule.NOT_POLITICAL,
        ),
        (
            "A Nigerian driver struck a guardrail near Abuja and flipped the bus.",
            "struck",
            DropRule.NOT_POLITICAL,
        ),
        ("The Croatian ministry released a statement on Monday.", "released", DropRule.SENSE),
        (
            "Casualty tolls provided by Malian officials to reporters exceeded 40.",
            "provided",
            DropRule.SENSE,
        ),
        (
            "The Chilean senator delivered his final plea to voters on Sunday.",
            "delivered",
            DropRule.SENSE,
        ),
        ("He called it unlikely that Japan would sanction Iran.", "called", DropRule.SENSE),
        ("The Brazilian minister attended a drama academy in London.", "attended", DropRule.SENSE),
        # generic and habitual statements
        ("Most governments will not condemn Peru for the decree.", "condemn", DropRule.GENERIC),
        (
            "A single member state could demand that Chile extradite the banker.",
            "demand",
            DropRule.GENERIC,
        ),
        ("Small businesses can help Kenya rebuild its ports.", "help", DropRule.GENERIC),
        ("It is in our mutual interest to cooperate with Vietnam.", "cooperate", DropRule.GENERIC),
        (
            "Ghana has made strides in recent decades to support the rights of women.",
            "support",
            DropRule.GENERIC,
        ),
        ("Norway regularly sends aid to Malawi.", "sends", DropRule.GENERIC),
        (
            "Uruguay is the chair of the health resilience group for the summit.",
            "summit",
            DropRule.GENERIC,
        ),
        (
            "Japan remains the leading provider of humanitarian assistance to Cambodia.",
            "assistance",
            DropRule.GENERIC,
        ),
        # conditions, captions, embedded questions, topics, wishes
        (
            "Hanoi threatened the reporters with jail if they dare to criticize the government.",
            "criticize",
            DropRule.CONDITION,
        ),
        (
            "President Macron stands with leaders from Chad and Niger. Image: Elysee Palace.",
            "stands",
            DropRule.CAPTION,
        ),
        (
            "The Greek minister did not say whether he supports the Turkish proposal.",
            "supports",
            DropRule.QUESTION,
        ),
        ("We are still working with the Russians on the grain deal.", "deal", DropRule.TOPIC),
        # a verb the parser hung on the main clause is listed with the infinitive before it
        (
            "The Kenyan minister discussed regional issues, including efforts to press the Ugandan"
            " army to cease violence, and provide aid to Sudan.",
            "provide",
            DropRule.TOPIC,
        ),
        (
            "The Kenyan and Indian ministers stressed opportunities for cooperation with Japan.",
            "cooperation",
            DropRule.WISH,
        ),
        # words outside their event sense
        (
            "The Indian ambassador delivered a lecture at Emory University.",
            "delivered",
            DropRule.SENSE,
        ),
        ("The Quad provides hope to the people of Burma.", "provides", DropRule.SENSE),
        (
            "The Iranian hacker helped to carry out a campaign against Albanian voters.",
            "helped",
            DropRule.SENSE,
        ),
        (
            "Thousands of Iraqis attended funeral prayers at a mosque in Najaf.",
            "attended",
            DropRule.SENSE,
        ),
        (
            "Kenyan police spoke with the Ugandan diplomat as a suspect.",
            "spoke",
            DropRule.SENSE,
        ),
        (
            # the verbal sense (ACCUSE), aimed at an inquiry rather than an actor: no event
            "The Peruvian president attacked the congressional inquiry as a witch hunt.",
            "attacked",
            DropRule.UNDIRECTED,
        ),
        ("For details, see the Treasury's press release.", "release", DropRule.SENSE),
        ("Nairobi needs a platform to seize new opportunities in Uganda.", "seize", DropRule.SENSE),
        (
            "Widodo designated Prabowo as the nation's defence minister.",
            "designated",
            DropRule.SENSE,
        ),
        # a condition opened by an inverted auxiliary, or naming the act its verb performs
        (
            "Should Laos attack Thai border posts, Bangkok would respond, the army said.",
            "attack",
            DropRule.CONDITION,
        ),
        (
            "There will be massive consequences for Belarus should Lukashenko choose to invade Lithuania.",
            "invade",
            DropRule.CONDITION,
        ),
        (
            "Tokyo warned it would retaliate if Pyongyang carried out a third missile test.",
            "test",
            DropRule.CONDITION,
        ),
        ("Were Belarus to invade Lithuania, NATO would respond.", "invade", DropRule.CONDITION),
        # a clause of purpose under an adjective, inside the condition
        (
            "If Kenya wants to be able to swiftly stand up new missions and to deploy its "
            "diplomats to Somalia when they are needed, it will need to reform the law.",
            "deploy",
            DropRule.CONDITION,
        ),
        # a candidate's own run, its withdrawal and conceding its outcome: an election race
        (
            "The Kenyan senator suspended her campaign for the presidency on Monday.",
            "suspended",
            DropRule.NOT_POLITICAL,
        ),
        (
            "Two Peruvian candidates withdrew from the race after the first debate.",
            "withdrew",
            DropRule.NOT_POLITICAL,
        ),
        (
            "The Zambian president refused to concede the election on Friday.",
            "concede",
            DropRule.NOT_POLITICAL,
        ),
        # companies alone or toward companies and people: business
        (
            "Last year, SpaceX tested its Falcon Heavy rocket off the coast of Florida.",
            "tested",
            DropRule.NO_OTHER_SIDE,
        ),
        # organs of one government working or talking together: internal administration
        (
            "The Kenyan foreign ministry is working with the Kenyan parliament to speed up visas.",
            "working",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Brazilian president spoke with the Governor of Sao Paulo on Monday.",
            "spoke",
            DropRule.NO_OTHER_SIDE,
        ),
        # an event noun with 'any': whichever act may come, none in particular
        (
            "Ghana said that any further incursion by Togo would result in severe costs.",
            "incursion",
            DropRule.GENERIC,
        ),
        # the aim of what is asked for is asked for too
        (
            "Mali called on Senegal to send troops to stop the rebels' advance on Kayes.",
            "stop",
            DropRule.CONTENT,
        ),
        (
            "The Security Council gave Juba 30 days to disarm the militias or face measures.",
            "disarm",
            DropRule.CONTENT,
        ),
        # a standing relation told in a present relative clause
        (
            "The Kurdish militia, which supports the Syrian government, held a rally in Qamishli.",
            "supports",
            DropRule.GENERIC,
        ),
        (
            "President Ruto made fighting corruption a core Kenyan interest, releasing the"
            " first-ever Kenyan Strategy on Countering Corruption.",
            "releasing",
            DropRule.SENSE,
        ),
        (
            "The Kenyan army hospital deployed all the necessary preparations for the patients.",
            "deployed",
            DropRule.SENSE,
        ),
        # a request told as the setting of another act
        (
            "Kenya sent troops to Somalia on Friday at the request of its government.",
            "request",
            DropRule.CIRCUMSTANCE,
        ),
        # the speaker or victim of an attack is not its doer
        (
            "The Iraqi Foreign Ministry characterized the attack as a violation of sovereignty.",
            "attack",
            DropRule.NOT_DOER,
        ),
    ],
)
def test_a_candidate_that_is_no_event_is_dropped_with_its_rule(coder, sentence, word, rule):
    events, drops = _explain(coder, sentence)
    at = _at(sentence, word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is rule, found
    assert found[0].why, "a drop says why"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Belgium sent fighter jets to Estonia on Monday.", "MOBILIZE"),
        ("Soldiers opened fire on protesters in Lagos on Tuesday, Amnesty said.", "ASSAULT"),
        ("Israeli jets struck targets in Gaza on Friday.", "ASSAULT"),
        ("Officers of the Kenyan police shot him dead in Nairobi on Sunday.", "ASSAULT"),
        ("Chadian gunmen shot two Nigerian soldiers dead near the border on Monday.", "ASSAULT"),
        ("The Chinese foreign minister attended the ASEAN summit in Jakarta.", "CONSULT"),
        ("Iran released two French citizens on Friday.", "RETREAT"),
        ("Kenya and Uganda discussed trade with Tanzania on Monday.", "CONSULT"),
        ("After Russia shelled the port, will Turkey close the straits?", "ASSAULT"),
        ("Russian troops continue to shell Kharkiv, Ukraine said.", "ASSAULT"),
        (
            "The United States always refused to recognize the Soviet annexation of Latvia.",
            "REJECT",
        ),
        ("Qatar condemned Israel's attack on Gaza.", "ASSAULT"),
        ("Qatar condemned Israel's attack on Gaza.", "ACCUSE"),
        ("Tanzania will impose sanctions on Rwanda if Rwanda continues its invasion.", "ASSAULT"),
        ("Tanzania will impose sanctions on Rwanda if Rwanda escalates its attacks.", "ASSAULT"),
        ("Mali sent troops to Niger on Friday to stop the rebels' advance.", "MOBILIZE"),
        ("NATO formally ended its bombing campaign against Serbia.", "RETREAT"),
        ("Russia withdrew from the treaty with the United States on Friday.", "SANCTION"),
        (
            "Talks between Indonesian officials and Free Aceh Movement negotiators broke down.",
            "CONSULT",
        ),
        ("The Russian government dismissed the claim from Berlin as groundless.", "REJECT"),
        ("Protesters demonstrated outside the Turkish embassy in Athens on Sunday.", "PROTEST"),
        ("Armenia mobilized reservists along the border with Azerbaijan.", "MOBILIZE"),
        ("Kenya, which expelled the Ugandan envoy on Monday, recalled its ambassador.", "SANCTION"),
        ("Kenya requested the extradition of the suspect from Uganda on Monday.", "REQUEST"),
    ],
)
def test_events_near_the_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


def test_the_coder_explains_events_and_drops_with_document_offsets(coder):
    text = "Could Belgium send jets to Estonia? Russian forces shelled Kharkiv on Tuesday."
    events, drops = coder.explain(Document(id="x", text=text, date=date(2022, 3, 10)))
    assert [e.type.value for e in events] == ["ASSAULT"]
    assert [(d.rule, text[d.trigger : d.trigger + 4]) for d in drops] == [
        (DropRule.QUESTION, "send")
    ]


def test_an_event_says_which_entry_coded_it_and_what_set_its_modality(coder):
    text = "Belgium will send fighter jets to Estonia. Norway may impose sanctions on Iran."
    events, _ = coder.explain(Document(id="x", text=text, date=date(2022, 3, 10)))
    why = {e.type.value: e.why for e in events}
    assert why["MOBILIZE"] is not None and why["SANCTION"] is not None
    assert why["MOBILIZE"].entry.startswith("'send' VERB -> MOBILIZE")
    assert why["MOBILIZE"].example
    assert "'will'" in why["MOBILIZE"].modality
    assert "'may'" in why["SANCTION"].modality


def test_a_span_of_the_future_is_no_habit(coder):
    text = "On Monday the United States pledged $600 million over the next four years to Kenya."
    _, drops = _explain(coder, text)
    assert not [d for d in drops if d.rule is DropRule.GENERIC], drops


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Bangladesh's opposition called a nationwide hunger strike on Saturday.", "strike"),
        ("Cuba sent 165 doctors to Sierra Leone on Thursday to help fight the epidemic.", "help"),
        ("Chad attended the summit at a hotel in Niamey.", "attended"),
        ("Israeli jets hit targets in Gaza for the second day on Friday.", "hit"),
        (
            "The State Department designated the Wagner Group as a terrorist organization.",
            "designated",
        ),
        ("Thousands demonstrated against the Serbian government in Belgrade.", "demonstrated"),
        ("Students hurled stones at the Japanese embassy in Beijing on Saturday.", "hurled"),
        ("Crowds set fire to the parliament building in Ouagadougou on Thursday.", "set"),
    ],
)
def test_the_rules_do_not_reach_these_words(coder, sentence, word):
    _, drops = _explain(coder, sentence)
    new = {DropRule.NOT_DOER, DropRule.SENSE, DropRule.GENERIC, DropRule.CONDITION}
    assert not [d for d in drops if d.trigger == _at(sentence, word) and d.rule in new], drops


def test_committing_atrocities_is_no_commitment(coder):
    """The infinitive's 'to' ('continues to commit') is no 'committed to': no AGREE candidate."""
    events, _ = _explain(
        coder, "The Burmese junta continues to commit atrocities against the Karen."
    )
    assert [e.type.value for e in events] == ["ASSAULT"], events


def test_a_question_at_the_end_of_a_line_is_still_a_question(coder):
    text = "Russian forces shelled Kharkiv on Tuesday.\nCould Belgium send jets to Estonia?\n"
    events, drops = coder.explain(Document(id="x", text=text, date=date(2022, 3, 10)))
    assert [e.type.value for e in events] == ["ASSAULT"]
    assert (DropRule.QUESTION, "send") in [(d.rule, text[d.trigger : d.trigger + 4]) for d in drops]


def test_a_denial_of_claims_is_no_event(coder):
    """Denials are CAMEO 01 (eval/GUIDELINES.md §1): 'denied' is no trigger of its own."""
    events = coder.code(
        "Riyadh denied all claims that the Turkish journalist was killed.", date="2018-10-20"
    )
    assert not any(e.trigger.text == "denied" for e in events)


def test_condolences_are_no_event(coder):
    """Condolences are CAMEO 01 (eval/GUIDELINES.md §1): 'condolences' is no trigger."""
    events = coder.code(
        "The Kenyan president offered his condolences to the families of the Ugandan victims.",
        date="2022-06-15",
    )
    assert not events, events


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan statement demonstrates a lack of understanding of Somalia.",
        "The Chilean people have demonstrated that they will not accept foreign rule.",
        "The new office is a clear demonstration of the willingness of Peru to work with Chile.",
    ],
)
def test_showing_is_no_protest(coder, sentence):
    events, _ = _explain(coder, sentence)
    assert not [e for e in events if e.type.value == "PROTEST"], events
