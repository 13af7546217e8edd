"""Recipients named deeper in the trigger's phrase, and whom a threat is aimed at, on
hand-parsed sentences (no statistical model)."""

from __future__ import annotations

import pytest
from tests.handmade import country, mention, parsed, place

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events import recipients
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.roles import verb_roles
from eventcoder.events.scene import Scene
from eventcoder.records import Document, EventType


def _ban_on_sales(prep: str, last: ActorInfo):
    """ "Canada lifted its ban on grain sales <prep> Chile ." with Canada, its and Chile named."""
    doc = parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("lifted", "lift", "VERB", "ROOT", 1),
            ("its", "its", "PRON", "poss", 3),
            ("ban", "ban", "NOUN", "dobj", 1),
            ("on", "on", "ADP", "prep", 3),
            ("grain", "grain", "NOUN", "compound", 6),
            ("sales", "sale", "NOUN", "pobj", 4),
            (prep, prep, "ADP", "prep", 6),
            ("Chile", "Chile", "PROPN", "pobj", 7),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("CAN"), label="actor"),
        mention(doc, 2, 3, country("CAN"), label="actor"),
        mention(doc, 8, 9, last, label="actor"),
    ]
    return doc, Scene.of(doc, Document(id="d", text=doc.text))


def test_recipients_the_other_side_named_below_the_object():
    doc, scene = _ban_on_sales("to", country("CHL"))
    found = recipients.in_phrase(scene, doc[1], EventType.RETREAT, {0}, {"CAN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "CHL")]


def test_recipients_not_the_doers_own_country_nor_the_objects_own_target():
    doc, scene = _ban_on_sales("to", country("CAN"))
    assert recipients.in_phrase(scene, doc[1], EventType.RETREAT, {0}, {"CAN"}) == []
    # "lifted its ban on sales against Chile": whom the object's own act is aimed at
    doc, scene = _ban_on_sales("against", country("CHL"))
    assert recipients.in_phrase(scene, doc[1], EventType.RETREAT, {0}, {"CAN"}) == []


def test_recipients_a_place_receives_material_acts_only():
    doc, scene = _ban_on_sales("to", place("CHL"))
    assert recipients.in_phrase(scene, doc[1], EventType.RETREAT, {0}, {"CAN"})
    assert recipients.in_phrase(scene, doc[1], EventType.SUPPORT, {0}, {"CAN"}) == []


def _threat(rows):
    return parsed([("Ankara", "Ankara", "PROPN", "nsubj", 1), *rows])


def test_recipients_the_object_of_what_is_vowed():
    doc = _threat(
        [
            ("vowed", "vow", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("punish", "punish", "VERB", "xcomp", 1),
            ("the", "the", "DET", "det", 5),
            ("smugglers", "smuggler", "NOUN", "dobj", 3),
        ]
    )
    assert [t.text for t in recipients.threatened(doc[1])] == ["smugglers"]


def _warned(subject: str, rest: list[tuple[str, str, str, str, int]]):
    """ "Ankara warned that <subject> would <rest>" (subject at 3, the verb at 5)."""
    return _threat(
        [
            ("warned", "warn", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5),
            (subject, subject.lower(), "PRON" if subject == "it" else "NOUN", "nsubj", 5),
            ("would", "would", "AUX", "aux", 5),
            *rest,
        ]
    )


def test_recipients_where_the_threatener_will_strike():
    doc = _warned(
        "it",
        [
            ("strike", "strike", "VERB", "ccomp", 1),
            ("at", "at", "ADP", "prep", 5),
            ("Baghdad", "Baghdad", "PROPN", "pobj", 6),
        ],
    )
    assert [t.text for t in recipients.threatened(doc[1])] == ["Baghdad"]


def test_recipients_the_party_a_warning_says_will_be_held_responsible():
    doc = parsed(
        [
            ("Ankara", "Ankara", "PROPN", "nsubj", 1),
            ("warned", "warn", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 7),
            ("opposition", "opposition", "NOUN", "compound", 4),
            ("leaders", "leader", "NOUN", "nsubjpass", 7),
            ("would", "would", "AUX", "aux", 7),
            ("be", "be", "AUX", "auxpass", 7),
            ("held", "hold", "VERB", "ccomp", 1),
            ("responsible", "responsible", "ADJ", "oprd", 7),
        ]
    )
    assert [t.text for t in recipients.threatened(doc[1])] == ["leaders"]


def test_recipients_a_named_subject_of_the_warning_is_left_to_the_subject_rule():
    doc = _warned(
        "Baghdad",
        [("suffer", "suffer", "VERB", "ccomp", 1)],
    )
    assert recipients.threatened(doc[1]) == []


def test_recipients_the_role_rules_read_a_threat_through_its_content():
    vow = TriggerEntry(
        lemma="vow", type=EventType.THREATEN, example="Ankara vowed to punish the smugglers."
    )
    doc = _threat(
        [
            ("vowed", "vow", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("punish", "punish", "VERB", "xcomp", 1),
            ("smugglers", "smuggler", "NOUN", "dobj", 3),
        ]
    )
    roles = verb_roles(doc[1], vow)
    assert [t.text for t in roles.target] == ["smugglers"]
    assert roles.how[-1] == "target: whom the threatened act befalls"


# ---- coded with the statistical model ---------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        # the recipient deeper in the trigger's phrase
        (
            "Ottawa said it would lift its ban on beef imports from Brazil next month.",
            "RETREAT",
            "BRA",
        ),
        (
            "Indonesian students hurled rocks and eggs at the Dutch embassy in Jakarta.",
            "PROTEST",
            "NLD",
        ),
        ("Syrian farmers blocked the highway in protest at Turkey's new dam.", "PROTEST", "TUR"),
        # whom a threat is aimed at, when the threatener is the subject of what is threatened
        (
            "The Greek government warned on Sunday that it would retaliate against Turkey.",
            "THREATEN",
            "TUR",
        ),
        # people named by their nationality protest to their own government
        ("Kenyans protested against the new tax on Tuesday.", "PROTEST", "KEN"),
        # designees placed by their own description
        (
            "The United States is designating 12 individuals that smuggled Iranian oil.",
            "SANCTION",
            "IRN",
        ),
        (
            "Angry Venezuelans marched through the capital to protest the power cuts.",
            "PROTEST",
            "VEN",
        ),
    ],
)
def test_recipients_in_coded_sentences(coder, text, type_, target):
    events = coder.code(text, date="2021-05-01")
    assert any(e.type.value == type_ and target in {a.country for a in e.target} for e in events)


def test_recipients_a_country_named_as_a_place_receives_a_verbal_act_too():
    chile = ActorInfo("Chile", "CHL", None, ActorKind.PLACE, None, "CHL", because(Rule.NAME))
    doc, scene = _ban_on_sales("to", chile)
    found = recipients.in_phrase(scene, doc[1], EventType.SUPPORT, {0}, {"CAN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "CHL")]


def _offered(prep: str):
    """ "Caracas offered oil <prep> poor villages in Chile ." with Caracas and Chile named."""
    doc = parsed(
        [
            ("Caracas", "Caracas", "PROPN", "nsubj", 1),
            ("offered", "offer", "VERB", "ROOT", 1),
            ("oil", "oil", "NOUN", "dobj", 1),
            (prep, prep, "ADP", "prep", 1),
            ("poor", "poor", "ADJ", "amod", 5),
            ("villages", "village", "NOUN", "pobj", 3),
            ("in", "in", "ADP", "prep", 5),
            ("Chile", "Chile", "PROPN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("VEN"), label="actor"),
        mention(doc, 7, 8, place("CHL"), label="actor"),
    ]
    return doc, Scene.of(doc, Document(id="d", text=doc.text))


def test_recipients_people_the_act_is_done_to_are_placed_by_their_in_phrase():
    doc, scene = _offered("to")
    found = recipients.in_phrase(scene, doc[1], EventType.AGREE, {0}, {"VEN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "CHL")]
    # "at a ceremony in Chile": where it happened, not whom it was done to
    doc, scene = _offered("at")
    assert recipients.in_phrase(scene, doc[1], EventType.AGREE, {0}, {"VEN"}) == []


def test_recipients_designees_are_of_the_country_their_description_names():
    doc = parsed(
        [
            ("Washington", "Washington", "PROPN", "nsubj", 1),
            ("designated", "designate", "VERB", "ROOT", 1),
            ("five", "five", "NUM", "nummod", 3),
            ("companies", "company", "NOUN", "dobj", 1),
            ("that", "that", "PRON", "nsubj", 5),
            ("shipped", "ship", "VERB", "relcl", 3),
            ("Iranian", "Iranian", "ADJ", "amod", 7),
            ("oil", "oil", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("USA"), label="actor"),
        mention(doc, 6, 7, country("IRN"), label="actor"),
    ]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    found = recipients.described(scene, [doc[3]], {0}, {"USA"})
    assert [(s.text, i.country) for s, i in found] == [("Iranian", "IRN")]
    # the doer's own country in the description is not the designees'
    assert recipients.described(scene, [doc[3]], {0}, {"USA", "IRN"}) == []


def test_recipients_designees_are_not_of_the_state_whose_sovereignty_they_threaten():
    """ "Washington designated five men undermining the sovereignty of Ukraine ." """
    doc = parsed(
        [
            ("Washington", "Washington", "PROPN", "nsubj", 1),
            ("designated", "designate", "VERB", "ROOT", 1),
            ("five", "five", "NUM", "nummod", 3),
            ("men", "man", "NOUN", "dobj", 1),
            ("undermining", "undermine", "VERB", "acl", 3),
            ("the", "the", "DET", "det", 6),
            ("sovereignty", "sovereignty", "NOUN", "dobj", 4),
            ("of", "of", "ADP", "prep", 6),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 7),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("USA"), label="actor"),
        mention(doc, 8, 9, country("UKR"), label="actor"),
    ]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    assert recipients.described(scene, [doc[3]], {0}, {"USA"}) == []


def _urged(addressee: tuple[str, str, str], named: bool):
    """ "Canada urged <addressee> to help Haitian farmers ." with Canada and Haitian named."""
    word, lemma, pos = addressee
    doc = parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("urged", "urge", "VERB", "ROOT", 1),
            (word, lemma, pos, "dobj", 1),
            ("to", "to", "PART", "aux", 4),
            ("help", "help", "VERB", "xcomp", 1),
            ("Haitian", "haitian", "ADJ", "amod", 6),
            ("farmers", "farmer", "NOUN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    actors = [mention(doc, 0, 1, country("CAN")), mention(doc, 5, 6, country("HTI"))]
    if named:
        actors.insert(1, mention(doc, 2, 3, country("JPN")))
    doc.spans["actors"] = actors
    return doc, Scene.of(doc, Document(id="d", text=doc.text))


def test_recipients_a_request_to_an_unnamed_addressee_is_to_nobody_in_particular():
    doc, scene = _urged(("donors", "donor", "NOUN"), named=False)
    assert recipients.unnamed_addressee(scene, EventType.REQUEST, [doc[2]])
    doc, scene = _urged(("others", "other", "NOUN"), named=False)
    assert recipients.unnamed_addressee(scene, EventType.REQUEST, [doc[2]])
    # an addressee that is an actor, no addressee at all, or an act that is no request
    doc, scene = _urged(("Japan", "Japan", "PROPN"), named=True)
    assert not recipients.unnamed_addressee(scene, EventType.REQUEST, [doc[2]])
    doc, scene = _urged(("donors", "donor", "NOUN"), named=False)
    assert not recipients.unnamed_addressee(scene, EventType.REQUEST, [])
    assert not recipients.unnamed_addressee(scene, EventType.AID, [doc[2]])


@pytest.mark.slow
def test_recipients_whom_a_requested_act_is_for_is_not_the_addressee(coder):
    """ "urged other donors to help the Haitian people": the Haitians benefit, the donors are
    asked, and they are nobody in particular."""
    events = coder.code("Canada urged other donors to help the Haitian people.", date="2021-05-01")
    assert not any(e.type.value == "REQUEST" and e.target for e in events)


def test_recipients_the_owner_of_the_thing_acted_on_placed_by_its_own_words():
    """ "the judge dismissed the president's appeal", "regretted the refusal of the Peruvian
    government": the office holder or body whose thing it is; not the doer's own forces, not a
    guess, not a pronoun."""
    doc = parsed(
        [
            ("president", "president", "NOUN", "poss", 2),
            ("'s", "'s", "PART", "case", 0),
            ("appeal", "appeal", "NOUN", "ROOT", 2),
            ("it", "it", "PRON", "nsubj", 2),
        ]
    )
    title = ActorInfo(None, "PER", "GOV", ActorKind.TITLE, how=because(Rule.TITLE, "president"))
    gov = ActorInfo(None, "PER", "GOV", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "gov"))
    assert recipients.owner_of_object(doc[0:1], title, {"PER"})  # a domestic office holder
    assert recipients.owner_of_object(doc[0:1], gov, {"CHL"})
    assert not recipients.owner_of_object(doc[0:1], gov, {"PER"})  # "pulled its troops out"
    guess = ActorInfo(
        None, "PER", "GOV", ActorKind.NOUN, how=because(Rule.DOCUMENT_COUNTRY, gov.how)
    )
    assert not recipients.owner_of_object(doc[0:1], guess, {"CHL"})
    assert not recipients.owner_of_object(doc[3:4], gov, {"CHL"})
    assert not recipients.owner_of_object(doc[0:1], place("PER"), {"CHL"})


@pytest.mark.slow
def test_recipients_the_owner_of_a_refused_thing_in_coded_sentences(coder):
    events = coder.code(
        "Chile regretted the refusal of the Peruvian government to reopen the border.",
        date="2021-05-01",
    )
    found = {(e.type.value, tuple(a.country for a in e.target)) for e in events}
    assert ("ACCUSE", ("PER",)) in found, found


@pytest.mark.slow
def test_recipients_two_states_forces_with_nobody_else_named_act_on_each_other(coder):
    events = coder.code(
        "Indian and Pakistani troops exchanged artillery fire along the border on Thursday.",
        date="2021-05-01",
    )
    fights = [e for e in events if e.type.value == "ASSAULT"]
    assert fights and all(e.symmetric and not e.target for e in fights)
    assert {a.country for a in fights[0].source} == {"IND", "PAK"}


def test_recipients_a_person_is_never_his_own_recipient():
    """ "Parrilla: 'I reject the measure ... they won't extract any concession'": the minister
    named again is the doer, not the other side; an organisation's "its members" may be."""
    doc = parsed([("I", "I", "PRON", "ROOT", 0)])
    parrilla = ActorInfo("Parrilla", "CUB", "GOV", ActorKind.PERSON, None, "parrilla")
    league = ActorInfo("Arab League", "IGO", None, ActorKind.ORG, None, "arab-league")
    assert recipients.same_actor(parrilla, [(doc[0:1], parrilla)])
    assert not recipients.same_actor(parrilla, [(doc[0:1], country("CUB"))])
    assert not recipients.same_actor(league, [(doc[0:1], league)])


def test_recipients_the_doers_unnamed_partners_are_the_other_side_whoever_else_is_named():
    """ "engaging with allies and partners to ensure that Iran ...": the partners are the other
    side, not Iran; other unnamed people of an act that is no request stay open to a guess."""
    doc, scene = _urged(("partners", "partner", "NOUN"), named=False)
    assert recipients.unnamed_addressee(scene, EventType.CONSULT, [doc[2]])
    assert recipients.unnamed_addressee(scene, EventType.COOPERATE, [doc[2]])
    doc, scene = _urged(("donors", "donor", "NOUN"), named=False)
    assert not recipients.unnamed_addressee(scene, EventType.CONSULT, [doc[2]])


def test_home_stops_only_with_a_host_abroad():
    milan = (None, ActorInfo(None, "ITA", None, ActorKind.PLACE, None, None, because(Rule.NAME)))
    ottawa = (None, country("CAN"))
    rome = (None, country("ITA"))
    # a stop at home beside a host abroad goes; alone, it is left to the other rules
    assert recipients.home_stops(EventType.CONSULT, [ottawa, milan], [rome]) == [ottawa]
    assert recipients.home_stops(EventType.CONSULT, [milan], [rome]) == [milan]
    assert recipients.home_stops(EventType.ASSAULT, [ottawa, milan], [rome]) == [ottawa, milan]
