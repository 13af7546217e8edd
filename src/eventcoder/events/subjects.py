"""Who does a verb or a noun's act: the subject, climbing infinitives, coordination, relative
clauses and gerunds after a preposition; the agent of a passive or of a participle; the doer of a
noun of decision ("a resolution to expel", "plans to withdraw"); who reports an event.

Pure over spaCy tokens, like roles.py, which maps the tokens these return to the event's sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import (
    ADJ_GERUND_PREPS,
    ATTACK_NOUNS,
    AUTHOR_VERBS,
    CLAUSE_PREPS,
    CLIMB_VERB,
    DOCUMENT_NOUNS,
    FIGHT_NOUNS,
    GERUND_PREPS,
    INSTRUMENT_VERBS,
    NOUN_CLIMB,
    OBSERVER_VERBS,
    PASS_SUBJ,
    PASSIVE_GERUND_PREPS,
    PURPOSE_NOUNS,
    RELATIVE,
    REPORT_VERBS,
    SUBJ,
    SUBJECT_GERUND_PREPS,
    UNDERGO_VERBS,
    UNDERTAKING_NOUNS,
    WANT_VERBS,
    WEAPON_NOUNS,
)

# how subject_of names a doer that may be no actor at all, with one further up to fall back on
CLAUSE_NOUN = "noun modified by clause"
CONTROLLER = "object of controlling verb"
RELATIVE_NOUN = "relative clause"


def expand(tok: Token) -> list[Token]:
    """A token and its conjuncts ("India and Russia" -> both), and a listed apposition
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.dep_ == "conj" and nxt is not None and nxt.dep_ == "aux" and nxt.head.i != tok.head.i:
        return [tok]  # a stranded subject ("defeated ISIS and Turkey would be moving")
    out = [tok, *tok.conjuncts]
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i:
            out += [c, *c.conjuncts]
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def attack_doer(verb: Token) -> Token | None:
    """ "were killed in an Israeli airstrike", "in a US operation", "in a raid by police", "in a
    clash with Chinese troops": an agentless passive of force done in an attack is done by the
    attack's doer (the attack noun itself, whose modifiers name it, or its "by" phrase), or in a
    fight by the other side its "with" phrase names ("killed in fighting" names nobody)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"in", "during"}:
            continue
        for p in c.children:
            lemma = p.lemma_.lower()
            if p.dep_ != "pobj" or lemma not in ATTACK_NOUNS | FIGHT_NOUNS:
                continue
            side = "with" if lemma in FIGHT_NOUNS else "by"
            for w in p.children:
                if w.dep_ in {"prep", "agent"} and w.lower_ == side:
                    for o in w.children:
                        if o.dep_ == "pobj":
                            return o
            return p if lemma in ATTACK_NOUNS else None
    return None


def stray_agent(verb: Token) -> Token | None:
    """A "by" phrase the parser hung lower in the clause ("on X and officials by the EU")."""
    for t in verb.subtree:
        cv = _clause_verb(t)
        if t.dep_ in {"prep", "agent"} and t.lower_ == "by" and cv is not None and cv.i == verb.i:
            for p in t.children:
                if p.dep_ == "pobj" and p.pos_ in {"PROPN", "NOUN"}:
                    return p
    return None


def _clause_verb(tok: Token) -> Token | None:
    cur = tok.head
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def reduced_passive(verb: Token) -> bool:
    """ "nationals held hostage", "the agreement signed by X": a past form reducing a relative
    clause (the tagger often reads it as a past tense: "held"/VBD) is passive, and the noun it
    modifies is what is done to, never the doer."""
    return verb.dep_ == "acl" and (
        verb.tag_ == "VBN"
        or (verb.tag_ == "VBD" and not any(c.dep_ in SUBJ | PASS_SUBJ for c in verb.children))
    )


def adverbial_passive(verb: Token) -> bool:
    """ "A Canadian man appeared in court, charged with spying", "sailors were detained,
    accused of smuggling": a past participle modifying a clause, with no subject or auxiliary
    of its own, is passive; the subject of that clause is what is done to, never the doer."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJ | PASS_SUBJ | {"aux", "auxpass", "mark"} for c in verb.children)
    )


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, str]:
    """The doer of a verb, climbing infinitives, coordination and relative clauses."""
    if depth > 6:
        return None, ""
    passive = is_passive(verb)
    for c in verb.children:
        if c.dep_ in SUBJ or (c.dep_ in PASS_SUBJ and depth > 0):
            if c.lower_ in RELATIVE and verb.dep_ in {"relcl", "acl"}:
                return verb.head, RELATIVE_NOUN
            return c, "subject" if depth == 0 else "subject of governing verb"
    if passive and depth == 0:
        ag = agent_of(verb)
        return (ag, "passive agent") if ag is not None else (None, "")
    if verb.dep_ in {"relcl", "acl"}:
        head = verb.head
        # ("dep": the parse's word for a second predicate, "a real honor, pleasure to be here")
        if head.dep_ in {"attr", "dep"} and head.head.pos_ in {"AUX", "VERB"}:
            s, _ = subject_of(head.head, depth + 1)
            return s, "subject of copula"
        # "the agreement signed by X": the noun is the object (but "a show of force meant to
        # warn": climbing from the warning, the noun is the doer of what it is meant to do)
        reduced = reduced_passive(verb) if depth == 0 else verb.tag_ == "VBN"
        if verb.dep_ == "acl" and reduced:
            return None, ""
        return head, CLAUSE_NOUN
    if (noun := judged_noun_clause(verb)) is not None:
        return noun, CLAUSE_NOUN
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
        if verb.tag_ != "VBG" or verb.head.pos_ not in {"VERB", "AUX"}:
            return (
                None,
                "",
            )  # "after Iranian missile strikes": a subordinate clause has its own doer
        # "while continuing to call for", "after meeting the minister": a participle with no
        # subject of its own is done by the subject of the clause it modifies
        return subject_of(verb.head, depth + 1)
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.head.pos_ in {"VERB", "AUX"}:
        # a predicative adjective trigger ("we are committed to X's sovereignty"): the copula's
        # subject
        return subject_of(verb.head, depth + 1)
    if verb.dep_ in CLIMB_VERB and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_.lower() in REPORT_VERBS and verb.dep_ == "ccomp":
            return None, ""
        # "accused Russia of shelling", "blamed Kyiv for attacking": the object does the gerund
        # (not after "by", "after" and the like: "gave the green light by refusing", "after
        # meeting the minister, Biden urged China" are the subject's own acts)
        if (
            verb.dep_ == "pcomp"
            and head.pos_ == "ADP"
            and head.lower_ not in SUBJECT_GERUND_PREPS
            and head.head.pos_ in {"VERB", "AUX"}
        ):
            for c in head.head.children:
                if c.dep_ == "dobj":
                    return c, "object of governing verb"
            # the passive of the same: "a woman was sentenced for protesting", "Kyiv was
            # accused of shelling": the one punished, blamed or praised did it
            if head.lower_ in PASSIVE_GERUND_PREPS and is_passive(head.head):
                for c in head.head.children:
                    if c.dep_ in PASS_SUBJ and c.lower_ not in RELATIVE:
                        return c, "subject of governing verb"
        # "used the pretext to send in troops": the user, not the means, does it
        if verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in INSTRUMENT_VERBS:
            return subject_of(head, depth + 1)
        # object control: "prompted Maduro to break off relations" -> Maduro breaks them off
        if verb.dep_ == "xcomp":
            for c in head.children:
                if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
                    return c, CONTROLLER
        if verb.dep_ == "pcomp" and (head.pos_ == "ADP" or head.dep_ == "prep"):
            # (a participle used as a preposition too: "including lifting the curfew")
            return _gerund_subject(verb, head, depth)
        if verb.dep_ == "conj" and (own := _stranded_subject(verb)) is not None:
            return own, "subject" if depth == 0 else "subject of governing verb"
        if verb.dep_ == "conj" and (gov := finite_governor(verb)) is not None:
            return subject_of(gov, depth + 1)
        if head.pos_ in {"VERB", "AUX"}:
            return subject_of(head, depth + 1)
        if verb.dep_ == "conj":
            # "continue to detain, harass, and threaten": a middle conjunct the tagger took for
            # a noun does not stop the climb to the first verb
            first = head
            while first.dep_ == "conj" and first.pos_ not in {"VERB", "AUX"}:
                first = first.head
            if first.pos_ in {"VERB", "AUX"}:
                return subject_of(first, depth + 1)
        # "would be willing to hold talks": through the adjective to its verb
        if (
            head.pos_ == "ADJ"
            and head.dep_ in {"acomp", "amod"}
            and head.head.pos_ in {"VERB", "AUX"}
        ):
            return subject_of(head.head, depth + 1)
    return None, ""


