"""Definite descriptions that point back across sentences: "the ministers", "the prime minister",
"the rebels", "the group" take the country of an earlier mention of the same kind.

An earlier mention is compatible when it has a country and is named by the same noun ("the
delegations" after "delegations from Armenia and Azerbaijan"), holds the same office ("the prime
minister" after "Japanese Prime Minister Fumio Kishida"), or is of the same sector outside
government ("the rebels" after "the Houthi rebels"); "the group" takes the nearest armed group,
party or organisation. The nearest compatible mention wins, first in the paragraph, then in the
document. A plural description takes every compatible mention of the sentence that holds the
nearest one ("the presidents" after "President Ruto ... President Museveni ...")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.nlp.scan import doc_text, indices_with, sentence_start

DEFINITE = {"the", "these", "those", "both"}
# nouns for an organised group that are no actor word of their own
GROUP_NOUNS = {
    "group",
    "movement",
    "organisation",
    "organization",
    "militia",
    "faction",
    "outfit",
}
GROUP_SECTORS = {"REB", "PRM", "UAF", "IMG", "INS", "SEP", "OPP", "PTY", "NGO", "CVL"}
# sectors whose bare noun is specific enough to point back ("the rebels", "the police")
NAMED_SECTORS = {"REB", "PRM", "UAF", "INS", "SEP", "OPP", "PTY", "MIL", "COP", "LEG", "JUD"}
PLACE_DEPS = {"compound", "amod", "poss", "nmod"}
Compatible = Callable[[Span, ActorInfo], bool]
PLACE_KINDS = {ActorKind.PLACE, ActorKind.COUNTRY, ActorKind.CAPITAL}


def refer_back(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Give descriptions without a country the country of their antecedent (in place); return the
    new mentions made for group nouns ("the group") that point back to an armed group or party."""
    paras = _paragraph_of(doc)
    out: list[Span] = []
    placed_sents: set[int] | None = None  # sentences that name a place (made on first need)
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if info.country or not info.sector or info.kind not in {ActorKind.NOUN, ActorKind.TITLE}:
            continue
        if not (_definite(m.root) or _bare_title(m, info)) or _placed(m.root):
            continue
        # "the junta ... in Mali": a sector noun in a sentence that names a place is of that place
        if placed_sents is None:
            placed_sents = {
                sentence_start(doc, a.start) for a in mentions if a._.actors[0].kind in PLACE_KINDS
            }
        placed = sentence_start(doc, m.start) in placed_sents
        found = _antecedents(doc, mentions, m, paras, _compatible(m, info, placed))
        if found:
            m._.actors = tuple(
                replace(info, country=a.country, how=because(Rule.REFERS_BACK, m.text, a.country))
                for a in found
            )
    covered = {t for m in mentions for t in range(m.start, m.end)}
    for i in indices_with(doc, LEMMA, GROUP_NOUNS, lower=True):
        tok = doc[i]
        if i in covered or tok.tag_ != "NN":
            continue
        if not _definite(tok) or _placed(tok) or any(c.dep_ == "prep" for c in tok.children):
            continue
        span = Span(doc, tok.i, tok.i + 1, label="noun")
        found = _antecedents(doc, mentions, span, paras, _group_like)
        if found:
            a = found[0]
            span._.actors = (replace(a, how=because(Rule.REFERS_BACK, tok.text, a.country)),)
            out.append(span)
    covered |= {t for m in out for t in range(m.start, m.end)}
    return out + _short_names(doc, mentions, covered)


def _short_names(doc: Doc, mentions: list[Span], covered: set[int]) -> list[Span]:
    """ "the House" after "the United States House of Representatives", "the Council" after
    "the Council of the European Union": a capitalised definite description whose head is the
    head word of an earlier organisation's name is that organisation."""
    orgs = [m for m in mentions if m._.actors[0].kind == ActorKind.ORG and m._.actors[0].country]
    if not orgs:
        return []
    heads = {m.root.text for m in orgs}
    out = []
    for tok in doc:
        if tok.text not in heads or tok.i in covered or not tok.is_title:
            continue
        if tok.pos_ not in {"PROPN", "NOUN"} or not _definite(tok) or _placed(tok):
            continue
        words = [c for c in tok.lefts if c.dep_ == "compound"]
        if any(c.i in covered or not c.is_title for c in words):
            continue
        start = min([c.i for c in words] + [tok.i])
        for a in reversed([m for m in orgs if m.end <= start]):
            names = set(a.text.split())
            if a.root.text == tok.text and all(c.text in names for c in words):
                info: ActorInfo = a._.actors[0]
                span = Span(doc, start, tok.i + 1, label="org")
                span._.actors = (replace(info, how=because(Rule.SAME_NAME, info.how)),)
                out.append(span)
                break
    return out


def _definite(tok: Token) -> bool:
    return any(c.dep_ in {"det", "predet"} and c.lower_ in DEFINITE for c in tok.children)


