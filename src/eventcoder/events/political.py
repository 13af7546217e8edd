"""Is this a political interaction at all, and is the trigger word used in its event sense?

Accidents, disasters and disease have no actor acting on another ("the virus killed 813", "the
truck struck a guard rail", "battled leukemia"); an election race is no interaction ("amassed
1,217 delegates"); a trigger word outside its event sense is no event ("called it unlikely",
"as we would call it", "released a statement", "attended an academy", "is threatened by the
war"). Each check returns a short reason, or None. The noun classes below are closed semantic
classes (vehicles, illnesses, hazards, records of information, counts of a race), never the
words of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorKind
from eventcoder.events.beliefs import belief_noun
from eventcoder.events.lexicon import Lexicon, TriggerEntry
from eventcoder.events.political_words import (
    ABSTRACT_GIFTS,
    ACKNOWLEDGE,
    ANIMALS,
    BACKING_VERBS,
    CANDIDACY,
    CLAIMS,
    COLLECTIVE,
    DENY_VERBS,
    FIRE,
    FREEING_NOUNS,
    GATHER_MODES,
    GATHERINGS,
    HAZARD,
    HELP_VERBS,
    ILLNESS,
    INFO_TYPES,
    INFORMATION,
    INQUIRY_ROLES,
    LOCATIVE,
    NAMING_VERBS,
    NEEDS,
    OFFICES,
    PRONOUN_OBJECTS,
    PUBLIC_GOODS,
    QUESTIONS,
    RACE,
    RACE_OUTCOMES,
    RESOURCES,
    RESULT_STATES,
    ROADSIDE,
    TIME_NOUNS,
    TITLE_JOINERS,
    VALUE_WORDS,
    VEHICLE,
    VERBAL,
    WARNINGS,
    WRONGS,
)
from eventcoder.events.releases import released_thing
from eventcoder.events.role_words import TIME_ENTS
from eventcoder.events.storms import hazard_names, named_hazard
from eventcoder.records import EventType

FORCE = {EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE}


def _noun_of(tok: Token) -> Token:
    """The noun a phrase is about: "a group of motorcycles" -> motorcycles."""
    if tok.lemma_.lower() in COLLECTIVE:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return tok


RELATIVES = {"which", "that", "who", "whom"}


def _antecedent(tok: Token) -> Token:
    """ "the lecture, which was delivered by", "challenges that we can only meet": a relative
    pronoun stands for the noun its clause modifies."""
    if tok.tag_ not in {"WDT", "WP"} or tok.lower_ not in RELATIVES:
        return tok
    for a in tok.ancestors:
        if a.dep_ == "relcl":
            return a.head
    # a relative clause the parser attached elsewhere: the nearest noun before the pronoun
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.pos_ in {"NOUN", "PROPN"}:
            return t
    return tok


def _objects(tok: Token) -> list[Token]:
    """The direct object, passive subject or (for nouns) "of" object of a trigger."""
    out = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not out and tok.pos_ == "VERB":
        # "battled and overcome leukemia": coordinated verbs share the object the last one takes
        out = [o for c in tok.children if c.dep_ == "conj" for o in c.children if o.dep_ == "dobj"]
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out += [p for p in c.children if p.dep_ == "pobj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        out.append(tok.head)  # "the statement released by the ministry"
    # "the video that the president provided", "the lecture, which was delivered by"
    return [_noun_of(_antecedent(o)) for o in out]


def _doers(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    for c in tok.children:
        if c.dep_ == "agent":
            out += [p for p in c.children if p.dep_ == "pobj"]
    if tok.dep_ in {"conj", "xcomp"} and not out:
        out = [c for c in tok.head.children if c.dep_ == "nsubj"]
    # "Typhoon Haiyan, which killed 6,000 people": the pronoun stands for the storm
    return [_noun_of(_antecedent(o)) for o in out]


def _acting(span: Span) -> bool:
    """A mention that can take part in a meeting: not a mere place (a mosque, a city)."""
    return any(i.kind is not ActorKind.PLACE for i in span._.actors)


def _emergency_against_hazard(
    tok: Token, entry: TriggerEntry, mention_at: dict[int, Span]
) -> str | None:
    """ "declared a state of emergency with Tropical Storm Barry approaching", "declared a state of
    emergency ... to curb the spread of the disease": an emergency against a storm or a disease
    is disaster relief, not coercion of anyone (fires and explosions may be attacks: not here)."""
    if entry.type is not EventType.COERCE:
        return None
    if not any(t.lemma_.lower() == "emergency" for t in tok.subtree):
        return None
    storms = hazard_names(tok.doc)
    for t in tok.sent:
        low = t.lemma_.lower()
        # a storm's name may be read as a person's ("Tropical Storm Barry"): its title word counts
        named = t.i in mention_at and not t.is_title
        if (low in ILLNESS or (low in HAZARD and low not in FIRE)) and not named:
            return f"an emergency against {t.text!r}: a disaster or disease, no one coerced"
        if t.pos_ == "PROPN" and t.lower_ in storms:
            # "in anticipation of Dorian", where the story first named "Hurricane Dorian"
            return f"an emergency against {t.text!r}, a storm the story names: no one coerced"
    return None


def not_political(tok: Token, entry: TriggerEntry, mention_at: dict[int, Span]) -> str | None:
    """Accidents, disasters, disease and races: no political actor acts on another."""
    if (
        entry.type in FORCE
        and tok.dep_ in {"advcl", "conj"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and (why := not_political(tok.head, entry, mention_at))
    ):
        return f"the clause it follows: {why}"  # "struck a guardrail, killing two"
    if why := _emergency_against_hazard(tok, entry, mention_at):
        return why
    if entry.type is EventType.THREATEN and tok.lemma_.lower() in WARNINGS:
        # "tried to warn people about the viral outbreak": an alert to a danger, no one threatened
        warned = [c for c in tok.children if c.dep_ == "dobj"]  # "warned residents about"
        for p in _pobjs([tok, *warned], {"about", "of", "against"}):
            if p.lemma_.lower() in ILLNESS or p.lemma_.lower() in HAZARD:
                return f"a warning of {p.text!r}: an alert to a danger, no threat"
    objs = [o for o in _objects(tok) if o.i not in mention_at]
    doers = [d for d in _doers(tok) if d.i not in mention_at]
    if entry.type in FORCE:
        for d in _doers(tok):  # a name the actor reader takes for an actor's
            if named_hazard(d):
                return f"the doer is the named storm or quake {d.text!r}: a disaster"
        for d in doers:
            low = d.lemma_.lower()
            if (low in ILLNESS or low in HAZARD or low in VEHICLE) and not any(
                t.i in mention_at for t in d.subtree
            ):
                return f"the doer is {d.text!r}: an accident, disaster or disease"
        for o in objs:
            low = o.lemma_.lower()
            if low in ILLNESS or (low in HAZARD and low not in FIRE):
                return f"the object is {o.text!r}: an illness or disaster"
            if low in ROADSIDE and entry.type is EventType.ASSAULT and tok.pos_ == "VERB":
                return f"the object is {o.text!r}: a thing hit on a road, an accident"
        for o in objs:
            if o.lemma_.lower() in RACE:
                return f"the object is {o.text!r}: a count of an election race"
    for o in objs:
        if o.lemma_.lower() in CANDIDACY and _own_plain(o):
            return f"the object is the doer's own {o.text!r}: a run in an election race"
        if entry.type is EventType.CONCEDE and o.lemma_.lower() in RACE_OUTCOMES:
            return f"conceding {o.text!r}: the outcome of an election race"
    if entry.type is EventType.RETREAT:
        for p in _pobjs([tok], {"from", "of"}):
            if p.lemma_.lower() in RACE_OUTCOMES:
                # "three candidates withdrew from the race" (§11)
                return f"withdrawing from the {p.text!r}: a candidate leaves a race"
    return None


def _pobjs(heads: list[Token], preps: set[str]) -> list[Token]:
    """The objects of the given prepositions hanging from any of `heads`."""
    return [
        p
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _own_plain(noun: Token) -> bool:
    """ "her campaign", "their campaigns": owned by a pronoun (the doer) and of no kind named
    ("its bombing campaign", "its armed campaign" are force)."""
    kids = list(noun.children)
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids) and not any(
        c.dep_ in {"compound", "amod", "nmod"} for c in kids
    )


def _passive_subjects(tok: Token, mention_at: dict[int, Span]) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "nsubjpass" and c.i not in mention_at]


QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def _quoted(tok: Token) -> bool:
    """A word or phrase that opens with a quotation mark: "lousy", "a disaster"."""
    i = tok.left_edge.i
    return tok.doc[i].text in QUOTES or (i > 0 and tok.doc[i - 1].text in QUOTES)


def _in_title(tok: Token) -> bool:
    """A capitalised common word inside a run of capitalised words, mid-sentence: a title
    ("the first-ever U.S. Strategy to Anticipate, Prevent, and Respond to Atrocities")."""
    if not tok.is_title or tok.i == tok.sent.start or tok.tag_ in {"NNP", "NNPS"}:
        return False
    caps = 0
    for t in reversed(tok.doc[tok.sent.start + 1 : tok.i]):
        if t.is_title:
            caps += 1
        elif t.lower_ not in TITLE_JOINERS:
            break
    return caps >= 2


def _engaged_in_activity(tok: Token, mention_at: dict[int, Span], lexicon: Lexicon) -> str | None:
    """ "engaging in jihad", "engaged in trade": an activity, not talks with another side."""
    if tok.lemma_.lower() != "engage" or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children
    ):
        return None  # "engaged Ethiopia's leadership", "engaging with allies": someone engaged
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ != "pobj" or any(t.i in mention_at for t in p.subtree):
                    continue
                if p.ent_type_ in TIME_ENTS or p.lemma_.lower() in TIME_NOUNS | {"past"}:
                    continue  # "in the past": when, not what
                talks = p.lemma_.lower() in GATHERINGS or any(
                    e.type is EventType.CONSULT
                    for e in lexicon.by_lemma.get((p.lemma_.lower(), "NOUN"), [])
                )
                if not talks:
                    return f"engaged in an activity ({p.text!r}), not talks"
    return None


def _not_an_act(tok: Token, entry: TriggerEntry, mention_at: dict[int, Span]) -> str | None:
    """A backing verb with a that-clause ("recognize that ..."): acknowledging a fact; asking a
    question: no request; a release of nothing and no one named: a product or a show."""
    low = tok.lemma_.lower()
    if entry.type is EventType.SUPPORT and tok.pos_ == "VERB" and low in ACKNOWLEDGE:
        kids = list(tok.children)
        if not any(c.dep_ == "dobj" for c in kids) and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in kids
        ):
            return f"'{tok.text} that ...': acknowledging a fact, not backing an actor"
    if entry.type is EventType.REQUEST and tok.pos_ == "VERB":
        asked = [c for c in tok.children if c.dep_ == "dobj"]
        if asked and all(o.lemma_.lower() in QUESTIONS for o in asked):
            return f"asking {asked[0].text!r}: a question, not a request"
    if entry.type is EventType.SUPPORT and tok.pos_ == "VERB" and low in BACKING_VERBS:
        backed = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        if (
            backed
            and all(o.lemma_.lower() in PUBLIC_GOODS for o in backed)
            and not any(
                t.pos_ in {"PRON", "PROPN"} or t.i in mention_at for o in backed for t in o.subtree
            )
        ):
            # "he supported education, healthcare, and peasant farming": no one is backed
            return f"backing of a thing, no actor backed ({backed[0].text!r})"
    if entry.type is EventType.AGREE and tok.pos_ == "VERB":
        offered = [c for c in tok.children if c.dep_ == "dobj" and c.i not in mention_at]
        if offered and all(o.lemma_.lower() in ABSTRACT_GIFTS for o in offered):
            # "it offers opportunities for students": no promise to anyone
            return f"what is offered is no commitment ({offered[0].text!r})"
    if entry.type is EventType.RETREAT and tok.pos_ == "NOUN" and low in FREEING_NOUNS:
        named = [
            c
            for c in tok.children
            if c.dep_ in {"poss", "compound", "nmod"}
            or (c.dep_ == "prep" and c.lower_ in {"of", "from"})
        ]
        if not named and tok.i not in mention_at:
            return f"a {tok.text!r} of nothing and no one named: no one is set free"
    return None


def out_of_sense(
    tok: Token, entry: TriggerEntry, mention_at: dict[int, Span], lexicon: Lexicon
) -> str | None:
    """A trigger word used outside its event sense."""
    if why := belief_noun(tok, entry.type):
        return why
    if tok.pos_ == "VERB":
        kids = list(tok.children)
        # "called it unlikely", "calling the ceasefire a sick joke": naming or describing
        # "held X responsible", "labelled him a criminal": a predicate the entry names
        framed = {w.lower() for w in (*entry.with_, *entry.object, *entry.clause)}
        if any(
            c.dep_ == "oprd" and c.lemma_.lower() not in framed | VALUE_WORDS | RESULT_STATES
            for c in kids
        ):
            return "a verb of naming or describing (object predicate)"
        # "called May's deal \"lousy\"", "called the plan \"a disaster\"": a quoted predicate the
        # parser hung on the object
        if (
            tok.lemma_.lower() in NAMING_VERBS
            and entry.type is not EventType.ACCUSE
            and any(
                q.dep_ in {"amod", "appos"} and q.i > o.i and _quoted(q)
                for o in kids
                if o.dep_ == "dobj"
                for q in o.children
            )
        ):
            return "a verb of naming with a quoted predicate"
        # "as we would call it": a comparison clause with a pronoun object
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) and any(
            c.dep_ == "dobj" and c.lower_ in PRONOUN_OBJECTS for c in kids
        ):
            return "'as ... call it': a way of naming"
    if why := _not_an_act(tok, entry, mention_at) or released_thing(tok, entry, mention_at):
        return why
    if _in_title(tok):
        # "the U.S. Strategy to Anticipate, Prevent, and Respond to Atrocities": a word of a title
        return "a capitalised word in the title of a document, programme or work"
    if entry.type in INFO_TYPES:
        for o in _objects(tok):
            # a capitalised one is a document's title ("released the U.S. Strategy on ...")
            if o.lemma_.lower() in INFORMATION and (o.i not in mention_at or o.pos_ == "PROPN"):
                return f"what is released or provided is information ({o.text!r})"
            if o.lemma_.lower() in ABSTRACT_GIFTS and o.i not in mention_at:
                return f"what is provided is no aid ({o.text!r})"
            if o.lemma_.lower() in ANIMALS and o.i not in mention_at:
                return f"what is released or provided is an animal ({o.text!r})"
    if entry.type is EventType.AID and tok.pos_ == "VERB" and tok.lemma_.lower() in HELP_VERBS:
        # "helped to carry out the campaign", "would help realize the vision": help toward an
        # act, with no one helped (an actor helped is an object: "helped Kyiv rebuild")
        kids = list(tok.children)
        helped = [c for c in kids if c.dep_ in {"dobj", "dative"}]
        helped += [s for c in kids if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        toward = [
            p
            for c in kids
            if c.dep_ == "prep" and c.lower_ in {"to", "toward", "towards"}
            for p in c.children
            if p.dep_ in {"pobj", "pcomp"}
        ]
        # "sent doctors to Sierra Leone to help fight Ebola": a purpose of another act keeps
        # that act's recipient
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        if (
            not purpose
            and (any(c.dep_ in {"xcomp", "ccomp"} for c in kids) or toward)
            and not any(t.i in mention_at for h in helped + toward for t in h.subtree)
        ):
            return "help toward an act, no actor helped"
    if entry.type is EventType.CONSULT:
        # "police spoke with her as a suspect": questioning in an inquiry, not a meeting
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in INQUIRY_ROLES:
                        return f"spoken with as {p.text!r}: questioning, not a meeting"
    if entry.type is EventType.CONSULT and tok.pos_ == "VERB":
        # "the challenges that we can only meet": the relative pronoun stands for them
        for o in (_antecedent(c) for c in tok.children if c.dep_ == "dobj"):
            if o.i not in mention_at and o.lemma_.lower() in NEEDS:
                return f"what is met is no actor ({o.text!r})"
        if why := _engaged_in_activity(tok, mention_at, lexicon):
            return why
    if (
        entry.type is EventType.THREATEN
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() == "consequence"
    ):
        # "massive consequences on global food prices": effects on things, no one threatened
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "on":
                on = [p for p in c.children if p.dep_ == "pobj"]
                if on and not any(t.i in mention_at for p in on for t in p.subtree):
                    return f"consequences on a thing ({on[0].text!r}), no threat"
    if tok.pos_ == "NOUN" and entry.type in INFO_TYPES:
        # "the Treasury's press release": a publication
        for c in tok.children:
            if c.dep_ == "compound" and c.lemma_.lower() in {"press", "news", "media"}:
                return f"a publication ('{c.text} {tok.text}')"
    if tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.i not in mention_at]
        if entry.type is EventType.PROTEST and tok.lemma_.lower() == "demonstrate" and objs:
            # "the statement demonstrates a complete lack of understanding": shows
            return f"'{tok.text}' with an object ({objs[0].text!r}): showing, not protesting"
        if entry.type is EventType.MOBILIZE and any(
            o.lemma_.lower() in RESOURCES for o in objs + _passive_subjects(tok, mention_at)
        ):
            # "mobilized significant resources", "mobilize support for Ukraine": raising means
            return "what is mobilized is money or support, not forces"
        if entry.type in FORCE and any(
            o.lemma_.lower() in ABSTRACT_GIFTS and o.lower_ != "bases" for o in objs
        ):
            # the model lemmatises military "bases" as "basis"
            return f"what is seized or hit is no actor ({objs[0].text!r})"
        if entry.type is EventType.SANCTION:
            # "designated Wiranto as the nation's security minister": an appointment
            for c in tok.children:
                offices = [
                    p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in OFFICES
                ]
                if c.dep_ == "prep" and c.lower_ == "as" and offices:
                    return f"named to an office ({offices[0].text!r}), no sanction"
    if entry.type is EventType.ASSAULT and tok.pos_ == "VERB" and tok.lemma_.lower() in VERBAL:
        # "attacked the investigation as a witch hunt", "attacked Trump for the deaths": words
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in {"as", "for", "over"}:
                continue
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if c.lower_ != "as" and any(
                p.ent_type_ in TIME_ENTS or p.lemma_.lower() in TIME_NOUNS for p in objs
            ):
                continue  # "hit targets for the second day": when, not why
            if objs:
                return f"an attack in words ('{tok.text} ... {c.text}'), not force"
    if entry.type is EventType.AGREE and tok.pos_ == "VERB":
        for o in tok.children:
            if o.dep_ == "dobj" and o.lemma_.lower() in WRONGS:
                return f"a wrong committed, not a commitment ({o.text!r})"
    if entry.type is EventType.REJECT and tok.pos_ == "VERB" and tok.lemma_.lower() in DENY_VERBS:
        for o in tok.children:
            if o.dep_ == "dobj" and o.lemma_.lower() in CLAIMS:
                return f"a denial of words ({o.text!r}), no demand refused"
    if entry.type is EventType.CONSULT and entry.mode in GATHER_MODES and tok.pos_ == "VERB":
        # "attended an academy", "attending mass": only a gathering or an actor makes a meeting
        places = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        places += [p for c in tok.children if c.dep_ == "prep" for p in c.children]
        for o in places:
            if o.dep_ not in {"dobj", "pobj", "nsubjpass"}:
                continue
            venue = o.dep_ == "pobj" and o.head.lower_ in LOCATIVE  # "at a mosque": where
            if o.pos_ == "PRON" or (o.i in mention_at and _acting(mention_at[o.i]) and not venue):
                return None
            # "convened the leaders of both factions": people named by their group
            if not venue and any(
                t.i in mention_at and _acting(mention_at[t.i]) for t in o.subtree if t.i != o.i
            ):
                return None
            if any(
                e.type is EventType.CONSULT
                for e in lexicon.by_lemma.get((o.lemma_.lower(), "NOUN"), [])
            ):
                return None
            if o.lemma_.lower() in GATHERINGS:
                return None
        if places:
            return "what is attended is no gathering of political actors"
    if (
        entry.type is EventType.THREATEN
        and tok.pos_ == "VERB"
        and tok.tag_ == "VBN"
        and not entry.speaker
    ):
        # "the order, which is being threatened by Russia's war": endangered, not threatened
        # "the order, which is being threatened": the relative pronoun stands for the order
        subj = [_antecedent(c) for c in tok.children if c.dep_ == "nsubjpass"]
        if tok.dep_ in {"acl", "ccomp", "xcomp", "oprd"} and not subj:
            subj = [tok.head]
        if subj and all(s.i not in mention_at and s.pos_ == "NOUN" for s in subj):
            return "passive 'threatened' with a thing as subject: endangered"
    return None
