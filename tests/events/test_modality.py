"""Modality from the words around the trigger: planned, hypothetical and denied events are not facts."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        ("Chinese President Xi Jinping visited Moscow on Monday.", "CONSULT", "asserted"),
        ("Chinese President Xi Jinping will visit Moscow next week.", "CONSULT", "future"),
        ("Chinese President Xi Jinping is expected to visit Moscow in March.", "CONSULT", "future"),
        ("Chinese President Xi Jinping plans to visit Moscow.", "CONSULT", "future"),
        ("Moscow is preparing for the visit of Chinese President Xi Jinping.", "CONSULT", "future"),
        ("The European Union may impose sanctions on Belarus.", "SANCTION", "hypothetical"),
        ("Belarus fears possible sanctions by the European Union.", "SANCTION", "hypothetical"),
        (
            "The United States could expel Russian diplomats if the talks fail.",
            "SANCTION",
            "hypothetical",
        ),
        ("Turkey may expel the Dutch ambassador.", "SANCTION", "hypothetical"),
        ("France could impose sanctions against Iran.", "SANCTION", "hypothetical"),
        ("Japan did not send troops to Iraq.", "MOBILIZE", "negated"),
        ("Egypt refused to open its border with Gaza.", "REJECT", "asserted"),
        ("Tehran denied that it had supplied Russia with drones.", "AID", "negated"),
        ("Russia never attacked Ukrainian civilians, the Kremlin said.", "ASSAULT", "negated"),
        ("Iraq invaded Kuwait in 1990, the report recalled.", "ASSAULT", "historical"),
        ("Russia extended all possible help to India.", "AID", "asserted"),
        ("Peru is about to hold a fifth round of talks with Chile.", "CONSULT", "future"),
        ("Chile said that it would send troops to Haiti – it has.", "MOBILIZE", "asserted"),
        ("Chile said that it would send troops to Haiti.", "MOBILIZE", "future"),
        # a "would" clause conjoined to what was said is said too, and other verbs that settle
        # what is to come ("confirmed", "decided") give it the same future in the past
        (
            "The statement said the rebels had been defeated and Chile would be sending troops "
            "to Haiti.",
            "MOBILIZE",
            "future",
        ),
        ("Brazil confirmed that it would expel the Venezuelan ambassador.", "SANCTION", "future"),
        # readiness is an offer: the act is to come (GUIDELINES §18), unless a condition hangs on it
        ("Japan stands ready to provide emergency aid to Haiti.", "AID", "future"),
        ("Iran is willing to hold talks with Saudi Arabia.", "CONSULT", "future"),
        ("Russia is ready to invade Ukraine if NATO expands.", "ASSAULT", "hypothetical"),
        (
            "Turkey plans to expel the Dutch ambassador if the vote goes ahead.",
            "SANCTION",
            "hypothetical",
        ),
        # 'would' with an adverb of frequency tells what was done again and again
        ("Soldiers would sometimes shell the villages of Karabakh.", "ASSAULT", "asserted"),
        # a question plans nothing either
        (
            "Are there any concessions the United States is ready to agree on with Russia?",
            "AGREE",
            "hypothetical",
        ),
        # declining to comment on talks leaves the talks as they are
        ("I won't comment on the negotiations between Israel and Egypt.", "CONSULT", "asserted"),
        # an infinitive of purpose shares its verb's modality
        ("Norway will send engineers to help the flood relief effort in Malawi.", "AID", "future"),
        ("Norway sent engineers to help the flood relief effort in Malawi.", "AID", "asserted"),
        # the act a plan names is to come
        ("Peru announced plans to hold talks with Chile on the border.", "CONSULT", "future"),
        # a bare past participle says the act was done, whatever governs the phrase
        (
            "Ghana will pay compensation under an accord signed with Togo.",
            "AGREE",
            "asserted",
        ),
        # a year that modifies a noun dates the noun, not the act
        (
            "Peru warned Chile that it could expel diplomats under a 1987 law.",
            "THREATEN",
            "asserted",
        ),
        # an aspectual verb's time phrase dates its infinitive or gerund
        (
            "In 2015, Saudi Arabia began supporting the government of Yemen.",
            "SUPPORT",
            "historical",
        ),
        # what a body agreed to do is the act it decided on
        ("The Arab League agreed on Sunday to suspend Syria.", "SANCTION", "asserted"),
        # a threat is conditional by nature; the warning was made
        (
            "Moscow threatened to expel Latvian diplomats if Riga did not reopen the consulate.",
            "THREATEN",
            "asserted",
        ),
        # a contrasted conjunct does not share the first verb's negation
        (
            "Chile did not meet Bolivian officials but called publicly for talks with La Paz.",
            "REQUEST",
            "asserted",
        ),
        # "no" in a set phrase asserts what follows
        ("It is no secret that Belarus jailed Lithuanian activists.", "COERCE", "asserted"),
        # a date in a "since" clause starts a span; it does not date the act
        (
            "Soldiers have arrested hundreds of protesters in Myanmar since the army seized power"
            " in February 2019.",
            "COERCE",
            "asserted",
        ),
        # the "that" clause of "the fact" is presupposed, whatever modal or negation rules above
        ("Nothing can change the fact that Uganda invaded Kenya.", "ASSAULT", "asserted"),
        ("Uganda could invade Kenya.", "ASSAULT", "hypothetical"),
        # what an agreement provides is still to be done (GUIDELINES §15)
        (
            "Kenya and Somalia signed an agreement on Monday under which Kenyan troops would leave"
            " Somalia within a year.",
            "RETREAT",
            "future",
        ),
        (
            "Armenia's parliament approved an accord with Azerbaijan that requires Armenian forces"
            " to withdraw from the border villages.",
            "RETREAT",
            "future",
        ),
    ],
)
def test_modality_cues(coder, sentence, type_, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.type.value == type_]
    assert events, f"no {type_} in {sentence!r}: {coder.code(sentence, date='2021-11-15')}"
    assert events[0].modality.value == modality


def test_modality_asserted_only_setting():
    from eventcoder import Coder

    coder = Coder(asserted_only=True)
    events = coder.code(
        "China will impose sanctions on Lithuania. China recalled its ambassador from Lithuania.",
        date="2021-08-10",
    )
    assert {e.modality.value for e in events} == {"asserted"}
    assert [e.type.value for e in events] == ["SANCTION"]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("France called for sanctions against Iran.", ["REQUEST"]),
        ("Turkey threatened to expel the Dutch ambassador.", ["THREATEN"]),
    ],
)
def test_modality_requested_or_threatened_acts_are_contents_not_events(coder, sentence, types):
    assert [e.type.value for e in coder.code(sentence, date="2021-11-15")] == types


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        # frames of what is still to come
        ("Kenya is going to hold talks with Uganda on the border.", "CONSULT", "future"),
        (
            "Officials announced that Benin was to join the African Union force.",
            "COOPERATE",
            "future",
        ),
        ("Macron is looking forward to a discussion with Scholz.", "CONSULT", "future"),
        # and what the awaited work is for
        (
            "Canada looks forward to continuing its work with Poland, and with the Governments of"
            " Germany and France, to support Ukraine.",
            "SUPPORT",
            "future",
        ),
        (
            "The German chancellor is due in Paris on Thursday for talks with Macron.",
            "CONSULT",
            "future",
        ),
        # a week or month ahead of publication dates the trigger's own act
        (
            "Chilean President Boric travels to Peru next week for talks with Castillo.",
            "CONSULT",
            "future",
        ),
        ("Putin's trip to Ankara next month was announced on Monday.", "CONSULT", "future"),
        # the model leaves "re" after a curly apostrophe unlemmatised
        ("Peruvian officials said they’re going to hold talks with Chile.", "CONSULT", "future"),
        # what hangs on "is going to" shares its future
        (
            "On this trip to Peru, Chile's foreign minister is going to meet Bolivian officials.",
            "CONSULT",
            "future",
        ),
        # a planned act called off is negated (GUIDELINES §14)
        ("Biden's visit to Israel was cancelled after the blast.", "CONSULT", "negated"),
        (
            "Trump's planned trip to Poland, which was cancelled, drew attention.",
            "CONSULT",
            "negated",
        ),
        # a past verb keeps its own time: the date belongs to what it cancels
        ("Obama cancelled a summit with Putin planned for next month.", "REJECT", "asserted"),
    ],
)
def test_modality_frames_and_periods_ahead(coder, sentence, type_, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.type.value == type_]
    assert events, f"no {type_} in {sentence!r}: {coder.code(sentence, date='2021-11-15')}"
    assert events[0].modality.value == modality


@pytest.mark.slow
def test_modality_a_definite_event_noun_inside_a_question_is_a_reference(coder):
    sentence = "Did the minister raise it during President Macron's visit to Algeria?"
    events = [e for e in coder.code(sentence, date="2022-06-14") if e.trigger.text == "visit"]
    assert events and events[0].modality.value == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        # a conjoined clause with its own subject and tense keeps its own modality
        (
            "Kenya did not send troops, and Uganda deployed soldiers to Somalia.",
            "deployed",
            "asserted",
        ),
        (
            "Russia did not attack Ukraine, and Belarus withdrew its troops from the border.",
            "withdrew",
            "asserted",
        ),
        # "for as long as X does not ..." is an unless (GUIDELINES §18)
        (
            "For as long as the Kenyan government doesn't respond, there will be more protests"
            " against the government in Nairobi.",
            "protests",
            "hypothetical",
        ),
        (
            "As long as Russia does not withdraw its troops, the European Union will impose"
            " sanctions on Moscow.",
            "sanctions",
            "hypothetical",
        ),
    ],
)
def test_modality_own_clauses_and_lasting_conditions(coder, sentence, trigger, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text == trigger]
    assert events and events[0].modality.value == modality


@pytest.mark.slow
def test_modality_what_is_made_sure_of_takes_the_modality_of_make_sure(coder):
    # "make sure that X": X is aimed at; the wish or plan around "make" decides
    sentence = (
        "The European Union wants to make sure that Kenya does not attack Somalia, and that"
        " Uganda deploys troops to the border."
    )
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text == "deploys"]
    assert events and events[0].modality.value == "hypothetical"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        # a verb of giving way, negated, asserts the act it governs
        ("France will not waver in its support for Ukraine.", "support", "future"),
        (
            "The United States will not hesitate to impose sanctions on Russia.",
            "sanctions",
            "future",
        ),
        (
            "The United States did not hesitate to impose sanctions on Russia.",
            "sanctions",
            "asserted",
        ),
    ],
)
def test_modality_not_wavering_is_no_negation(coder, sentence, trigger, modality):
    events = [e for e in coder.code(sentence, date="2022-06-01") if e.trigger.text == trigger]
    assert events and events[0].modality.value == modality


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        # what an event does, negated, leaves the event done
        ("Russian attacks on Kharkiv have not stopped.", "attacks", "asserted"),
        (
            "The United States said its sanctions on Syria do not impede humanitarian aid.",
            "sanctions",
            "asserted",
        ),
        # a verb that says the event happens denies it when negated
        ("The talks between Russia and Ukraine did not take place.", "talks", "negated"),
    ],
)
def test_modality_the_negation_of_what_an_event_does_is_not_its_own(
    coder, sentence, trigger, modality
):
    events = [e for e in coder.code(sentence, date="2022-06-01") if e.trigger.text == trigger]
    assert events and events[0].modality.value == modality


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # what is prepared is still to come
        ("Now Moscow is laying the groundwork to annex more Ukrainian territory.", "annex"),
        ("Russia is laying the groundwork for an invasion of Ukraine.", "invasion"),
    ],
)
def test_modality_what_is_prepared_is_to_come(coder, sentence, trigger):
    events = [e for e in coder.code(sentence, date="2022-06-01") if e.trigger.text == trigger]
    assert events and events[0].modality.value == "future"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        # the speakers' own duty to keep doing an act is their course, to come (§20)
        ("We must continue to supply defensive weapons to Ukraine.", "future"),
        ("We should continue to provide security assistance to Ukraine.", "future"),
        # a duty laid on another is what the speaker asks; a duty to start is still supposed
        ("Russia must continue to withdraw its troops from Ukraine.", "hypothetical"),
        ("We must impose sanctions on Russia.", "hypothetical"),
    ],
)
def test_modality_we_must_continue_is_the_speakers_course(coder, sentence, modality):
    from datetime import date

    from eventcoder.records import Document

    doc = Document(id="t", text=sentence, date=date(2022, 6, 1), source="U.S. Department of State")
    events, _ = coder.explain(doc)
    assert events and events[0].modality.value == modality