def _bare_title(m: Span, info: ActorInfo) -> bool:
    """A capitalised office title with no determiner and no name, as a speaker addresses or
    lists a guest ("Thank you, Deputy Prime Minister", a header's "... and Foreign Minister"),
    is the holder of that office the document named before."""
    if info.kind != ActorKind.TITLE or info.office in {None, "other"}:
        return False
    root = m.root
    if not root.text[:1].isupper() or any(c.dep_ in {"det", "poss"} for c in root.children):
        return False
    return not any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in m)


def _placed(tok: Token) -> bool:
    """A description with its own owner or place ("its rebels", "the Kenyan ministers", "the
    government of Chad") is resolved where it stands, not here."""
    for c in tok.children:
        if c.dep_ in PLACE_DEPS and (c.ent_type_ in {"GPE", "NORP", "ORG"} or c.pos_ == "PRON"):
            return True
        if c.dep_ == "prep" and c.lower_ in {"of", "from", "in"}:
            return True
    return False


def _compatible(m: Span, info: ActorInfo, placed: bool) -> Compatible:
    lemma = m.root.lemma_.lower()

    def ok(a: Span, other: ActorInfo) -> bool:
        if not other.country or other.kind in {ActorKind.PLACE, ActorKind.GROUP}:
            return False
        if a.root.lemma_.lower() == lemma and other.sector == info.sector:
            return True
        if info.office and info.office != "other":
            return other.office == info.office
        return not placed and info.sector in NAMED_SECTORS and other.sector == info.sector

    return ok


def _group_like(a: Span, other: ActorInfo) -> bool:
    return bool(other.country) and (
        (other.kind == ActorKind.ORG and other.sector in GROUP_SECTORS)
        or (other.kind == ActorKind.NOUN and other.sector in GROUP_SECTORS - {"CVL"})
    )


def _antecedents(
    doc: Doc, mentions: list[Span], m: Span, paras: list[int], ok: Compatible
) -> list[ActorInfo]:
    """The nearest compatible earlier mention (in the paragraph, then the document); for a plural
    description every compatible mention of that mention's sentence."""
    mention_at = {t: b for b in mentions for t in range(b.start, b.end)}
    here = _para(paras, doc[m.start].idx)
    earlier = [a for a in mentions if a.end <= m.start and a is not m]
    same = [a for a in earlier if _para(paras, a.start_char) == here]
    others = _clause_doers(m, earlier)
    for pool in (same, earlier):
        for a in reversed(pool):
            hits = [i for i in a._.actors if ok(a, i) and _who(i) not in others]
            if not hits:
                continue
            if m.root.tag_ in {"NNS", "NNPS"}:
                sent = sentence_start(doc, a.start)
                hits = [
                    i
                    for b in pool
                    if sentence_start(doc, b.start) == sent
                    for i in b._.actors
                    if ok(b, i)
                ]
                hits += _members(a, mention_at)
            seen: dict[str, ActorInfo] = {}
            for i in hits:
                seen.setdefault(i.country or "", i)
            return list(seen.values())
    return []


def _members(a: Span, mention_at: dict[int, Span]) -> list[ActorInfo]:
    """The countries a plural mention names with "of" or "from" ("the foreign ministers of India
    and Pakistan", "delegations from Armenia and Azerbaijan")."""
    out: list[ActorInfo] = []
    if a.root.tag_ not in {"NNS", "NNPS"}:
        return out
    for prep in a.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "from"}:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for t in [pobj, *pobj.conjuncts]:
                b = mention_at.get(t.i)
                if b is not None:
                    out += [i for i in b._.actors if i.country and i.kind == ActorKind.COUNTRY]
    return out


def _paragraph_of(doc: Doc) -> list[int]:
    """Character offsets where paragraphs (blank-line separated) start."""
    text = doc_text(doc)
    starts = [0]
    pos = text.find("\n\n")
    while pos >= 0:
        starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    return starts


def _para(starts: list[int], char: int) -> int:
    return bisect_right(starts, char) - 1


def _who(info: ActorInfo) -> str | None:
    return info.actor_id or info.name


def _clause_doers(m: Span, earlier: list[Span]) -> set[str | None]:
    """Who the subject of the verb a description hangs from is: someone else than the description
    ("Blinken thanked the Foreign Minister" after "Indian Foreign Minister Jaishankar ...": not
    Blinken, nor an earlier "Secretary Blinken")."""
    verb = m.root.head
    while (
        verb.pos_ not in {"VERB", "AUX"}
        and verb.dep_ in {"prep", "pobj", "dobj", "dative"}
        and verb.head.i != verb.i
    ):
        verb = verb.head
    subjects = [
        a for a in earlier if a.root.head.i == verb.i and a.root.dep_ in {"nsubj", "nsubjpass"}
    ]
    return {_who(i) for a in subjects for i in a._.actors if _who(i)}
