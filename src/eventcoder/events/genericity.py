"""Clauses that assert no particular event: questions, topics of talks, contents of wishes and
needs, generic subjects.

Each check reads the parse around one trigger and returns the token that explains the drop (the
question's main verb, the talks, the need), or None. The word sets are closed classes: question
and asking words, talk words, words of wanting and necessity, quantifiers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events import habits
from eventcoder.events.absence import no_act
from eventcoder.events.aims import bare_work, general_aims
from eventcoder.events.captions import caption as caption  # filters read it from here
from eventcoder.events.cited import cited_undertaking
from eventcoder.events.kept import kept_relation, welcomed_own_work
from eventcoder.events.passives import present_passive
from eventcoder.events.pleasure import pleasure_to
from eventcoder.events.provisions import provision
from eventcoder.events.role_words import PRESENT_TAGS, TIME_ENTS
from eventcoder.events.roles import CLAUSE_PREPS
from eventcoder.events.standing import committed_state, held_aim, standing_noun
from eventcoder.nlp.scan import doc_text
from eventcoder.records import EventType

# ---- questions ------------------------------------------------------------------------------
QUERY_VERBS = {"wonder", "ask", "inquire", "enquire", "question", "know"}
QUERY_MARKS = {"if", "whether"}
# wh-words that open an embedded question ("wondered how the US can ...")
WH_TAGS = {"WRB", "WP", "WDT"}


# verbs of asking whose wh-clause is a question ("know who attacked" asserts the attack)
WH_QUERY_VERBS = {"wonder", "ask", "inquire", "enquire", "question"}


def _asks(tok: Token) -> bool:
    """The word that makes its clause an embedded question: "if", "whether", or a wh-word
    opening a clause under a verb of asking."""
    if tok.dep_ == "mark" and tok.lower_ in QUERY_MARKS:
        return True
    clause = tok.head
    return (
        tok.dep_ in {"advmod", "nsubj", "dobj", "attr"}
        and tok.tag_ in WH_TAGS
        and tok.i < clause.i
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in WH_QUERY_VERBS
    )


# a clause inside a question that the asker takes as given: "after X did Y", "like they did"
GIVEN_MARKS = {"after", "since", "because", "as", "like", "when", "while", "although", "though"}
CLOSERS = "\"'”’)]» \n\t"


def question(tok: Token) -> Token | None:
    """The trigger is asked about, not asserted: "Could the U.S. be a guarantor of an agreement?",
    "could you confirm that Poland will send jets?", "I wondered if you could comment on reports
    that ...". Relative clauses and clauses of time or cause inside a question stay asserted."""
    if tok.lemma_.lower() in WH_QUERY_VERBS and any(
        c.dep_ == "ccomp" and any(_asks(x) for x in c.children) for c in tok.children
    ):
        return tok  # "repeatedly asked why Biden did not ...": a question put, no request
    cur = tok
    for _ in range(12):
        if cur.dep_ == "relcl":
            return None
        if cur.dep_ == "advcl" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in GIVEN_MARKS for c in cur.children
        ):
            return None
        if cur.dep_ == "prep" and cur.lower_ in CLAUSE_PREPS:
            return None
        # "did not say whether he supports ...": a 'whether' clause asserts neither answer
        if cur.dep_ in {"ccomp", "advcl", "xcomp"} and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in cur.children
        ):
            return cur.head
        # "wondered if you would ...", "asked whether ...", "wondered how the US can ...": an
        # embedded question
        if any(_asks(c) for c in cur.children) and (
            cur.head.lemma_.lower() in QUERY_VERBS or (cur.head.head.lemma_.lower() in QUERY_VERBS)
        ):
            return cur.head
        if cur.head.i == cur.i:
            break
        cur = cur.head
    sent = tok.sent
    direct = doc_text(tok.doc)[sent.start_char : sent.end_char]
    return cur if direct.rstrip().rstrip(CLOSERS).endswith("?") else None


# ---- topics of talks ------------------------------------------------------------------------
TALK_WORDS = {
    "discuss",
    "discussion",
    "talk",
    "negotiate",
    "negotiation",
    "consultation",
    "consult",
    "conversation",
    "dialogue",
    "debate",
    "review",
    "meeting",
    "meet",
    "summit",
    "call",
    "work",
}
TALK_OBJECT = {"discuss", "debate", "review"}  # verbs whose direct object is the topic
# what such a verb takes as its topic: an object, or a clause ("discuss how X can support Y")
TALK_OBJECT_DEPS = {"dobj", "ccomp", "xcomp"}
# nouns that name a topic: "questions of extending the deployment", "the issue of the protests"
TOPIC_NOUNS = {"question", "issue", "matter", "topic"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "of", "including"}
# what the walk may cross between the trigger and the talks
TOPIC_DEPS = {"dobj", "pobj", "prep", "pcomp", "compound", "conj", "acl", "advcl", "xcomp", "amod"}


