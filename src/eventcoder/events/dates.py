"""Resolve time expressions against the publication date, with a precision and a reason.

Fail-safe: what cannot be resolved returns None and the event takes the publication date,
marked as such. Relative expressions without a publication date stay unresolved.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventcoder.events.quantities import NUMBER_WORDS
from eventcoder.nlp.ents import sentence_ents

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


Day = date  # the type, for fields of a class that has a field named "date"


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: date
    precision: str  # day | week | month | year
    text: str
    until: Day | None = None  # the end of a span of years ("from 2013 to 2019"), else None

    @property
    def last(self) -> Day:
        """The latest day the expression covers: a span is over only when its end is."""
        return self.until or self.date


# "from 2013 to 2019", "between 2010 and 2015", "2004-2008": a span of years
YEAR_SPAN = re.compile(
    r"(?:from |between |in )?((?:19|20)\d{2})\s*(?:to|and|until|till|through|-|–|—)\s*"
    r"((?:19|20)\d{2})"
)


# an earlier year the sentence names dates an act before the news cycle once it is this old
# (GUIDELINES §5: "In November 2021 ..." in a February 2022 story is historical, alt asserted)
NEWS_CYCLE = timedelta(days=60)


def long_past(resolved: ResolvedDate, pub: date) -> bool:
    """Historical (§5): dated over a year before publication, or in an earlier year that the time
    expression names, more than a few weeks before publication."""
    if resolved.last < pub - timedelta(days=366):
        return True
    named = YEAR.search(resolved.text) is not None
    if not named or resolved.text.lower().startswith("since"):
        return False  # "since July 2021": a stretch that runs up to now
    return resolved.last.year < pub.year and resolved.last < pub - NEWS_CYCLE


def _pick_year(month: int, day: int, pub: date, future: bool) -> date | None:
    """A day-month without a year: the occurrence nearest the publication date in the right direction."""
    try:
        this = date(pub.year, month, day)
    except ValueError:
        return None
    if future and this < pub - timedelta(days=14):
        return this.replace(year=pub.year + 1)
    if not future and this > pub + timedelta(days=14):
        return this.replace(year=pub.year - 1)
    return this


def resolve_text(text: str, pub: date | None, future: bool = False) -> ResolvedDate | None:
    """One time expression ("on December 6", "last week", "Tuesday", "in 1988") to a date."""
    t = text.lower().replace("’", "'").strip()
    t = re.sub(r"'s$", "", t)
    m = re.search(rf"\b({MONTH_RE})\.?\s+{ORD}(?:,?\s+(\d{{4}}))?\b", t) or None
    if m:
        month, day, year = MONTHS[m.group(1)], int(m.group(2)), m.group(3)
        return _day(month, day, year, pub, future, text)
    m = re.search(rf"\b{ORD}\s+(?:of\s+)?({MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", t)
    if m:
        month, day, year = MONTHS[m.group(2)], int(m.group(1)), m.group(3)
        return _day(month, day, year, pub, future, text)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        try:
            return ResolvedDate(
                date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", text
            )
        except ValueError:
            return None
    m = re.search(rf"\b({MONTH_RE})\.?,?\s+(\d{{4}})\b", t)
    if m:
        return ResolvedDate(date(int(m.group(2)), MONTHS[m.group(1)], 1), "month", text)
    m = YEAR_SPAN.fullmatch(t)
    if m and int(m.group(1)) <= int(m.group(2)):
        begin, end = int(m.group(1)), int(m.group(2))
        return ResolvedDate(date(begin, 1, 1), "year", text, until=date(end, 12, 31))
    m = re.fullmatch(
        r"(?:in |since |by |during |early |late |mid-?)*(?:the year )?((?:19|20)\d{2})", t
    )
    if m:
        return ResolvedDate(date(int(m.group(1)), 1, 1), "year", text)
    m = DECADE.fullmatch(t)
    if m:  # "in the 1990s" (GUIDELINES §5): the decade, as a span of its years
        begin = int(m.group(1))
        return ResolvedDate(date(begin, 1, 1), "year", text, until=date(begin + 9, 12, 31))
    if pub is None:
        return None
    t = re.sub(r"^(in|on|at|during|by|over|from|since|of) (?=\D)", "", t)
    if t in {"today", "this morning", "tonight", "this evening", "this afternoon", "now"}:
        return ResolvedDate(pub, "day", text)
    if t in {"yesterday", "last night"}:
        return ResolvedDate(pub - timedelta(days=1), "day", text)
    if t == "tomorrow":
        return ResolvedDate(pub + timedelta(days=1), "day", text)
    if m := re.fullmatch(r"(?:over |during |at )?(the|this|last|past|next) weekend", t):
        return _weekend(m.group(1), pub, future, text)
    # "late last week", "early next month": the period, at its precision
    t = re.sub(r"^(?:late |early |mid-|earlier |later )(?=(?:last|past|previous|next) )", "", t)
    m = re.fullmatch(
        r"(?:on |last |this |next |earlier on |late |early )?(\w+day)(?: night| morning| evening"
        r"| afternoon)?",
        t,
    )
    if m and m.group(1) in WEEKDAYS:
        target = WEEKDAYS[m.group(1)]
        delta = (pub.weekday() - target) % 7
        if t.startswith("next") or future:
            ahead = (target - pub.weekday()) % 7 or 7
            return ResolvedDate(pub + timedelta(days=ahead), "day", text)
        return ResolvedDate(
            pub - timedelta(days=delta or 7 if t.startswith("last") else delta), "day", text
        )
    if re.fullmatch(r"(last|past|previous) week|a week ago", t):
        return ResolvedDate(pub - timedelta(days=pub.weekday() + 7), "week", text)
    if re.fullmatch(r"(earlier |later )?this week", t):
        return ResolvedDate(pub - timedelta(days=pub.weekday()), "week", text)
    if AHEAD.fullmatch(t):  # "in the coming days", "the weeks ahead": from now on, at large
        return ResolvedDate(pub + timedelta(days=1), "week", text)
    if t == "next week":
        return ResolvedDate(pub + timedelta(days=7 - pub.weekday()), "week", text)
    if re.fullmatch(r"(earlier |later )?this month", t):
        return ResolvedDate(pub.replace(day=1), "month", text)
    if re.fullmatch(r"(last|past|previous) month|a month ago", t):
        first = pub.replace(day=1) - timedelta(days=1)
        return ResolvedDate(first.replace(day=1), "month", text)
    if t == "next month":
        nxt = (pub.replace(day=28) + timedelta(days=4)).replace(day=1)
        return ResolvedDate(nxt, "month", text)
    if re.fullmatch(r"(earlier |later )?this year", t):
        return ResolvedDate(date(pub.year, 1, 1), "year", text)
    if re.fullmatch(r"last year|a year ago|the previous year", t):
        return ResolvedDate(date(pub.year - 1, 1, 1), "year", text)
    if t == "next year":
        return ResolvedDate(date(pub.year + 1, 1, 1), "year", text)
    m = re.fullmatch(rf"(?:in |since |by |during |early |late |mid-?)*({MONTH_RE})", t)
    if m:
        month = MONTHS[m.group(1)]
        year = pub.year
        if future and month < pub.month:
            year += 1
        elif not future and month > pub.month:
            year -= 1
        return ResolvedDate(date(year, month, 1), "month", text)
    m = AGO.fullmatch(t)
    if m:  # "three days ago", "more than 40 years ago", "70-plus years ago", "decades ago"
        n = int(m.group(1)) if m.group(1).isdigit() else COUNT_WORDS[m.group(1)]
        unit = m.group(2)
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * n
        prec = "year" if unit == "decade" else unit
        return ResolvedDate(pub - timedelta(days=days), prec, text)
    return None


# a stretch that starts now, said from the speaker's present ("in the coming days", "in the weeks
# ahead", "in a few days"); "the next few days" and "the following days" also narrate a past
AHEAD = re.compile(
    r"(?:over )?(?:the )?(?:coming (?:few )?(?:days|weeks|months)|(?:days|weeks|months) ahead"
    r"|a few (?:days|weeks))"
)
# "in the 1990s", "the early 2000s"
DECADE = re.compile(r"(?:in |since |during |by )?(?:the )?(?:early |late |mid-?)?((?:19|20)\d0)'?s")
# how many: a number, a word, or a vague plural taken at its least ("decades ago": two)
COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 10} | {
    "a": 1,
    "a couple of": 2,
    "a few": 2,
    "several": 3,
    "many": 3,
    "": 2,
}
AGO = re.compile(
    r"(?:more than |over |nearly |almost |about |around |some |roughly |just over )?"
    r"(\d+|a couple of|a few|a|several|many|one|two|three|four|five|six|seven|eight|nine|ten|)"
    r"(?:-plus)? ?(day|week|month|year|decade)s? ago"
)


def _weekend(which: str, pub: date, future: bool, text: str) -> ResolvedDate:
    """The Saturday of the weekend meant: the one just past (or under way), the next one for
    "next weekend" or an event still to come."""
    back = (pub.weekday() - 5) % 7  # days since the last Saturday (0 on a Saturday)
    if which == "next" or (future and which != "last" and pub.weekday() < 5):
        return ResolvedDate(pub + timedelta(days=(5 - pub.weekday()) % 7 or 7), "week", text)
    if which == "last" and back < 2 and pub.weekday() >= 5:
        back += 7  # "last weekend" said on a Sunday is the one before
    return ResolvedDate(pub - timedelta(days=back), "week", text)


def _day(
    month: int, day: int, year: str | None, pub: date | None, future: bool, text: str
) -> ResolvedDate | None:
    if year:
        try:
            return ResolvedDate(date(int(year), month, day), "day", text)
        except ValueError:
            return None
    if pub is None:
        return None
    d = _pick_year(month, day, pub, future)
    return ResolvedDate(d, "day", text) if d else None


def _attached(ent: Span, trigger: Token, governor: Token | None) -> bool:
    """Is the time expression in the trigger's clause (its head chain reaches the trigger)?"""
    anchors = {trigger.i} | ({governor.i} if governor is not None else set())
    for a in list(anchors):  # "In 2007 the US labeled him ... and levied sanctions": shared
        tok = trigger.doc[a]
        if tok.dep_ == "conj":
            anchors.add(tok.head.i)
    root = ent.root
    if root.dep_ not in NOUN_MODIFIER and (noun := _modified_noun(ent)) is not None:
        return noun.i in anchors  # "on the productive September 2021 dialogue", misparsed
    # "In 2015 the kingdom started supporting ...": the head's own time phrase, not one deeper
    # in its clause ("despite his poisoning in 2020, he continued to speak out")
    near = root.head if root.dep_ == "pobj" else root
    if near.dep_ in {"prep", "npadvmod"} and any(
        _shares_time(trigger.doc[a]) and trigger.doc[a].head.i == near.head.i for a in anchors
    ):
        return True
    cur = root
    if root.dep_ in NOUN_MODIFIER and root.head.i not in anchors and root.head.pos_ == "NOUN":
        noun = root.head
        if not (noun.dep_ == "pobj" and noun.head.lower_ in DURING_PREPS):
            return False  # "under a 1987 law", "the 2018 peace agreement": the date is the noun's
        cur = noun  # "arrested during the 2019 protests": the act is dated by what it was during
    for _ in range(6):
        if cur.i in anchors:
            return True
        if cur.head.i == cur.i or (
            # "despite commuting his sentence in 2020, Tehran still refuses": a clause under a
            # preposition has its own time, like a relative or reported clause
            cur.dep_ in {"relcl", "ccomp", "acl", "pcomp"} and cur.head.i not in anchors
        ):
            return False
        if (cur.dep_ == "prep" and cur.lower_ == "since" and cur is not root.head) or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in cur.children
        ):
            return False  # "since the army took power in 2021": the start of a span, not the act
        cur = cur.head
    return False


