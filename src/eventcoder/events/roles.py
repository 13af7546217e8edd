"""Source and target from the dependency parse: subjects, objects, prepositions, passives,
possessives, coordination, relative clauses and light verbs ("held talks with", "extended help to").

Each function is small and pure over spaCy tokens; they return tokens, and assembly.py maps tokens to
actor mentions. Where the parse gives nothing, they return nothing rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventcoder.events.feelings import feeler
from eventcoder.events.journeys import traveller
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.noun_clauses import clause_sides, for_clause, harmed, hung_by, swap_partner
from eventcoder.events.owners import owner_of_pronoun
from eventcoder.events.recipients import threatened
from eventcoder.events.relations import JUDGING_TYPES, judged_doer, relation_parties
from eventcoder.events.rescue import rescue_sides
from eventcoder.events.role_words import (
    ANSWER_VERBS,
    COME_VERBS,
    DOCUMENT_NOUNS,
    DONE_TO_TYPES,
    HOST_VERBS,
    MEDIATE_VERBS,
    NAMED_ENTS,
    OBSERVER_VERBS,
    PASS_SUBJ,
    PLACE_FROM_TYPES,
    RELATION_TYPES,
    SAYING_TYPES,
    STATIVE,
    SUBJ,
    TIME_ENTS,
    TIME_WORDS,
    UNDERGO_VERBS,
)
from eventcoder.events.role_words import CLAUSE_PREPS as CLAUSE_PREPS
from eventcoder.events.speech import speaker_roles
from eventcoder.events.subjects import (
    CLAUSE_NOUN,
    CONTROLLER,
    RELATIVE_NOUN,
    adverbial_passive,
    agent_of,
    attack_doer,
    expand,
    is_passive,
    noun_doer,
    reduced_passive,
    reporter,
    stray_agent,
    subject_of,
)
from eventcoder.events.subjects import governor_verb as governor_verb


@dataclass
class Roles:
    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    obj: Token | None = None
    reported_by: list[Token] = field(default_factory=list)
    how: list[str] = field(default_factory=list)
    governor: Token | None = None
    # doers to fall back on when the source words are no actor at all ("a resolution to expel":
    # who passed the resolution)
    source_alt: list[Token] = field(default_factory=list)
    # who says it, when the source words name no actor at all: "Ankara said the plane had strayed
    # and vowed to respond", where the parser hung "vowed" on the reported clause
    speaker_alt: list[Token] = field(default_factory=list)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """The objects of the given prepositions under `tok`; a time ("on Friday", "by March") is
    never a side, so it does not stand in the way of a later phrase that names one."""
    out = []
    for c in tok.children:
        if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj" and not _is_time(p):
                    out.append((c.lower_, p))
        if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.append(("dative", c))
    return out


def _named_or_counted(tok: Token) -> bool:
    """A phrase naming whom it is about ("Kenyan traders", "the army") or counting people
    ("20,000 soldiers"), not a thing or a state ("battled and overcame leukemia")."""
    return any(t.ent_type_ in NAMED_ENTS for t in tok.subtree) or any(
        c.dep_ == "nummod" for c in tok.children
    )


def _is_time(tok: Token) -> bool:
    """A date or time phrase ("Friday", "the next day", "midnight")."""
    return tok.ent_type_ in TIME_ENTS or tok.lemma_.lower() in TIME_WORDS


def _deep_prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """Prepositions anywhere under a noun trigger's phrase, not crossing into other clauses."""
    out = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        out += _prep_objects(cur, preps)
        for c in cur.children:
            if c.dep_ in {
                "prep",
                "pobj",
                "dobj",
                "appos",
                "compound",
                "amod",
                "nmod",
            } and c.pos_ not in {"VERB"}:
                stack.append(c)
    return out