# nouns of a scheme whose infinitive says what is schemed ("a plot to kidnap")
PLOT_NOUNS = frozenset({"plot", "scheme", "conspiracy", "ploy"})


def judged_noun_clause(verb: Token) -> Token | None:
    """ "We condemn the plot to kidnap a citizen": the parser hangs the infinitive right after the
    object of a verb that only judges or watches on that verb, as its purpose; it is the object
    noun's clause, and the one who judges the plot does not kidnap. The noun it hangs on."""
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in OBSERVER_VERBS:
        return None  # (only a noun of a plan or plot: "applauded the meetings to deepen ties")
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i]
    if not to:
        return None
    for c in verb.head.children:
        if c.dep_ != "dobj" or c.lemma_.lower() not in PLOT_NOUNS | UNDERTAKING_NOUNS:
            continue
        if c.right_edge.i + 1 == to[0].i:
            return c
    return None


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
NONFINITE_DEPS = {"xcomp", "advcl"}


def finite_governor(verb: Token) -> Token | None:
    """ "Raab urged the embassy to reconsider and spoke with Pompeo", "condemned the decision,
    calling for its reversal and pledged efforts": the parser hangs a finite verb on the
    infinitive or participle before it, yet a verb with a tense is coordinated with the finite
    verb that governs them and shares its doer, not the infinitive's controller."""
    head = verb.head
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    if not _nonfinite(head) or head.dep_ not in NONFINITE_DEPS:
        return None
    gov = head.head
    for _ in range(4):  # up through further infinitives and the nouns they modify
        if gov.pos_ in {"VERB", "AUX"} and not _nonfinite(gov):
            break
        if gov.head.i == gov.i:
            return None
        gov = gov.head
    return gov if gov.tag_ in FINITE_TAGS | {"VBN"} and gov.pos_ in {"VERB", "AUX"} else None