def _modified_noun(ent: Span) -> Token | None:
    """ "the productive September 2021 U.S.-Morocco dialogue": a date between a determiner (and
    its adjectives) and a noun modifies that noun, however the parser hangs it."""
    doc = ent.doc
    before = ent.start - 1
    while before >= 0 and doc[before].pos_ == "ADJ":
        before -= 1
    if before < 0 or doc[before].dep_ not in {"det", "poss"}:
        return None
    end = ent.end
    while end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"}:
        end += 1
    return doc[end - 1] if end > ent.end else None


# a year or date that modifies a noun dates that noun ("a 1987 law"), not the clause around it
NOUN_MODIFIER = {"compound", "amod", "nummod", "poss", "nmod"}


def _shares_time(tok: Token) -> bool:
    """ "In 2015 the kingdom started supporting the government": an aspectual verb's infinitive
    or gerund, and a participle clause ("opened fire on Tuesday, killing twelve"), happen when
    their head does."""
    if tok.dep_ == "xcomp":
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.tag_ == "VBD":
        # "the army moved on November 15, having first placed him under house arrest": a
        # perfect participle is done by the time of the past act it hangs on
        auxes = [c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass", "mark"}]
        if auxes == ["having"]:
            return True
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "aux", "auxpass"} for c in tok.children)
    )