def verb_roles(tok: Token, entry: TriggerEntry) -> Roles:
    r = Roles()
    if entry.speaker:  # "said Ukraine would pay a heavy price": the speaker threatens Ukraine
        return speaker_roles(tok, r)
    passive = is_passive(tok)
    subj, how = subject_of(tok)
    patient = None  # "appeared in court, charged with spying": the clause's subject undergoes it
    if adverbial_passive(tok) and entry.type.value in DONE_TO_TYPES:
        patient, subj = subj, agent_of(tok)
        how = "passive agent" if subj is not None else ""
    if entry.type.value == "ACCUSE" and (who := feeler(tok)) is not None:
        passive, subj, how = False, who, "subject (feeling)"  # "we are troubled by X's act"
    if passive and tok.lemma_.lower() in STATIVE and agent_of(tok) is None:
        passive = False  # "is committed to": the subject is in that state, it is the doer
        subj = next((c for c in tok.children if c.dep_ in PASS_SUBJ), subj)
        how = "subject (state)"
    if passive:
        ag = agent_of(tok)
        if ag is not None:
            subj, how = ag, "passive agent"
        elif entry.reciprocal:  # "India and Russia have been engaged": a state, not a passive
            subj = next((c for c in tok.children if c.dep_ in PASS_SUBJ), None)
            how = "subject"
        elif subj is not None and how == "subject":
            subj, how = None, ""
        victims = [c for c in tok.children if c.dep_ in PASS_SUBJ]
        if (
            subj is None
            and entry.type.value in {"ASSAULT", "COERCE"}
            and any(t.ent_type_ in NAMED_ENTS for v in victims for t in v.subtree)
        ):
            # "Indian soldiers were killed in a clash with Chinese troops", "bin Laden has been
            # killed in a US operation" (named victims: unnamed ones are the attack's own report)
            subj = attack_doer(tok)
            how = "doer of the attack it happened in" if subj is not None else how
    if subj is None and passive and entry.mode == "release" and (partner := swap_partner(tok)):
        subj, how = partner, "the other side of the exchange it happened in"
    if subj is None and reduced_passive(tok) and entry.type.value not in RELATION_TYPES:
        # "the soldiers freed by the militia": a participle's "by" phrase is its doer (not a
        # standing relation: "troops backed by tanks", "protocols signed by Bogota")
        subj = agent_of(tok)
        how = "agent of the participle" if subj is not None else how
    if subj is not None:
        r.source_alt = _doer_behind(subj, how)
        r.speaker_alt = _speaker_behind(tok, entry, how)
    if subj is None:
        # a noun the parser took for a verb ("Iranian missile strikes"): its named modifier
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
        mods += [g for c in mods for g in c.children if g.dep_ in {"compound", "amod"}]
        named = [c for c in mods if c.text[:1].isupper()]
        if named:
            subj, how = named[0], "modifier"
    if subj is not None:
        r.source = expand(subj)
        r.how.append(f"source: {how}")
    if reduced_passive(tok) and not passive:
        # the noun a participle modifies is what is done to ("the soldiers freed by the militia")
        if entry.dobj == "target":
            r.target += expand(tok.head)
            r.how.append("target: noun the participle modifies")
        else:
            r.obj = tok.head
    if patient is not None:
        if entry.dobj == "target":
            r.target += expand(patient)
            r.how.append("target: subject of the clause the participle modifies")
        else:
            r.obj = patient
    for c in tok.children:
        if c.dep_ in PASS_SUBJ and passive:
            if entry.dobj == "target":
                r.target += expand(c)
                r.how.append("target: passive subject")
            else:
                r.obj = c
        elif c.dep_ == "dobj":
            if entry.dobj == "source" and c.lemma_.lower() in entry.object:
                r.obj = c  # "played host to X": the object is the frame's own word
            elif entry.dobj == "target":
                r.target += expand(c)
                r.how.append("target: object")
            elif entry.dobj == "source" and r.source:
                r.target, r.source = r.source, expand(c)
                r.how.append("source: object (host verb)")
            else:
                r.obj = c
        elif c.dep_ == "dative":
            r.target += expand(c)
            r.how.append("target: indirect object")
    judged = r.obj if r.obj is not None else next(iter(r.target[:1]), None)
    if entry.type in JUDGING_TYPES and judged is not None and (by := judged_doer(judged)):
        # "attacked the proclamation of Golan Heights as Israeli territory by Trump"
        r.target = expand(by)
        r.how.append(f"target: doer of the judged '{judged.text}'")
    if not r.target:
        preps = entry.target_preps
        if entry.dobj == "object" and any(c.dep_ == "dobj" for c in tok.children):
            preps = tuple(p for p in preps if p != "with")  # "supplied Russia with drones"
        for prep, p in _prep_objects(tok, preps):
            r.target += expand(p)
            r.how.append(f"target: '{prep}' phrase")
            if entry.dobj == "source" and r.source:
                # "played host to the Somali president": the one hosted is the visitor
                r.target, r.source = r.source, r.target
                r.how.append("source: the one hosted")
            break
    clausal = any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
    if not r.target and r.obj is None and entry.dobj == "target" and not clausal:
        # "detained or dismissed 60,000 officers": coordinated verbs share the later object
        # (not "pledged to bar X and canceled Y": the pledge has its own complement)
        for c in tok.children:
            if c.dep_ != "conj" or c.pos_ != "VERB" or any(x.dep_ in SUBJ for x in c.children):
                continue
            objs = [x for x in c.children if x.dep_ == "dobj" and _named_or_counted(x)]
            if objs:
                r.target += expand(objs[0])
                r.how.append(f"target: object shared with '{c.text}'")
                break
    # "lifted the sanctions on Libya", "suspended aid to Cambodia": the frame's object names
    # the other side in its own phrase
    if not r.target and entry.dobj == "object" and r.obj is not None and entry.object:
        for prep, p in _prep_objects(r.obj, tuple(x for x in entry.target_preps if x != "with")):
            r.target += expand(p)
            r.how.append(f"target: '{prep}' phrase of the object")
            break
    if not r.target and entry.type.value == "CONCEDE" and (victims := harmed(tok)):
        r.target = victims
        r.how.append("target: the victims of what it apologises for")
    # "threatened to impose tariffs on Mexico": the target of the threatened act
    if not r.target:
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}:
                for prep, p in _prep_objects(c, ("on", "against", "to")):
                    r.target += expand(p)
                    r.how.append(f"target: '{prep}' phrase of '{c.text}'")
                    break
    # "vowed to crush the rebels", "warned that it would strike at Damascus"
    if not r.target and entry.type.value == "THREATEN" and (aimed := threatened(tok)):
        r.target += aimed
        r.how.append("target: whom the threatened act befalls")
    # "urged Iran to return": the object of a REQUEST may be the subject of an xcomp
    if not r.target:
        for c in tok.children:
            if c.dep_ in {"xcomp", "ccomp"} or (entry.type.value == "REQUEST" and for_clause(c)):
                # "called for Russia to withdraw": the "for" subject is asked ("for Russia to be
                # expelled" asks whoever would expel it, so a passive subject is not)
                for cc in c.children:
                    if cc.dep_ in SUBJ:
                        r.target += expand(cc)
                        r.how.append("target: subject of complement")
    if parties := relation_parties(tok):  # "helped restore relations between Peru and Chile"
        r.source, r.target = parties[:1], parties[1:]
        r.how.append("sides: the parties of the relation it acts on")
    return r


