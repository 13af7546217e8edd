"""Force and request words in another sense, told by the class of their argument
(eval/GUIDELINES.md §2: a verb used outside its event sense is not coded):

- "fighting every day for the good of our people", "come back and fight for liberty", "the
  struggle for democracy": fighting *for* a value, with no enemy named, is striving, not force;
- "killing animals and eating chicken in public": force on animals is no act between actors;
- "young Colombians, who asked me about several other areas": asking *about* a thing, with
  nothing asked for, is a question (an interview, a briefing), not a REQUEST;
- "his moderate politics have clashed with the stances of party leaders": views that clash are
  at odds, no one fights;
- "Russia's violation of international law demands a firm response": a situation that demands
  something needs it, no one asks;
- "sources close to the investigation": a news source named by what it is close to;
- "provided his own input", "provided their updated position", "delivered remarks": giving
  words (a view, an update, remarks, assurances) is speech, not AID (assurances are AGREE, from
  their own noun);
- "the United States recognizes the staggering human toll of the war", "recognized the importance
  of dialogue": recognising a fact or a need acknowledges it (a statement of concern or
  importance, §1), it backs no one; "recognized Kosovo", "recognized Qatar for its role" stay.

Each cue is a closed class of words (data, below) in a fixed syntactic frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.political_words import ANIMALS
from eventcoder.records import EventType

# striving words that are ASSAULT only against someone
STRIVING = frozenset({"fight", "battle", "struggle"})
# what is fought *for* when the fight is striving: values and goods, not places or control
VALUES = frozenset(
    {
        "freedom",
        "liberty",
        "democracy",
        "right",
        "justice",
        "good",
        "dignity",
        "equality",
        "truth",
        "future",
        "value",
        "principle",
        "peace",
        "prosperity",
        "better",  # "fight for a better life" (the parser's head may be the adjective)
        "life",
        "change",
        "reform",
        "transparency",
        "accountability",
    }
)
# an enemy named: "fighting for their freedom against Russia's invasion" stays force
ENEMY_PREPS = frozenset({"against", "with", "alongside", "on"})
# force that only acts on its object
FORCE_VERBS = frozenset({"kill", "shoot", "slaughter", "cull", "hunt", "poison", "butcher"})
BEASTS = frozenset(ANIMALS | {"chicken", "pig", "cow", "sheep", "deer", "whale", "shark", "goat"})
# what clashes only figuratively: views and plans, not forces ("politics have clashed with stances")
IDEAS = frozenset(
    {
        "politics",
        "politic",  # the lemma the parser gives "politics"
        "view",
        "stance",
        "position",
        "policy",
        "idea",
        "opinion",
        "belief",
        "value",
        "interest",
        "priority",
        "plan",
        "proposal",
        "schedule",
        "statement",
        "account",
        "version",
        "claim",
        "vision",
        "approach",
    }
)
# what "demands" or "requires" a response when no one asks: acts and situations
SITUATIONS = frozenset(
    {
        "violation",
        "situation",
        "crisis",
        "moment",
        "aggression",
        "tragedy",
        "law",
        "principle",
        "circumstance",
        "development",
        "conduct",
        "behavior",
        "behaviour",
        "action",
        "act",
        "threat",
        "challenge",
        "problem",
        "gravity",
        "seriousness",
        "scale",
    }
)
NEEDING = frozenset({"demand", "require", "call"})
# "sources close to the investigation": who is close to an affair
SOURCE_NOUNS = frozenset({"source", "person", "people", "official", "insider", "figure"})
ASKING = frozenset({"ask", "question", "quiz", "query"})
# verbs of giving that take any object; their AID sense needs goods, not words
GIVING = frozenset({"provide", "deliver", "supply"})
# words given: views, news and speech
SAYINGS = frozenset(
    {
        "input",
        "position",
        "view",
        "comment",
        "opinion",
        "update",
        "answer",
        "response",
        "explanation",
        "perspective",
        "insight",
        "feedback",
        "testimony",
        "briefing",
        "readout",
        "remark",
        "clarification",
        "detail",
        "overview",
        "assessment",
        "statement",
        "speech",
        "address",
        "keynote",
        "lecture",
        "message",
        "summary",
        "assurance",
        "reassurance",
        "guarantee",
    }
)
# what a request asks for: an infinitive, a clause, "for" help; "about" then only adds a topic
ASKED_FOR = frozenset({"xcomp", "ccomp", "advcl"})


def _preps(tok: Token) -> dict[str, list[Token]]:
    out: dict[str, list[Token]] = {}
    for c in tok.children:
        if c.dep_ == "prep":
            out.setdefault(c.lower_, []).extend(p for p in c.children if p.dep_ == "pobj")
    return out


def striving(tok: Token, type_: EventType) -> Token | None:
    """The value fought for ("liberty" in "fight for liberty") when the fight names no enemy."""
    if type_ is not EventType.ASSAULT or tok.lemma_.lower() not in STRIVING:
        return None
    preps = _preps(tok)
    if any(p in preps for p in ENEMY_PREPS) or any(c.dep_ == "dobj" for c in tok.children):
        return None
    for obj in preps.get("for", []):
        # "fighting for their freedom against Russia's invasion": the enemy hung on the value
        if obj.lemma_.lower() in VALUES and not any(p in _preps(obj) for p in ENEMY_PREPS):
            return obj
    return None


def animal_victims(tok: Token, type_: EventType) -> Token | None:
    """The animals killed or shot ("killing animals"), when all the act's objects are animals."""
    if type_ is not EventType.ASSAULT or tok.lemma_.lower() not in FORCE_VERBS:
        return None
    objs = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if objs and all(o.lemma_.lower() in BEASTS for o in objs):
        return objs[0]
    return None


