"""Doers found further up the parse (events/subjects.py): gerunds after a preposition, the "by"
phrase of a participle, coordinated verbs the tagger split, and the doer behind an undertaking
or a weapon ("a motion to expel", "plans to impose", "missiles targeting", "used drones to")."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a gerund after "by" is the subject's, even where the verb has an object
        ("Canada responded by expelling two Iranian diplomats.", ("SANCTION", ("CAN",), ("IRN",))),
        # after an adjective of the clause: "responsible for"
        (
            "The Belarusian KGB is responsible for arresting dozens of journalists.",
            ("COERCE", ("BLR",), ("BLR",)),
        ),
        # a participle's "by" phrase, and the noun it modifies as the one done to
        (
            "Two British journalists released by Iran arrived in London on Sunday.",
            ("RETREAT", ("IRN",), ("GBR",)),
        ),
        # a middle conjunct the tagger reads as a noun does not stop the climb to the subject
        (
            "Nicaraguan police continue to detain, harass, and threaten relatives of jailed"
            " activists.",
            ("THREATEN", ("NIC",), ("NIC",)),
        ),
        # the doer behind an undertaking: who passes the motion, who announces the plans
        (
            "The Kenyan parliament passed a motion to expel Somali diplomats.",
            ("SANCTION", ("KEN",), ("SOM",)),
        ),
        (
            "Japan announced plans to impose sanctions on North Korea.",
            ("SANCTION", ("JPN",), ("PRK",)),
        ),
        # behind a weapon: who fires the missiles, who uses the drones (not their guessed place)
        (
            "Russia fired missiles targeting Ukrainian power plants.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        (
            "Israel used drones to strike Hamas positions in Gaza.",
            ("ASSAULT", ("ISR",), ("PSE",)),
        ),
        # a gerund in an "including" list: the doer of what it exemplifies
        (
            "The Iraqi government took measures to calm the protesters, including lifting the"
            " curfew in Baghdad.",
            ("CONCEDE", ("IRQ",), ("IRQ",)),
        ),
        (
            "Prime Minister Abiy has taken steps that calmed the region, including freeing"
            " Tigrayan prisoners.",
            ("RETREAT", ("ETH",), ("ETH",)),
        ),
    ],
)
def test_subjects_doer_further_up(coder, text, want):
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the one punished does the gerund after "for" (not unnamed protesters of the country)
        ("The Egyptian students were expelled for protesting against the new law.", "EGYEDU"),
        (
            "An Iranian woman was jailed for removing her hijab while protesting the dress code.",
            "IRN",
        ),
    ],
)
def test_subjects_the_passive_subject_does_the_gerund_it_is_punished_for(coder, text, doer):
    protests = [e for e in coder.code(text, date="2021-06-04") if e.type.value == "PROTEST"]
    assert protests and protests[0].source[0].code == doer
    assert protests[0].source[0].span.text != text.strip()


def test_subjects_the_first_of_two_listed_means_has_the_clause_doer(coder):
    # "tear gas and armored vehicles": the parser hangs the first listed noun on the last as a
    # modifier; it is a conjunct, used by the subject of the clause like the other
    found = dyads(
        coder, "Security forces cleared the square in Minsk with tear gas and armored vehicles."
    )
    assert ("ASSAULT", ("BLR",), ("BLR",)) in found


def test_subjects_a_participle_of_a_standing_relation_is_no_event(coder):
    # "backed by Iran" says who stands behind the fighters, not that Iran did something today
    found = dyads(coder, "Houthi fighters backed by Iran attacked Saudi oil facilities.")
    assert not [d for d in found if d[0] == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        # who condemns or urges an undertaking does not undertake it
        "Egypt condemned the decision to expel Sudanese diplomats.",
        "Egypt urged efforts to expel Sudanese diplomats.",
    ],
)
def test_subjects_no_doer_behind_an_undertaking_judged_or_wanted(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] == "SANCTION" and d[1] == ("EGY",)]


def test_subjects_noun_doer_reads_possessive_by_phrase_and_governing_subject(coder):
    from eventcoder.events.subjects import noun_doer

    nlp = coder.nlp

    def doer(text, noun):
        doc = nlp(text)
        (tok,) = [t for t in doc if t.text == noun]
        found = noun_doer(tok)
        return found.text if found is not None else None

    assert doer("Kenya's decision to expel the envoy surprised many.", "decision") == "Kenya"
    assert doer("We regret the decision by the court to ban the party.", "decision") == "court"
    assert doer("The senate passed a resolution to expel the envoy.", "resolution") == "senate"
    assert doer("Kenya launched a bid to join the bloc.", "bid") == "Kenya"
    # a purpose after "in" is sought, not done: nobody is its doer
    assert doer("Kenya sent envoys in a bid to join the bloc.", "bid") is None
    assert doer("We met them in order to strengthen our ties.", "order") is None
    # not an undertaking: the clause on "wildfires" is the fires' own
    assert doer("He named the wildfires destroying the forest a crisis.", "wildfires") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # who uses a means does what its clause says, the means does nothing
        (
            "Japan used the same supply chains to provide vaccines to Vietnam.",
            ("AID", ("JPN",), ("VNM",)),
        ),
        (
            "Putin might exploit the crisis to send Russian troops into Ukraine.",
            ("MOBILIZE", ("RUS",), ("UKR",)),
        ),
        # a saying verb the parser hung on the reported clause, whose subject is no actor: the
        # speaker's own second act
        (
            "Ankara said the plane had strayed briefly into Syrian airspace and vowed to respond"
            " against Syria.",
            ("THREATEN", ("TUR",), ("SYR",)),
        ),
        # a document's clause is its author's act, also where it hangs on the document's phrase
        (
            "Iran sent a letter to the Security Council accusing Israel of sabotage.",
            ("ACCUSE", ("IRN",), ("ISR",)),
        ),
        (
            "Kenya posted a message on Twitter blaming Somalia for the attacks.",
            ("ACCUSE", ("KEN",), ("SOM",)),
        ),
        # a participle with no subject of its own after "while", "after": the clause's subject
        (
            "While visiting Kenya, the Chinese foreign minister pledged aid to Somalia.",
            ("CONSULT", ("CHN",), ("KEN",)),
        ),
        (
            "After meeting the Japanese prime minister, Biden urged China to show restraint.",
            ("CONSULT", ("USA",), ("JPN",)),
        ),
    ],
)
def test_subjects_doers_of_means_documents_and_reported_speech(coder, text, want):
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the gerund after "after" is not the object's ("urged China")
        (
            "After meeting the Japanese prime minister, Biden urged China to show restraint.",
            ("CONSULT", ("CHN",), ("JPN",)),
        ),
        # who receives or welcomes a document is not its author
        ("Iran received a letter accusing Israel of sabotage.", ("ACCUSE", ("IRN",), ("ISR",))),
        (
            "Germany welcomed the statement urging Iran to return to talks.",
            ("REQUEST", ("DEU",), ("IRN",)),
        ),
        # a happening reported by a speaker is not the speaker's act
        (
            "Kenyan officials said the bomb had destroyed the bridge and killed five Somali"
            " soldiers.",
            ("ASSAULT", ("KEN",), ("SOM",)),
        ),
    ],
)
def test_subjects_no_doer_from_the_object_the_reader_or_the_reporter(coder, text, wrong):
    assert wrong not in dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an agentless passive of force done in an attack is the attack's doer's; in a fight,
        # the other side's
        (
            "Twenty Indian soldiers were killed in a clash with Chinese troops on Monday.",
            ("ASSAULT", ("CHN",), ("IND",)),
        ),
        (
            "Kenya said two Somali militants had been killed in a Kenyan army operation.",
            ("ASSAULT", ("KEN",), ("SOM",)),
        ),
        # a noun event that comes from someone is theirs
        (
            "Statements of condemnation of the Kenyan police have come from Pope Francis and the"
            " Turkish government.",
            ("ACCUSE", ("TUR", "VAT"), ("KEN",)),
        ),
    ],
)
def test_subjects_doers_of_the_attack_and_of_what_comes_from_them(coder, text, want):
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # fighting names no side; unnamed victims leave the attack to its own report
        "Two Afghan soldiers were killed in fighting in Helmand.",
        "Three civilians were killed in an Israeli airstrike on Gaza.",
        # where an attack comes from is a place, not its doer
        "Officials said the rockets came from Lebanon.",
    ],
)
def test_subjects_no_doer_from_a_fight_unnamed_victims_or_a_launch_place(coder, text):
    found = dyads(coder, text)
    assert not [d for d in found if d[0] == "ASSAULT" and d[1] in {("AFG",), ("LBN",)}]
    assert ("ASSAULT", ("ISR",), ("ISR",)) not in found


def test_subjects_a_stranded_subject_of_a_second_clause(coder):
    """ "X had defeated ISIS and Turkey would be moving": the parser takes Turkey for a second
    object of the first verb; the noun before the second verb's auxiliaries is its subject."""
    text = "The report said Kenyan troops had defeated the militants and Ethiopia would be moving into Somalia."
    found = dyads(coder, text)
    assert [d for d in found if d[0] == "MOBILIZE"] == [("MOBILIZE", ("ETH",), ("SOM",))]


