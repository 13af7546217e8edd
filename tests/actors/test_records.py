"""Actor kinds and reasons: structured values, rendered to the exact text users read."""

from __future__ import annotations

from datetime import date

from eventcoder.actors.records import ActorKind, Rule, because, render

ADJ = because(Rule.MODIFIER, ActorKind.ADJECTIVE, "Russian")


def test_records_kinds_compare_with_their_text():
    assert ActorKind.PERSON == "person" and "noun" in {ActorKind.NOUN}
    assert f"{ActorKind.CAPITAL}" == "capital"


def test_records_reasons_render_as_before():
    role = because(
        Rule.PERSON_ROLE, because(Rule.SURNAME, "Putin"), "President", date(2012, 5, 7), None
    )
    assert render(role) == "surname 'Putin'; President (2012-05-07..now)"
    noun = because(Rule.PLUS_COUNTRY, because(Rule.SECTOR_NOUN, "troops"), ADJ)
    assert render(noun) == "sector noun 'troops' + adjective 'Russian'"
    holder = because(
        Rule.TITLE_HOLDER,
        because(Rule.PLUS_COUNTRY, because(Rule.TITLE, "prime minister"), ADJ),
        date(2021, 11, 15),
    )
    assert render(holder) == "title 'prime minister' + adjective 'Russian' on 2021-11-15"
    assert render(because(Rule.PEOPLE_NOUN, "officials", None)) == "'officials' with title"
    assert render(because(Rule.NO_OFFICE, because(Rule.NAME), None)) == (
        "name; no office held on None"
    )
    assert str(because(Rule.AS_PLACE, because(Rule.COUNTRY_WORD, "country", "Syria"))) == (
        "country country 'Syria' (as a place)"
    )


def test_records_base_drops_the_refinements():
    first = because(Rule.DICTIONARY_PERSON, "vladimir-putin")
    refined = because(Rule.PUBLISHER, because(Rule.PERSON_ROLE, first, "President", None, None))
    assert refined.base() == first
    assert first.base() == first
    same = because(Rule.SAME_NAME, refined)  # not a "; " refinement: kept whole
    assert same.base() == same


def test_records_mentions_looks_inside_and_swap_replaces_a_part():
    guessed = because(Rule.SENTENCE_PLACE, because(Rule.SECTOR_NOUN, "police"), "Minsk")
    assert guessed.mentions({Rule.SENTENCE_PLACE})
    assert because(Rule.SAME_NAME, guessed).mentions({Rule.SENTENCE_PLACE})
    assert not because(Rule.SECTOR_NOUN, "police").mentions({Rule.SENTENCE_PLACE})
    other = because(Rule.MODIFIER, ActorKind.ADJECTIVE, "Chinese")
    noun = because(Rule.PLUS_COUNTRY, because(Rule.SECTOR_NOUN, "troops"), ADJ)
    assert render(noun.swap(ADJ, other)) == "sector noun 'troops' + adjective 'Chinese'"
    assert noun.swap(other, ADJ) == noun