def _nonfinite(verb: Token) -> bool:
    """A participle in -ing or an infinitive with "to"."""
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _stranded_subject(verb: Token) -> Token | None:
    """ "US troops had defeated ISIS and Turkey would be moving into Syria": the parser reads a
    second clause's subject as a conjunct of the first clause's object; the noun just before the
    second verb's auxiliaries is its subject."""
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not auxes:
        return None
    before = verb.doc[auxes[0].i - 1] if auxes[0].i > 0 else None
    if before is None or before.dep_ != "conj" or before.pos_ not in {"PROPN", "NOUN"}:
        return None
    obj = before.head
    while obj.dep_ == "conj":
        obj = obj.head
    return before if obj.dep_ == "dobj" and obj.head.i == verb.head.i else None


def governor_verb(tok: Token) -> Token | None:
    """The verb a noun trigger hangs from ("started the delivery", "participated in the dialogue")."""
    cur = tok
    for _ in range(6):
        if not (cur.dep_ in NOUN_CLIMB or _listed_modifier(cur)) or cur.head.i == cur.i:
            return None
        if cur.dep_ == "prep" and cur.lower_ in CLAUSE_PREPS:
            return None  # "As the delivery commenced, New Delhi prepared": a time frame, not a role
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.pos_ == "NOUN" and cur.dep_ in {"nsubj", "nsubjpass"}:
            return None
    return None


def _listed_modifier(tok: Token) -> bool:
    """ "used tear gas and water cannon": the first of two listed nouns, which the parser hangs
    as a modifier of the last one, is its conjunct."""
    return tok.dep_ == "nmod" and any(c.dep_ == "cc" for c in tok.children)


def _gerund_subject(verb: Token, prep: Token, depth: int) -> tuple[Token | None, str]:
    """ "retaliated by expelling the ambassador", "are responsible for suppressing dissent": a
    gerund after a preposition of the clause is done by the clause's subject."""
    gov = prep.head
    if gov.pos_ == "ADJ" and gov.dep_ in {"acomp", "amod"} and prep.lower_ in ADJ_GERUND_PREPS:
        gov = gov.head  # "responsible for", "ready for"
    elif prep.lower_ not in GERUND_PREPS:
        return None, ""
    if gov.pos_ == "NOUN" and prep.lower_ == "including":
        # "took measures, including lifting the curfew": the measures' doer (noun_doer)
        return gov, CLAUSE_NOUN
    if gov.pos_ not in {"VERB", "AUX"}:
        return None, ""
    return subject_of(gov, depth + 1)


def noun_doer(noun: Token) -> Token | None:
    """Who does what the clause of an undertaking or a weapon says, the noun being no actor: "a
    resolution to expel the troops" is the resolution's, and so the doer's of the verb that takes
    it ("Parliament voted on a resolution"), unless a possessive or a "by" phrase names it first
    ("the court's decision", "a decision by the court"); "missiles targeting the base" are whoever
    launched them. Never the subject of a verb that only judges, undergoes or wants the noun
    ("condemned the decision to ...", "urged efforts to ...")."""
    lemma = noun.lemma_.lower()
    if lemma not in UNDERTAKING_NOUNS | WEAPON_NOUNS | DOCUMENT_NOUNS:
        return None
    if lemma in PURPOSE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return None  # "in order to", "in a bid to": sought, not done
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    gov = governor_verb(noun)
    if gov is None or gov.lemma_.lower() in OBSERVER_VERBS | UNDERGO_VERBS | WANT_VERBS:
        if lemma not in DOCUMENT_NOUNS or gov is None or gov.lemma_.lower() not in AUTHOR_VERBS:
            return None
    elif lemma in DOCUMENT_NOUNS and gov.lemma_.lower() not in AUTHOR_VERBS:
        return None  # "welcomed the statement", "received a letter": not its author
    subj, _ = subject_of(gov)
    return subj


def reporter(tok: Token) -> Token | None:
    """ "X said that Y attacked Z": X, who reports the event, is kept apart from its actors."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ in {"ccomp", "parataxis"} and cur.head.lemma_.lower() in REPORT_VERBS:
            subj, _ = subject_of(cur.head)
            return subj
        if cur.dep_ in {"relcl", "acl"}:
            return None
        cur = cur.head
    return None