def noun_roles(tok: Token, entry: TriggerEntry, agent_verbs: frozenset[str]) -> Roles:
    r = Roles()
    if entry.speaker:  # "said there would be consequences for Russia": the speaker threatens
        return speaker_roles(tok, r)
    gov = governor_verb(tok)
    if (rescue := rescue_sides(tok)) is not None:  # "came to India's assistance"
        r.source, r.target, r.governor = expand(rescue[0]), expand(rescue[1]), gov
        r.how.append("source: who comes to the aid; target: whose aid")
        return r
    # "Sanctions were imposed on Iran by the EU": the noun is the passive subject of a doing verb
    if gov is None and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in agent_verbs:
        gov = tok.head
        ag = agent_of(gov) or stray_agent(gov)
        if ag is not None:
            r.source += expand(ag)
            r.how.append(f"source: agent of '{gov.text}'")
    r.governor = gov
    defended = False  # "defend themselves against the attacks": its subject is no doer
    # explicit doers first: possessive, compound/adjectival actor, "by", "of" (when the entry says)
    for c in tok.children:
        if c.dep_ == "poss":
            doer = owner_of_pronoun(c, gov)
            if doer is not None:
                r.source += expand(doer)
                r.how.append(f"source: possessive '{c.text}', subject of '{gov}'")
                continue
            r.source += expand(c)
            r.how.append("source: possessive")
    if entry.of == "source":
        for _prep, p in _prep_objects(tok, ("of",)):
            r.source += expand(p)
            r.how.append("source: 'of' phrase")
    elif entry.of == "target":
        for _prep, p in _prep_objects(tok, ("of",)):
            r.target += expand(p)
            r.how.append("target: 'of' phrase")
    elif entry.of == "object":
        for _prep, p in _prep_objects(tok, ("of",)):
            r.obj = p
    by = _prep_objects(tok, entry.source_preps) or [("by", p) for p in hung_by(tok)]
    for _prep, p in by:
        r.source += expand(p)
        r.how.append("source: 'by' phrase")
    if (
        not r.source
        and entry.type.value not in PLACE_FROM_TYPES
        and (come := _coming_verb(tok)) is not None
    ):
        for _prep, p in _prep_objects(come, ("from",)):
            r.source += expand(p)
            r.how.append(f"source: 'from' phrase of '{come.text}'")
    if not r.source and gov is not None and gov.lemma_.lower() in UNDERGO_VERBS:
        for _prep, p in _prep_objects(tok, ("from",)) + _prep_objects(gov, ("from",)):
            r.source += expand(p)
            r.how.append(f"source: 'from' phrase of '{gov.text}'")
            subj, _ = subject_of(gov)
            if subj is not None and not r.target:
                r.target = expand(subj)
                r.how.append(f"target: subject of '{gov.text}'")
            break
    if (
        not r.target
        and gov is not None
        and gov.lemma_.lower() in ANSWER_VERBS
        and tok.dep_ in {"dobj", "nsubjpass"}
        and entry.type.value in {"REQUEST", "AGREE"}
    ):
        subj, _ = subject_of(gov)
        if subj is not None:
            r.target = expand(subj)
            r.how.append(f"target: who answers it, subject of '{gov.text}'")
    # "sanctions that can be imposed by the United States": the agent of a performing verb
    for c in tok.children:
        if c.dep_ in {"relcl", "acl"} and c.pos_ in {"VERB", "AUX"}:
            ag = agent_of(c)
            if ag is None:
                continue
            if c.lemma_.lower() in HOST_VERBS:
                r.target += expand(ag)
                r.how.append(f"target: host ('{c.text} by')")
            elif c.lemma_.lower() in agent_verbs and not r.source:
                r.source += expand(ag)
                r.how.append(f"source: agent of '{c.text}'")
    if not r.source and (parties := relation_parties(tok)):
        # "a deal to normalize relations between Sudan and Israel": theirs, not the announcer's
        r.source, r.target = parties[:1], parties[1:]
        r.how.append("sides: the parties of the relation its clause acts on")
    if not r.source and (sides := clause_sides(tok, entry, gov, agent_verbs))[2]:
        r.source, r.target = sides[0], r.target or sides[1]
        r.how.append(sides[2])
        defended = not sides[0] and tok.head != gov  # "reiterated the consequences X faces"
    if not r.source:
        # "Russian strikes", "Iranian missile strikes": a named modifier, or one a level down
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]
        mods += [
            g
            for c in mods
            if not c.text[:1].isupper()
            for g in c.children
            if g.dep_ in {"compound", "amod", "nmod"}
        ]
        for c in mods:
            if c.text[:1].isupper():
                r.source += [c]
                r.how.append("source: modifier")
    # "Qatar brokered a truce": the broker is no party to what it brokers (its act is the talks)
    mediated = gov is not None and gov.lemma_.lower() in MEDIATE_VERBS
    brokered = mediated and entry.type.value != "CONSULT"
    if (
        gov is not None
        and not r.source
        and not defended
        and not brokered
        and tok.dep_ != "nsubjpass"
        and gov.lemma_.lower() not in OBSERVER_VERBS | UNDERGO_VERBS
    ):
        subj, how = subject_of(gov)
        if subj is not None:
            r.source = expand(subj)
            r.how.append(f"source: {how} of '{gov.text}'")
            r.source_alt = _doer_behind(subj, how)
    if not r.source and entry.type.value == "CONSULT" and (who := traveller(tok)) is not None:
        r.source = expand(who)
        r.how.append("source: the traveller, subject of the clause the journey times")
    # "Kenya said there would be no talks with Somalia": a refusal declared by the speaker
    if (
        not r.source
        and entry.type.value == "REJECT"
        and gov is not None
        and any(c.dep_ == "expl" for c in gov.children)
    ):
        speaker = reporter(gov)
        if speaker is not None:
            r.source = expand(speaker)
            r.how.append(f"source: who says there will be no '{tok.text}'")
    # "clashes between Armenian and Azerbaijani forces": all sides act
    if not r.source and entry.reciprocal:
        for _prep, p in _prep_objects(tok, ("between", "among")):
            r.source += expand(p)
            r.how.append("source: all sides ('between')")
        if brokered and not r.target:  # the broker's parties: one side and the other
            r.source, r.target = r.source[:1], r.source[1:]
    # targets: prepositions on the noun phrase, then the host, then the governing verb's
    if not r.target:
        for prep, p in _deep_prep_objects(tok, entry.target_preps):
            r.target += expand(p)
            r.how.append(f"target: '{prep}' phrase")
            break
    # "New Delhi is preparing for the visit of Putin": who receives a visit hosts it
    if (
        not r.target
        and gov is not None
        and entry.type.value == "CONSULT"
        and tok.dep_ in {"dobj", "pobj"}
    ):
        subj, _ = subject_of(gov)
        if subj is not None and all(subj.i != s.i for s in r.source):
            r.target = expand(subj)
            r.how.append(f"target: host, subject of '{gov.text}'")
    if not r.target and gov is not None:
        for prep, p in _prep_objects(gov, entry.target_preps):
            r.target += expand(p)
            r.how.append(f"target: '{prep}' phrase of '{gov.text}'")
            break
        if not r.target:
            for c in gov.children:
                if c.dep_ == "dative":
                    r.target += expand(c)
                    r.how.append(f"target: indirect object of '{gov.text}'")
    return r


