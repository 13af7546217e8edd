"""In-document coreference: later surnames, pronouns and "both the countries" point back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventcoder.actors import chains
from eventcoder.actors.acronyms import defined_acronyms, redefined_acronyms
from eventcoder.actors.addressee import addressed, expletive
from eventcoder.actors.apposed import apposed_names
from eventcoder.actors.compose_words import HONORIFICS
from eventcoder.actors.courtesy import courtesy_it
from eventcoder.actors.descriptions import refer_back
from eventcoder.actors.dictionary import ActorDictionary, normalise, surname
from eventcoder.actors.given import given_names
from eventcoder.actors.quotes import quotations, quote_speaker, speakers_offices
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.actors.voice import voice_officials
from eventcoder.nlp.scan import (
    doc_text,
    sentence_start,
    sentence_starts,
    tokens_with_lower,
    tokens_with_pos,
)
from eventcoder.ontology.plover import NON_STATE

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
WINDOW_SENTENCES = 3


def resolve_aliases(
    doc: Doc, mentions: list[Span], d: ActorDictionary, day: date | None
) -> list[Span]:
    """Mentions plus group phrases and pronouns, with unknown names filled from earlier mentions."""
    mentions = redefined_acronyms(doc, sorted(mentions, key=lambda s: s.start), d)
    turns = speaker_turns(doc, mentions)
    quotes = quotations(doc)  # token ranges in quotation marks, found once per document
    speakers_offices(doc, mentions, quotes)
    mentions = sorted(mentions + refer_back(doc, mentions), key=lambda s: s.start)
    voice_officials(doc, mentions, {t for lo, hi, _ in turns for t in range(lo, hi)}, d)
    apposed_names(mentions)
    mentions = _fill_surnames(doc, mentions, d)
    given_names(doc, mentions)
    mentions = sorted(mentions + defined_acronyms(doc, mentions, d), key=lambda s: s.start)
    extra: list[Span] = []
    extra += _groups(doc, mentions, d)
    courtesies = courtesy_it(doc)  # "it's a pleasure to ...": the speaker's, not a pronoun's
    extra += _pronouns(doc, mentions, {t.i for t in courtesies})
    extra += _we(doc, d, turns, quotes, sorted(mentions + extra, key=lambda s: s.start), courtesies)
    extra += addressed(doc, turns, sorted(mentions + extra, key=lambda s: s.start))
    return sorted(filter_spans(mentions + extra), key=lambda s: s.start)


def _fill_surnames(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    """A bare "Shugaev" after "Director ... Dmitry Shugaev" is the same resolved person."""
    known: dict[str, ActorInfo] = {}
    out: list[Span] = []
    covered = {t for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if info.kind == ActorKind.PERSON and info.name:
            sur = surname(info.name) or normalise(info.name)
            if info.country and info.actor_id is None and sur and " " in info.name:
                known.setdefault(sur, info)
            elif sur in known:
                new = replace(known[sur], how=because(Rule.SAME_NAME, known[sur].how))
                m._.actors = (new,)
        out.append(m)
    if not known:
        return out
    for tok in tokens_with_pos(doc, {PROPN, NOUN}):
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        key = tok.lower_
        if key in known and not d.lookup(tok.text):
            s = Span(doc, tok.i, tok.i + 1, label="person")
            s._.actors = (replace(known[key], how=because(Rule.EARLIER_SURNAME, known[key].how)),)
            out.append(s)
    return sorted(out, key=lambda s: s.start)


def _countries_before(doc: Doc, mentions: list[Span], pos: int, sent_start: int) -> list[ActorInfo]:
    """Countries in play before `pos`: those named in the last few sentences, ranked by how often
    the document has named them so far (then by nearness)."""
    starts = sentence_starts(doc)
    idx = max(0, bisect_right(starts, pos) - 1)
    lo = starts[max(0, idx - WINDOW_SENTENCES)]
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for m in mentions:
        if m.start >= pos:
            break
        for info in m._.actors:
            if info.country and info.kind != ActorKind.GROUP and info.country not in NON_STATE:
                counts[info.country] = counts.get(info.country, 0) + 1
                last[info.country] = m.start
    recent = [c for c in counts if last[c] >= lo]
    recent.sort(key=lambda c: (-counts[c], -last[c]))
    return [
        ActorInfo(None, c, None, ActorKind.COUNTRY, None, c, because(Rule.IN_PLAY, c))
        for c in recent
    ]


_GROUP_HINT = re.compile(r"\b(both|two|leaders|sides)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _group_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """ "both the countries", "the two leaders", "the two Nordic countries": compiled once."""
    return re.compile(
        r"\b("
        + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        + r"|(?:both|the two)(?: \w+)? (?:countries|nations|sides|governments|leaders|neighbou?rs|allies"
        r"|states|capitals|powers|rivals))\b",
        re.IGNORECASE,
    )


def _groups(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    if not d.group_phrases:
        return []
    pattern = _group_pattern(frozenset(d.group_phrases))
    out: list[Span] = []
    text = doc_text(doc)
    if not _GROUP_HINT.search(text):
        return out
    for match in pattern.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        before = _countries_before(doc, mentions, span.start, sentence_start(doc, span.start))
        if len(before) < 2:
            continue
        members = tuple(
            replace(b, kind=ActorKind.COUNTRY, how=because(Rule.REFERS_BACK, span.text, b.country))
            for b in before[:2]
        )
        s = Span(doc, span.start, span.end, label="group")
        s._.actors = members
        out.append(s)
    return out


FIRST_PLURAL = {"we", "us", "our"}
FIRST_SINGULAR = {"i", "me", "my"}
PRONOUN_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "pobj"}
# transcript labels of people who speak for nobody ("QUESTION:", "MODERATOR:")
NOBODY_LABELS = {"question", "moderator", "operator", "participant", "staff", "audience"}
LABEL = re.compile(r"(?m)^([A-Z][A-Z.'\- ]{1,60}):")

Turn = tuple[int, int, ActorInfo | None]  # label start, label end, who speaks (None: nobody)


def speaker_turns(doc: Doc, mentions: list[Span]) -> list[Turn]:
    """A transcript's speaker labels ("SECRETARY BLINKEN:", "PRESIDENT ABBAS:") with the actor
    each label names: its country when known or named earlier in the document ("President
    Mahmoud Abbas" before "PRESIDENT ABBAS:"), None for a titled guest of unknown country or a
    questioner, the publisher's own staff when the label names no actor ("MR PRICE:")."""
    text = doc_text(doc)
    if ":" not in text:
        return []
    out: list[Turn] = []
    for match in LABEL.finditer(text):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None:
            continue
        words = match.group(1).lower().split()
        inside = [m for m in mentions if span.start <= m.start < span.end]
        who: ActorInfo | None = None
        if words and words[0] in NOBODY_LABELS:
            who = None
        elif inside:
            who = inside[-1]._.actors[0]
            if who.country is None:
                who = _named_before(mentions, span.start, words[-1])
            # "MR PRICE:" unknown by name, "SENIOR ADMINISTRATION OFFICIAL:" or "SECRETARY:"
            # with no name at all: the host's staff ("FOREIGN MINISTER:", an office both sides
            # hold, is the guest)
            label = inside[-1]._.actors[0]
            unnamed = label.kind == ActorKind.NOUN or (
                label.kind == ActorKind.TITLE and label.office in {None, "other"}
            )
            if who is None and (words[0].rstrip(".") in HONORIFICS or unnamed) and doc._.voice:
                who = _publisher(doc._.voice)
        elif doc._.voice:
            who = _publisher(doc._.voice)
        out.append((span.start, span.end, who))
    return out


def _publisher(voice: str) -> ActorInfo:
    """The publisher's government, speaking through a label that names no known actor."""
    how = because(Rule.PUBLISHER, because(Rule.NAME))
    return ActorInfo(None, voice, "GOV", ActorKind.COUNTRY, None, voice, how)


def _named_before(mentions: list[Span], pos: int, word: str) -> ActorInfo | None:
    """The earlier person with a country whose name ends in `word` ("Abbas")."""
    for m in reversed(mentions):
        if m.start >= pos:
            continue
        info: ActorInfo = m._.actors[0]
        if (
            info.kind == ActorKind.PERSON
            and info.country
            and info.name
            and info.name.lower().split()[-1] == word
        ):
            return info
    return None


def _we(
    doc: Doc,
    d: ActorDictionary,
    turns: list[Turn],
    quotes: list[tuple[int, int]],
    mentions: list[Span],
    courtesies: list[Token],
) -> list[Span]:
    """ "We have imposed sanctions": in a government's own release, "we" (and the "I" of the
    official whose statement it is) is that government. Inside a quotation "we", "our" and "I" belong to the quotation's speaker; in a transcript to
    the speaker of the turn; a speaker of another country never speaks for the publisher."""
    voice = doc._.voice
    mention_at = {t: m for m in mentions for t in range(m.start, m.end)}
    turn_starts = [t[0] for t in turns]
    out = []
    for tok in [*tokens_with_lower(doc, FIRST_PLURAL | FIRST_SINGULAR), *courtesies]:
        if tok.dep_ not in PRONOUN_DEPS or tok.i in mention_at:
            continue
        low = "i" if tok.lower_ == "it" else tok.lower_  # a courtesy's "it" is its speaker
        who: ActorInfo | None = None
        said_by = ""
        quote = next(((lo, hi) for lo, hi in quotes if lo <= tok.i < hi), None)
        if quote is not None:
            speaker = quote_speaker(doc, quote[0], quote[1], mention_at)
            if speaker is None:
                continue  # an unattributed quotation is nobody's "we"
            who, said_by = speaker._.actors[0], speaker.text
        elif turns and turn_starts[0] < tok.i:
            lo, hi, who = turns[bisect_right(turn_starts, tok.i) - 1]
            said_by = doc[lo:hi].text
            if who is None:
                continue
        elif voice and voice in d.countries:
            # the publisher's "we", and the "I" of its own statement ("I called on the junta")
            who = ActorInfo(
                d.countries[voice].name,
                voice,
                "GOV",
                ActorKind.COUNTRY,
                None,
                voice,
                because(Rule.WE, tok.text, voice),
            )
        if who is None or not who.country:
            continue
        if low in FIRST_SINGULAR and said_by:
            if who.kind != ActorKind.PERSON:
                continue
            info = replace(who, how=because(Rule.PRONOUN, tok.text, said_by))
        elif said_by:
            name = d.countries[who.country].name if who.country in d.countries else who.name
            actor_id = who.country if who.country in d.countries else who.actor_id
            kind = ActorKind.COUNTRY if who.country in d.countries else who.kind
            sector = who.sector if kind != ActorKind.COUNTRY else "GOV"
            info = ActorInfo(
                name,
                who.country,
                sector,
                kind,
                None,
                actor_id,
                because(Rule.PRONOUN, tok.text, said_by),
            )
        else:
            info = who
        s = Span(doc, tok.i, tok.i + 1, label="pronoun")
        s._.actors = (info,)
        out.append(s)
    return out


def _own_subject(pronoun: Token) -> set[int]:
    """The subjects of the clause an object pronoun belongs to ("thanked him", "met with
    her"): a plain object pronoun is never its own clause's subject (that would be "himself")."""
    if pronoun.dep_ not in {"dobj", "pobj"}:
        return set()
    verb = pronoun.head
    while verb.dep_ in {"prep", "dative", "agent"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    return {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}


def _identity(info: ActorInfo) -> tuple[str | None, ...]:
    """Who a mention is, to tell one actor's mentions apart from another's."""
    if info.actor_id or info.name:
        return (info.actor_id or info.name,)
    return (info.country, info.sector, info.office)


def _people_word(info: ActorInfo) -> bool:
    """ "The Russians have said that they ...": a country named by its people is plural."""
    how = info.how
    return how.rule == Rule.COUNTRY_WORD and bool(how.args) and how.args[0] == ActorKind.PEOPLE


def _subjects(pronoun: Token, antecedent: Token) -> bool:
    """Both subjects: "The Russians said that they" (not "the lives of Israelis. They")."""
    subj = {"nsubj", "nsubjpass"}
    return pronoun.dep_ in subj and antecedent.dep_ in subj


def _joint_subject(pronoun: Token, mentions: list[Span], sent_start: int) -> list[Span]:
    """ "Secretary Blinken and Foreign Minister Kuleba discussed the war. They reaffirmed ...":
    a "they" opening the next sentence as its subject is the two or more people or countries
    the sentence before named together as its subject."""
    doc = pronoun.doc
    if pronoun.dep_ != "nsubj" or sent_start == 0:
        return []
    if any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[sent_start : pronoun.i]):
        return []  # not the sentence's first actor ("The ministers said they ...")
    prev = doc[sent_start - 1].sent
    joint = []
    for m in mentions:
        if not prev.start <= m.start < prev.end:
            continue
        root = m.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        info: ActorInfo = m._.actors[0]
        if root.dep_ == "nsubj" and root.head.i == prev.root.i and info.country:
            joint.append(m)
    countries = {m._.actors[0].country for m in joint}
    return joint if len(joint) >= 2 and len(countries) >= 2 else []


def _pronouns(doc: Doc, mentions: list[Span], courtesies: set[int]) -> list[Span]:
    """Subject and possessive pronouns take the nearest earlier compatible mention."""
    out = []
    by_start = sorted(mentions, key=lambda s: s.start)
    starts = [m.start for m in by_start]
    pronouns = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
    chained: dict[int, str] = {}  # resolved pronouns later ones may take, by start -> kind
    for tok in tokens_with_lower(doc, pronouns):
        low = tok.lower_
        if tok.dep_ not in {"nsubj", "nsubjpass", "poss", "dobj", "pobj"} or expletive(tok):
            continue
        if tok.i in courtesies:
            continue
        sent_start = sentence_start(doc, tok.i)
        lo = max(0, sent_start - 60)
        cands = [
            m
            for m in by_start[bisect_left(starts, lo) : bisect_left(starts, tok.i)]
            if m.end <= tok.i
        ]
        best = None
        joint = _joint_subject(tok, by_start, sent_start) if low == "they" else []
        if joint:
            s = Span(doc, tok.i, tok.i + 1, label="group")
            s._.actors = tuple(
                replace(m._.actors[0], how=because(Rule.PRONOUN, tok.text, m.text)) for m in joint
            )
            out.append(s)
            continue
        # a subject pronoun takes a subject antecedent first ("Mitsotakis met Trump, where he
        # denounced ..." -> Mitsotakis); an object pronoun the nearest mention
        if tok.dep_ in {"nsubj", "nsubjpass", "poss"}:
            cands = [m for m in cands if m.root.dep_ not in {"nsubj", "nsubjpass"}] + [
                m for m in cands if m.root.dep_ in {"nsubj", "nsubjpass"}
            ]
        own = _own_subject(tok)
        own_ids = {
            _identity(m._.actors[0])
            for m in [*cands, *out]
            if any(m.start <= i < m.end for i in own)
        }
        for m in reversed(cands):
            info: ActorInfo = m._.actors[0]
            if not info.country or chains.other_kind(chained, m, low):
                continue
            if m.root.i in own or _identity(info) in own_ids:
                continue  # "the President thanked him": not the President himself
            if (
                # "the Secretary will travel to Israel. He will meet ...": a title is a person
                (low in PERSON_PRONOUNS and info.kind in {ActorKind.PERSON, ActorKind.TITLE})
                or (
                    low in THING_PRONOUNS
                    and info.kind in {ActorKind.COUNTRY, ActorKind.ORG, ActorKind.NOUN}
                )
                or (
                    low in PLURAL_PRONOUNS
                    and (
                        info.kind in {ActorKind.NOUN, ActorKind.ORG, ActorKind.GROUP}
                        or len(m._.actors) > 1
                        or (_people_word(info) and _subjects(tok, m.root))
                    )
                )
            ):
                best = m
            if best is not None:
                break
        if best is None and low in PLURAL_PRONOUNS:
            # "their first talks" after "Xi ... Biden": the two sides just named
            here = [m for m in by_start if m.start >= sent_start]
            people = [m for m in here if m._.actors[0].kind == ActorKind.PERSON]
            pair = _countries_before(doc, people, tok.i, sent_start)
            if len(pair) < 2:
                pair = _countries_before(doc, here, tok.i, sent_start)
            if len(pair) >= 2:
                s = Span(doc, tok.i, tok.i + 1, label="group")
                s._.actors = tuple(
                    replace(p, how=because(Rule.PRONOUN_SIDES, tok.text)) for p in pair[:2]
                )
                out.append(s)
            continue
        if best is None:
            continue
        s = Span(doc, tok.i, tok.i + 1, label="pronoun")
        s._.actors = tuple(
            replace(i, how=because(Rule.PRONOUN, tok.text, best.text)) for i in best._.actors
        )
        out.append(s)
        if chains.links(tok, best):  # "Blinken urged ... He also ... Lastly, he thanked"
            chains.add_link(chained, by_start, starts, s)
    return out
