"""What a speaker says another actor should do, and what a list of demands holds: the content of a
demand, not an act (eval/GUIDELINES.md §1 "content of wishes, needs, demands", §2: the content of
a hope or a demand is no event; the speech act may be a REQUEST).

- **obligation**: "Iran ... should release them immediately", "the ministers should seek
  forgiveness", "Russia must immediately comply with the order": an act a clause says its subject
  should or must do is asked of that subject, not done by it. A first-person subject ("we must
  support Ukraine") is the speaker's own stance, left to the stance rules; an epistemic "must have"
  says the act was done; a decision that something should be done ("decided the United States
  should take action") is the decider's own plan; a "must" that triggers.py already recast as the
  speaker's REQUEST (reframe.obligation) is kept.
- **a list of demands**: "their demands have included dissolving Parliament", "protesters'
  demands include investigation of police violence": what a demand noun is said to include or be
  is what is asked for.
- **a call the parser hung beside its content**: "we reiterate our call for the junta to end the
  violence, release those detained and engage in dialogue", "we join in calling on the Taliban to
  end the violence, to agree to a ceasefire", "groups called for the bill to be dropped": the
  infinitives (and the bare verbs listed with them) are what is called for, even where the parse
  attaches them to the main verb beside the call rather than under it; "urges the parties not to
  let this chance pass and to engage with the envoy": what a verb of urging asks, as its clause.
- **what is sought**: "we will not stop pursuing their release" (an act only another side can
  yield: "should it pursue further aggression" is Russia's own act), "we work night and day to secure
  the release of our citizens", "to secure a ceasefire and the withdrawal of Russia's troops": an
  act named as what someone seeks, or as what an infinitive of aim is to obtain, is wanted, not
  done ("Qatar secured the release of five Americans" and "helped to secure the truce" tell it
  done, and stay).

- **what is paid for**: "Russians were paying bounties to the Taliban to kill American soldiers":
  the infinitive of a payment is the act the payee is paid to do, not an act of the payer (the
  payment may be AID of its own).

Each cue is a closed class of words in a fixed syntactic frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.reframe import PROMISE, governed_by
from eventcoder.events.speech import SELF_WORDS
from eventcoder.events.subjects import subject_of

# modals of obligation: what the subject should do is asked of it
DEONTIC = frozenset({"should", "must", "ought"})
# nouns of asking and aiming, whose contents a linking verb lists ("their demands include X")
DEMAND_NOUNS = frozenset(
    {"demand", "call", "request", "aim", "goal", "objective", "wish", "hope", "priority"}
)
LINKING = frozenset({"include", "be", "involve", "comprise"})
# the links from a listed content up to the linking verb: object, complement, coordination
LIST_DEPS = frozenset({"dobj", "attr", "xcomp", "ccomp", "advcl", "conj", "appos"})
# nouns and verbs of asking whose content an infinitive beside them gives ("our call for X to Y")
ASKING_NOUNS = frozenset({"call", "demand", "appeal", "request", "plea"})
ASKING_VERBS = frozenset(
    {"call", "urge", "demand", "appeal", "press", "ask", "plead", "implore", "push", "lobby"}
)
# verbs of urging whose infinitive clause is what they ask ("urged the parties to engage")
URGING = frozenset({"urge", "implore", "encourage", "request", "demand"})
# verbs whose object is sought, whatever their form; and those whose object is only an aim when
# they are an infinitive ("to secure the release")
SEEKING = frozenset({"seek"})
# "pursue" an act is to carry it out ("should it pursue further aggression"), unless the act is
# one that only another side can yield ("pursuing their release")
PURSUING = frozenset({"pursue"})
YIELDED = frozenset({"release", "withdrawal", "return", "extradition", "handover", "pardon"})
OBTAINING = frozenset({"secure", "achieve", "obtain", "win"})
# "Oman's role in helping to secure the truce": what was helped to be secured is told obtained
HELPING = frozenset({"help", "assist"})
# how the asked-for clause hangs on the verb beside the call, and how its own words climb to it
BESIDE_DEPS = frozenset({"advcl", "xcomp", "conj"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLIMB_DEPS = frozenset({"pobj", "prep", "pcomp", "dobj", "conj", "advcl", "xcomp"})


def obliged(tok: Token, entry: TriggerEntry) -> Token | None:
    """The modal of obligation ("should", "must") when the trigger is what a clause says its
    subject is to do, or None."""
    if tok.pos_ not in {"VERB", "AUX"} or entry.speaker:
        return None
    aux = [c for c in tok.children if c.dep_ == "aux"]
    modal = next((c for c in aux if c.lower_ in DEONTIC), None)
    if modal is None or any(c.lemma_.lower() == "have" for c in aux):
        return None  # "must have known": epistemic, the act was done
    subj, _ = subject_of(tok)
    if subj is None or subj.i > modal.i or subj.lower_ in SELF_WORDS:
        return None  # "should Russia invade" is a condition; "we must" a stance
    if governed_by(tok, PROMISE):
        return None  # "decided the United States should take action": the decider's plan
    return modal


def listed_demand(tok: Token) -> Token | None:
    """The demand noun whose list the trigger is in ("their demands have included dissolving
    Parliament"), or None."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in LIST_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in LINKING and cur.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in DEMAND_NOUNS and subj.tag_ == "NNS":
                return subj
            return None
    return None


def _bare(verb: Token) -> bool:
    """An infinitive or a bare verb of a list: no tense, no modal, no subject of its own but an
    infinitive's ("for the regime to end")."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VB", "VBN"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    to = any(c.lower_ == "to" for c in aux)
    if any(c.lower_ not in {"to", "be"} for c in aux) or (verb.tag_ == "VBN" and not to):
        return False
    return to or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _asking_beside(head: Token, clause: Token) -> Token | None:
    """The call or the calling that `head` carries before `clause` ("reiterate our call for",
    "join in calling on"), or None."""
    for c in head.children:
        if c.i >= clause.i:
            break
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in ASKING_NOUNS:
            preps = {p.lower_ for p in c.children if p.dep_ == "prep"}
            if c.lemma_.lower() != "call" or preps & {"for", "on", "upon"}:
                return c  # "held his call with Park to discuss": a phone call asks nothing
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pcomp" and p.tag_ == "VBG" and p.lemma_.lower() in ASKING_VERBS:
                    return p
    return None


def called_for(tok: Token) -> Token | None:
    """The call whose content the trigger is, where the parse hangs the asked-for infinitives
    beside the call ("reiterate our call for the junta to end ..., release ... and engage") or
    makes "for ... to" the verb's own clause ("called for the bill to be dropped"), or None."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i or (cur.pos_ in {"VERB", "AUX"} and cur.tag_ in FINITE):
            return None  # "urged the embassy to reconsider and spoke with Pompeo": a tensed act
        if cur.dep_ in BESIDE_DEPS and _bare(cur):
            if (asker := _asking_beside(head, cur)) is not None:
                return asker
            marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
            if head.pos_ == "VERB" and (
                ("for" in marks and head.lemma_.lower() in ASKING_VERBS)
                or (cur.dep_ == "xcomp" and head.lemma_.lower() in URGING and _to(cur))
            ):
                return head
        if cur.dep_ not in CLIMB_DEPS:
            return None
        cur = head
    return None


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def sought(tok: Token) -> Token | None:
    """The verb of seeking whose object the trigger noun is ("pursuing their release", "to secure
    the release"), or None."""
    if tok.pos_ != "NOUN":
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "to secure a ceasefire and the withdrawal"
    verb = first.head
    if first.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if (
        lemma in SEEKING
        or (lemma in PURSUING and first.lemma_.lower() in YIELDED)
        or (
            lemma in OBTAINING
            and verb.tag_ == "VB"
            and _to(verb)
            and verb.head.lemma_.lower() not in HELPING
        )
    ):
        return verb
    return None


# verbs and nouns of paying someone to act: what the infinitive names is the payee's to do
PAYING = frozenset({"pay", "bribe"})
PAYMENTS = frozenset({"bounty", "bribe"})
# what is paid, when it is no payee ("pay $1.5 billion to compensate": the payer's own act)
MONEY = frozenset(
    {"money", "sum", "fee", "fine", "compensation", "ransom", "reward", "price", "cost", "bill"}
    | {"$", "dollar", "euro", "pound", "yen", "ruble", "rouble", "yuan", "rupee", "franc"}
    | {"shekel", "lira", "riyal", "dinar", "million", "billion"}
)
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})


