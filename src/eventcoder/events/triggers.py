"""Find trigger tokens: a lemma in the lexicon whose conditions hold, outside any name."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventcoder.events.feelings import judged_act
from eventcoder.events.lexicon import Lexicon, TriggerEntry
from eventcoder.events.noun_clauses import for_clause
from eventcoder.events.political_words import PROTEST_PARTS
from eventcoder.events.reframe import (
    PROMISE,
    concluded_agreement,
    conditional_threat,
    governed_by,
    obligation,
    others_help,
    purpose_of_aid,
    refusal,
    shelter,
    words_attack,
)
from eventcoder.events.role_words import NAME_KINDS, PARTITIVE, RELATIVE, TIME_ENTS
from eventcoder.events.roles import subject_of
from eventcoder.nlp.scan import token_texts
from eventcoder.records import EventType

POS_MAP = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
NAME_ENTS = {"ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"}
PARTNER = {"with", "between"}


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    entry: TriggerEntry
    # the verb whose frame this noun is the object of ("lifted the sanctions", "called off the
    # strike"): the noun names what the verb acts on, it is no event of its own
    absorbed_by: Token | None = None


def _child_lemmas(tok: Token) -> set[str]:
    # a preposition that only introduces a time ("called Kuleba on Tuesday") is no condition, nor
    # is the infinitive's "to" ("to welcome refugees" names no place welcomed to)
    kids = [c for c in tok.children if not _time_prep(c) and not _infinitive_to(c)]
    out = {c.lemma_.lower() for c in kids}
    out |= {c.lower_ for c in kids}
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        # "held naval drills with Russia": the parser hangs the partner on the verb
        out |= {c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.lower_ in PARTNER}
    if tok.pos_ == "VERB":
        out |= _predicate_labels(kids)
        if any(for_clause(c) for c in kids):
            out.add("for")  # "called for Russia to withdraw": the clause is what is called for
    # "air strikes": compounds count; "called on": particles and prepositions are children
    return out


LABEL_DEPS = {"oprd", "acomp", "xcomp", "ccomp"}


def _predicate_labels(kids: list[Token]) -> set[str]:
    """ "called the order swift, forceful and decisive": every label of an object predicate
    counts, the conjuncts too, and an adjective the parser hangs after the object."""
    firsts = [c for c in kids if c.dep_ in LABEL_DEPS]
    for c in kids:
        if c.dep_ == "dobj":
            firsts += [a for a in c.children if a.dep_ == "amod" and a.i > c.i and a.pos_ == "ADJ"]
    return {x.lemma_.lower() for f in firsts for x in (f, *f.conjuncts)}


def _pobj_lemmas(tok: Token, named: dict[int, set[str]] | None = None) -> set[str]:
    """Lemmas of the objects of the trigger's prepositions (a verb too: "from flying"), also
    through "out of", "away from"; with what a name is (_named: "pulled out of Somalia")."""
    named = named or {}
    out: set[str] = set()
    # a passive's "by" too: "concerned by Russia's detention of ..." names what concerns
    preps = [c for c in tok.children if c.dep_ in {"prep", "prt", "agent"}]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
    for p in preps:
        for o in p.children:
            if o.dep_ == "pcomp" and o.pos_ in {"VERB", "AUX"}:
                out.add(o.lemma_.lower())  # "banned the airline from flying"
            if o.dep_ != "pobj":
                continue
            out.add(o.lemma_.lower())
            out |= named.get(o.i, set())
            # "bowed to weeks of protests", "under a state of emergency": the word after "of"
            for g in o.children:
                if g.dep_ == "prep" and g.lower_ == "of":
                    out |= {x.lemma_.lower() for x in g.children if x.dep_ == "pobj"}
    return out


def _infinitive_to(tok: Token) -> bool:
    """The "to" that marks an infinitive ("continues to welcome"), not the preposition."""
    return tok.dep_ == "aux" and tok.lower_ == "to" and tok.tag_ == "TO"


def _time_prep(tok: Token) -> bool:
    """ "on Tuesday", "at noon": a preposition that only dates the event ("for five years" is
    kept: a sentence length is part of the event)."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in {"on", "at"}
        and any(
            (p.dep_ == "pobj" and p.ent_type_ in TIME_ENTS and p.pos_ != "PROPN")
            or p.lower_ in WEEKDAYS
            for p in tok.children
        )
    )


