"""Guessed sides on hand-parsed sentences: countries for sector-only actors, unnamed doers,
fallback targets, the doer's own side; each guess carries its reason."""

from __future__ import annotations

from dataclasses import replace

from tests.handmade import country, mention, parsed, place

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because, render
from eventcoder.events import sides
from eventcoder.events.scene import Scene
from eventcoder.records import Document, EventType

POLICE = ActorInfo(None, None, "COP", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "Police"))


def _police_in_minsk():
    """ "Police arrested protesters in Minsk ." with Police and Minsk as mentions."""
    doc = parsed(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ROOT", 1),
            ("protesters", "protester", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Minsk", "Minsk", "PROPN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [mention(doc, 0, 1, POLICE), mention(doc, 4, 5, place("BLR"))]
    return doc, Scene.of(doc, Document(id="d", text=doc.text))


def test_sides_a_sector_actor_takes_the_country_of_the_place_named():
    doc, scene = _police_in_minsk()
    info = sides.fill(scene, doc[0:1], POLICE, doc[:])
    assert info.country == "BLR"
    assert render(info.how) == "sector noun 'Police'; country of 'Minsk'"
    assert sides.guessed(info) and not sides.guessed(POLICE)


def test_sides_a_possessor_gives_its_country_first():
    doc = parsed(
        [
            ("Russia", "Russia", "PROPN", "poss", 2),
            ("'s", "'s", "PART", "case", 0),
            ("troops", "troop", "NOUN", "nsubj", 3),
            ("attacked", "attack", "VERB", "ROOT", 3),
        ]
    )
    troops = ActorInfo(None, None, "MIL", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "troops"))
    doc.spans["actors"] = [mention(doc, 0, 1, country("RUS")), mention(doc, 2, 3, troops)]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    info = sides.fill(scene, doc[2:3], troops, doc[:])
    assert (info.country, render(info.how)) == ("RUS", "sector noun 'troops'; of 'Russia' (RUS)")


def test_sides_the_document_country_is_the_last_guess_and_a_known_country_stays():
    doc = parsed([("Police", "police", "NOUN", "ROOT", 0)])
    doc.spans["actors"] = [mention(doc, 0, 1, POLICE)]
    scene = Scene(doc, Document(id="d", text="Police"), {}, {}, {0: 0}, "BLR")
    info = sides.fill(scene, doc[0:1], POLICE, doc[:])
    assert info.country == "BLR" and info.how.mentions({Rule.DOCUMENT_COUNTRY})
    assert sides.fill(scene, doc[0:1], country("RUS"), doc[:]) == country("RUS")


def test_sides_a_doer_known_by_title_or_unknown_name_takes_the_documentcountry():
    doc = parsed(
        [("Novak", "Novak", "PROPN", "nsubj", 1), ("resigned", "resign", "VERB", "ROOT", 1)]
    )
    name = ActorInfo("Novak", None, None, ActorKind.PERSON, how=because(Rule.UNKNOWN_NAME))
    premier = ActorInfo(None, None, "GOV", ActorKind.TITLE, how=because(Rule.TITLE, "premier"))
    doc.spans["actors"] = [mention(doc, 0, 1, name, "person")]
    scene = Scene(doc, Document(id="d", text=doc.text), {}, {}, {0: 0, 1: 0}, "SVK")
    for info in (name, premier):
        doer = sides.fill(scene, doc[0:1], info, doc[:], doer=True)
        assert doer.country == "SVK" and sides.guessed_person(doer)
    # as a recipient an unknown name stays unplaced: it may be anybody's
    assert sides.fill(scene, doc[0:1], name, doc[:]) == name
    # a publisher speaks for its own titled officials, not for names it does not know
    doc._.voice = "USA"
    assert sides.fill(scene, doc[0:1], premier, doc[:], doer=True).country == "USA"
    assert sides.fill(scene, doc[0:1], name, doc[:], doer=True) == name


def test_sides_an_unnamed_doer_is_placed_by_the_sentence():
    doc, scene = _police_in_minsk()
    ((span, info),) = sides.unnamed_doer(scene, doc[:], EventType.ASSAULT)
    assert (span.text, info.country, info.sector) == ("Minsk", "BLR", "UAF")
    assert render(info.how) == "unnamed UAF actor placed by 'Minsk'"
    victims = sides.local_victims(scene, doc[:], EventType.COERCE, [(doc[0:1], POLICE)])
    assert [(i.country, i.sector) for _, i in victims] == [("BLR", "CVL")]


def test_sides_fallback_target_is_the_nearest_othercountry():
    doc, _ = _police_in_minsk()
    found = sides.fallback_target(doc[:], doc[1], {"RUS"}, {0}, EventType.COERCE)
    assert found is not None and found[0].text == "Minsk"
    # a venue is never the target of an agreement
    assert sides.fallback_target(doc[:], doc[1], {"RUS"}, {0}, EventType.AGREE) is None


def test_sides_own_side_and_state_level():
    doc, _ = _police_in_minsk()
    src = [(doc[0:1], ActorInfo(None, "BLR", "COP", ActorKind.NOUN))]
    ((_, target),) = sides.own_side(src, "GOV", ActorKind.COUNTRY, Rule.PROTEST_TARGET)
    assert (target.country, target.sector, target.actor_id) == ("BLR", "GOV", "BLR")
    assert render(target.how) == "protest with no named target: the doer's country"
    assert sides.state_level(target) and not sides.state_level(src[0][1])


def test_sides_unplaced_people_are_people_words_without_acountry():
    doc = parsed(
        [
            ("four", "four", "NUM", "nummod", 1),
            ("men", "man", "NOUN", "ROOT", 1),
        ]
    )
    assert sides.unplaced_people([doc[1]])
    placed = parsed([("men", "man", "NOUN", "ROOT", 0)], ents=["B-NORP"])
    assert not sides.unplaced_people([placed[0]])  # tagged as a nationality: placed
    assert not sides.unplaced_people([])


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


def test_sides_a_named_but_unplaced_recipient_is_of_the_doerscountry():
    doc, scene, src = _president_threatened(
        [("the", "the", "DET", "det", 3), ("network", "network", "NOUN", "dobj", 1)]
    )
    ((span, info),) = sides.domestic_target(scene, doc[:], [doc[3]], src)
    assert (span.text, info.country, info.kind) == ("network", "PHL", ActorKind.NOUN)
    assert not sides.state_level(info)  # kept when the doer is the state itself
    assert render(info.how) == "domestic act with no named recipient: the doer's country"


def test_sides_the_possessor_of_the_thing_acted_on_can_be_the_domestic_party():
    doc, scene, src = _president_threatened(
        [
            ("the", "the", "DET", "det", 3),
            ("network", "network", "NOUN", "poss", 5),
            ("'s", "'s", "PART", "case", 3),
            ("licence", "licence", "NOUN", "dobj", 1),
        ]
    )
    ((span, info),) = sides.domestic_target(scene, doc[:], [doc[5]], src)
    assert (span.text, info.country) == ("network", "PHL")


def test_sides_no_domestic_recipient_for_words_placed_elsewhere_or_not_people():
    # "Afghan villagers": a nationality nobody resolved still says they are not local
    doc, scene, src = _president_threatened(
        [("Afghan", "afghan", "ADJ", "amod", 3), ("villagers", "villager", "NOUN", "dobj", 1)],
        ents=["O", "O", "B-NORP", "O"],
    )
    assert sides.domestic_target(scene, doc[:], [doc[3]], src) == []
    doc, scene, src = _president_threatened([("reforms", "reform", "NOUN", "dobj", 1)])
    assert sides.domestic_target(scene, doc[:], [doc[2]], src) == []
    # an international organisation has no domestic side
    igo = [(src[0][0], ActorInfo("UN", "IGO", None, ActorKind.ORG))]
    doc, scene, _ = _president_threatened([("critics", "critic", "NOUN", "dobj", 1)])
    assert sides.domestic_target(scene, doc[:], [doc[2]], igo) == []
    assert sides.domestic_target(scene, doc[:], [doc[2]], src)[0][1].country == "PHL"


def test_sides_the_speaker_is_never_the_guessed_target_of_force():
    """ "we honour those detained by police": "we" watches, it is not the victim."""
    doc = parsed(
        [
            ("We", "we", "PRON", "nsubj", 1),
            ("honour", "honour", "VERB", "ROOT", 1),
            ("those", "those", "PRON", "dobj", 1),
            ("detained", "detain", "VERB", "acl", 2),
            ("by", "by", "ADP", "agent", 3),
            ("police", "police", "NOUN", "pobj", 4),
        ]
    )
    we = ActorInfo("United States", "USA", "GOV", ActorKind.COUNTRY, None, "USA")
    doc.spans["actors"] = [mention(doc, 0, 1, we, label="pronoun"), mention(doc, 5, 6, POLICE)]
    assert sides.fallback_target(doc[:], doc[3], {"CHN"}, {5}, EventType.COERCE) is None
    # a speaker may be the other side of words: "they refused to talk to us"
    found = sides.fallback_target(doc[:], doc[3], {"IRN"}, {5}, EventType.REJECT)
    assert found is not None and found[1].country == "USA"


def test_sides_acts_only_authorities_perform():
    doc = parsed([("arrested", "arrest", "VERB", "ROOT", 0)])
    tok = doc[0]
    assert sides.authority_act(EventType.COERCE, "arrest", tok) == "GOV"
    assert sides.authority_act(EventType.SANCTION, "convict", tok) == "JUD"
    assert sides.authority_act(EventType.SANCTION, "embargo", tok) is None
    assert sides.authority_act(EventType.ASSAULT, None, tok) is None
    # an allegation is anybody's; a charge is a prosecutor's
    assert sides.authority_act(EventType.ACCUSE, "allege", tok) is None
    charged = parsed([("charged", "charge", "VERB", "ROOT", 0)])[0]
    assert sides.authority_act(EventType.ACCUSE, "allege", charged) == "JUD"
    scene = Scene(doc, Document(id="d", text=doc.text), {}, {}, {0: 0}, "KEN")
    ((_, info),) = sides.unnamed_authorities(scene, doc[:], "GOV")
    assert (info.country, info.sector) == ("KEN", "GOV") and sides.guessed(info)
    assert render(info.how) == "unnamed authorities (GOV) of the country the document is about"
    doc._.voice = "KEN"  # the publisher's own country is where its nationals come from
    assert sides.unnamed_authorities(scene, doc[:], "GOV") == []


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


def test_sides_coordinated_parties_of_one_country_are_both_sides():
    _doc, sources = _government_and_rebels()
    assert sides.one_countrys_parties(sources)
    # one doer alone, or doers of two countries, are not
    assert not sides.one_countrys_parties(sources[:1])
    other = (sources[1][0], replace(sources[1][1], country="SSD"))
    assert not sides.one_countrys_parties([sources[0], other])


def test_sides_parties_must_be_coordinated_and_placed_by_their_own_words():
    doc, sources = _government_and_rebels()
    # "the government, the rebels' ally, ...": not coordinated, not two parties
    doc[4].dep_ = "appos"
    assert not sides.one_countrys_parties(sources)
    doc, sources = _government_and_rebels()
    # an untitled minister given the publisher's country may be the foreign guest
    guest = replace(sources[1][1], how=because(Rule.PUBLISHER, sources[1][1].how))
    assert not sides.one_countrys_parties([sources[0], (sources[1][0], guest)])


def test_sides_a_recipient_nobody_places_takes_its_appositioncountry():
    """ "released Pierre Martin , a French engineer": the apposition's modifier places him."""
    doc = parsed(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("released", "release", "VERB", "ROOT", 1),
            ("Martin", "Martin", "PROPN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 2),
            ("a", "a", "DET", "det", 6),
            ("French", "french", "ADJ", "amod", 6),
            ("engineer", "engineer", "NOUN", "appos", 2),
        ]
    )
    martin = ActorInfo(None, None, None, ActorKind.PERSON, how=because(Rule.UNKNOWN_NAME))
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("IRN")),
        mention(doc, 2, 3, martin),
        mention(doc, 5, 6, country("FRA")),
    ]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    info = sides.apposed(scene, doc[2:3], martin)
    assert (info.country, render(info.how)) == (
        "FRA",
        "unknown name; country of its apposition 'French'",
    )
    # a recipient with a country keeps it
    assert sides.apposed(scene, doc[0:1], country("IRN")) == country("IRN")