def question_about(tok: Token, type_: EventType) -> Token | None:
    """The "about" of a verb of asking that asks for nothing ("asked me about the areas")."""
    if type_ is not EventType.REQUEST or tok.pos_ != "VERB" or tok.lemma_.lower() not in ASKING:
        return None
    kids = list(tok.children)
    if any(c.dep_ in ASKED_FOR for c in kids) or "for" in _preps(tok):
        return None
    return next((c for c in kids if c.dep_ == "prep" and c.lower_ == "about"), None)


def clash_of_ideas(tok: Token, type_: EventType) -> Token | None:
    """The view that clashes ("politics" in "his politics have clashed with the stances"), when
    the subject, or everything it clashes with, is an idea."""
    if type_ is not EventType.ASSAULT or tok.lemma_.lower() != "clash":
        return None
    if tok.pos_ == "VERB":
        sides = [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        sides = [c for c in tok.children if c.dep_ == "poss"]
    sides += [s for s in _preps(tok).get("with", []) if s.dep_ == "pobj"]
    return next((s for s in sides if s.lemma_.lower() in IDEAS), None)


def situation_demands(tok: Token, type_: EventType) -> Token | None:
    """The situation that "demands" a response ("violation" in "Russia's violation of the law
    demands a firm response"): what is needed, with no one asking."""
    if type_ is not EventType.REQUEST or tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() not in NEEDING:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lemma_.lower() in SITUATIONS else None


def close_to(tok: Token) -> Token | None:
    """The source close to an affair ("sources close to the investigation"), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "close":
        return None
    near = prep.head.head
    return near if near.lemma_.lower() in SOURCE_NOUNS else None


# what is recognised when recognising is acknowledging: facts, needs, weights, costs
FACTS = frozenset(
    {
        "toll",
        "importance",
        "need",
        "necessity",
        "urgency",
        "gravity",
        "seriousness",
        "significance",
        "fact",
        "reality",
        "challenge",
        "risk",
        "danger",
        "threat",
        "cost",
        "impact",
        "difficulty",
        "complexity",
        "value",
        "limit",
        "suffering",
        "truth",
    }
)
RECOGNIZING = frozenset({"recognize", "recognise", "acknowledge"})


def _objects(tok: Token) -> list[Token]:
    return [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]


def fact_acknowledged(tok: Token, type_: EventType) -> Token | None:
    """The fact or need recognised ("toll" in "recognizes the human toll of the war"), when every
    object is one."""
    if type_ is not EventType.SUPPORT or tok.lemma_.lower() not in RECOGNIZING:
        return None
    objs = _objects(tok)
    return objs[0] if objs and all(o.lemma_.lower() in FACTS for o in objs) else None


def words_given(tok: Token, type_: EventType) -> Token | None:
    """The words given ("input" in "provided his own input"), when every object of a verb of
    giving is a view, news or speech."""
    if type_ is not EventType.AID or tok.pos_ != "VERB" or tok.lemma_.lower() not in GIVING:
        return None
    objs = _objects(tok)
    if objs and all(o.lemma_.lower() in SAYINGS for o in objs):
        return objs[0]
    return None


# who rallies when rallying is coming together, not protesting: states and their groups
RALLYING_STATES = frozenset(
    {"world", "community", "country", "nation", "ally", "partner", "coalition", "democracy"}
)
# what a rallying word names when it is a call, not a march ("the rallying cry of the strike")
RALLYING_CALLS = frozenset({"cry", "call", "point", "song", "slogan"})


def mustered(tok: Token, type_: EventType) -> Token | None:
    """The ones rallied ("countries" in "rallied other countries to stand in support of X"), the
    states that rally, or the call a rallying word names: mustering support, not a protest."""
    if type_ is not EventType.PROTEST or tok.lemma_.lower() != "rally":
        return None
    for c in tok.children:
        if c.dep_ == "dobj":
            return c  # "rallying nations to speak out" (also where the parser takes it for a noun)
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if c.dep_ == "ccomp" and subj is not None and any(a.lower_ == "to" for a in c.children):
            return subj  # "rallied countries to stand": the parser makes them the clause's subject
    if tok.tag_ == "NN":
        return None  # "held a rally", "the rally was visited by thousands"
    if tok.dep_ in {"amod", "compound"} and (
        tok.tag_ == "VB" or tok.head.lemma_.lower() in RALLYING_CALLS
    ):
        return tok.head  # "to rally countries" parsed as a modifier of them; "a rallying cry"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in RALLYING_STATES:
        return subj
    return None


def joined_peers(tok: Token, type_: EventType) -> Token | None:
    """The first of the others an act's participle "joining" lists ("Australia" in "signed the
    Accords, joining Australia, Bahrain and Brazil"): they did the same, no one is joined."""
    if type_ is not EventType.COOPERATE or tok.lemma_.lower() != "join" or tok.tag_ != "VBG":
        return None
    if tok.dep_ != "advcl" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    objs = _objects(tok)
    return objs[0] if len(objs) > 1 else None  # one joins one body; a list names peers


# verbs of working against a kind of wrong ("tackling disinformation", "to counter propaganda")
COUNTERING = frozenset(
    {"tackle", "counter", "combat", "fight", "address", "confront", "resist", "curb", "battle"}
)
# the links that name whose wrong it is ("Russia's", "Russian", "by the Kremlin", "of Moscow")
DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
DOER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def countered_kind(tok: Token, type_: EventType) -> Token | None:
    """The verb of countering ("tackling") whose object is a kind of coercion with no doer named
    ("tackling disinformation"): the wrong is what a programme works against, not an act."""
    if type_ is not EventType.COERCE or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUNTERING:
        return None
    for c in tok.children:
        if c.dep_ in DOER_DEPS and (c.dep_ == "poss" or c.ent_type_ in DOER_ENTS):
            return None  # "countering Russia's disinformation": a named doer's acts
        if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
            return None
    return verb


def other_sense(tok: Token, type_: EventType) -> tuple[Token, str] | None:
    """The argument that puts the trigger outside its event sense, and the reading (--explain)."""
    if (value := striving(tok, type_)) is not None:
        return value, f"fighting for {value.text!r}, with no enemy named: striving, not force"
    if (beast := animal_victims(tok, type_)) is not None:
        return beast, f"force on {beast.text!r}: no actor is acted on"
    if (about := question_about(tok, type_)) is not None:
        return about, "asking 'about' a thing, with nothing asked for: a question"
    if (idea := clash_of_ideas(tok, type_)) is not None:
        return idea, f"{idea.text!r} clash: views at odds, no one fights"
    if (need := situation_demands(tok, type_)) is not None:
        return need, f"the {need.text!r} needs it: no one asks"
    if (said := words_given(tok, type_)) is not None:
        return said, f"gives words ({said.text!r}), not goods"
    if (fact := fact_acknowledged(tok, type_)) is not None:
        return fact, f"recognising a fact or need ({fact.text!r}) acknowledges it, backs no one"
    if (who := mustered(tok, type_)) is not None:
        return who, f"rallying ({who.text!r}) musters support, no one protests"
    if (peer := joined_peers(tok, type_)) is not None:
        return peer, f"'joining' {peer.text!r} and others: they did the same, no one is joined"
    if (verb := countered_kind(tok, type_)) is not None:
        return verb, f"a kind of wrong {verb.text!r} works against, with no doer: no act"
    if (near := close_to(tok)) is not None:
        return near, f"names a news source by what it is close to ({near.text!r})"
    return None
