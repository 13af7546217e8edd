"""Sides at home on hand-parsed sentences: unnamed local doers, authorities and victims, the
domestic recipient, one country's coordinated parties, the doer's own side."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.handmade import POLICE, country, mention, parsed, place, police_in_minsk

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because, render
from eventcoder.events import domestic, sides
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.scene import Scene
from eventcoder.records import Document, EventType

DETAIN = TriggerEntry(lemma="detain", type=EventType.COERCE, example="Police detained people.")
SHOOT = TriggerEntry(lemma="shoot", type=EventType.ASSAULT, example="Troops shot people.")
REPRESSION = TriggerEntry(
    lemma="repression",
    pos="NOUN",
    type=EventType.COERCE,
    target_preps=("against", "of"),
    needs_target=True,
    example="The police intensified its repression against opponents.",
)


def test_domestic_an_unnamed_doer_is_placed_by_the_sentence():
    doc, scene = police_in_minsk()
    ((span, info),) = domestic.unnamed_doer(scene, doc[:], EventType.ASSAULT)
    assert (span.text, info.country, info.sector) == ("Minsk", "BLR", "UAF")
    assert render(info.how) == "unnamed UAF actor placed by 'Minsk'"
    victims = domestic.local_victims(scene, doc[:], EventType.COERCE, [(doc[0:1], POLICE)])
    assert [(i.country, i.sector) for _, i in victims] == [("BLR", "CVL")]


def test_domestic_own_side_and_state_level():
    doc, _ = police_in_minsk()
    src = [(doc[0:1], ActorInfo(None, "BLR", "COP", ActorKind.NOUN))]
    ((_, target),) = domestic.own_side(src, "GOV", ActorKind.COUNTRY, Rule.PROTEST_TARGET)
    assert (target.country, target.sector, target.actor_id) == ("BLR", "GOV", "BLR")
    assert render(target.how) == "protest with no named target: the doer's country"
    assert domestic.state_level(target) and not domestic.state_level(src[0][1])


def test_domestic_unplaced_people_are_people_words_without_acountry():
    doc = parsed(
        [
            ("four", "four", "NUM", "nummod", 1),
            ("men", "man", "NOUN", "ROOT", 1),
        ]
    )
    assert domestic.unplaced_people([doc[1]])
    placed = parsed([("men", "man", "NOUN", "ROOT", 0)], ents=["B-NORP"])
    assert not domestic.unplaced_people([placed[0]])  # tagged as a nationality: placed
    assert not domestic.unplaced_people([])


def _president_threatened(obj_rows, ents=None):
    """ "Duterte threatened <obj> ." with Duterte (PHL, head of state) as the only mention."""
    doc = parsed(
        [
            ("Duterte", "Duterte", "PROPN", "nsubj", 1),
            ("threatened", "threaten", "VERB", "ROOT", 1),
            *obj_rows,
        ],
        ents=ents,
    )
    duterte = ActorInfo("Duterte", "PHL", "GOV", ActorKind.PERSON, "head_of_state", None)
    doc.spans["actors"] = [mention(doc, 0, 1, duterte, label="person")]
    return doc, Scene.of(doc, Document(id="d", text=doc.text)), [(doc[0:1], duterte)]


def test_domestic_a_named_but_unplaced_recipient_is_of_the_doerscountry():
    doc, scene, src = _president_threatened(
        [("the", "the", "DET", "det", 3), ("network", "network", "NOUN", "dobj", 1)]
    )
    ((span, info),) = domestic.domestic_target(scene, doc[:], [doc[3]], src)
    assert (span.text, info.country, info.kind) == ("network", "PHL", ActorKind.NOUN)
    assert not domestic.state_level(info)  # kept when the doer is the state itself
    assert render(info.how) == "domestic act with no named recipient: the doer's country"


def test_domestic_the_possessor_of_the_thing_acted_on_can_be_the_domestic_party():
    doc, scene, src = _president_threatened(
        [
            ("the", "the", "DET", "det", 3),
            ("network", "network", "NOUN", "poss", 5),
            ("'s", "'s", "PART", "case", 3),
            ("licence", "licence", "NOUN", "dobj", 1),
        ]
    )
    ((span, info),) = domestic.domestic_target(scene, doc[:], [doc[5]], src)
    assert (span.text, info.country) == ("network", "PHL")


def test_domestic_no_domestic_recipient_for_words_placed_elsewhere_or_not_people():
    # "Afghan villagers": a nationality nobody resolved still says they are not local
    doc, scene, src = _president_threatened(
        [("Afghan", "afghan", "ADJ", "amod", 3), ("villagers", "villager", "NOUN", "dobj", 1)],
        ents=["O", "O", "B-NORP", "O"],
    )
    assert domestic.domestic_target(scene, doc[:], [doc[3]], src) == []
    doc, scene, src = _president_threatened([("reforms", "reform", "NOUN", "dobj", 1)])
    assert domestic.domestic_target(scene, doc[:], [doc[2]], src) == []
    # an international organisation has no domestic side
    igo = [(src[0][0], ActorInfo("UN", "IGO", None, ActorKind.ORG))]
    doc, scene, _ = _president_threatened([("critics", "critic", "NOUN", "dobj", 1)])
    assert domestic.domestic_target(scene, doc[:], [doc[2]], igo) == []
    assert domestic.domestic_target(scene, doc[:], [doc[2]], src)[0][1].country == "PHL"


def test_domestic_acts_only_authorities_perform():
    doc = parsed([("arrested", "arrest", "VERB", "ROOT", 0)])
    tok = doc[0]
    assert domestic.authority_act(EventType.COERCE, "arrest", tok) == "GOV"
    assert domestic.authority_act(EventType.SANCTION, "convict", tok) == "JUD"
    assert domestic.authority_act(EventType.SANCTION, "embargo", tok) is None
    assert domestic.authority_act(EventType.ASSAULT, None, tok) is None
    # an allegation is anybody's; a charge is a prosecutor's
    assert domestic.authority_act(EventType.ACCUSE, "allege", tok) is None
    charged = parsed([("charged", "charge", "VERB", "ROOT", 0)])[0]
    assert domestic.authority_act(EventType.ACCUSE, "allege", charged) == "JUD"
    scene = Scene(doc, Document(id="d", text=doc.text), {}, {}, {0: 0}, "KEN")
    ((_, info),) = domestic.unnamed_authorities(scene, doc[:], "GOV", tok)
    assert (info.country, info.sector) == ("KEN", "GOV") and sides.guessed(info)
    assert render(info.how) == "unnamed authorities (GOV) of the country the document is about"
    doc._.voice = "KEN"  # the publisher's own country is where its nationals come from
    assert domestic.unnamed_authorities(scene, doc[:], "GOV", tok) == []


def _government_and_rebels():
    """ "The government and the rebels signed a truce ." with both sides as mentions."""
    doc = parsed(
        [
            ("The", "the", "DET", "det", 1),
            ("government", "government", "NOUN", "nsubj", 5),
            ("and", "and", "CCONJ", "cc", 1),
            ("the", "the", "DET", "det", 4),
            ("rebels", "rebel", "NOUN", "conj", 1),
            ("signed", "sign", "VERB", "ROOT", 5),
            ("a", "a", "DET", "det", 7),
            ("truce", "truce", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    gov = ActorInfo(None, "UGA", "GOV", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "government"))
    reb = ActorInfo(None, "UGA", "REB", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "rebels"))
    return doc, [(doc[1:2], gov), (doc[4:5], reb)]


def test_domestic_coordinated_parties_of_one_country_are_both_sides():
    _doc, sources = _government_and_rebels()
    assert domestic.one_countrys_parties(sources)
    # one doer alone, or doers of two countries, are not
    assert not domestic.one_countrys_parties(sources[:1])
    other = (sources[1][0], replace(sources[1][1], country="SSD"))
    assert not domestic.one_countrys_parties([sources[0], other])


def test_domestic_parties_must_be_coordinated_and_placed_by_their_own_words():
    doc, sources = _government_and_rebels()
    # "the government, the rebels' ally, ...": not coordinated, not two parties
    doc[4].dep_ = "appos"
    assert not domestic.one_countrys_parties(sources)
    doc, sources = _government_and_rebels()
    # an untitled minister given the publisher's country may be the foreign guest
    guest = replace(sources[1][1], how=because(Rule.PUBLISHER, sources[1][1].how))
    assert not domestic.one_countrys_parties([sources[0], (sources[1][0], guest)])


def test_domestic_a_states_own_government_by_guess_is_not_its_recipient():
    """ "The United States sanctioned the junta": "junta" placed only by the document's
    country is not the United States' own government."""
    doc = parsed([("junta", "junta", "NOUN", "ROOT", 0)])
    us = [(doc[0:1], country("USA"))]
    base = because(Rule.SECTOR_NOUN, "junta")
    junta = ActorInfo(None, "USA", "GOV", ActorKind.NOUN, how=because(Rule.DOCUMENT_COUNTRY, base))
    assert domestic.own_state_guessed(junta, us)
    # placed by its own words, or a doer that is no state as such, or civilians: kept
    stated = replace(junta, how=base)
    assert not domestic.own_state_guessed(stated, us)
    senate = ActorInfo(None, "USA", "LEG", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "Senate"))
    assert not domestic.own_state_guessed(junta, [(doc[0:1], senate)])
    assert not domestic.own_state_guessed(replace(junta, sector="CVL"), us)