def talk_topic(tok: Token) -> Token | None:
    """ "discussed normalization", "talks on a lasting truce", "its talks with Russia to reach a
    ceasefire": what talks are about is their topic, not an event (the talks are CONSULT)."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        head = cur.head
        if cur.dep_ not in TOPIC_DEPS and not (
            cur.dep_ == "ccomp" and head.lemma_.lower() in TALK_OBJECT
        ):
            return None
        if cur.dep_ == "advcl" and clause_subject(cur) is not None:
            return None  # "discussed aid to Ukraine as they resist the invasion": a fact told
        if cur.dep_ == "prep" and cur.lower_ not in TOPIC_PREPS:
            return None  # "talks with Russia", "during the meeting": a party or a time
        lemma = head.lemma_.lower()
        # "of" only: "a question on the protests happening now" asks about real ones
        if (
            head.pos_ == "NOUN"
            and lemma in TOPIC_NOUNS
            and cur.dep_ == "prep"
            and cur.lower_ == "of"
        ):
            return head
        if lemma in TALK_WORDS:
            if cur.dep_ in TALK_OBJECT_DEPS and lemma in TALK_OBJECT:
                return head
            if cur.dep_ == "prep" and lemma != "call" and (lemma != "work" or cur.lower_ == "on"):
                return head  # "working with Russia on the deal": the deal is the topic
            if cur.dep_ == "acl" and head.pos_ == "NOUN" and _infinitive(cur):
                return head  # "talks to reach a ceasefire": their aim
            return None
        cur = head
    return None


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# ---- contents of wishes, needs and importance -------------------------------------------------
WISH_WORDS = {
    "need",
    "necessity",
    "importance",
    "important",
    "essential",
    "vital",
    "necessary",
    "crucial",
    "imperative",
    "want",
    "wish",
    "hope",
    "desire",
    "prefer",
    "preference",
    "priority",
    "opportunity",
    "goal",
    "objective",
    "vision",
    "precondition",
    "prerequisite",
}
WISH_DEPS = {"xcomp", "ccomp", "acl", "advcl", "pobj", "prep", "pcomp", "conj", "dobj"}
WISH_PREPS = {"of", "for", "including"}  # "the need for X, including Y": Y is needed too
SPEAKER = {"i"}


def wish_content(tok: Token) -> Token | None:
    """ "emphasized the need for allies to support Ukraine", "stressed the importance of working
    with partners to ... release all those detained", "the United States wants to support
    Morocco": what is wanted or needed is no event (the speech act may be a REQUEST)."""
    cur, about = tok, False
    for _ in range(6):
        if cur.dep_ not in WISH_DEPS or cur.head.i == cur.i:
            return None
        # "want to speak on the trip": what is spoken about, unless a "that" clause is wished whole
        about = about or (cur.dep_ == "prep" and cur.lower_ not in WISH_PREPS)
        head = cur.head
        if about and not (head.lemma_.lower() in WISH_WORDS and clause_subject(cur)):
            cur = head
            continue
        if head.lemma_.lower() in WISH_WORDS and cur.dep_ != "conj":
            if any(c.dep_ == "nsubj" and c.lower_ in SPEAKER for c in head.children):
                return None  # "I want to recognize ...": the wish performs the act
            if head.pos_ == "VERB" and cur.dep_ not in {"xcomp", "ccomp"}:
                return None  # "needed aid": the object of a need is not its content here
            return head
        cur = head
    return None


# ---- what is allowed or enabled -------------------------------------------------------------
PERMIT_WORDS = {"allow", "enable", "permit", "let"}


def permitted(tok: Token) -> Token | None:
    """ "a bill that would have allowed China to extradite suspects", "energy money allows Russia
    to fund its war": what is allowed or made possible is not an event of its own."""
    if tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_.lower() in PERMIT_WORDS:
        return tok.head
    return None


# ---- circumstances of another act ----------------------------------------------------------
# "at the request of", "upon the invitation of": the setting in which another act was done
SETTING_PREPS = {"at", "upon", "on"}
SETTING_TYPES = {EventType.REQUEST}


def circumstance(tok: Token, type_: EventType) -> Token | None:
    """ "sent troops to East Timor at the request of its government", "took in two detainees at
    the request of the United States": a request named as the setting of another act is told as
    background to that act (whose doer is not the requester), not as an event of its own."""
    if type_ not in SETTING_TYPES or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ not in SETTING_PREPS or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return prep