def _named(doc: Doc) -> dict[int, set[str]]:
    """Token index -> the kinds of name its actor mention resolved to (NAME_KINDS)."""
    out: dict[int, set[str]] = {}
    for span in doc.spans.get("actors", []):
        kinds = {NAME_KINDS[k] for k in (str(i.kind) for i in span._.actors) if k in NAME_KINDS}
        if kinds:
            for t in range(span.start, span.end):
                out.setdefault(t, set()).update(kinds)
    return out


def _dobj_lemmas(
    tok: Token, named: dict[int, set[str]] | None = None, conjuncts: bool = False
) -> frozenset[str]:
    """The direct object's lemma, with the word after a quantity's "of" ("dozens of rockets"),
    the noun a relative pronoun stands for ("the measures, which it dropped"), for a name, the
    common noun that says what it is ("the airline Mahan Air"), and what a name is (_named)."""
    named = named or {}
    for c in tok.children:
        if c.dep_ not in {"dobj", "nsubjpass"}:
            continue
        out = {c.lemma_.lower()} | named.get(c.i, set())
        if conjuncts:  # "cut all air, rail and postal links": a later conjunct names the object
            out |= {x.lemma_.lower() for x in c.conjuncts}
        if c.lower_ in RELATIVE and tok.dep_ == "relcl":
            out.add(tok.head.lemma_.lower())  # "measures, which the government dropped"
        if c.lemma_.lower() in PARTITIVE:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out |= {o.lemma_.lower()} | named.get(o.i, set())
        if c.pos_ == "PROPN":
            out |= {
                k.lemma_.lower() for k in c.children if k.dep_ == "compound" and k.pos_ == "NOUN"
            }
        return frozenset(out)
    return frozenset()


def _inside_name(tok: Token, covered: set[int]) -> bool:
    """A capitalised trigger word mid-sentence is part of a name ("Sanctions Act", "SCO")."""
    if tok.i in covered:
        return True
    if tok.ent_type_ in NAME_ENTS and tok.text[:1].isupper():
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ == "PROPN"


# a body of people named by what it is made of: "a group of protesters", "a column of troops"
GROUPS = {"group", "crowd", "band", "gang", "column", "convoy", "contingent", "unit"}


def _subject_lemmas(tok: Token, named: dict[int, set[str]] | None = None) -> set[str]:
    """The doer's head lemma, what a named doer is ("name:place" for a country), and for a
    name the title before it ("Foreign Minister Ana Ruiz flew to Lima": minister) or in
    apposition to it."""
    subj, _ = subject_of(tok)
    if subj is None:
        return set()
    out = {subj.lemma_.lower()} | (named or {}).get(subj.i, set())
    if subj.lemma_.lower() in PARTITIVE | GROUPS:
        # "a group of protesters surrounded", "hundreds of troops pulled out": who they are
        out |= {
            o.lemma_.lower()
            for p in subj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        }
    if subj.pos_ == "PROPN":
        out |= {
            c.lemma_.lower()
            for c in subj.children
            if c.dep_ in {"compound", "nmod", "appos"} and c.pos_ in {"NOUN", "PROPN"}
        }
    return out


def _hyphenated(doc: Doc, lexicon: Lexicon) -> dict[int, list[TriggerEntry]]:
    """ "cease-fire", "sit-in": words the tokenizer splits at the hyphen, found as one; the
    entries go to the word of the pair that heads the other."""
    out: dict[int, list[TriggerEntry]] = {}
    texts = token_texts(doc)
    for i in range(1, len(doc) - 1):
        if texts[i] != "-":
            continue
        dash, left, right = doc[i], doc[i - 1], doc[i + 1]
        if dash.text != "-" or left.whitespace_ or dash.whitespace_:
            continue
        forms = {f"{left.lower_}-{right.lower_}", f"{left.lower_}-{right.lemma_.lower()}"}
        forms |= {f.replace("-", "") for f in forms}
        head = left if right.head.i == left.i else right
        pos = POS_MAP.get(head.pos_, "NOUN")
        for form in sorted(forms):
            entries = lexicon.by_lemma.get((form, pos)) or lexicon.by_lemma.get((form, "NOUN"))
            if entries:
                out[head.i] = entries
                break
    return out


