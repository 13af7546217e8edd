"""The phrase table finds every dictionary form in a Doc: the same matches, in the same order, as
trying every span of every length at every token."""

from __future__ import annotations

import spacy

from eventcoder.actors.phrases import SURNAME, build_table, fold

FORMS = {
    "united states": {"United States", "the United States"},
    "us": {"US"},
    "united nations": {"United Nations"},
    "united nations security council": {"United Nations Security Council"},
    "security council": {"Security Council"},
    "erdoğan": {"Erdoğan"},
    "president": {"President"},
}
SURNAMES = {"erdogan": {"Erdoğan"}, "kanu": {"Kanu"}}


def _table(nlp):
    def tokenize(texts):
        for doc in nlp.tokenizer.pipe(texts):
            yield [t.text for t in doc]

    def needs_exact(form):
        return form.isupper()

    return build_table(FORMS, SURNAMES, tokenize, needs_exact)


def _every_span(table, doc):
    out = []
    for seqs, words in (
        (table.exact, [t.text for t in doc]),
        (table.loose, [fold(t.text) for t in doc]),
    ):
        for i in range(len(words)):
            for n in range(1, min(table.longest, len(words) - i) + 1):
                out += [(k, i, i + n) for k in seqs.get(tuple(words[i : i + n]), [])]
    return out


def test_find_equals_trying_every_span():
    nlp = spacy.blank("en")
    table = _table(nlp)
    assert table.longest == 4
    text = (
        "The United Nations Security Council and the united states met; US President Erdogan "
        "and Kanu spoke at the United Nations. KANU, us, ERDOĞAN Security"
    )
    doc = nlp(text)
    found = table.find(doc)
    assert found == _every_span(table, doc)
    keys = {k for k, _, _ in found}
    assert {"united nations security council", "security council", "united nations"} <= keys
    assert "us" in keys and (SURNAME + "erdogan") in keys and (SURNAME + "kanu") in keys
    assert ("us", 18, 19) not in found  # "us" lower-case is no acronym
    assert table.find(nlp("")) == []
    assert table.find(nlp("Security")) == []  # a first word alone is no entry