# ---- generic and habitual statements --------------------------------------------------------
# quantifiers that make a subject a class, not particular actors ("most people", "any country")
GENERIC_QUANT = {"most", "many", "any", "every", "each"}
# heads that name people in general ("people will not oppose", "everyone can help")
GENERIC_HEADS = {"people", "everyone", "everybody", "anyone", "anybody", "one", "nobody"}
# adverbs and time spans that make a clause habitual: "has made strides in recent decades"
HABITUAL_ADVS = {
    "always",
    "often",
    "usually",
    "traditionally",
    "regularly",
    "routinely",
    "frequently",
    "generally",
    "typically",
    "normally",
    "annually",
    "historically",
    "customarily",
}
SPAN_UNITS = {"decade", "year", "generation", "century"}
SPAN_WORDS = {"recent", "past", "many", "several"}
MODAL_AUX = {"can", "could", "may", "might", "would", "should", "must", "will", "ca", "wo"}
# modals of ability and possibility: "businesses can provide crucial support"
ABILITY_AUX = {"can", "could", "may", "might", "should", "must", "ca"}
# what the walk up to the reporting clause may cross
CLAUSE_DEPS = {"xcomp", "ccomp", "conj", "acl", "advcl", "pcomp", "pobj", "prep", "dobj", "relcl"}


def _clause_verbs(tok: Token) -> list[Token]:
    """The trigger and the words it hangs from, up to its clause's root (at most 6 steps)."""
    out, cur = [tok], tok
    for _ in range(6):
        if cur.dep_ not in CLAUSE_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def clause_subject(verb: Token) -> Token | None:
    """The subject a verb has of its own (none for an infinitive or a participle)."""
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "expl"}:
            return c
    return None


def _finite_clause_subject(tok: Token) -> tuple[Token, Token] | None:
    """The first verb above the trigger with a subject of its own, and that subject."""
    for v in _clause_verbs(tok):
        s = clause_subject(v)
        if s is not None:
            return v, s
        if v.dep_ == "relcl" and v.head.pos_ in {"NOUN", "PROPN"}:
            return None  # a relative clause's subject is the noun it describes: handled apart
    return None


COPULAS = {"be", "remain"}


def generic(tok: Token, is_mention: set[int]) -> str | None:
    """A clause about a class, a habit or a possibility in general, no particular event:
    "most people will not continue to oppose the law", "a single country could demand",
    "civil societies help governments", "we women ... supported each other", "it is in our
    interest to cooperate", "has made important strides in recent decades to support"."""
    if why := standing_relation(tok) or standing_noun(tok) or held_aim(tok):
        return why
    if why := cited_undertaking(tok) or committed_state(tok) or kept_relation(tok):
        return why
    if why := welcomed_own_work(tok) or general_aims(tok) or bare_work(tok):
        return why
    if why := present_passive(tok) or acts_in_general(tok) or no_act(tok, is_mention):
        return why
    if why := provision(tok):
        return why
    found = _finite_clause_subject(tok)
    if found is not None:
        verb, subj = found
        low = subj.lemma_.lower()
        kids = {c.lower_ for c in subj.children if c.dep_ in {"det", "amod", "advmod"}}
        modal = any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)
        present = verb.tag_ in {"VBP", "VBZ"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children
        )
        if kids & GENERIC_QUANT and subj.pos_ != "PROPN":
            return (
                f"the subject is a class ({subj.text!r} with {sorted(kids & GENERIC_QUANT)[0]!r})"
            )
        if low in GENERIC_HEADS and subj.i not in is_mention and (modal or present):
            return f"the subject is people in general ({subj.text!r})"
        if (
            subj.tag_ == "NNS"
            and not any(c.dep_ in {"det", "poss", "nummod", "compound"} for c in subj.children)
            and any(c.dep_ == "aux" and c.lower_ in ABILITY_AUX for c in verb.children)
            and not any(t.ent_type_ in {"GPE", "NORP", "ORG"} for t in subj.subtree)
        ):
            return f"a bare plural subject with a modal ({subj.text!r}): what such actors can do"
        if (
            _bare_plural(subj)
            and verb.tag_ == "VBP"
            and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
            and any(c.dep_ == "amod" for c in subj.children)
        ):
            return f"a bare plural subject in the simple present ({subj.text!r}): a kind's habit"
        if (
            _bare_plural(subj)
            and verb.tag_ == "VBP"
            and _aimed(tok, verb)
            and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
        ):
            return f"a bare plural subject in the simple present ({subj.text!r}): a kind's aims"
        if (
            any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children)
            and modal
            and subj.i not in is_mention
        ):
            return f"an indefinite subject with a modal ({subj.text!r}): what any one could do"
        if subj.pos_ == "PRON" and any(
            c.dep_ == "appos" and c.tag_ == "NNS" for c in subj.children
        ):
            return f"a class named by its members ({subj.text!r} with an apposition)"
        if (
            low == "it"
            and verb.lemma_ == "be"
            and tok.dep_ in {"xcomp", "ccomp"}
            and tok.head.i == verb.i
            and _infinitive(tok)
            and not pleasure_to(verb, tok)
        ):
            return "'it is ... to': an evaluation, not an act"
    if tok.pos_ == "NOUN":
        # "Uruguay is the chair of the group for the summit", "we remain the leading provider of
        # assistance to X" (a status, §11): what the subject is, no event
        for t in _clause_verbs(tok)[1:]:
            if t.dep_ == "attr" and t.head.lemma_ in COPULAS and t.head.tag_ in PRESENT_TAGS:
                return f"part of what the subject is ('{t.head.text} ... {t.text}')"
    verbs = habits.up_to_particular(_clause_verbs(tok))
    for k, v in enumerate(verbs):
        if not (habits.present(v) or habits.future_habit(v, verbs[k + 1 :])):
            continue  # "always refused to recognize": a past stance is reported, not a habit
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVS:
                return f"habitual ({c.text!r})"
            if c.dep_ == "prep" and c.lower_ in {"in", "for", "over", "across"}:
                for p in c.children:
                    if (
                        p.dep_ == "pobj"
                        and p.lemma_.lower() in SPAN_UNITS
                        and p.tag_ == "NNS"
                        and (
                            any(d.lower_ in SPAN_WORDS for d in p.children)
                            or not any(d.dep_ in {"det", "nummod", "amod"} for d in p.children)
                        )
                    ):
                        return f"habitual over a span ({c.text} ... {p.text!r})"
    return None