def _holds(
    entry: TriggerEntry,
    tok: Token,
    kids: set[str],
    dobj: frozenset[str],
    named: dict[int, set[str]] | None = None,
) -> bool:
    if entry.with_ and not any(w in kids for w in entry.with_):
        return False
    if entry.without and any(w in kids for w in entry.without):
        return False
    if entry.all_of and not set(entry.all_of) <= kids:
        return False
    if entry.object and not dobj & set(entry.object):
        return False
    if entry.intransitive and dobj:
        return False
    if entry.sole_object and not _object_conjuncts(tok) <= set(entry.object):
        return False
    if entry.governor and tok.head.lemma_.lower() not in entry.governor:
        return False
    if entry.pobj and not _pobj_lemmas(tok, named) & set(entry.pobj):
        return False
    if entry.judged_pobj and not judged_act(tok, entry.pobj):
        return False
    if entry.without_pobj and _pobj_lemmas(tok, named) & set(entry.without_pobj):
        return False
    if entry.clause and not {t.lemma_.lower() for t in tok.subtree} & set(entry.clause):
        return False
    return not (entry.subject and not _subject_lemmas(tok, named) & set(entry.subject))


def _object_conjuncts(tok: Token) -> set[str]:
    """Lemmas of the nouns coordinated with the direct object ("its ambassador and its troops")."""
    return {x.lemma_.lower() for c in tok.children if c.dep_ == "dobj" for x in c.conjuncts}


def _first_holding(
    entries: list[TriggerEntry],
    tok: Token,
    kids: set[str],
    dobj: frozenset[str],
    named: dict[int, set[str]],
) -> TriggerEntry | None:
    """The most specific entry whose conditions hold (entries come sorted that way)."""
    for entry in entries:
        if not _holds(entry, tok, kids, dobj, named):
            continue
        if entry.type is EventType.REJECT and entry.modality and governed_by(tok, PROMISE):
            continue
        return entry
    return None


