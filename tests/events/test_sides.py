"""Guessed sides on hand-parsed sentences: countries for sector-only actors, fallback targets,
appositions; each guess carries its reason."""

from __future__ import annotations

from tests.handmade import POLICE, country, mention, parsed, place, police_in_minsk

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because, render
from eventcoder.events import sides
from eventcoder.events.scene import Scene
from eventcoder.records import Document, EventType


def test_sides_a_sector_actor_takes_the_country_of_the_place_named():
    doc, scene = police_in_minsk()
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


def _coalition(rows, leader_at):
    doc = parsed(rows)
    coalition = ActorInfo(
        None, None, "MIL", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "coalition")
    )
    at = next(i for i, r in enumerate(rows) if r[0] == "coalition")
    yemen = mention(doc, len(rows) - 2, len(rows) - 1, country("YEM"))
    doc.spans["actors"] = [
        mention(doc, leader_at, leader_at + 1, country("SAU")),
        mention(doc, at, at + 1, coalition),
        yemen,
    ]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    return sides.fill(scene, doc[at : at + 1], coalition, doc[:], doer=True, tok=doc[at + 2])


def test_sides_the_country_that_leads_a_force_is_its_country():
    """ "Saudi-led coalition jets bombed Yemen": the force is the leader's, even though the
    sentence names another country (where unnamed forces stay unplaced)."""
    info = _coalition(
        [
            ("Saudi", "Saudi", "PROPN", "npadvmod", 2),
            ("-", "-", "PUNCT", "punct", 2),
            ("led", "lead", "VERB", "amod", 4),
            ("coalition", "coalition", "NOUN", "compound", 4),
            ("jets", "jet", "NOUN", "nsubj", 5),
            ("bombed", "bomb", "VERB", "ROOT", 5),
            ("Yemen", "Yemen", "PROPN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        0,
    )
    assert (info.country, render(info.how)) == ("SAU", "sector noun 'coalition'; of 'Saudi' (SAU)")
    backed = _coalition(
        [
            ("Saudi", "Saudi", "PROPN", "npadvmod", 2),
            ("-", "-", "PUNCT", "punct", 2),
            ("backed", "back", "VERB", "amod", 4),
            ("coalition", "coalition", "NOUN", "compound", 4),
            ("jets", "jet", "NOUN", "nsubj", 5),
            ("bombed", "bomb", "VERB", "ROOT", 5),
            ("Yemen", "Yemen", "PROPN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        0,
    )
    assert backed.country != "SAU"  # a backer is not the force's country


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


def test_sides_fallback_target_is_the_nearest_othercountry():
    doc, _ = police_in_minsk()
    found = sides.fallback_target(doc[:], doc[1], {"RUS"}, {0}, EventType.COERCE)
    assert found is not None and found[0].text == "Minsk"
    # a venue is never the target of an agreement
    assert sides.fallback_target(doc[:], doc[1], {"RUS"}, {0}, EventType.AGREE) is None


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
    # a speaker may be the other side of words: "Iran refused to talk to us"
    doc = parsed(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("refused", "refuse", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("talk", "talk", "VERB", "xcomp", 1),
            ("to", "to", "ADP", "prep", 3),
            ("us", "we", "PRON", "pobj", 4),
        ]
    )
    iran = ActorInfo("Iran", "IRN", None, ActorKind.COUNTRY, None, "IRN")
    doc.spans["actors"] = [mention(doc, 0, 1, iran), mention(doc, 5, 6, we, label="pronoun")]
    found = sides.fallback_target(doc[:], doc[1], {"IRN"}, {0}, EventType.REJECT)
    assert found is not None and found[1].country == "USA"


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


QUITO = ActorInfo("Quito", "ECU", None, ActorKind.PLACE, how=because(Rule.NAME))


def test_sides_no_guessed_recipient_from_another_clause_or_a_time_frame():
    """ "Peru called for talks , and Bolivia recalled its envoy from Quito": Quito is a side of
    the recall; "Peru freed the activists before talks in Quito": of the talks."""
    doc = parsed(
        [
            ("Peru", "Peru", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("for", "for", "ADP", "prep", 1),
            ("talks", "talk", "NOUN", "pobj", 2),
            (",", ",", "PUNCT", "punct", 1),
            ("and", "and", "CCONJ", "cc", 1),
            ("Bolivia", "Bolivia", "PROPN", "nsubj", 7),
            ("recalled", "recall", "VERB", "conj", 1),
            ("its", "its", "PRON", "poss", 9),
            ("envoy", "envoy", "NOUN", "dobj", 7),
            ("from", "from", "ADP", "prep", 7),
            ("Quito", "Quito", "PROPN", "pobj", 10),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("PER")),
        mention(doc, 6, 7, country("BOL")),
        mention(doc, 11, 12, QUITO),
    ]
    assert sides.fallback_target(doc[:], doc[1], {"PER"}, {0}, EventType.REQUEST) is None
    # the recall's own phrase stays a candidate for the recall
    found = sides.fallback_target(doc[:], doc[7], {"BOL"}, {6}, EventType.SANCTION)
    assert found is not None and found[0].text == "Quito"
    frame = parsed(
        [
            ("Peru", "Peru", "PROPN", "nsubj", 1),
            ("freed", "free", "VERB", "ROOT", 1),
            ("activists", "activist", "NOUN", "dobj", 1),
            ("before", "before", "ADP", "prep", 1),
            ("talks", "talk", "NOUN", "pobj", 3),
            ("in", "in", "ADP", "prep", 4),
            ("Quito", "Quito", "PROPN", "pobj", 5),
        ]
    )
    frame.spans["actors"] = [
        mention(frame, 0, 1, country("PER")),
        mention(frame, 6, 7, QUITO),
    ]
    assert sides.fallback_target(frame[:], frame[1], {"PER"}, {0}, EventType.RETREAT) is None


def test_sides_a_sector_actor_takes_the_country_its_of_phrase_names():
    """ "dozens of Palestinians": the people the quantity counts place it."""
    doc = parsed(
        [
            ("dozens", "dozen", "NOUN", "ROOT", 0),
            ("of", "of", "ADP", "prep", 0),
            ("Palestinians", "Palestinians", "PROPN", "pobj", 1),
        ]
    )
    dozens = ActorInfo(None, None, "CVL", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "dozens"))
    doc.spans["actors"] = [mention(doc, 0, 1, dozens), mention(doc, 2, 3, country("PSE"))]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    info = sides.fill(scene, doc[0:1], dozens, doc[:])
    assert (info.country, render(info.how)) == (
        "PSE",
        "sector noun 'dozens'; of 'Palestinians' (PSE)",
    )


def test_sides_a_publisher_places_only_its_own_doers_not_their_recipients():
    """ "Secretary Blinken thanked President Alimi": in a release an untitled official is the
    publisher's when it acts, not when it is the other side of the publisher's act."""
    doc = parsed([("President", "president", "PROPN", "ROOT", 0)])
    doc._.voice = "USA"
    scene = Scene(doc, Document(id="d", text=doc.text), {}, {}, {0: 0}, "USA")
    title = ActorInfo(None, None, "GOV", ActorKind.TITLE, how=because(Rule.TITLE, "President"))
    assert sides.fill(scene, doc[0:1], title, doc[:]) == title
    voiced = ActorInfo(None, "USA", "GOV", ActorKind.TITLE, how=because(Rule.PUBLISHER, title.how))
    us = [(doc[0:1], country("USA"))]
    assert sides.unvoiced(voiced, us) == title
    # "Foreign Minister Wang told the Secretary": a foreign doer's recipient stays the publisher's
    assert sides.unvoiced(voiced, [(doc[0:1], country("CHN"))]) == voiced


def test_sides_a_release_does_not_place_its_recipients_at_home_by_a_guess():
    """ "We encouraged the parties to work together": the unnamed groups a publisher urges or
    meets are not its own country's by the document-wide guess."""
    doc = parsed([("parties", "party", "NOUN", "ROOT", 0)])
    doc._.voice = "USA"
    parties = ActorInfo(None, None, "PTY", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "parties"))
    doc.spans["actors"] = [mention(doc, 0, 1, parties)]
    scene = Scene(doc, Document(id="d", text=doc.text), {}, {}, {0: 0}, "USA")
    assert sides.fill(scene, doc[0:1], parties, doc[:]) == parties
    assert sides.fill(scene, doc[0:1], parties, doc[:], doer=True).country == "USA"
    doc._.voice = None
    assert sides.fill(scene, doc[0:1], parties, doc[:]).country == "USA"


def _discussed():
    """ "Blinken discussed Iran 's programme with Kuleba", with "with" hung on the object as the
    parser often does."""
    doc = parsed(
        [
            ("Blinken", "Blinken", "PROPN", "nsubj", 1),
            ("discussed", "discuss", "VERB", "ROOT", 1),
            ("Iran", "Iran", "PROPN", "poss", 4),
            ("'s", "'s", "PART", "case", 2),
            ("programme", "programme", "NOUN", "dobj", 1),
            ("with", "with", "ADP", "prep", 4),
            ("Kuleba", "Kuleba", "PROPN", "pobj", 5),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("USA")),
        mention(doc, 2, 3, country("IRN")),
        mention(doc, 6, 7, country("UKR")),
    ]
    return doc


def test_sides_what_was_discussed_is_the_topic_not_the_party():
    doc = _discussed()
    assert sides.topic_of_talks(doc[2], doc[1])
    assert not sides.topic_of_talks(doc[6], doc[1])  # "with Kuleba": the other party
    found = sides.fallback_target(doc[:], doc[1], {"USA"}, {0}, EventType.CONSULT)
    assert found is not None and found[1].country == "UKR"
    # a verb of talks only: what is condemned is whom it is aimed at
    doc[1].lemma_ = "condemn"
    assert not sides.topic_of_talks(doc[2], doc[1])


def test_sides_an_international_body_is_guessed_only_in_the_triggers_own_clause():
    """ "the rebels handed in weapons , NATO said": the body reports the act, it is not its
    recipient; "called for G7 action": inside the trigger's own clause it is; a party to talks
    always can be."""
    doc = parsed(
        [
            ("rebels", "rebel", "NOUN", "nsubj", 1),
            ("handed", "hand", "VERB", "ccomp", 5),
            ("weapons", "weapon", "NOUN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1),
            ("G7", "G7", "PROPN", "pobj", 3),
            ("said", "say", "VERB", "ROOT", 5),
            ("NATO", "NATO", "PROPN", "nsubj", 5),
        ]
    )

    def org(code: str, name: str) -> ActorInfo:
        return ActorInfo(name, code, None, ActorKind.ORG, None, name, because(Rule.NAME))

    doc.spans["actors"] = [
        mention(doc, 0, 1, country("SRB")),
        mention(doc, 4, 5, org("IGO", "G7")),
        mention(doc, 6, 7, org("IGO", "NATO")),
    ]
    found = sides.fallback_target(doc[:], doc[1], {"SRB"}, {0}, EventType.RETREAT)
    assert found is not None and found[0].text == "G7"
    doc.spans["actors"] = [doc.spans["actors"][0], doc.spans["actors"][2]]
    assert sides.fallback_target(doc[:], doc[1], {"SRB"}, {0}, EventType.RETREAT) is None
    doc[5].lemma_ = "meet"  # "..., NATO met": not who reports it, and a party to talks
    found = sides.fallback_target(doc[:], doc[1], {"SRB"}, {0}, EventType.CONSULT)
    assert found is not None and found[0].text == "NATO"


def test_sides_who_condemns_an_act_is_not_its_guessed_recipient():
    """ "The Secretary condemned Russia 's attacks": the speaker judges the attacks, it is not
    their target; the doer's own subject of the act is left to the roles."""
    doc = parsed(
        [
            ("Secretary", "Secretary", "PROPN", "nsubj", 1),
            ("condemned", "condemn", "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "poss", 4),
            ("'s", "'s", "PART", "case", 2),
            ("attacks", "attack", "NOUN", "dobj", 1),
        ]
    )
    doc.spans["actors"] = [mention(doc, 0, 1, country("USA")), mention(doc, 2, 3, country("RUS"))]
    assert sides.commenter(doc[0], doc[4])
    assert sides.fallback_target(doc[:], doc[4], {"RUS"}, {2}, EventType.ASSAULT) is None
    # the speaker is the other side of its own words
    assert not sides.commenter(doc[0], doc[1])


def test_sides_who_predicts_an_act_is_not_its_guessed_recipient():
    """ "Britain predicts Russia will deploy": the forecaster judges the act from outside."""
    doc = parsed(
        [
            ("Britain", "Britain", "PROPN", "nsubj", 1),
            ("predicts", "predict", "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "nsubj", 4),
            ("will", "will", "AUX", "aux", 4),
            ("deploy", "deploy", "VERB", "ccomp", 1),
        ]
    )
    doc.spans["actors"] = [mention(doc, 0, 1, country("GBR")), mention(doc, 2, 3, country("RUS"))]
    assert sides.commenter(doc[0], doc[4])
    assert sides.fallback_target(doc[:], doc[4], {"RUS"}, {2}, EventType.MOBILIZE) is None


def test_sides_a_place_in_the_doers_own_description_is_no_recipient():
    """ "The Yemen-based movement shelled the port": where the doer is based is not whom it hits."""
    doc = parsed(
        [
            ("Yemen", "Yemen", "PROPN", "npadvmod", 2),
            ("-", "-", "PUNCT", "punct", 2),
            ("based", "base", "VERB", "amod", 3),
            ("movement", "movement", "NOUN", "nsubj", 4),
            ("attacked", "attack", "VERB", "ROOT", 4),
        ]
    )
    houthis = ActorInfo("Houthis", "YEM", None, ActorKind.ORG, None, "houthis", because(Rule.NAME))
    doc.spans["actors"] = [mention(doc, 0, 1, place("YEM")), mention(doc, 3, 4, houthis)]
    assert sides.fallback_target(doc[:], doc[4], {"YEM"}, {3}, EventType.ASSAULT) is None
    # not the doer's description: a place of its own country can be hit ("shelled Gdansk")
    assert sides.fallback_target(doc[:], doc[4], {"YEM"}, set(), EventType.ASSAULT) is not None


def test_sides_one_coordinated_with_the_doer_acts_beside_it():
    """ "Britain and Norway arrested the suspects": Norway is a co-doer, not the arrested."""
    doc = parsed(
        [
            ("Britain", "Britain", "PROPN", "nsubj", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Norway", "Norway", "PROPN", "conj", 0),
            ("arrested", "arrest", "VERB", "ROOT", 3),
        ]
    )
    doc.spans["actors"] = [mention(doc, 0, 1, country("GBR")), mention(doc, 2, 3, country("NOR"))]
    assert sides.fallback_target(doc[:], doc[3], {"GBR"}, {0}, EventType.COERCE) is None


def test_sides_the_city_hosting_named_talks_is_no_party():
    """ "Iran nuclear talks in Vienna", "talks between the factions in Cairo": talks that name
    their parties are theirs; the city only hosts them."""
    doc = parsed(
        [
            ("Iran", "Iran", "PROPN", "nmod", 2),
            ("nuclear", "nuclear", "ADJ", "amod", 2),
            ("talks", "talk", "NOUN", "ROOT", 2),
            ("in", "in", "ADP", "prep", 2),
            ("Vienna", "Vienna", "PROPN", "pobj", 3),
        ],
        ents=["B-GPE", "O", "O", "O", "B-GPE"],
    )
    doc.spans["actors"] = [mention(doc, 0, 1, country("IRN")), mention(doc, 4, 5, place("AUT"))]
    assert sides.fallback_target(doc[:], doc[2], {"IRN"}, {0}, EventType.CONSULT) is None
    doc = parsed(
        [
            ("talks", "talk", "NOUN", "ROOT", 0),
            ("between", "between", "ADP", "prep", 0),
            ("factions", "faction", "NOUN", "pobj", 1),
            ("in", "in", "ADP", "prep", 0),
            ("Cairo", "Cairo", "PROPN", "pobj", 3),
        ],
    )
    doc.spans["actors"] = [mention(doc, 4, 5, place("EGY"))]
    assert sides.fallback_target(doc[:], doc[0], {"LBY"}, set(), EventType.CONSULT) is None
    # unnamed talks may be the host's: "attended the talks in Cairo"
    doc = parsed(
        [
            ("talks", "talk", "NOUN", "ROOT", 0),
            ("in", "in", "ADP", "prep", 0),
            ("Cairo", "Cairo", "PROPN", "pobj", 1),
        ],
    )
    doc.spans["actors"] = [mention(doc, 2, 3, place("EGY"))]
    found = sides.fallback_target(doc[:], doc[0], {"LBY"}, set(), EventType.CONSULT)
    assert found is not None and found[1].country == "EGY"


def test_sides_a_possessed_title_is_the_owners_official_not_the_publishers():
    """ "with its president warning ...", in a State Department release: "its" (Russia) owns
    the president; the publisher's voice only places officials nobody else owns."""
    doc = parsed(
        [
            ("its", "its", "PRON", "poss", 1),
            ("president", "president", "NOUN", "nsubj", 2),
            ("warned", "warn", "VERB", "ROOT", 2),
        ]
    )
    doc._.voice = "USA"
    title = ActorInfo(None, None, "GOV", ActorKind.TITLE, how=because(Rule.TITLE, "president"))
    voiced = ActorInfo(None, "USA", "GOV", ActorKind.TITLE, how=because(Rule.PUBLISHER, title.how))
    its = ActorInfo(
        None, "RUS", None, ActorKind.COUNTRY, how=because(Rule.PRONOUN, "its", "Russia")
    )
    doc.spans["actors"] = [mention(doc, 0, 1, its), mention(doc, 1, 2, voiced)]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    info = sides.fill(scene, doc[1:2], voiced, doc[:], doer=True, tok=doc[2])
    assert (info.country, render(info.how)) == ("RUS", "title 'president'; of 'its' (RUS)")
    # "our president": the publisher's own
    doc.spans["actors"] = [mention(doc, 0, 1, country("USA")), mention(doc, 1, 2, voiced)]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    assert sides.fill(scene, doc[1:2], voiced, doc[:], doer=True, tok=doc[2]) == voiced