# verbs that tell a particular act goes on ("protests continue in the capital"), not a habit
ONGOING_VERBS = {"continue", "remain", "persist", "resume", "begin", "start", "erupt", "spread"}
ONGOING_VERBS |= {"grow", "intensify", "escalate", "rage", "go", "enter", "mark"}
# determiners that make an event noun stand for whichever act of its kind
ANY_DETS = {"any"}
# pronouns that pick part of a class: "some of them send troops"
PART_PRONOUNS = {"some", "many", "most", "others", "several", "few"}


def acts_in_general(tok: Token) -> str | None:
    """ "Demonstrations can cause the shutdown of roads", "our assistance can be catalytic": an
    event noun as the subject of what such acts can do; "some of them send troops": part of a
    class in the simple present. A property of a kind of act, no particular event."""
    head = tok.head
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANY_DETS for c in tok.children):
        # "any further aggression would result in costs", "any similar raid would be a cause for
        # war", "we condemn any attacks on civilians": whichever act may come, none in particular
        return f"no particular act ({tok.text!r} with 'any')"
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and head.i != tok.i
        and any(c.dep_ == "aux" and c.lower_ in {"can", "ca"} for c in head.children)
    ):
        return f"what such acts can do ({tok.text!r} can ...)"
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and head.tag_ == "VBP"
        and head.lemma_.lower() not in ONGOING_VERBS
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in head.children)
        and _bare_plural(tok)
        and not any(t.ent_type_ in TIME_ENTS for t in head.subtree)
    ):
        # "Terrorist designations expose and isolate entities": what such acts do, in general
        return f"what such acts do in general ({tok.text!r} {head.text!r})"
    if tok.pos_ == "VERB" and tok.tag_ in PRESENT_TAGS:
        for c in tok.children:
            if c.dep_ == "nsubj" and c.lower_ in PART_PRONOUNS and c.pos_ != "DET":
                return f"part of a class in the simple present ({c.text!r})"
    return None


def _aimed(tok: Token, verb: Token) -> bool:
    """The trigger is the infinitive a verb takes ("seek to divide us and to destroy ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "xcomp" and tok.head.i == verb.i and _infinitive(tok)


def _bare_plural(subj: Token) -> bool:
    """ "independent civil societies": a plural with no article, possessor, number or name."""
    return (
        subj.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod", "compound"} for c in subj.children)
        and not any(t.ent_type_ in {"GPE", "NORP", "ORG"} for t in subj.subtree)
    )


def standing_relation(tok: Token) -> str | None:
    """ "the YPG militia, which support the PKK", "Carrie Lam, who is supported by Beijing": a
    relative clause in the simple present describes what the noun is or stands in, no particular
    act (an act in such a clause is told in a past or perfect tense, or with its time)."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB":
        return None
    kids = list(tok.children)
    if any(c.dep_ == "aux" for c in kids):
        return None  # "which has attacked", "who will meet": a told or planned act
    present = tok.tag_ in PRESENT_TAGS or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in kids)
    )
    if not present:
        return None
    if any(t.ent_type_ in TIME_ENTS for t in tok.subtree):
        return None  # "which meets on Monday": a dated act
    return f"a standing relation told in a present relative clause ({tok.text!r})"