def date_for(
    sentence: Span, trigger: Token, governor: Token | None, pub: date | None, future: bool
) -> ResolvedDate | None:
    """The time expression that modifies this trigger, resolved; None when there is none."""
    ents = [e for e in sentence_ents(sentence) if e.label_ == "DATE"]
    ahead = future or _ahead(trigger, governor)
    host = _event_host(trigger)
    for ent in ents:
        if _label(ent):
            continue  # "as set out in resolution 2570 (2021)": the year names the resolution
        if _attached(ent, trigger, governor) or (host is not None and _attached(ent, host, None)):
            found = resolve_text(_with_prep(ent), pub, ahead)
            if found and pub is not None and not ahead and _deadline_ahead(ent, found, pub):
                continue  # "called for elections before October 2022": a deadline of the content
            if found and pub is not None and not ahead and _names_noun(ent, trigger):
                # "Biden's July trip": a noun has no tense; the nearer July is meant
                later = resolve_text(_with_prep(ent), pub, True)
                if later and abs((later.date - pub).days) < abs((found.date - pub).days):
                    found = later
            if found and not ahead and found.precision == "day":
                found = _story_year(ent, found) or found
            if found:
                return found
    return _clause_time(sentence, trigger, governor, pub, ahead)


# a time by which, or before which, something is to be done: the latest it may be, not its date
DEADLINE_PREPS = {"before", "by", "until", "till"}