def _martial_law(rest, actors):
    """ "Peru declared martial law <rest>" with Peru (and the given actors) named."""
    doc = parsed(
        [
            ("Peru", "Peru", "PROPN", "nsubj", 1),
            ("declared", "declare", "VERB", "ROOT", 1),
            ("martial", "martial", "ADJ", "amod", 3),
            ("law", "law", "NOUN", "dobj", 1),
            *rest,
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("PER")),
        *(mention(doc, a, b, info) for a, b, info in actors),
    ]
    return doc, Scene.of(doc, Document(id="d", text=doc.text)), [(doc[0:1], country("PER"))]


def test_domestic_emergency_rule_is_on_the_territory_its_phrase_names():
    assert domestic.emergency_rule(EventType.COERCE, "martial-law")
    assert not domestic.emergency_rule(EventType.COERCE, "arrest")
    # "declared martial law in Arica": the place named
    doc, scene, src = _martial_law(
        [("in", "in", "ADP", "prep", 3), ("Arica", "Arica", "PROPN", "pobj", 4)],
        [(5, 6, place("PER"))],
    )
    ((span, info),) = domestic.emergency_territory(scene, doc[3], doc[1], src)
    assert (span.text, info.country) == ("Arica", "PER")
    # "declared martial law in regions bordering Chile": not an actor of a clause about the place
    doc, scene, src = _martial_law(
        [
            ("in", "in", "ADP", "prep", 1),
            ("regions", "region", "NOUN", "pobj", 4),
            ("bordering", "border", "VERB", "acl", 5),
            ("Chile", "Chile", "PROPN", "dobj", 6),
        ],
        [(7, 8, country("CHL"))],
    )
    ((_, info),) = domestic.emergency_territory(scene, doc[3], doc[1], src)
    assert info.country == "PER" and info.how.mentions({Rule.DOMESTIC_ACT})


