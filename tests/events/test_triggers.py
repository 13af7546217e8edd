"""Trigger finding on hand-parsed sentences: lemma, part of speech, conditions, names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from tests.handmade import parsed

from eventcoder.events.lexicon import load_lexicon
from eventcoder.events.triggers import find_triggers
from eventcoder.records import EventType


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _found(doc, lexicon):
    return [(t.token.text, t.entry.type, t.entry.mode) for t in find_triggers(doc, lexicon)]


def test_triggers_a_verb_lemma_is_found(lexicon):
    doc = parsed(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        ]
    )
    assert _found(doc, lexicon) == [("attacked", EventType.ASSAULT, None)]


def test_triggers_a_particle_chooses_the_entry(lexicon):
    off = parsed(
        [
            ("India", "India", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("off", "off", "ADP", "prt", 1),
            ("the", "the", "DET", "det", 4),
            ("visit", "visit", "NOUN", "dobj", 1),
        ]
    )
    assert _found(off, lexicon)[0] == ("called", EventType.REJECT, "meet")
    on = parsed(
        [
            ("France", "France", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("on", "on", "ADP", "prep", 1),
            ("Iran", "Iran", "PROPN", "pobj", 2),
        ]
    )
    assert _found(on, lexicon)[0][1] is EventType.REQUEST


def test_triggers_an_intransitive_entry_takes_no_object(lexicon):
    against = parsed(
        [
            ("Kenyans", "Kenyan", "PROPN", "nsubj", 1),
            ("rallied", "rally", "VERB", "ROOT", 1),
            ("against", "against", "ADP", "prep", 1),
            ("taxes", "tax", "NOUN", "pobj", 2),
        ]
    )
    assert _found(against, lexicon) == [("rallied", EventType.PROTEST, "demo")]
    # "rallied its allies" musters support: no protest
    allies = parsed(
        [
            ("Kenya", "Kenya", "PROPN", "nsubj", 1),
            ("rallied", "rally", "VERB", "ROOT", 1),
            ("its", "its", "PRON", "poss", 3),
            ("allies", "ally", "NOUN", "dobj", 1),
        ]
    )
    assert not [f for f in _found(allies, lexicon) if f[1] is EventType.PROTEST]


def test_triggers_a_preposition_that_only_dates_is_no_condition(lexicon):
    doc = parsed(
        [
            ("Blinken", "Blinken", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("Kuleba", "Kuleba", "PROPN", "dobj", 1),
            ("on", "on", "ADP", "prep", 1),
            ("Tuesday", "Tuesday", "PROPN", "pobj", 3),
        ],
        ents=["O", "O", "O", "O", "B-DATE"],
    )
    assert _found(doc, lexicon) == [("called", EventType.CONSULT, "phone")]


def test_triggers_a_word_inside_an_actor_or_a_name_is_none(lexicon):
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Sanctions", "sanction", "PROPN", "compound", 2),
        ("Act", "Act", "PROPN", "nsubj", 3),
        ("passed", "pass", "VERB", "ROOT", 3),
    ]
    assert _found(parsed(rows), lexicon) == []
    doc = parsed(
        [
            ("Protesters", "protester", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("police", "police", "NOUN", "dobj", 1),
        ]
    )
    assert _found(doc, lexicon)
    doc.spans["actors"] = [Span(doc, 1, 2, label="noun")]  # the word is an actor's
    assert _found(doc, lexicon) == []


def test_triggers_a_noun_trigger_needs_the_noun_pos(lexicon):
    noun = parsed(
        [
            ("The", "the", "DET", "det", 1),
            ("agreement", "agreement", "NOUN", "nsubj", 2),
            ("holds", "hold", "VERB", "ROOT", 2),
        ]
    )
    # a concluded agreement named as a noun is SUPPORT (reframe.concluded_agreement)
    assert ("agreement", EventType.SUPPORT, None) in _found(noun, lexicon)
    adverb = parsed([("agreement", "agreement", "ADV", "ROOT", 0)])
    assert _found(adverb, lexicon) == []


def _unspaced(rows, spaces):
    """A hand-parsed Doc whose words are joined as `spaces` says ("cease-fire")."""
    doc = parsed(rows)
    return Doc(
        doc.vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def test_triggers_a_hyphenated_word_is_one_trigger(lexicon):
    doc = _unspaced(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("declared", "declare", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 5),
            ("cease", "cease", "NOUN", "compound", 5),
            ("-", "-", "PUNCT", "punct", 5),
            ("fire", "fire", "NOUN", "dobj", 1),
        ],
        spaces=[True, True, True, False, False, False],
    )
    found = _found(doc, lexicon)
    assert ("fire", EventType.CONCEDE, None) in found
    spaced = parsed(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("cease", "cease", "VERB", "ROOT", 1),
            ("-", "-", "PUNCT", "punct", 1),
            ("fire", "fire", "NOUN", "dobj", 1),
        ]
    )
    assert all(t[1] is not EventType.CONCEDE for t in _found(spaced, lexicon))


def test_triggers_a_subject_condition_reads_the_doer(lexicon):
    def left(subject: str, lemma: str) -> list:
        return _found(
            parsed(
                [
                    (subject, lemma, "NOUN", "nsubj", 1),
                    ("left", "leave", "VERB", "ROOT", 1),
                    ("Mali", "Mali", "PROPN", "dobj", 1),
                ]
            ),
            lexicon,
        )

    assert left("troops", "troop") == [("left", EventType.RETREAT, "withdraw")]
    assert left("tourists", "tourist") == []


def test_triggers_a_subject_condition_reads_the_title_of_a_named_doer(lexicon):
    def flew(title: str, lemma: str) -> list:
        return _found(
            parsed(
                [
                    (title, lemma, "PROPN", "compound", 2),
                    ("Ana", "Ana", "PROPN", "compound", 2),
                    ("Ruiz", "Ruiz", "PROPN", "nsubj", 3),
                    ("flew", "fly", "VERB", "ROOT", 3),
                    ("to", "to", "ADP", "prep", 3),
                    ("Lima", "Lima", "PROPN", "pobj", 4),
                ]
            ),
            lexicon,
        )

    assert flew("Minister", "Minister") == [("flew", EventType.CONSULT, "visit")]
    assert flew("Singer", "Singer") == []


def test_triggers_a_frame_object_is_absorbed_by_its_verb(lexicon):
    rows = [
        ("Canada", "Canada", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("sanctions", "sanction", "NOUN", "dobj", 1),
    ]
    by_word = {t.token.text: t for t in find_triggers(parsed(rows), lexicon)}
    assert by_word["lifted"].absorbed_by is None
    assert by_word["sanctions"].absorbed_by is not None
    assert by_word["sanctions"].absorbed_by.text == "lifted"
    # a named doer of its own keeps the noun an event ("declined Peru's invitation")
    rows = [
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("declined", "decline", "VERB", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("invitation", "invitation", "NOUN", "dobj", 1),
    ]
    by_word = {t.token.text: t for t in find_triggers(parsed(rows), lexicon)}
    assert by_word["invitation"].absorbed_by is None


def test_triggers_what_a_declared_end_stops_is_absorbed(lexicon):
    # "ordered a halt to Russia's military operation": the operation is what is stopped
    rows = [
        ("Medvedev", "Medvedev", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("halt", "halt", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("military", "military", "ADJ", "amod", 7),
        ("operation", "operation", "NOUN", "pobj", 4),
    ]
    by_word = {t.token.text: t for t in find_triggers(parsed(rows), lexicon)}
    assert by_word["halt"].entry.type is EventType.CONCEDE
    assert by_word["operation"].entry.type is EventType.ASSAULT
    assert by_word["operation"].absorbed_by is not None


def test_triggers_a_sole_object_entry_yields_to_mixed_objects(lexicon):
    # "withdrew its ambassador": a recall (SANCTION); with its troops beside it, a withdrawal
    alone = [
        ("Peru", "Peru", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("ambassador", "ambassador", "NOUN", "dobj", 1),
    ]
    assert _found(parsed(alone), lexicon) == [("withdrew", EventType.SANCTION, "withdraw")]
    mixed = [
        *alone,
        ("and", "and", "CCONJ", "cc", 3),
        ("its", "its", "PRON", "poss", 6),
        ("troops", "troop", "NOUN", "conj", 3),
    ]
    assert _found(parsed(mixed), lexicon) == [("withdrew", EventType.RETREAT, "withdraw")]


def _said_it_would(
    lexicon, verb: tuple[str, str], neg: str | None, governor: tuple[str, str]
) -> list:
    """ "Japan <governor> it would [not] <verb> the suspect to Peru" """
    rows = [
        ("Japan", "Japan", "PROPN", "nsubj", 1),
        (governor[0], governor[1], "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 5),
        ("would", "would", "AUX", "aux", 5),
    ]
    rows.append((neg, neg, "PART", "neg", 5) if neg else ("also", "also", "ADV", "advmod", 5))
    rows += [
        (verb[0], verb[1], "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 7),
        ("suspect", "suspect", "NOUN", "dobj", 5),
        ("to", "to", "ADP", "prep", 5),
        ("Peru", "Peru", "PROPN", "pobj", 8),
    ]
    return [
        (t.token.text, t.entry.type, t.entry.modality) for t in find_triggers(parsed(rows), lexicon)
    ]


def test_triggers_a_cooperative_act_that_will_not_be_done_is_a_refusal(lexicon):
    refused = _said_it_would(lexicon, ("extradite", "extradite"), "not", ("said", "say"))
    assert ("extradite", EventType.REJECT, "asserted") in refused
    assert ("extradite", EventType.REJECT, "asserted") in _said_it_would(
        lexicon, ("extradite", "extradite"), "never", ("said", "say")
    )
    # without the negation it is the act itself; promised ("pledged it would not") it is content
    done = _said_it_would(lexicon, ("extradite", "extradite"), None, ("said", "say"))
    assert ("extradite", EventType.COOPERATE, None) in done
    promised = _said_it_would(lexicon, ("extradite", "extradite"), "not", ("pledged", "pledge"))
    assert ("extradite", EventType.COOPERATE, None) in promised


def test_triggers_a_negated_subject_that_will_not_act_refuses(lexicon):
    # "neither France nor Germany would endorse the result": the negation is on the subject
    rows = [
        ("Neither", "neither", "CCONJ", "preconj", 1),
        ("France", "France", "PROPN", "nsubj", 6),
        ("nor", "nor", "CCONJ", "cc", 1),
        ("Germany", "Germany", "PROPN", "conj", 1),
        ("would", "would", "AUX", "aux", 6),
        ("ever", "ever", "ADV", "advmod", 6),
        ("endorse", "endorse", "VERB", "ROOT", 6),
        ("the", "the", "DET", "det", 8),
        ("result", "result", "NOUN", "dobj", 6),
    ]
    found = {(t.token.text, t.entry.type) for t in find_triggers(parsed(rows), lexicon)}
    assert ("endorse", EventType.REJECT) in found


def test_triggers_force_promised_on_a_condition_is_a_threat(lexicon):
    rows = [
        ("If", "if", "SCONJ", "mark", 2),
        ("Iran", "Iran", "PROPN", "nsubj", 2),
        ("attacks", "attack", "VERB", "advcl", 6),
        (",", ",", "PUNCT", "punct", 6),
        ("we", "we", "PRON", "nsubj", 6),
        ("will", "will", "AUX", "aux", 6),
        ("strike", "strike", "VERB", "ROOT", 6),
        ("Iran", "Iran", "PROPN", "dobj", 6),
    ]
    found = {(t.token.text, t.entry.type) for t in find_triggers(parsed(rows), lexicon)}
    assert ("strike", EventType.THREATEN) in found
    assert ("attacks", EventType.ASSAULT) in found  # the condition itself stays what it is
    # without the condition it is a (future) strike
    plain = parsed(
        [
            ("we", "we", "PRON", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("strike", "strike", "VERB", "ROOT", 2),
            ("Iran", "Iran", "PROPN", "dobj", 2),
        ]
    )
    assert all(t.entry.type is not EventType.THREATEN for t in find_triggers(plain, lexicon))


def test_triggers_a_clause_condition_looks_under_the_trigger(lexicon):
    def warned(word: str, lemma: str) -> list:
        rows = [
            ("Ankara", "Ankara", "PROPN", "nsubj", 1),
            ("warned", "warn", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5),
            ("relations", "relation", "NOUN", "nsubj", 5),
            ("would", "would", "AUX", "aux", 5),
            (word, lemma, "VERB", "ccomp", 1),
        ]
        return [t.entry for t in find_triggers(parsed(rows), lexicon)]

    assert any(e.clause for e in warned("suffer", "suffer"))
    assert not any(e.clause for e in warned("improve", "improve"))


def test_triggers_a_prepositional_object_is_read_through_of(lexicon):
    rows = [
        ("Malawi", "Malawi", "PROPN", "nsubj", 1),
        ("bowed", "bow", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("weeks", "week", "NOUN", "pobj", 2),
        ("of", "of", "ADP", "prep", 3),
        ("protests", "protest", "NOUN", "pobj", 4),
    ]
    found = {(t.token.text, t.entry.type) for t in find_triggers(parsed(rows), lexicon)}
    assert ("bowed", EventType.CONCEDE) in found


def test_triggers_a_quantity_object_is_read_through_its_of_phrase(lexicon):
    doc = parsed(
        [
            ("Militants", "militant", "NOUN", "nsubj", 1),
            ("lobbed", "lob", "VERB", "ROOT", 1),
            ("dozens", "dozen", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 2),
            ("mortars", "mortar", "NOUN", "pobj", 3),
            ("into", "into", "ADP", "prep", 1),
            ("Chad", "Chad", "PROPN", "pobj", 5),
        ]
    )
    assert _found(doc, lexicon)[0][:2] == ("lobbed", EventType.ASSAULT)
    # a word that is no quantity keeps its own lemma: "lobbed criticism of mortars" is no attack
    other = parsed(
        [
            ("Militants", "militant", "NOUN", "nsubj", 1),
            ("lobbed", "lob", "VERB", "ROOT", 1),
            ("criticism", "criticism", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 2),
            ("mortars", "mortar", "NOUN", "pobj", 3),
        ]
    )
    assert [t for t in _found(other, lexicon) if t[0] == "lobbed"] == []


def test_triggers_a_named_object_is_read_through_its_common_noun(lexicon):
    # "banned the airline Zed Air from flying": the name says nothing, "airline" does
    doc = parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("banned", "ban", "VERB", "ROOT", 1),
            ("airline", "airline", "NOUN", "compound", 4),
            ("Zed", "Zed", "PROPN", "compound", 4),
            ("Air", "Air", "PROPN", "dobj", 1),
        ]
    )
    assert _found(doc, lexicon)[0][:2] == ("banned", EventType.SANCTION)


def test_triggers_a_verb_after_a_preposition_is_a_prepositional_object(lexicon):
    flying = parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("banned", "ban", "VERB", "ROOT", 1),
            ("pilots", "pilot", "NOUN", "dobj", 1),
            ("from", "from", "ADP", "prep", 1),
            ("flying", "fly", "VERB", "pcomp", 3),
        ]
    )
    assert _found(flying, lexicon)[0][:2] == ("banned", EventType.SANCTION)
    # banned from speaking: a restriction at home, no cut relation
    speaking = parsed(
        [
            ("Minsk", "Minsk", "PROPN", "nsubj", 1),
            ("banned", "ban", "VERB", "ROOT", 1),
            ("reporters", "reporter", "NOUN", "dobj", 1),
            ("from", "from", "ADP", "prep", 1),
            ("speaking", "speak", "VERB", "pcomp", 3),
        ]
    )
    assert _found(speaking, lexicon)[0][:2] == ("banned", EventType.COERCE)


def test_triggers_a_relative_pronoun_object_stands_for_its_noun(lexicon):
    # "the measures, which the government dropped": dropping measures is a concession
    doc = parsed(
        [
            ("measures", "measure", "NOUN", "ROOT", 0),
            ("which", "which", "PRON", "dobj", 4),
            ("the", "the", "DET", "det", 3),
            ("government", "government", "NOUN", "nsubj", 4),
            ("dropped", "drop", "VERB", "relcl", 0),
        ]
    )
    assert ("dropped", EventType.CONCEDE) in [t[:2] for t in _found(doc, lexicon)]
    # a relative pronoun in a clause that modifies no such noun stays itself
    other = parsed(
        [
            ("bombs", "bomb", "NOUN", "ROOT", 0),
            ("which", "which", "PRON", "dobj", 4),
            ("the", "the", "DET", "det", 3),
            ("planes", "plane", "NOUN", "nsubj", 4),
            ("dropped", "drop", "VERB", "relcl", 0),
        ]
    )
    assert ("dropped", EventType.CONCEDE) not in [t[:2] for t in _found(other, lexicon)]


def test_triggers_a_force_verb_with_a_reason_is_criticism(lexicon):
    reason = parsed(
        [
            ("Ankara", "Ankara", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Paris", "Paris", "PROPN", "dobj", 1),
            ("over", "over", "ADP", "prep", 1),
            ("remarks", "remark", "NOUN", "pobj", 3),
        ]
    )
    assert _found(reason, lexicon)[0] == ("attacked", EventType.ACCUSE, "disapprove")
    # a time is no reason: "attacked Kyiv over the weekend" is force
    time = parsed(
        [
            ("Moscow", "Moscow", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Kyiv", "Kyiv", "PROPN", "dobj", 1),
            ("over", "over", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 5),
            ("weekend", "weekend", "NOUN", "pobj", 3),
        ]
    )
    assert _found(time, lexicon)[0][:2] == ("attacked", EventType.ASSAULT)


def test_triggers_a_protest_word_naming_who_or_where_is_no_protest(lexicon):
    leaders = parsed(
        [
            ("protest", "protest", "NOUN", "compound", 1),
            ("leaders", "leader", "NOUN", "nsubj", 2),
            ("surrendered", "surrender", "VERB", "ROOT", 2),
        ]
    )
    assert [t for t in _found(leaders, lexicon) if t[0] == "protest"] == []
    march = parsed(
        [
            ("protest", "protest", "NOUN", "compound", 1),
            ("marches", "march", "NOUN", "nsubj", 2),
            ("spread", "spread", "VERB", "ROOT", 2),
        ]
    )
    # "protest marches": a protest word before another protest word is left to the filters
    assert ("protest", EventType.PROTEST) in [t[:2] for t in _found(march, lexicon)]


def test_triggers_never_under_an_adverb_still_refuses(lexicon):
    # "it would never again allow inspectors in": "never" hangs from "again"
    doc = parsed(
        [
            ("it", "it", "PRON", "nsubj", 4),
            ("would", "would", "AUX", "aux", 4),
            ("never", "never", "ADV", "neg", 3),
            ("again", "again", "ADV", "advmod", 4),
            ("allow", "allow", "VERB", "ROOT", 4),
            ("inspectors", "inspector", "NOUN", "dobj", 4),
        ]
    )
    assert _found(doc, lexicon)[0][:2] == ("allow", EventType.REJECT)


def test_triggers_the_kind_of_an_agreement_is_no_event(lexicon):
    # "signed a cooperation agreement": the signing is the event, "cooperation" its kind
    doc = parsed(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("signed", "sign", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 4),
            ("cooperation", "cooperation", "NOUN", "compound", 4),
            ("agreement", "agreement", "NOUN", "dobj", 1),
        ]
    )
    assert [t for t in _found(doc, lexicon) if t[0] == "cooperation"] == []
    alone = parsed(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("praised", "praise", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("cooperation", "cooperation", "NOUN", "dobj", 1),
        ]
    )
    assert ("cooperation", EventType.COOPERATE) in [t[:2] for t in _found(alone, lexicon)]


def test_triggers_a_partner_hung_on_the_verb_joins_its_object(lexicon):
    # "held naval drills with Russia": the parser hangs "with Russia" on "held"
    doc = parsed(
        [
            ("Pretoria", "Pretoria", "PROPN", "nsubj", 1),
            ("held", "hold", "VERB", "ROOT", 1),
            ("naval", "naval", "ADJ", "amod", 3),
            ("drills", "drill", "NOUN", "dobj", 1),
            ("with", "with", "ADP", "prep", 1),
            ("Russia", "Russia", "PROPN", "pobj", 4),
        ]
    )
    assert ("drills", EventType.COOPERATE) in [t[:2] for t in _found(doc, lexicon)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a speaker says another actor must do is a demand on it
        (
            "Niger's junta said the French troops in the country must leave.",
            [("REQUEST", ["NER"], ["FRA"], "asserted")],
        ),
        (
            "Moscow said Kyiv must release the detained sailors.",
            [("REQUEST", ["RUS"], ["UKR"], "asserted")],
        ),
    ],
)
def test_triggers_what_another_must_do_is_a_demand(coder, sentence, expected):
    got = [
        (
            e.type.value,
            [a.country for a in e.source],
            [a.country for a in e.target],
            e.modality.value,
        )
        for e in coder.code(sentence, date="2021-11-15")
    ]
    assert got == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # a refusal stated as intent
        ("Serbia does not intend to recognise Kosovo, the president said.", "REJECT"),
        # missiles launched at someone are an attack, not a test
        ("Iran launched missiles targeting US troops at two Iraqi bases.", "ASSAULT"),
        # a legal challenge launched against a state is an accusation
        ("The European Union launched a legal challenge against China at the WTO.", "ACCUSE"),
    ],
)
def test_triggers_frames_recast_by_their_clause(coder, sentence, type_):
    got = [e.type.value for e in coder.code(sentence, date="2021-11-15")]
    assert got and got[0] == type_, got


@pytest.mark.slow
def test_triggers_two_leaders_speaking_by_phone_is_one_symmetric_call(coder):
    got = [
        (e.type.value, sorted(a.country for a in e.source), [a.country for a in e.target])
        for e in coder.code("Putin and Macron spoke by telephone on Tuesday.", date="2021-11-15")
    ]
    assert got == [("CONSULT", ["FRA", "RUS"], [])]


def test_triggers_every_label_of_an_object_predicate_counts(lexicon):
    # "Oslo called Riga's move swift, fair and decisive": the parser hangs the first label after
    # the object and the others as its conjuncts; "decisive" is a label of praise
    doc = parsed(
        [
            ("Oslo", "Oslo", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("Riga", "Riga", "PROPN", "poss", 4),
            ("'s", "'s", "PART", "case", 2),
            ("move", "move", "NOUN", "dobj", 1),
            ("swift", "swift", "ADJ", "amod", 4),
            ("fair", "fair", "ADJ", "conj", 5),
            ("and", "and", "CCONJ", "cc", 6),
            ("decisive", "decisive", "ADJ", "conj", 6),
        ]
    )
    assert _found(doc, lexicon) == [("called", EventType.SUPPORT, None)]


def test_triggers_support_as_the_purpose_of_aid_is_the_aid(lexicon):
    # "Oslo sent funds to support refugees": what the funds are for, not verbal backing
    def to_support(verb: str, lemma: str, obj: tuple[str, str] = ("funds", "fund")) -> list:
        return _found(
            parsed(
                [
                    ("Oslo", "Oslo", "PROPN", "nsubj", 1),
                    (verb, lemma, "VERB", "ROOT", 1),
                    (*obj, "NOUN", "dobj", 1),
                    ("to", "to", "PART", "aux", 4),
                    ("support", "support", "VERB", "advcl", 1),
                    ("refugees", "refugee", "NOUN", "dobj", 4),
                ]
            ),
            lexicon,
        )

    assert ("support", EventType.AID, None) in to_support("sent", "send")
    assert ("support", EventType.SUPPORT, None) in to_support("asked", "ask", ("states", "state"))


def test_triggers_support_as_the_purpose_of_work_done_by_giving_is_the_aid(lexicon):
    # "Oslo worked with Kyiv to support refugees, including by providing funds": the means of the
    # work is help given, so the support is AID; "including by speaking out" keeps it SUPPORT
    def worked(means: tuple[str, str]) -> list:
        return _found(
            parsed(
                [
                    ("Oslo", "Oslo", "PROPN", "nsubj", 1),
                    ("worked", "work", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3),
                    ("support", "support", "VERB", "advcl", 1),
                    ("refugees", "refugee", "NOUN", "dobj", 3),
                    ("including", "include", "VERB", "prep", 1),
                    ("by", "by", "ADP", "prep", 5),
                    (*means, "VERB", "pcomp", 6),
                ]
            ),
            lexicon,
        )

    assert ("support", EventType.AID, None) in worked(("providing", "provide"))
    assert ("support", EventType.SUPPORT, None) in worked(("speaking", "speak"))


def test_triggers_mobilizing_means_is_no_mobilize(lexicon):
    # "Norway mobilized resources for Malawi": raising means, not forces (§11)
    def mobilized(obj: str, lemma: str) -> list:
        return _found(
            parsed(
                [
                    ("Norway", "Norway", "PROPN", "nsubj", 1),
                    ("mobilized", "mobilize", "VERB", "ROOT", 1),
                    (obj, lemma, "NOUN", "dobj", 1),
                ]
            ),
            lexicon,
        )

    assert mobilized("resources", "resource") == []
    assert mobilized("expertise", "expertise") == []
    assert mobilized("reservists", "reservist") == [("mobilized", EventType.MOBILIZE, "troops")]


def test_triggers_a_group_of_doers_is_what_it_is_made_of(lexicon):
    # "a group of protesters surrounded the senator": the doers are protesters (PROTEST), not a
    # military encirclement (MOBILIZE)
    def surrounded(head: tuple[str, str]) -> list:
        return _found(
            parsed(
                [
                    ("A", "a", "DET", "det", 1),
                    (*head, "NOUN", "nsubj", 4),
                    ("of", "of", "ADP", "prep", 1),
                    ("protesters", "protester", "NOUN", "pobj", 2),
                    ("surrounded", "surround", "VERB", "ROOT", 4),
                    ("the", "the", "DET", "det", 6),
                    ("senator", "senator", "NOUN", "dobj", 4),
                ]
            ),
            lexicon,
        )

    assert surrounded(("group", "group")) == [("surrounded", EventType.PROTEST, "demo")]
    assert surrounded(("crowd", "crowd")) == [("surrounded", EventType.PROTEST, "demo")]
    assert surrounded(("picture", "picture")) == [("surrounded", EventType.MOBILIZE, "troops")]


def test_triggers_lifting_a_cap_or_curbs_is_a_retreat(lexicon):
    # "will lift the cap on remittances to Cuba", "lifted curbs on Australian coal": a limit on
    # trade or money taken off is the same frame as lifted sanctions (RETREAT)
    def lifted(verb: tuple[str, str], obj: tuple[str, str]) -> list:
        return _found(
            parsed(
                [
                    ("Washington", "Washington", "PROPN", "nsubj", 1),
                    (*verb, "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3),
                    (*obj, "NOUN", "dobj", 1),
                    ("on", "on", "ADP", "prep", 3),
                    ("remittances", "remittance", "NOUN", "pobj", 4),
                ]
            ),
            lexicon,
        )

    for verb in (("lifted", "lift"), ("eased", "ease")):
        for obj in (("cap", "cap"), ("curbs", "curb"), ("quota", "quota")):
            assert lifted(verb, obj) == [(verb[0], EventType.RETREAT, None)], (verb, obj)
    assert lifted(("lifted", "lift"), ("spirits", "spirit")) == []


def test_triggers_the_infinitive_to_is_no_preposition(lexicon):
    # "continues to welcome Ukrainian refugees": the infinitive's "to" is not the "to" of
    # "welcomed Albanese to Tokyo" (a visit); welcoming refugees is AID
    def welcomed(obj: tuple[str, str]) -> list:
        doc = parsed(
            [
                ("Poland", "Poland", "PROPN", "nsubj", 1),
                ("continues", "continue", "VERB", "ROOT", 1),
                ("to", "to", "PART", "aux", 3),
                ("welcome", "welcome", "VERB", "xcomp", 1),
                (*obj, "NOUN", "dobj", 3),
            ]
        )
        doc[2].tag_ = "TO"
        return _found(doc, lexicon)

    assert welcomed(("refugees", "refugee")) == [("welcome", EventType.AID, None)]
    assert welcomed(("decision", "decision")) == [("welcome", EventType.SUPPORT, None)]


def test_triggers_nationals_taken_in_after_fleeing_get_aid(lexicon):
    # "hosted Ukrainians fleeing the war", "welcomed Afghans who fled": shelter (AID), not a visit
    # by them nor words of approval; without the flight, hosting named people stays a visit
    def hosted(verb: tuple[str, str], rest: list) -> list:
        rows = [
            ("Poland", "Poland", "PROPN", "nsubj", 1),
            (*verb, "VERB", "ROOT", 1),
            ("Ukrainians", "Ukrainians", "PROPN", "dobj", 1),
            *rest,
        ]
        ents = ["B-GPE", "O", "B-NORP"] + ["O"] * len(rest)
        return _found(parsed(rows, ents), lexicon)

    fleeing = [("fleeing", "flee", "VERB", "acl", 2), ("war", "war", "NOUN", "dobj", 3)]
    assert hosted(("hosted", "host"), fleeing) == [("hosted", EventType.AID, None)]
    assert hosted(("welcomed", "welcome"), fleeing) == [("welcomed", EventType.AID, None)]
    assert hosted(("hosted", "host"), [("warmly", "warmly", "ADV", "advmod", 1)]) == [
        ("hosted", EventType.CONSULT, "visit")
    ]


def test_triggers_fighting_the_good_fight_is_no_assault(lexicon):
    # "vowed to keep fighting the good fight with court cases": a cognate object is figurative
    def fought(obj: tuple[str, str]) -> list:
        return _found(
            parsed(
                [
                    ("Trump", "Trump", "PROPN", "nsubj", 1),
                    ("fought", "fight", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3),
                    (*obj, "NOUN", "dobj", 1),
                ]
            ),
            lexicon,
        )

    assert fought(("fight", "fight")) == []
    assert fought(("rebels", "rebel")) == [("fought", EventType.ASSAULT, None)]


def test_triggers_welcoming_someone_back_is_a_visit(lexicon):
    # "welcomed the delegation back to Beijing" (the parser hangs "to Beijing" on "back")
    doc = parsed(
        [
            ("China", "China", "PROPN", "nsubj", 1),
            ("welcomed", "welcome", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("delegation", "delegation", "NOUN", "dobj", 1),
            ("back", "back", "ADV", "advmod", 1),
            ("to", "to", "ADP", "prep", 4),
            ("Beijing", "Beijing", "PROPN", "pobj", 5),
        ]
    )
    assert _found(doc, lexicon) == [("welcomed", EventType.CONSULT, "visit")]


def test_triggers_supporting_training_or_a_contribution_is_aid(lexicon):
    # "we are supporting a $2 billion contribution", "supporting training for the police": the
    # help itself (AID); "supports the EU's contribution" backs another's help in words
    def supports(rows: list) -> list:
        head = [("Japan", "Japan", "PROPN", "nsubj", 1), ("supports", "support", "VERB", "ROOT", 1)]
        return _found(parsed(head + rows), lexicon)

    assert supports([("training", "training", "NOUN", "dobj", 1)]) == [
        ("supports", EventType.AID, None)
    ]
    assert supports(
        [
            ("a", "a", "DET", "det", 3),
            ("contribution", "contribution", "NOUN", "dobj", 1),
        ]
    ) == [("supports", EventType.AID, None)]
    assert supports(
        [
            ("the", "the", "DET", "det", 5),
            ("EU", "EU", "PROPN", "poss", 5),
            ("'s", "'s", "PART", "case", 3),
            ("contribution", "contribution", "NOUN", "dobj", 1),
        ]
    ) == [("supports", EventType.SUPPORT, None)]


def test_triggers_support_by_stated_material_means_is_aid(lexicon):
    # "supports Ukraine by providing generators", "supported Ukraine's army, including by funding
    # training", "through the WEAVE project": the help itself (AID), even with a possessor; "by
    # speaking out" is backing in words (SUPPORT)
    def supports(rows: list) -> list:
        head = [
            ("Japan", "Japan", "PROPN", "nsubj", 1),
            ("supports", "support", "VERB", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "poss", 4),
            ("'s", "'s", "PART", "case", 2),
            ("army", "army", "NOUN", "dobj", 1),
        ]
        return [f for f in _found(parsed(head + rows), lexicon) if f[0] == "supports"]

    assert supports(
        [("by", "by", "ADP", "prep", 1), ("providing", "provide", "VERB", "pcomp", 5)]
    ) == [("supports", EventType.AID, None)]
    assert supports(
        [
            ("including", "include", "VERB", "prep", 1),
            ("by", "by", "ADP", "prep", 5),
            ("funding", "fund", "VERB", "pcomp", 6),
        ]
    ) == [("supports", EventType.AID, None)]
    assert supports(
        [
            ("through", "through", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 7),
            ("project", "project", "NOUN", "pobj", 5),
        ]
    ) == [("supports", EventType.AID, None)]
    assert supports(
        [("by", "by", "ADP", "prep", 1), ("speaking", "speak", "VERB", "pcomp", 5)]
    ) == [("supports", EventType.SUPPORT, None)]


def test_triggers_working_with_a_partner_on_a_matter_is_talks(lexicon):
    # GUIDELINES §13: "working with Togo on security" and "working in close coordination with
    # Togo" coordinate (CONSULT); "working with Togo to patrol the border" and "working together
    # on security" name the joint action (COOPERATE)
    def working(rows: list) -> list:
        head = [("Ghana", "Ghana", "PROPN", "nsubj", 1), ("works", "work", "VERB", "ROOT", 1)]
        return [f for f in _found(parsed(head + rows), lexicon) if f[0] == "works"]

    partner = [("with", "with", "ADP", "prep", 1), ("Togo", "Togo", "PROPN", "pobj", 2)]
    on_security = [("on", "on", "ADP", "prep", 1), ("security", "security", "NOUN", "pobj", 4)]
    assert working(partner + on_security) == [("works", EventType.CONSULT, None)]
    # both parts of the frame: "our governments are working on this" has no partner
    on_alone = [("on", "on", "ADP", "prep", 1), ("security", "security", "NOUN", "pobj", 2)]
    assert working(on_alone) == []
    assert working(
        [
            ("in", "in", "ADP", "prep", 1),
            ("coordination", "coordination", "NOUN", "pobj", 2),
            ("with", "with", "ADP", "prep", 1),
            ("Togo", "Togo", "PROPN", "pobj", 4),
        ]
    ) == [("works", EventType.CONSULT, None)]
    assert working(
        [*partner, ("to", "to", "PART", "aux", 5), ("patrol", "patrol", "VERB", "advcl", 1)]
    ) == [("works", EventType.COOPERATE, None)]
    assert working(
        [
            ("together", "together", "ADV", "advmod", 1),
            ("on", "on", "ADP", "prep", 1),
            ("security", "security", "NOUN", "pobj", 3),
        ]
    ) == [("works", EventType.COOPERATE, None)]


def test_triggers_a_measure_targeting_someone_is_the_measure(lexicon):
    # "measures targeting Iranian oil exports", "a visa policy targeting officials": what the
    # measure does to them (SANCTION), no attack; "missiles targeting Kyiv" stay ASSAULT
    def targeting(governor: tuple[str, str]) -> list:
        doc = parsed(
            [
                ("Washington", "Washington", "PROPN", "nsubj", 1),
                ("issued", "issue", "VERB", "ROOT", 1),
                (*governor, "NOUN", "dobj", 1),
                ("targeting", "target", "VERB", "acl", 2),
                ("officials", "official", "NOUN", "dobj", 3),
            ]
        )
        return [f[1] for f in _found(doc, lexicon) if f[0] == "targeting"]

    assert targeting(("measures", "measure")) == [EventType.SANCTION]
    assert targeting(("missiles", "missile")) == [EventType.ASSAULT]