@pytest.mark.parametrize(
    "text",
    [
        "A Canadian man appeared in a Beijing court on Monday, charged with spying.",
        "Two Russian sailors were detained in Norway, accused of smuggling.",
    ],
)
def test_subjects_a_clause_subject_undergoes_the_participle_that_modifies_it(coder, text):
    # "..., charged with spying": the man is charged, he charges nobody
    got = dyads(coder, text)
    assert not any(t == "ACCUSE" and s in {("CAN",), ("RUS",)} for t, s, _ in got)


def test_subjects_a_modifying_participle_takes_its_by_phrase_as_doer(coder):
    text = "A Japanese reporter flew home on Friday, released by Chinese authorities after a year."
    got = dyads(coder, text)
    assert ("RETREAT", ("CHN",), ("JPN",)) in got


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "The Canadian ambassador asked the ministry to reconsider and met with Chinese "
            "officials on Friday.",
            ("CONSULT", ("CAN",), ("CHN",)),
        ),
        (
            "Germany urged Poland to reconsider and spoke with the French foreign minister "
            "about the case.",
            ("CONSULT", ("DEU",), ("FRA",)),
        ),
    ],
)
def test_subjects_a_tensed_verb_after_an_infinitive_shares_the_governing_doer(coder, text, want):
    """ "urged X to reconsider and spoke with Y": the parser hangs the tensed verb on the
    infinitive, but it is coordinated with "urged" and shares its doer, not the infinitive's."""
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the tagger reads a predicative "committed" as an adjective: the copula's subject is
        # the doer, the possessor of what it is committed to the recipient
        (
            "Australia remains firmly committed to Timor-Leste's sovereignty and independence.",
            ("SUPPORT", ("AUS",), ("TLS",)),
        ),
        ("Norway is committed to the security of Lithuania.", ("SUPPORT", ("NOR",), ("LTU",))),
    ],
)
def test_subjects_a_predicative_adjective_trigger_has_the_copulas_subject(coder, text, want):
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the plot's infinitive on "condemned": who judges the plot is not the
        # one who would kidnap
        "Egypt condemned the plot to assassinate the Saudi ambassador.",
        "Egypt condemned the plot to kidnap a Saudi journalist in Cairo.",
    ],
)
def test_subjects_who_judges_a_plot_does_not_carry_it_out(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] == "ASSAULT" and d[1] == ("EGY",)]


def test_subjects_the_judged_nouns_clause_hangs_on_the_noun():
    from tests.handmade import parsed

    from eventcoder.events.subjects import judged_noun_clause, subject_of

    doc = parsed(
        [
            ("Egypt", "Egypt", "PROPN", "nsubj", 1),
            ("condemned", "condemn", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("plot", "plot", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5),
            ("kidnap", "kidnap", "VERB", "advcl", 1),
            ("him", "he", "PRON", "dobj", 5),
        ]
    )
    found = judged_noun_clause(doc[5])
    assert found is not None and found.text == "plot"
    subj, _ = subject_of(doc[5])
    assert subj is not None and subj.text == "plot"