def _coming_verb(tok: Token) -> Token | None:
    """The verb of coming a noun event is the subject of, itself or as the "of" phrase of its
    subject ("condemnation came from", "statements of condemnation have come from")."""
    subj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in {"nsubj"}:
        subj = tok.head.head
    if subj.dep_ == "nsubj" and subj.head.lemma_.lower() in COME_VERBS:
        return subj.head
    return None


def _doer_behind(subj: Token, how: str) -> list[Token]:
    """ "a resolution to expel the troops", "announced plans to impose sanctions", "used drones to
    strike": when the noun a clause hangs on is no actor, or one the text does not place, who
    passes the resolution, has the plans, uses the drones is the doer (assembly.py decides)."""
    if how not in {CLAUSE_NOUN, CONTROLLER, RELATIVE_NOUN}:
        return []
    alt = noun_doer(subj)
    if alt is None and subj.dep_ == "pobj" and subj.head.dep_ == "prep":
        # "posted a message on Twitter blaming Iran": the clause hung on the message's phrase
        owner = subj.head.head
        if owner.lemma_.lower() in DOCUMENT_NOUNS:
            alt = noun_doer(owner)
    return expand(alt) if alt is not None else []


def _speaker_behind(tok: Token, entry: TriggerEntry, how: str) -> list[Token]:
    """ "Erdogan said the killing had been planned and demanded that ...": a saying verb
    coordinated with a reported clause, which it takes its subject from, may be the reporter's
    own second act; assembly.py takes the reporter only when that subject is no actor."""
    if how != "subject of governing verb" or tok.dep_ != "conj" or tok.head.dep_ != "ccomp":
        return []
    if entry.type.value not in SAYING_TYPES:
        return []
    speaker = reporter(tok.head)
    return expand(speaker) if speaker is not None else []
