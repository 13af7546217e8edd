"""Frames of modality read from a few words around the trigger: plans still to come ("is going
to", "was to join", "looking forward to"), plans called off, and periods dated after publication."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.events.dates import ResolvedDate

# forms of "be" the model may leave unlemmatised ("we're going to"; a curly apostrophe is parsed
# as the plain one: coder.parse_text)
BE_FORMS = {"be", "'re", "'m", "'s"}


def _be(tok: Token) -> bool:
    return tok.lemma_ in BE_FORMS or tok.lower_ in BE_FORMS


# a planned act called off is negated, not future (GUIDELINES §14): "the visit was cancelled"
CANCEL = {"cancel", "scrap", "scuttle", "shelve"}


def cancelled(noun: Token) -> Token | None:
    """The verb that calls off the noun's event: "the trip, which was cancelled", "the visit
    was cancelled"."""
    # the relative clause may hang on the noun's own phrase ("the trip to Warsaw, which was
    # cancelled"): a place is not called off
    objs = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for c in (x for n in (noun, *objs) for x in n.children):
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in CANCEL:
            return c
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in CANCEL:
        return noun.head
    return None


def going_to(tok: Token) -> bool:
    """ "is going to meet", "are going to have talks": a future; what hangs on "going" shares it
    ("on this trip, he is going to meet ...")."""
    return (
        tok.lower_ == "going"
        and not any(c.dep_ == "neg" for c in tok.children)
        and any(c.dep_ == "aux" and _be(c) for c in tok.children)
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    )


def future_frame(head: Token, cur: Token) -> bool:
    """Frames of what is still to come: "is going to have talks", "Benin was to join", "looks
    forward to a discussion with" (and to what it is for), "is due in Washington for talks"."""
    dep, low = cur.dep_, cur.lower_
    if dep == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        if head.lower_ == "going" and any(_be(c) for c in head.children):
            return not any(c.dep_ == "neg" for c in head.children)
        if head.lemma_ == "be" and any(c.dep_ == "nsubj" for c in head.children):
            return True  # "was to join", "is to visit"
    if dep == "prep" and low == "to" and head.lemma_ == "look":
        return any(c.lower_ == "forward" for c in head.children)
    if dep == "advcl" and head.lemma_ == "look" and cur.tag_ == "VB":
        # "we look forward to continuing our work with X, to support peace": what the awaited
        # work is for is to come as well
        # (the awaited thing named first: "looking forward to discuss" is the thing itself)
        return (
            any(c.lower_ == "forward" for c in head.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        )
    if dep == "prep" and low == "for" and head.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lower_ == "due" for c in head.children)
    return False


PAST_TAGS = {"VBD", "VBN"}


def period_ahead(resolved: ResolvedDate, trigger: Token | None) -> bool:
    """A week, month or "next year" ahead dates the trigger's own act unless its verb is past
    ("cancelled a planned summit next month": the cancelling was done)."""
    if trigger is None or resolved.precision == "day":
        return False
    if resolved.precision == "year" and "next" not in resolved.text.lower():
        return False  # "by 2025" is a deadline of what is built, not the date of the act
    verb = trigger
    if trigger.pos_ == "NOUN":
        if trigger.dep_ != "dobj":
            return True
        verb = trigger.head
    elif _dated_below(trigger, resolved):
        return False  # "urges Kenya to hold talks in the coming days": the talks are to come
    return verb.tag_ not in PAST_TAGS


# what a verb asks, welcomes or says: a period inside it dates that, not the verb
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "advcl"}


def _dated_below(verb: Token, resolved: ResolvedDate) -> bool:
    """The period is said inside the verb's complement or object ("calls on Kenya to release the
    journalists in the coming days", "welcomes the talks next week"), not on the verb itself."""
    last = resolved.text.split()[-1].lower() if resolved.text.split() else ""
    return any(t.lower_ == last for c in verb.children if c.dep_ in CONTENT_DEPS for t in c.subtree)


def later_here(trigger: Token | None) -> bool:
    """ "meets the crown prince later this week": "later" dates the trigger's own act (on the
    trigger, or on the time word that hangs on it), not another act of the sentence ("support
    for elections later this year")."""
    if trigger is None or trigger.tag_ == "VBD":
        return False  # "condemned it later this week": done
    for t in trigger.children:
        if t.lower_ == "later" or any(c.lower_ == "later" for c in t.children):
            return t.dep_ in {"advmod", "npadvmod"}
    return False


# the rest of a period already under way: "later today", "later this afternoon"
LATER_TODAY = {"today", "tonight"}
THIS_PERIODS = {"morning", "afternoon", "evening", "week", "month", "year"}


def later_today(trigger: Token | None) -> bool:
    """ "my meeting later today with the crown prince": "later" and the period under way right
    after an event noun, or hanging on the trigger, date it still to come, however the parser
    hangs the time words (a time, not a date entity, so no date is resolved from it). A verb in
    the past ("he met her later today") is not read so."""
    if trigger is None or trigger.tag_ in PAST_TAGS:
        return False
    doc = trigger.doc
    nxt = trigger.i + 1
    if trigger.pos_ == "NOUN" and nxt < len(doc) and doc[nxt].lower_ == "later":
        return _period_under_way(doc[nxt + 1 : nxt + 3])
    for t in trigger.children:
        if t.dep_ in {"advmod", "npadvmod"} and t.i > trigger.i:
            later = [w for w in t.subtree if w.lower_ == "later"]
            if later and _period_under_way(doc[later[0].i + 1 : later[0].i + 3]):
                return True
    return False


def _period_under_way(words: Span) -> bool:
    """ "today", "tonight", "this afternoon", "this week"."""
    if len(words) == 0:
        return False
    if words[0].lower_ in LATER_TODAY:
        return True
    return len(words) > 1 and words[0].lower_ == "this" and words[1].lower_ in THIS_PERIODS


# "we must continue to supply weapons": what the speakers say they must keep doing is their course
DUTY_AUX = {"must", "should"}
FIRST_PERSON = {"we", "i"}


def own_duty(verb: Token, aux: Token) -> bool:
    """ "We must continue to supply defensive weapons to Ukraine": the speakers' own duty to
    keep doing an act is their stated course, to come (§20), not a supposition; a duty laid on
    another ("Russia must continue to withdraw") is what the speaker asks."""
    return (
        aux.lower_ in DUTY_AUX
        and verb.lemma_.lower() == "continue"
        and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children)
    )