def _deadline_ahead(ent: Span, found: ResolvedDate, pub: date) -> bool:
    """ "called for a transition before October 2022": a deadline after publication bounds what
    is asked, and dates neither the call nor the act."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in DEADLINE_PREPS and found.date > pub


def _label(ent: Span) -> bool:
    """A year in brackets right after a name is part of the name: "UNSCR 2570 (2021)"."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or not YEAR.fullmatch(ent.text):
        return False
    before = doc[ent.start - 2]
    return (
        doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
        and before.pos_ in {"NOUN", "PROPN", "NUM"}
    )


YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
MONTH_DAY = re.compile(rf"\b(?:({MONTH_RE})\.?\s+{ORD}|{ORD}\s+(?:of\s+)?({MONTH_RE}))\b")


def _story_year(ent: Span, found: ResolvedDate) -> ResolvedDate | None:
    """ "the army moved on November 15, 2017 ... his resignation on November 21": a day and month
    without a year follow the full date just before them (this sentence or the previous one),
    not the publication date, when they fall within weeks after it."""
    if YEAR.search(ent.text) or not MONTH_DAY.search(ent.text.lower()):
        return None  # "today", "Tuesday": the story's own time
    sent = ent.sent
    begin = ent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [
        e
        for e in sentence_ents(ent.doc[begin : ent.start])
        if e.label_ == "DATE" and e.end <= ent.start
    ]
    for prior in reversed(before):
        if not YEAR.search(prior.text):
            continue
        anchor = resolve_text(prior.text, None)
        if anchor is None or anchor.precision not in {"day", "month"}:
            return None
        try:
            moved = found.date.replace(year=anchor.date.year)
        except ValueError:
            return None
        if moved.year != found.date.year and 0 <= (moved - anchor.date).days <= 92:
            return ResolvedDate(moved, "day", found.text)
        return None
    return None