def _payee(verb: Token) -> bool:
    """Whether a verb of paying names whom it pays: a "to" phrase, or an object that is no sum."""
    for c in verb.children:
        if c.dep_ in {"dative", "prep"} and c.lower_ == "to":
            return True
        sum_ = c.ent_type_ == "MONEY" or c.pos_ == "NUM" or c.lemma_.lower() in MONEY | PAYMENTS
        if c.dep_ in {"dobj", "dative"} and not sum_:
            return True
    return False


def paid_for(tok: Token) -> Token | None:
    """The payment ("paying" in "paying bounties to the Taliban to kill soldiers") whose purpose
    the trigger is, when someone is paid to do it, or None."""
    if tok.pos_ != "VERB" or tok.dep_ not in PURPOSE_DEPS or not _to(tok):
        return None
    head = tok.head
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in PAYING and _payee(head):
        return head
    if head.pos_ == "NOUN" and lemma in PAYMENTS:
        return head
    return None


def demanded(tok: Token, entry: TriggerEntry) -> tuple[Token, str] | None:
    """The word that makes the trigger the content of a demand, and the reading (--explain)."""
    if (modal := obliged(tok, entry)) is not None:
        return modal, f"what {modal.text!r} asks of the subject, not done"
    if (noun := listed_demand(tok)) is not None:
        return noun, f"listed among the {noun.text!r}: asked for, not done"
    if (call := called_for(tok)) is not None:
        return call, f"what {call.text!r} asks for, not done"
    if (verb := sought(tok)) is not None:
        return verb, f"what {verb.text!r} aims at, not done"
    if (pay := paid_for(tok)) is not None:
        return pay, f"what {pay.text!r} pays someone to do: its purpose, not the payer's act"
    return None