def _own_doer(noun: Token) -> bool:
    """A named possessor or a "by"/"from" phrase: the noun's event has a doer of its own
    ("declined China's invitation" keeps the invitation)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}:
            return True
    return False


def _absorb(found: list[Trigger]) -> list[Trigger]:
    """Mark nouns that are the named object of a verb frame of another type ("lifted the
    sanctions": RETREAT, not also SANCTION; "halted the offensive": no ASSAULT)."""
    at = {t.token.i: t for t in found}
    out = []
    for trig in found:
        tok = first = trig.token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "halted the talks and the aid": every conjunct is an object
        verb = first.head
        frame = at.get(verb.i) if first.dep_ in {"dobj", "nsubjpass"} else None
        if first.dep_ == "pobj" and first.head.dep_ == "prep":
            # "put the leader under house arrest": the noun is the frame's own prepositional word
            verb = first.head.head
            frame = at.get(verb.i)
            if frame is not None and (
                (tok.lemma_.lower() in frame.entry.pobj and not frame.entry.judged_pobj)
                or _ended_by(tok, frame, trig.entry)
            ):
                out.append(Trigger(tok, trig.entry, verb))
                continue
            frame = None
        if (
            frame is not None
            and tok.pos_ == "NOUN"
            and frame.entry.pos == "VERB"
            and frame.entry.type != trig.entry.type
            and frame.entry.object
            and not _own_doer(tok)
        ):
            trig = Trigger(tok, trig.entry, verb)
        out.append(trig)
    return out


# nouns that declare an end: what they end is named, not done again ("ordered a halt to the
# military operation", "a cessation of hostilities")
ENDINGS = {"end", "halt", "cessation"}


def _ended_by(tok: Token, frame: Trigger, entry: TriggerEntry) -> bool:
    """The noun is what a declared end stops: the object of "a halt to", "an end to"."""
    return (
        frame.entry.pos == "NOUN"
        and frame.entry.type is EventType.CONCEDE
        and frame.token.lemma_.lower() in ENDINGS
        and entry.type is EventType.ASSAULT
        and tok.head.lower_ in {"to", "of"}
    )


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in the document, the most specific lexicon entry for each token."""
    covered = {t for span in doc.spans.get("actors", []) for t in range(span.start, span.end)}
    out: list[Trigger] = []
    words, ids = lexicon.words, lexicon.word_ids
    fixes = lexicon.lemma_fixes
    lemmas, lowers = doc.to_array(LEMMA), doc.to_array(LOWER)
    hyphenated = _hyphenated(doc, lexicon)
    named = _named(doc)
    maybe = {i for i in range(len(doc)) if int(lemmas[i]) in ids or int(lowers[i]) in ids}
    for i in sorted(maybe | set(hyphenated)):
        tok = doc[i]
        if i in hyphenated:
            entries: list[TriggerEntry] | None = hyphenated[i]
        else:
            entries = _entries(tok, lexicon, words, fixes)
        if (
            not entries
            or _inside_name(tok, covered)
            or _protest_part(tok)
            or _joins_in(tok)
            or _kind_of_agreement(tok)
        ):
            continue
        kids = _child_lemmas(tok)
        # the first object decides ("send troops and weapons" is MOBILIZE); a later conjunct
        # only when no entry holds for the first
        objects = (_dobj_lemmas(tok, named), _dobj_lemmas(tok, named, True))
        # the model's wrong lemmas of objects too ("doses": "dos")
        objects = (
            objects[0] | {fixes[w] for w in objects[0] if w in fixes},
            objects[1] | {fixes[w] for w in objects[1] if w in fixes},
        )
        for dobj in dict.fromkeys(objects):
            entry = _first_holding(entries, tok, kids, dobj, named)
            if entry is not None:
                entry = refusal(tok, entry) or obligation(tok, words_attack(tok, entry))
                entry = concluded_agreement(tok, others_help(tok, shelter(tok, entry)))
                out.append(Trigger(tok, purpose_of_aid(tok, conditional_threat(tok, entry))))
                break
    return _absorb(out)


def _joins_in(tok: Token) -> bool:
    """ "joins Canada in calling for consular access", "join us in condemning the attack": the
    act named by the gerund is the event (coded from its own word), joining in it is none."""
    return tok.lemma_.lower() == "join" and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in tok.children
    )


# "signed a cooperation agreement", "a cease-fire agreement", "a strategic partnership accord":
# the signing is the event (SUPPORT), the noun before the agreement only says what kind it is
AGREEMENTS = {"agreement", "accord", "treaty", "pact", "memorandum", "deal", "arrangement"}


def _kind_of_agreement(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (
        tok.dep_ == "compound" and tok.head.lemma_.lower() in AGREEMENTS
    )


def _protest_part(tok: Token) -> bool:
    """ "protest leaders", "the protest camp", "strike organisers": a protest word naming who or
    where, not a protest of its own; nor is a bare "in protest" ("walked out in protest")."""
    if (
        tok.lower_ == "protest"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and not any(tok.children)
    ):
        return True  # "recalled its ambassador in protest": the manner of another act
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "compound"
        and tok.lemma_.lower() in {"protest", "strike", "rally", "demonstration", "march"}
        and tok.head.lemma_.lower() in PROTEST_PARTS
    )


def _entries(
    tok: Token, lexicon: Lexicon, words: frozenset[str], fixes: dict[str, str]
) -> list[TriggerEntry] | None:
    lemma = (
        fixes.get(tok.lemma_.lower(), tok.lemma_.lower())
        if tok.pos_ == "VERB"
        else tok.lemma_.lower()
    )
    if lemma not in words and tok.lower_ not in words:
        return None
    pos = POS_MAP.get(tok.pos_)
    if pos is None and tok.pos_ == "PROPN" and tok.lower_ == tok.text.lower() and tok.is_sent_start:
        pos = "NOUN"
    if pos is None:
        return None
    return lexicon.by_lemma.get((lemma, pos)) or lexicon.by_lemma.get((tok.lower_, pos))