@pytest.mark.slow
def test_domestic_martial_law_near_a_neighbour_in_a_coded_sentence(coder):
    events = coder.code(
        "Bolivia declared martial law in provinces bordering Peru.", date="2021-05-01"
    )
    found = {(e.type.value, tuple(a.country for a in e.target)) for e in events}
    assert ("COERCE", ("BOL",)) in found and ("COERCE", ("PER",)) not in found, found


def _arrested(doer: ActorInfo, *, frame: bool = False, tag: str = "NN"):
    """ "<doer> made arrests ." or, with `frame`, "<doer> left after arrests ."."""
    rows = [
        ("Doer", "doer", "NOUN", "nsubj", 1),
        ("left" if frame else "made", "leave" if frame else "make", "VERB", "ROOT", 1),
    ]
    if frame:
        rows += [("after", "after", "ADP", "prep", 1), ("arrests", "arrest", "NOUN", "pobj", 2)]
    else:
        rows += [("arrests", "arrest", "NOUN", "dobj", 1)]
    doc = parsed(rows)
    doc[0].tag_ = tag
    return doc[len(rows) - 1], [(doc[0:1], doer)]


def test_domestic_coercion_by_authorities_with_no_victim_named_is_done_at_home():
    police = replace(POLICE, country="BLR")
    tok, src = _arrested(police)
    assert domestic.coerced_at_home(EventType.COERCE, "arrest", tok, src)
    assert not domestic.coerced_at_home(EventType.COERCE, "misinformation", tok, src)
    assert not domestic.coerced_at_home(EventType.ASSAULT, "arrest", tok, src)
    # the state itself, named
    tok, src = _arrested(country("BLR"), tag="NNP")
    assert domestic.coerced_at_home(EventType.COERCE, "arrest", tok, src)
    # "Americans (wrongfully detained)": a people word, the victims read as the doer
    tok, src = _arrested(country("USA"), tag="NNPS")
    assert not domestic.coerced_at_home(EventType.COERCE, "arrest", tok, src)
    # the publisher's "we"
    we = replace(country("USA"), sector="GOV", how=because(Rule.WE, "We", "USA"))
    tok, src = _arrested(we)
    assert not domestic.coerced_at_home(EventType.COERCE, "arrest", tok, src)
    # "walked free after years of house arrest": the time frame of another event
    tok, src = _arrested(police, frame=True)
    assert not domestic.coerced_at_home(EventType.COERCE, "arrest", tok, src)


