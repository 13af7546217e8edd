"""Modality: asserted, future, hypothetical, negated (historical is decided from the date).

Cues are read on the trigger and on the chain of heads above it, up to the clause that reports
it; the first decisive cue wins, nearest first. The word lists are small named sets, not guesses.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventcoder.events.conditions import as_long_as_not
from eventcoder.events.dates import ResolvedDate, long_past
from eventcoder.events.modal_conjuncts import conjunct_step
from eventcoder.events.modal_frames import (
    cancelled,
    future_frame,
    going_to,
    later_here,
    later_today,
    own_duty,
    period_ahead,
)
from eventcoder.events.modal_objects import achieved, object_cue, presupposed
from eventcoder.events.modal_relatives import relative_cue
from eventcoder.events.modality_words import (
    COMMENT_VERBS,
    FUTURE_AUX,
    FUTURE_HEADS,
    FUTURE_OBJ,
    FUTURE_TO,
    GATHERINGS,
    GIVING,
    HABITUAL_ADV,
    HAPPENING,
    HYPO_AUX,
    NO_IDIOMS,
    PREPARING,
    REPORTED_FUTURE,
    STEADFAST,
    STOP_AT,
    TELLING_OBJ,
)
from eventcoder.events.pleasure import pleasure_to
from eventcoder.events.roles import CLAUSE_PREPS
from eventcoder.records import Modality

HYPO_HEADS = {
    "accuse",
    "allege",
    "blame",
    "suspect",
    "fear",
    "threaten",
    "threat",
    "warn",
    "consider",
    "mull",
    "propose",
    "possibility",
    "risk",
    "call",
    "urge",
    "ask",
    "demand",
    "want",
    "seek",
    "hope",
    "wish",
    "push",
    "press",
    "request",
    "appeal",
    "recommend",
    "suggest",
    "danger",
    "prospect",
    "chance",
    "likelihood",
    "try",
    "attempt",
    "weigh",
    "may",
    "would",
    "could",
    "able",
    "idea",
    "proposal",
}
NEG_HEADS = {
    "deny",
    "refuse",
    "fail",
    "reject",
    "decline",
    "rule",
    "halt",
    "cancel",
    "postpone",
    "call off",
    "dismiss",
    "avoid",
    "prevent",
    "block",
    "stop",
    "oppose",
    "resist",
}
# "its failure to condemn", "their refusal to disclose": the act the noun says was not done
NEG_NOUNS = {"failure", "refusal", "inability", "reluctance", "unwillingness"}
NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}
FUTURE_ADJ = {
    "upcoming",
    "planned",
    "forthcoming",
    "future",
    "next",
    "proposed",
    "expected",
    "scheduled",
    "prospective",
    "impending",
    "coming",
}
HYPO_ADJ = {
    "possible",
    "potential",
    "likely",
    "hypothetical",
    "conditional",
    "threatened",
    "feared",
    "alleged",
}
DENY = {"deny", "dismiss"}
CONTRAST = {"but", "yet"}
TEMPORAL_MARKS = {"when", "after", "before", "once", "as", "until", "while"}
# time prepositions whose noun happens with or before the act of the clause ("during the trip")
ALONG_PREPS = {"during", "throughout", "amid", "amidst", "ahead", "before", "prior"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
THREAT_VERBS = {"threaten", "warn"}
Cue = tuple[Modality, str]  # a modality and the words that decided it
# nouns whose "that" clause is presupposed true, whatever the modality of the words around them
FACTS = {"fact", "reality", "truth"}


def _reported_by(tok: Token) -> Token | None:
    """The verb of saying whose clause holds this one ("said ISIS was defeated and Turkey would
    be moving": the second clause is conjoined to the first)."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTED_FUTURE:
        return cur.head
    return None


def _own_cues(tok: Token, is_trigger: bool, negation: bool = True, came: int = -1) -> Cue | None:
    # negation first: "won't" is "will" and "not", and the "not" decides ("it is no wonder that
    # they protest" asserts)
    for c in tok.children:
        if (c.dep_ == "neg" and negation and tok.lemma_.lower() not in STEADFAST) or (
            c.dep_ == "det" and c.lower_ == "no" and tok.lemma_.lower() not in NO_IDIOMS
        ):
            return Modality.NEGATED, f"negation {c.text!r} on {tok.text!r}"
    # "would send tanks only if the US agreed": a condition on the event makes it hypothetical
    # (but a threat is conditional by nature: "threatened to block sites if they did not comply"
    # was made)
    if tok.pos_ == "NOUN" and (called_off := cancelled(tok)) is not None:
        return Modality.NEGATED, f"'{tok.text} ... {called_off.text}': called off (§14)"
    threat = is_trigger and tok.lemma_.lower() in THREAT_VERBS
    if not threat and (c := _condition(tok)) is not None:
        return Modality.HYPOTHETICAL, f"a condition on {tok.text!r} ({c.text!r} clause)"
    for c in tok.children:
        low = c.lower_
        if c.dep_ in {"aux", "auxpass"}:
            if low in FUTURE_AUX or c.lemma_ in FUTURE_AUX:
                return Modality.FUTURE, f"auxiliary {c.text!r} on {tok.text!r}"
            if low == "would" and (said := _reported_by(tok)) is not None:
                # "announced that the US would withdraw": future in the past
                return Modality.FUTURE, f"'{said.text} ... would': future in the past"
            if low == "would" and (deal := _terms_of(tok)) is not None:
                # "an agreement under which troops would leave": what it provides, to be done
                return Modality.FUTURE, f"'{deal.text} ... would': what it provides"
            if low == "would" and (
                h := next((a for a in tok.children if a.lower_ in HABITUAL_ADV), None)
            ):
                return Modality.ASSERTED, f"'would {h.text}': done again and again"
            if own_duty(tok, c):
                return Modality.FUTURE, f"'we {c.text} {tok.text}': the speaker's own course"
            if low in HYPO_AUX or c.lemma_ in HYPO_AUX:
                return Modality.HYPOTHETICAL, f"modal {c.text!r} on {tok.text!r}"
        if c.dep_ == "mark" and low in CONDITIONAL_MARKS:
            return Modality.HYPOTHETICAL, f"{c.text!r} on {tok.text!r}"
        if c.dep_ == "amod" and tok.pos_ == "NOUN":
            # "all possible help" is every help there is, not a possibility
            if low in HYPO_ADJ and not any(s.lower_ == "all" for s in tok.children):
                return Modality.HYPOTHETICAL, f"adjective {c.text!r}"
            if low in FUTURE_ADJ:
                return Modality.FUTURE, f"adjective {c.text!r}"
    # "a deal signed with the United States": a bare past participle says it was done (the
    # summit was held, but "did not attend the summit hosted by India" leaves the attendance out);
    # a gathering's own participle is as the gathering: "will attend a summit hosted by Palau"
    if tok.pos_ == "NOUN" and not (is_trigger and _under_negated_verb(tok)):
        for c in tok.children:
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and not (c.i == came and tok.lemma_.lower() in GATHERINGS)
                and not any(cc.dep_ in {"aux", "auxpass", "neg"} for cc in c.children)
            ):
                return Modality.ASSERTED, f"'{tok.text} {c.text}': done"
    # "the visit is expected", "talks are planned": a passive participle governing the noun
    if tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"}:
        head = tok.head
        if head.lemma_.lower() in FUTURE_HEADS:
            return Modality.FUTURE, f"'{tok.text} ... {head.text}'"
    # a subordinate clause of a trigger noun: "sanctions that can be imposed", "the atrocities it
    # is committing"
    return relative_cue(tok, is_trigger) if tok.pos_ == "NOUN" else None


