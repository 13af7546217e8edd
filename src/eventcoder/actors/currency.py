"""A country's name or adjective that names a currency ("nine billion US dollars", "Canadian
dollars", "the Turkish lira") is no actor: the sum's owner is elsewhere in the sentence, and
reading the currency's country as a side gave "Japan pledged 500 million US dollars to Ukraine"
the United States as recipient."""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.actors.context import MatchContext
from eventcoder.actors.records import ActorKind

CURRENCY_NOUNS = frozenset(
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
        "renminbi", "ruble", "rubles", "rouble", "roubles", "rupee", "rupees", "peso", "pesos",
        "franc", "francs", "lira", "liras", "lire", "dinar", "dinars", "shekel", "shekels",
        "rial", "rials", "riyal", "riyals", "naira", "shilling", "shillings", "hryvnia",
        "hryvnias", "krona", "kronor", "krone", "kroner", "rand", "won", "real", "reais",
        "dirham", "dirhams", "baht", "ringgit", "rupiah", "taka", "cedi", "cedis", "kwacha",
        "birr", "dong", "zloty", "zlotys", "forint", "manat", "tenge", "som", "lari", "dram",
        "leu", "lei", "lev", "denar", "kyat", "afghani", "afghanis", "bolivar", "bolivars",
    }
)  # fmt: skip
# what a currency's name is made of: "US", "Canadian", "Hong Kong", "New Taiwan"
NAMING_KINDS = {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.PEOPLE, ActorKind.CAPITAL}


def currency_dropped(ctx: MatchContext, pieces: list[Span]) -> list[Span]:
    """Drop pieces that only name a currency: a country's name or adjective right before a
    currency noun it modifies, or inside a sum the parser marks as money."""
    out = []
    for p in pieces:
        kinds = {e.kind for e in ctx.meaning.get((p.start, p.end), ())}
        if kinds and kinds <= NAMING_KINDS and _names_currency(p):
            del ctx.meaning[(p.start, p.end)]
            continue
        out.append(p)
    return out


def _names_currency(p: Span) -> bool:
    doc = p.doc
    if p.end >= len(doc):
        return False
    nxt = doc[p.end]
    if nxt.lower_ not in CURRENCY_NOUNS or nxt.pos_ not in {"NOUN", "PROPN"}:
        return False
    # the piece hangs from the currency noun ("US dollars"), or the noun closes a sum
    return p.root.head.i == nxt.i or nxt.ent_type_ == "MONEY" or p.root.ent_type_ == "MONEY"
