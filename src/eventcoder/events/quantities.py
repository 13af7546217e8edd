"""Numbers an event is about: amounts of money and counts of people dead, injured or arrested."""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventcoder.nlp.ents import sentence_ents
from eventcoder.records import Quantity, TextSpan

SIZE_WORDS = {
    "dead": {"kill", "dead", "die", "death", "killing"},
    "injured": {"injure", "wound", "injured", "wounded", "hurt"},
    "arrested": {"arrest", "detain", "detention", "arrested", "detained", "jail", "imprison"},
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
}
CURRENCIES = ("euro", "€", "pound", "£", "yuan", "rupee")

_NUM = re.compile(r"[\d,.]+")


def number(text: str) -> float | None:
    """The value of "20", "1,500", "five", "USD 5 billion", "dozens"; None if there is none."""
    t = text.lower().replace(",", "")
    m = _NUM.search(t)
    value: float | None = None
    if m:
        try:
            value = float(m.group(0))
        except ValueError:
            value = None
    else:
        value = next((float(v) for w, v in NUMBER_WORDS.items() if w in t.split()), None)
    if value is not None:
        if "billion" in t:
            value *= 1e9
        elif "million" in t:
            value *= 1e6
    return value


def quantities(tok: Token, governor: Token | None, sent_index: int) -> tuple[Quantity, ...]:
    """Money and casualty counts in the trigger's phrase (or its governing verb's)."""
    out: list[Quantity] = []
    sent = tok.sent
    scope = {t.i for t in tok.subtree}
    if governor is not None:
        scope |= {t.i for t in governor.subtree}
    for ent in sentence_ents(sent):
        if ent.start not in scope:
            continue
        span = TextSpan(ent.text, ent.start_char, ent.end_char, sent_index)
        if ent.label_ == "MONEY":
            low = ent.text.lower()
            unit = "USD" if ("$" in ent.text or "usd" in low or "dollar" in low) else None
            for cur in CURRENCIES:
                if cur in low:
                    unit = cur
            out.append(Quantity("amount", number(ent.text), unit, span))
        elif ent.label_ == "CARDINAL":
            head = ent.root.head
            lemmas = {head.lemma_.lower(), head.head.lemma_.lower(), tok.lemma_.lower()}
            for kind, words in SIZE_WORDS.items():
                if lemmas & words:
                    out.append(Quantity(kind, number(ent.text), "people", span))
                    break
    return tuple(out)