# what an agreement's clause provides is still to be done (GUIDELINES §15: undertakings toward
# another side): "a deal under which troops would leave", "an accord that requires them to leave"
AGREEMENTS = {"agreement", "deal", "accord", "treaty", "pact", "truce", "ceasefire", "arrangement"}
PROVIDE_VERBS = {"require", "oblige", "commit", "bind"}


def _terms_of(clause: Token) -> Token | None:
    """The agreement noun whose relative clause this is."""
    if clause.dep_ in {"relcl", "acl"} and clause.head.lemma_.lower() in AGREEMENTS:
        return clause.head
    return None


def _condition(tok: Token) -> Token | None:
    """The "if" or "unless" clause a word governs (or "for as long as ... not", an unless)."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children
        ):
            return c
    return as_long_as_not(tok)


def _modal_aux(tok: Token) -> Token | None:
    """A modal auxiliary of possibility on the word ("would be willing", "could be ready")."""
    return next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in HYPO_AUX), None)


def _under_negated_verb(tok: Token) -> bool:
    """Is a noun in the object of a negated verb ("did not attend the Group of 20 summit")?"""
    cur = tok
    while cur.dep_ in {"dobj", "pobj", "prep", "compound", "nmod", "appos"} and cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "neg" for c in cur.children)
    return False


def modality_of(trigger: Token, governor: Token | None = None) -> Modality:
    """Walk from the trigger up through its governing words; the nearest cue decides."""
    return modality_cue(trigger, governor)[0]


def modality_cue(trigger: Token, governor: Token | None = None) -> Cue:
    """The modality and the cue that decided it (for --explain)."""
    if (done := _kept_promise(trigger)) is not None:
        return Modality.ASSERTED, f"'said ... would ... {done.text}': done as said"
    cur = trigger
    skip = False  # the conjunct climbed from had its own subject: this word's cues are not its own
    doer = False  # climbed from the subject: what the event does, negated, leaves it done
    came = -1  # the word the climb came from
    for depth in range(8):
        cue = None if skip else _own_cues(cur, depth == 0, not doer, came)
        skip = doer = False
        if cue is not None:
            return cue
        came = cur.i
        # "will sign ... when Sunak hosts Kishida": the time clause shares a future
        if (
            cur.dep_ == "advcl"
            and any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS for c in cur.children
            )
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cur.head.children)
        ):
            return Modality.FUTURE, f"a time clause of the future {cur.head.text!r}"
        if cur.head.i == cur.i or cur.dep_ in {"relcl", "parataxis"}:
            break
        if cur.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in CONTRAST for c in (*cur.head.children, *cur.children)
        ):
            break  # "did not meet them but called for talks": the call was made
        if (step := conjunct_step(cur)) is not None:
            # "Russia did not attack, and Ukraine withdrew": a clause with its own subject keeps
            # its own modality; what governs both clauses ("to ensure that ...") still counts
            cur, skip = step
            continue
        if cur.dep_ == "advcl" and not _purpose(cur):
            break  # a subordinate clause ("after Moscow accused Kyiv") asserts on its own
        if cur.dep_ == "prep" and cur.lower_ in CLAUSE_PREPS:
            if cur.lower_ in ALONG_PREPS and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cur.head.children
            ):  # "During the trip, the envoy will discuss": the trip is yet to come
                return Modality.FUTURE, f"a time phrase of the future {cur.head.text!r}"
            break  # "during their talks", "after the visit": a time frame, not a complement
        dep = cur.dep_
        head = cur.head
        lemma = head.lemma_.lower()
        # "our sanctions do not impede aid" (but "the talks did not take place")
        doer = dep == "nsubj" and cur.pos_ == "NOUN" and lemma not in HAPPENING
        if (obj_cue := object_cue(cur, head)) is not None:
            return obj_cue
        if presupposed(cur, head):
            break  # "any readout for his meetings": the meetings were held
        if dep in {"acomp", "oprd"} and cur.lower_ in SURE and lemma == "make":
            cur = head  # "want to make sure that Kyiv has the means": what governs "make" decides
            continue
        if dep == "xcomp" and (be := achieved(head)) is not None:
            cur = be  # "was able to negotiate": done; the clause of "was" decides the rest
            continue
        if dep == "dobj" and lemma in TELLING_OBJ:
            break
        if (
            dep == "prep"
            and cur.lower_ in {"on", "about", "upon"}
            and lemma in COMMENT_VERBS
            and head.pos_ == "VERB"
        ):
            break  # "we aren't going to comment on the talks": the talks are not denied
        if dep == "xcomp" and pleasure_to(head, cur):
            break  # "it is a pleasure to welcome the minister": done in the saying
        if dep in {"acl", "ccomp"} and head.pos_ == "NOUN" and lemma in FACTS:
            break  # "nothing can change the fact that Russia invaded": a fact is asserted
        if lemma in STOP_AT and dep != "dobj":
            # what was said is judged on its own; what is announced as an object ("will announce
            # a pledge") shares the announcement's modality
            break
        if dep in {
            "xcomp",
            "ccomp",
            "pobj",
            "prep",
            "dobj",
            "conj",
            "acl",
            "advcl",
            "pcomp",
            "compound",
            "attr",
            "nsubjpass",
            "nsubj",
            "appos",
            "amod",
        }:
            if dep != "conj" and dep != "compound":
                # "did not offer an apology": the governing word's own negation decides first
                if any(c.dep_ == "neg" for c in head.children) and (
                    lemma in FUTURE_OBJ or lemma in HYPO_HEADS or lemma in FUTURE_HEADS
                ):
                    return Modality.NEGATED, f"negated governing {head.text!r}"
                if lemma in NEG_NOUNS and dep in {"acl", "xcomp"} and head.pos_ == "NOUN":
                    return Modality.NEGATED, f"'{head.text} to'"
                # "refused to attend", "denied the attack" (but "rejected the demand": it was made)
                if lemma in NEG_HEADS and (
                    dep in {"xcomp", "ccomp"} or (dep == "dobj" and lemma in DENY)
                ):
                    return Modality.NEGATED, f"governed by {head.text!r}"
                if (
                    # "on this trip, he is going to meet": hangs on "going to" (not its subject)
                    (
                        (dep == "xcomp" or (dep == "prep" and cur.lower_ in {"on", "at"}))
                        and going_to(head)
                    )
                    or (lemma in FUTURE_HEADS and dep == "xcomp")
                    # "announced plans to keep working with X": the plan's act is to come
                    or (lemma in FUTURE_HEADS and dep == "acl" and head.pos_ == "NOUN")
                    or (lemma in FUTURE_OBJ and dep in {"pobj", "prep", "dobj"})
                    # "laying the groundwork to annex": the purpose of preparing is to come
                    or (dep == "advcl" and any(o.lemma_ in PREPARING for o in head.children))
                    or future_frame(head, cur)
                    or (lemma in FUTURE_TO and dep == "prep" and cur.lower_ == "to")
                    or (lemma == "agree" and dep == "xcomp" and cur.lemma_.lower() in GIVING)
                    # "an agreement that requires all troops to leave": what it provides
                    or (lemma in PROVIDE_VERBS and dep in {"xcomp", "ccomp"} and _terms_of(head))
                ):
                    holder = head.head if head.dep_ in {"acomp", "attr"} else head
                    if (c := _condition(head) or _condition(holder)) is not None:
                        # "is ready to strike if NATO expands": a condition on the plan or offer
                        return Modality.HYPOTHETICAL, f"a condition on {head.text!r} ({c.text!r})"
                    if holder is not head and (m := _modal_aux(holder)) is not None:
                        # "would be willing to hold a summit": a readiness that is itself supposed
                        return Modality.HYPOTHETICAL, f"'{m.text} ... {head.text}'"
                    return Modality.FUTURE, f"governed by {head.text!r}"
                if lemma in HYPO_HEADS and dep in {"xcomp", "pobj", "prep", "dobj", "ccomp"}:
                    return Modality.HYPOTHETICAL, f"governed by {head.text!r}"
            cur = head
            continue
        break
    return Modality.ASSERTED, "no cue: asserted"


SURE = {"sure", "certain"}  # "make sure that X": X is what the maker aims at, not a fact


def _purpose(clause: Token) -> bool:
    """ "will send marines to help the relief effort": an infinitive of purpose happens only as
    its verb does, and shares its modality (a time or reason clause asserts on its own). So does
    an infinitive with its own subject: "would welcome it for the prime minister to visit"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
        c.dep_ == "mark" and c.lower_ != "for" for c in clause.children
    )


