"""What companies sell, offer or build for their customers, told with the words of events.

"Both airlines offer flights to Cuban cities", "the carrier provides services to Havana", "Boeing
is collaborating with NASA on spacecraft": a company's commercial offer is no promise and no aid
to a political actor, and a contractor's work with its own government's agency on a product is
business (GUIDELINES §1, §13; stream rounds 15-24). A state that offers flights or a company
that acts on a state ("the airline suspended flights to Iran under sanctions") is another matter:
the doer must be a company, and what it offers or works on must be a good or service of trade.
The word sets are closed classes (goods and services of trade, products of industry), never the
words of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.process import actor_root
from eventcoder.records import ActorRef, Event, EventType

# what a company sells or offers its customers
TRADE_GOODS = {"flight", "service", "ticket", "fare", "route", "product", "good", "package"}
TRADE_GOODS |= {"discount", "subscription", "cruise", "connection"}
TRADE_GOODS |= {"coverage", "delivery", "shipping", "seat", "trip", "tour", "holiday"}
# what a contractor builds or develops with an agency of its own state
PRODUCTS = {"spacecraft", "aircraft", "airframe", "rocket", "satellite", "capsule", "craft"}
PRODUCTS |= {"vehicle", "engine", "software", "hardware", "chip", "device", "system", "jet"}
PRODUCTS |= {"technology", "product", "platform", "module", "launcher", "telescope", "probe"}
# the sorts of commercial offer: a promise, a gift, a deal or a joint work
OFFER_TYPES = {EventType.AGREE, EventType.AID, EventType.SUPPORT, EventType.COOPERATE}
JOINT_TYPES = {EventType.COOPERATE, EventType.AGREE, EventType.CONSULT}
# the last word of a company that the dictionary gives no sector: "British supermarket Ocado"
COMPANY_NOUNS = {"supermarket", "retailer", "carrier", "airline", "chain", "operator", "grocer"}
COMPANY_NOUNS |= {"contractor", "maker", "automaker", "carmaker", "startup", "brand", "airways"}
COMPANY_NOUNS |= {"airlines"}


def _company(tok: Token, actor: ActorRef) -> bool:
    """A side the dictionary files as business, or one named by a noun of trade."""
    if actor.sector == "BUS":
        return True
    if actor.sector is not None:
        return False
    root = actor_root(tok, actor)
    if root is None:
        return False
    return any(
        t.lemma_.lower() in COMPANY_NOUNS or t.lower_ in COMPANY_NOUNS
        for t in root.subtree
        if t.i <= root.i
    )


def _offered(tok: Token) -> list[Token]:
    """What the trigger offers: its object, or the thing a noun trigger is of."""
    out = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.pos_ == "NOUN":
        out += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return [o for x in out for o in (x, *x.conjuncts)]


def _worked_on(tok: Token) -> list[Token]:
    """What a joint work is on: "collaborating with NASA on spacecraft", "to build a rocket"."""
    out = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"on", "in"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for c in tok.children:
        if c.dep_ in {"xcomp", "advcl"}:
            out += [o for o in c.children if o.dep_ == "dobj"]
    return [o for x in out for o in (x, *x.conjuncts)]


def commercial_offer(ev: Event, tok: Token) -> str | None:
    """ "they both offer flights to Cuban cities", "the airline provides services to Havana":
    a company offering its goods or services sells, it makes no promise and gives no aid (§1);
    "Boeing is collaborating with NASA on spacecraft": a contractor's work with an agency of its
    own state on a product is business (§13), whoever the agency is."""
    if ev.type not in OFFER_TYPES | JOINT_TYPES or not ev.source:
        return None
    if not all(_company(tok, a) for a in ev.source):
        return None
    for o in _offered(tok) if ev.type in OFFER_TYPES else ():
        if o.lemma_.lower() in TRADE_GOODS and o.pos_ == "NOUN":
            return f"a company offers its {o.text!r}: trade, no promise or aid to anyone"
    if ev.type not in JOINT_TYPES:
        return None
    home = {a.country for a in ev.source}
    if not ev.target or any(a.country not in home for a in ev.target):
        return None  # a foreign state or company as partner keeps the event
    for o in _worked_on(tok):
        if o.lemma_.lower() in PRODUCTS and o.pos_ == "NOUN":
            return f"a company's work on a product ({o.text!r}) with its own state: business"
    return None