def test_domestic_people_a_state_coerces_are_its_own_not_the_documents():
    """ "the crackdown the president perpetrated against people there", in a briefing mostly
    on another country: the people are the coercing state's own."""
    doc = parsed(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("detained", "detain", "VERB", "ROOT", 1),
            ("people", "people", "NOUN", "dobj", 1),
        ]
    )
    people = ActorInfo(
        None,
        "LBY",
        "CVL",
        ActorKind.NOUN,
        how=because(Rule.DOCUMENT_COUNTRY, because(Rule.SECTOR_NOUN, "people")),
    )
    police = replace(POLICE, country="BLR")
    targets = [(doc[2:3], people)]
    scene = Scene.of(doc, Document(id="d", text=doc.text))

    def home(entry, got):
        return domestic.home_victims(scene, entry, [doc[2]], got, [(doc[0:1], police)])

    ((_, info),) = home(DETAIN, targets)
    assert info.country == "BLR"
    # force abroad is not coercion at home; a placed victim keeps its place
    assert home(SHOOT, targets) == targets
    placed = [(doc[2:3], replace(people, how=because(Rule.SECTOR_NOUN, "people")))]
    assert home(DETAIN, placed) == placed
    # the publisher's own state is not read as coercing its own people
    doc._.voice = "BLR"
    assert home(DETAIN, targets) == targets


def test_domestic_force_that_needs_a_victim_finds_it_in_a_role_word_at_home():
    """ "Police intensified repression against opponents": a victim named by a role word with
    no country of its own is the doer's people, where the act needs a named victim."""
    doc = parsed(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("intensified", "intensify", "VERB", "ROOT", 1),
            ("repression", "repression", "NOUN", "dobj", 1),
            ("against", "against", "ADP", "prep", 2),
            ("opponents", "opponent", "NOUN", "pobj", 3),
        ]
    )
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    src = [(doc[0:1], replace(POLICE, country="BLR"))]
    ((span, info),) = domestic.home_victims(scene, REPRESSION, [doc[4]], [], src)
    assert (span.text, info.country) == ("opponents", "BLR")
    # an act that needs no named victim is left to the later fallbacks
    assert domestic.home_victims(scene, DETAIN, [doc[4]], [], src) == []


def _challenge(rows, sector, extra=None):
    """ "<doer> <verb> ...": a doer of sector `sector` in Ethiopia as token 0, and optionally
    another mention (start, end, info)."""
    doc = parsed(rows)
    doer = ActorInfo("TPLF", "ETH", sector, ActorKind.ORG, None, None, because(Rule.NAME))
    spans = [mention(doc, 0, 1, doer)]
    if extra is not None:
        spans.append(mention(doc, *extra))
    doc.spans["actors"] = spans
    return doc, Scene.of(doc, Document(id="d", text=doc.text)), [(doc[0:1], doer)]