PROMISE_VERBS = {"say", "promise", "pledge", "vow", "tell"}
ECHO_AUX = {"be", "do", "have"}


def _kept_promise(tok: Token) -> Token | None:
    """ "We said that we would reinforce the eastern flank – we are.": a promise in the past
    confirmed by a bare auxiliary at the end of the sentence is done, not hypothetical."""
    chain = [tok, *tok.ancestors]
    if not any(any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children) for t in chain):
        return None
    sent = tok.sent
    if not any(t.lemma_ in PROMISE_VERBS and t.tag_ == "VBD" and t.i < tok.i for t in sent):
        return None
    for t in sent:
        if t.i <= tok.i or t.pos_ not in {"AUX", "VERB"} or t.lemma_ not in ECHO_AUX:
            continue
        if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children):
            continue
        if any(c.dep_ in {"acomp", "attr", "xcomp", "dobj", "neg"} for c in t.children):
            continue
        if all(x.is_punct for x in sent[t.i + 1 - sent.start :]):
            return t
    return None


DEFINITE_DETS = {"the", "this", "that", "these", "those"}


def _definite_reference(tok: Token) -> bool:
    """ "Was that addressed during President Biden's call with Xi?": a definite event noun in
    a phrase of a question refers to an event the asker takes as given (§12, §16), so the
    question does not make it hypothetical."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS) for c in tok.children
    )


def settle(
    modality: Modality, sent: Span, resolved: ResolvedDate | None, pub: date | None
) -> Modality:
    """Overrides after the cues: a question asserts or plans nothing ("does the US still endorse…?",
    "is the US ready to agree…?"); an asserted event dated over a year before publication is
    historical, a day-precise one dated after it is future."""
    return settle_cue((modality, ""), sent, resolved, pub)[0]


def settle_cue(
    cue: Cue,
    sent: Span,
    resolved: ResolvedDate | None,
    pub: date | None,
    trigger: Token | None = None,
) -> Cue:
    """`settle` with the cue that decided: the words' cue, or the override and its reason."""
    modality, why = cue
    if (
        modality in {Modality.ASSERTED, Modality.FUTURE}
        and sent.text.rstrip().rstrip("\"'”’").endswith("?")
        and not (trigger is not None and _definite_reference(trigger))
    ):
        return Modality.HYPOTHETICAL, "the sentence is a question"
    if modality is Modality.ASSERTED and pub is not None and later_today(trigger):
        return Modality.FUTURE, "'later' in a period under way (today, this week): still to come"
    if resolved is None or pub is None or modality is not Modality.ASSERTED:
        return modality, why
    if long_past(resolved, pub):
        return Modality.HISTORICAL, f"dated {resolved.text!r} ({resolved.last}), before {pub}"
    if later_here(trigger):
        return Modality.FUTURE, f"dated {resolved.text!r}: still to come in a period under way"
    if resolved.date > pub + timedelta(days=1) and resolved.precision == "day":
        return Modality.FUTURE, f"dated {resolved.date.isoformat()}, after publication {pub}"
    if resolved.date > pub and period_ahead(resolved, trigger):
        # "travels to Lima next week", "her trip next month": a period that starts after
        # publication is still to come
        return Modality.FUTURE, f"dated {resolved.text!r}, a period after publication {pub}"
    return modality, why