def _clause_time(
    sentence: Span, trigger: Token, governor: Token | None, pub: date | None, ahead: bool
) -> ResolvedDate | None:
    """A clause that names no time of its own but says when by where it hangs: "since 2014,
    when Russia annexed Crimea" (a clause on a date is at that date) and "In 2004, when the
    navies worked together, the group was born" (a "when" clause is at its main clause's time)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governor
    if verb is None:
        return None
    for _ in range(2):  # the trigger's verb, or the clause it is conjoined to
        if verb.dep_ == "relcl" and any(c.lower_ in WHEN_WORDS for c in verb.children):
            for ent in sentence_ents(sentence):
                if ent.label_ == "DATE" and ent.start <= verb.head.i < ent.end:
                    return resolve_text(_with_prep(ent), pub, ahead)
        if verb.dep_ == "advcl" and any(
            c.dep_ == "advmod" and c.lower_ in WHEN_WORDS for c in verb.children
        ):
            host = verb.head
            ents = [e for e in sentence_ents(sentence) if e.label_ == "DATE"]
            if (after := _date_before(ents, verb)) is not None:
                # "Since 2004, when we collaborated ...": the clause says what happened then
                return resolve_text(_with_prep(after), pub, ahead)
            for ent in ents:
                if not (ent.start <= verb.i < ent.end) and _attached(ent, host, None):
                    return resolve_text(_with_prep(ent), pub, ahead)
            return None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _date_before(ents: list[Span], clause: Token) -> Span | None:
    """The date a "when" clause follows right after its comma ("since 2004, when ...")."""
    start = min(t.i for t in clause.subtree)
    doc = clause.doc
    for ent in ents:
        if ent.end == start - 1 and doc[ent.end].text == ",":
            return ent
    return None


# a clause that says when by the time it hangs on
WHEN_WORDS = {"when", "whereupon"}


# verbs whose subject is an event and whose time is that event's ("the protest ended in 1989")
HAPPEN_VERBS = {"end", "begin", "start", "last", "occur", "happen", "conclude", "erupt", "break"}
# a noun event inside "during X" / "amid X" happened when the verb it hangs on did
DURING_PREPS = {"during", "amid", "amidst"}


def _event_host(trigger: Token) -> Token | None:
    """The verb whose date is an event noun's own: the noun is the subject of a verb of
    happening ("the 50-day protest ended on June 4, 1989") or the object of "during"
    ("talks were held in December 2020 during the minister's visit")."""
    if trigger.pos_ != "NOUN":
        return None
    head = trigger.head
    if trigger.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in HAPPEN_VERBS:
        return head
    if trigger.dep_ == "pobj" and head.lower_ in DURING_PREPS and head.head.pos_ == "VERB":
        return head.head
    return None


def _names_noun(ent: Span, trigger: Token) -> bool:
    """The date is a modifier of the trigger noun itself ("the July trip", "his May visit")."""
    root = ent.root
    return trigger.pos_ == "NOUN" and root.head.i == trigger.i and root.dep_ in NOUN_MODIFIER


# verbs whose infinitive is still to come ("is due to visit on Thursday", "plans to meet")
PLAN_HEADS = {"plan", "schedule", "due", "set", "expect", "intend", "go", "prepare", "aim"}
MODALS = {"will", "shall", "'ll", "would", "could", "may", "might", "can"}


def _ahead(trigger: Token, governor: Token | None) -> bool:
    """Does the event's verb look ahead? A modal ("could meet"), an infinitive of a plan ("is
    scheduled to hold talks"), or the present progressive ("the ministers are meeting on
    Tuesday")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governor
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in MODALS for a in auxes):
        return True
    if any(a.lower_ == "to" for a in auxes):
        return verb.head.lemma_.lower() in PLAN_HEADS and verb.head.i != verb.i
    # "are meeting on Tuesday" looks ahead; a bare present ("police beat protesters on
    # Saturday") is too often a past form to be read as one
    return verb.tag_ == "VBG" and bool(auxes) and all(a.tag_ in {"VBP", "VBZ"} for a in auxes)


def _with_prep(ent: Span) -> str:
    """Keep "in" of "in 1988" so that bare numbers are not taken as years."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ in {"in", "since", "during", "by", "on"}:
        return f"{head.lower_} {ent.text}"
    return ent.text