def test_sides_the_subject_of_a_coordinated_clause_is_no_guessed_recipient():
    """ "Peru called for talks , and Bolivia closed its border": Bolivia and its "its" act in
    their own clause."""
    doc = parsed(
        [
            ("Peru", "Peru", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("for", "for", "ADP", "prep", 1),
            ("talks", "talk", "NOUN", "pobj", 2),
            (",", ",", "PUNCT", "punct", 1),
            ("and", "and", "CCONJ", "cc", 1),
            ("Bolivia", "Bolivia", "PROPN", "nsubj", 7),
            ("closed", "close", "VERB", "conj", 1),
            ("its", "its", "PRON", "poss", 9),
            ("border", "border", "NOUN", "dobj", 7),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("PER")),
        mention(doc, 6, 7, country("BOL")),
        mention(doc, 8, 9, country("BOL"), label="pronoun"),
    ]
    assert sides.fallback_target(doc[:], doc[1], {"PER"}, {0}, EventType.REQUEST) is None
    # the subject of the trigger's own clause stays a candidate for the other clause's event
    found = sides.fallback_target(doc[:], doc[7], {"CHL"}, set(), EventType.SANCTION)
    assert found is not None and found[0].text == "Bolivia"


def test_sides_a_states_own_government_by_guess_is_not_its_recipient():
    """ "The United States sanctioned the junta": "junta" placed only by the document's
    country is not the United States' own government."""
    doc = parsed([("junta", "junta", "NOUN", "ROOT", 0)])
    us = [(doc[0:1], country("USA"))]
    base = because(Rule.SECTOR_NOUN, "junta")
    junta = ActorInfo(None, "USA", "GOV", ActorKind.NOUN, how=because(Rule.DOCUMENT_COUNTRY, base))
    assert sides.own_state_guessed(junta, us)
    # placed by its own words, or a doer that is no state as such, or civilians: kept
    stated = replace(junta, how=base)
    assert not sides.own_state_guessed(stated, us)
    senate = ActorInfo(None, "USA", "LEG", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "Senate"))
    assert not sides.own_state_guessed(junta, [(doc[0:1], senate)])
    assert not sides.own_state_guessed(replace(junta, sector="CVL"), us)