REJECTED = [
    ("TPLF", "TPLF", "PROPN", "nsubj", 1),
    ("rejected", "reject", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("ceasefire", "ceasefire", "NOUN", "dobj", 1),
]


def test_domestic_a_challengers_refusal_with_no_addressee_is_aimed_at_its_state():
    doc, scene, src = _challenge(REJECTED, "REB")
    args = (scene, doc[:], EventType.REJECT, doc[1], [doc[3]])
    assert domestic.challenges_own_state(*args, src)
    # the state itself, or an act challengers do not aim at the state
    _, _, gov = _challenge(REJECTED, "GOV")
    assert not domestic.challenges_own_state(*args, gov)
    assert not domestic.challenges_own_state(scene, doc[:], EventType.AGREE, *args[3:], src)
    # people at large: not by a verb ("what our citizens demand"), nor by their threats
    _, _, people = _challenge(REJECTED, "CVL")
    assert not domestic.challenges_own_state(*args, people)


def test_domestic_a_vote_against_is_no_challenge():
    doc, scene, src = _challenge(
        [("Democrats", "Democrats", "PROPN", "nsubj", 1), ("opposed", "oppose", "VERB", "ROOT", 1)],
        "PTY",
    )
    assert not domestic.challenges_own_state(scene, doc[:], EventType.REJECT, doc[1], [], src)


def test_domestic_peoples_demands_named_as_a_noun_are_aimed_at_their_state():
    rows = [
        ("protesters", "protester", "NOUN", "poss", 1),
        ("demands", "demand", "NOUN", "ROOT", 1),
    ]
    doc, scene, src = _challenge(rows, "CVL")
    assert domestic.challenges_own_state(scene, doc[:], EventType.REQUEST, doc[1], [], src)
    assert not domestic.challenges_own_state(scene, doc[:], EventType.THREATEN, doc[1], [], src)


def test_domestic_no_challenge_of_the_own_state_where_another_state_is_named():
    rows = [*REJECTED, ("Russia", "Russia", "PROPN", "pobj", 3)]
    doc, scene, src = _challenge(rows, "REB", (4, 5, country("RUS")))
    args = (scene, doc[:], EventType.REJECT, doc[1], [doc[3]])
    assert not domestic.challenges_own_state(*args, src)


def test_domestic_a_protests_purpose_is_no_demand_of_its_own():
    rows = [
        ("Rebels", "rebel", "NOUN", "nsubj", 1),
        ("marched", "march", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("demand", "demand", "VERB", "advcl", 1),
        ("freedom", "freedom", "NOUN", "dobj", 3),
    ]
    doc, scene, src = _challenge(rows, "REB")
    args = (scene, doc[:], EventType.REQUEST, doc[3], [doc[4]])
    assert not domestic.challenges_own_state(*args, src)


def test_domestic_a_branchs_charge_needs_a_named_party():
    rows = [
        ("Senate", "Senate", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("execution", "execution", "NOUN", "dobj", 1),
    ]
    doc, scene, src = _challenge(rows, "LEG")
    assert not domestic.challenges_own_state(scene, doc[:], EventType.ACCUSE, doc[1], [doc[3]], src)
    president = ActorInfo(None, None, "GOV", ActorKind.TITLE, "head_of_state", None)
    rows = [
        ("Senate", "Senate", "PROPN", "nsubj", 1),
        ("questioned", "question", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("President", "president", "PROPN", "poss", 5),
        ("'s", "'s", "PART", "case", 3),
        ("power", "power", "NOUN", "dobj", 1),
    ]
    doc, scene, src = _challenge(rows, "LEG", (3, 4, president))
    args = (scene, doc[:], EventType.ACCUSE, doc[1], [doc[5]])
    assert domestic.challenges_own_state(*args, src)
    # a branch's refusals are its own business
    assert not domestic.challenges_own_state(scene, doc[:], EventType.REJECT, *args[3:], src)


def test_domestic_unnamed_authorities_are_of_the_country_the_lede_names():
    doc = parsed([("arrested", "arrest", "VERB", "ROOT", 0)])
    # a British story that names the United States most ("an artwork called America")
    scene = Scene(doc, Document(id="d", text=doc.text), {}, {}, {0: 0}, "USA", story_country="GBR")
    ((_, info),) = domestic.unnamed_authorities(scene, doc[:], "GOV", doc[0])
    assert info.country == "GBR"


def test_domestic_a_product_released_is_no_authorities_act():
    doc = parsed(
        [
            ("The", "the", "DET", "det", 1),
            ("phone", "phone", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("released", "release", "VERB", "ROOT", 3),
        ]
    )
    assert domestic.authority_act(EventType.RETREAT, "release", doc[3]) is None


@pytest.mark.slow
def test_domestic_people_in_the_doers_own_country_are_at_home(coder):
    # "in Nicaragua", resolved to the doer's own country, places the opponents at home
    text = "The Nicaraguan government intensified its repression against opponents in Nicaragua."
    got = {
        (e.type.value, tuple(a.country for a in e.source), tuple(a.country for a in e.target))
        for e in coder.code(text, date="2021-06-04")
    }
    assert ("COERCE", ("NIC",), ("NIC",)) in got
