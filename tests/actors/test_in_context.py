"""Actors in context on hand-parsed sentences: titled people joined by "and" or commas stay one
mention each (even when the parse hangs every title on the last name), and regions are places
after a locative preposition but their country's actors elsewhere. Blank pipeline, real data."""

from __future__ import annotations

from datetime import date

import pytest
from tests.handmade import parsed

from eventcoder.actors.records import ActorKind


def _run(matcher, nlp, rows, ents=None, day=date(2021, 6, 1)):
    doc = parsed(rows, ents, vocab=nlp.vocab)
    doc._.pub_date = day
    doc = matcher(doc)
    return [(m.text, m._.actors[0]) for m in doc.spans["actors"]]


def test_two_titled_people_hung_on_the_last_name_are_two_mentions(matcher, nlp):
    # the small model's parse: the second title is a conjunct of the first name, and both the
    # first title and the second name hang on the last name
    rows = [
        ("The", "the", "DET", "det", 1),
        ("talks", "talk", "NOUN", "nsubj", 2),
        ("brought", "bring", "VERB", "ROOT", 2),
        ("together", "together", "ADV", "advmod", 2),
        ("Kenyan", "Kenyan", "PROPN", "compound", 6),
        ("Foreign", "Foreign", "PROPN", "compound", 6),
        ("Minister", "Minister", "PROPN", "compound", 14),
        ("Abdul", "Abdul", "PROPN", "nmod", 8),
        ("Danbattu", "Danbattu", "PROPN", "preconj", 6),
        ("and", "and", "CCONJ", "cc", 8),
        ("Cameroonian", "Cameroonian", "PROPN", "compound", 12),
        ("Defence", "Defence", "PROPN", "compound", 12),
        ("Minister", "Minister", "PROPN", "conj", 8),
        ("Paul", "Paul", "PROPN", "compound", 14),
        ("Ekottor", "Ekottor", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    found = _run(matcher, nlp, rows)
    assert [(t, i.country, i.sector) for t, i in found] == [
        ("Kenyan Foreign Minister Abdul Danbattu", "KEN", "GOV"),
        ("Cameroonian Defence Minister Paul Ekottor", "CMR", "GOV"),
    ]


def test_three_titled_people_in_a_list_are_three_mentions(matcher, nlp):
    rows = [
        ("Ugandan", "Ugandan", "PROPN", "compound", 2),
        ("Foreign", "Foreign", "PROPN", "compound", 2),
        ("Minister", "Minister", "PROPN", "compound", 14),
        ("Jon", "Jon", "PROPN", "compound", 4),
        ("Okellomi", "Okellomi", "PROPN", "nmod", 14),
        (",", ",", "PUNCT", "punct", 4),
        ("Malian", "Malian", "PROPN", "compound", 7),
        ("Prime", "Prime", "PROPN", "compound", 8),
        ("Minister", "Minister", "PROPN", "compound", 14),
        ("Ali", "Ali", "PROPN", "compound", 10),
        ("Traorex", "Traorex", "PROPN", "nmod", 14),
        ("and", "and", "CCONJ", "cc", 14),
        ("Chadian", "Chadian", "PROPN", "compound", 13),
        ("President", "President", "PROPN", "compound", 14),
        ("Deby", "Deby", "PROPN", "nsubj", 15),
        ("met", "meet", "VERB", "ROOT", 15),
    ]
    found = _run(matcher, nlp, rows, day=date(2015, 6, 1))
    assert [(t, i.country) for t, i in found] == [
        ("Ugandan Foreign Minister Jon Okellomi", "UGA"),
        ("Malian Prime Minister Ali Traorex", "MLI"),
        ("Chadian President Deby", "TCD"),
    ]
    assert found[2][1].name == "Idriss Déby"


def test_demonyms_joined_before_one_noun_stay_one_mention_of_two_countries(matcher, nlp):
    rows = [
        ("U.S.", "U.S.", "PROPN", "nmod", 4),
        ("and", "and", "CCONJ", "cc", 0),
        ("South", "south", "ADJ", "amod", 3),
        ("Korean", "korean", "ADJ", "conj", 0),
        ("troops", "troop", "NOUN", "nsubj", 5),
        ("drilled", "drill", "VERB", "ROOT", 5),
    ]
    doc = parsed(rows, vocab=nlp.vocab)
    doc._.pub_date = date(2021, 6, 1)
    (mention,) = matcher(doc).spans["actors"]
    assert [(i.country, i.sector) for i in mention._.actors] == [("USA", "MIL"), ("KOR", "MIL")]


def test_two_titles_without_a_name_between_them_are_not_split(matcher, nlp):
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Prime", "Prime", "PROPN", "compound", 2),
        ("Minister", "Minister", "PROPN", "nsubj", 7),
        ("and", "and", "CCONJ", "cc", 2),
        ("the", "the", "DET", "det", 6),
        ("Foreign", "Foreign", "PROPN", "compound", 6),
        ("Minister", "Minister", "PROPN", "conj", 2),
        ("met", "meet", "VERB", "ROOT", 7),
    ]
    assert [t for t, _ in _run(matcher, nlp, rows)] == ["Prime Minister", "Foreign Minister"]


@pytest.mark.parametrize(
    ("region", "country"),
    [("Tigray", "ETH"), ("Catalonia", "ESP"), ("California", "USA"), ("Kurdistan Region", "IRQ")],
)
def test_a_region_after_a_locative_preposition_is_a_place_of_its_country(
    matcher, nlp, region, country
):
    words = region.split()
    rows = [
        ("Fighting", "fight", "NOUN", "nsubj", 1),
        ("continued", "continue", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        *((w, w, "PROPN", "compound", 3 + len(words) - 1) for w in words[:-1]),
        (words[-1], words[-1], "PROPN", "pobj", 2),
    ]
    ((text, info),) = _run(matcher, nlp, rows)
    assert (text, info.kind, info.country, info.sector) == (
        region,
        ActorKind.PLACE,
        country,
        None,
    )


def test_a_region_as_a_doer_is_its_country_with_no_sector(matcher, nlp):
    rows = [
        ("Tigray", "Tigray", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("leaders", "leader", "NOUN", "nsubj", 3),
        ("rejected", "reject", "VERB", "ROOT", 3),
        ("it", "it", "PRON", "dobj", 3),
    ]
    found = dict(_run(matcher, nlp, rows))
    info = found["Tigray"]
    assert (info.kind, info.country, info.sector) == (ActorKind.ORG, "ETH", None)


def test_a_regional_demonym_gives_a_sector_noun_the_region_s_country(matcher, nlp):
    rows = [
        ("Catalan", "catalan", "ADJ", "amod", 1),
        ("separatists", "separatist", "NOUN", "nsubj", 2),
        ("marched", "march", "VERB", "ROOT", 2),
    ]
    ((text, info),) = _run(matcher, nlp, rows)
    assert (text, info.country, info.sector) == ("Catalan separatists", "ESP", "REB")


def test_a_title_takes_the_name_in_apposition_whose_surname_others_hold(matcher, nlp):
    # "The mayor of London, Sadiq Khan, spoke.": the dictionary knows a Khan (Imran), not this
    # one; the name in apposition is the mayor, of the title's country
    rows = [
        ("The", "the", "DET", "det", 1),
        ("mayor", "mayor", "NOUN", "nsubj", 8),
        ("of", "of", "ADP", "prep", 1),
        ("London", "London", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 1),
        ("Sadiq", "Sadiq", "PROPN", "compound", 6),
        ("Khan", "Khan", "PROPN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("spoke", "speak", "VERB", "ROOT", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    ents = ["O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    found = _run(matcher, nlp, rows, ents)
    named = [info for text, info in found if "Khan" in text]
    assert named and named[0].name == "Sadiq Khan" and named[0].country == "GBR"
