"""Doc -> Event records: the only exit from spaCy. Everything after this is plain records."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.resolve import ActorInfo, person_on
from eventcoder.events.dates import date_for
from eventcoder.events.lexicon import Lexicon
from eventcoder.events.modality import modality_of
from eventcoder.events.places import PlaceFinder
from eventcoder.events.roles import CLAUSE_PREPS, Roles, noun_roles, reporter, verb_roles
from eventcoder.events.triggers import Trigger, find_triggers
from eventcoder.ontology.codes import codes_for
from eventcoder.records import (
    ActorRef,
    Document,
    Event,
    EventType,
    Mention,
    Modality,
    Quantity,
    TextSpan,
)

TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "during", "like", "as", "amid"}
BORDER_WORDS = {"border", "frontier", "boundary"}
PEOPLE_WORDS = {
    "man",
    "woman",
    "people",
    "person",
    "individual",
    "civilian",
    "child",
    "resident",
    "villager",
    "worker",
    "student",
    "protester",
    "demonstrator",
    "journalist",
    "activist",
    "prisoner",
    "detainee",
    "suspect",
    "member",
    "citizen",
    "national",
    "dozen",
    "hundred",
    "thousand",
    "five",
    "four",
    "three",
    "two",
    "six",
    "ten",
}
# nouns whose "with" phrase names the other party ("cut ties with Qatar")
RELATION_WORDS = {
    "tie",
    "relation",
    "relationship",
    "contact",
    "link",
    "cooperation",
    "talk",
    "agreement",
    "deal",
    "dialogue",
    "negotiation",
    "trade",
    "partnership",
}
FORCE = {EventType.ASSAULT, EventType.MOBILIZE, EventType.COERCE}
ABSTRACT = {
    "aggression",
    "threat",
    "pandemic",
    "virus",
    "disease",
    "covid-19",
    "corruption",
    "terrorism",
    "poverty",
    "crime",
    "inflation",
    "climate",
    "hunger",
    "extremism",
    "radicalisation",
    "radicalization",
    "drug",
    "trafficking",
    "impunity",
    "misinformation",
    "disinformation",
    "fire",
    "flood",
    "famine",
}
# types whose unnamed doer is placed where it happened ("a bombing in Tunis", "protests in Minsk")
PLACE_SOURCED = {EventType.ASSAULT, EventType.PROTEST, EventType.COERCE}
NO_FALLBACK_TARGET = {EventType.PROTEST}
# types where a place named in the sentence is only the venue, never the target; for CONSULT the
# place is the host, PLOVER's recipient ("leaders met in Niamey" -> NER)
VENUE_TYPES = {EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE}
# types where a place can stand for the target ("shelled Kharkiv", "aid to Gaza")
MATERIAL = {
    EventType.ASSAULT,
    EventType.COERCE,
    EventType.MOBILIZE,
    EventType.RETREAT,
    EventType.AID,
    EventType.PROTEST,
    EventType.SANCTION,
}
ACTOR_LINK_DEPS = {"compound", "amod", "poss", "nmod", "appos"}
SIZE_WORDS = {
    "dead": {"kill", "dead", "die", "death", "killing"},
    "injured": {"injure", "wound", "injured", "wounded", "hurt"},
    "arrested": {"arrest", "detain", "detention", "arrested", "detained", "jail", "imprison"},
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
}


def _span_of(span: Span, sent_index: int) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char, sent_index)


class EventBuilder:
    """Holds the lexicon, dictionary and gazetteer; turns one annotated Doc into events."""

    def __init__(
        self, lexicon: Lexicon, dictionary: ActorDictionary, places: PlaceFinder, version: str
    ) -> None:
        self.lexicon = lexicon
        self.d = dictionary
        self.places = places
        self.version = version

    def mentions(self, doc: Doc, document: Document) -> tuple[Mention, ...]:
        sent_of = _sentence_index(doc)
        out = []
        for span in doc.spans.get("actors", []):
            for info in span._.actors:
                out.append(Mention(document.id, _ref(span, info, sent_of[span.start])))
        return tuple(out)

    def events(self, doc: Doc, document: Document) -> tuple[Event, ...]:
        sent_of = _sentence_index(doc)
        mention_at: dict[int, Span] = {}
        for span in doc.spans.get("actors", []):
            for t in range(span.start, span.end):
                mention_at[t] = span
        out: list[Event] = []
        triggers = find_triggers(doc, self.lexicon)
        at = {t.token.i for t in triggers}
        self._doc_country = _dominant_country(doc)
        self._place_at = {
            i: m for i, m in mention_at.items() if m._.actors[0].kind in {"place", "country"}
        }
        for trig in triggers:
            if trig.entry.light and _object_is_trigger(trig.token, at):
                continue  # "offered an apology": the apology is the event
            ev = self._event(doc, document, trig, mention_at, sent_of)
            if ev is not None:
                out.append(ev)
        return tuple(_dedupe(_drop_echoes(_drop_contents(out, triggers), triggers)))

    # ----------------------------------------------------------------------------------------
    def _actors(
        self, toks: list[Token], mention_at: dict[int, Span]
    ) -> list[tuple[Span, ActorInfo]]:
        found: list[tuple[Span, ActorInfo]] = []
        seen: set[int] = set()
        for tok in toks:
            spans = (
                [mention_at[tok.i]] if tok.i in mention_at else _linked_mentions(tok, mention_at)
            )
            for span in spans:
                if span.start in seen:
                    continue
                seen.add(span.start)
                found += [(span, info) for info in span._.actors]
        return found

    def _event(
        self,
        doc: Doc,
        document: Document,
        trig: Trigger,
        mention_at: dict[int, Span],
        sent_of: dict[int, int],
    ) -> Event | None:
        tok, entry = trig.token, trig.entry
        roles: Roles = (
            verb_roles(tok, entry)
            if entry.pos == "VERB"
            else noun_roles(tok, entry, self.lexicon.agent_verbs)
        )
        sent = tok.sent
        how = list(roles.how)
        sources = [
            (s, self._fill(s, i, sent, mention_at))
            for s, i in self._actors(roles.source, mention_at)
        ]
        placed = all("country of" in i.how or "country the document" in i.how for _, i in sources)
        if entry.type is EventType.ASSAULT and (not any(i.country for _, i in sources) or placed):
            claimant = _claimant(sent)
            claimed = self._actors([claimant], mention_at) if claimant is not None else []
            if claimed:
                sources = claimed
                how.append("source: claimed responsibility")
        # a named country or capital stays an actor after "from" ("condemnation from Pyongyang")
        sources = [
            (s, i)
            for s, i in sources
            if i.country and (i.kind != "place" or i.actor_id is not None)
        ]
        if not sources and entry.type in PLACE_SOURCED:
            sources = self._unnamed_doer(sent, entry.type, mention_at)
            how += ["source: unnamed, placed by the sentence"] if sources else []
        if not sources:
            return None
        src_spans = {s.start for s, _ in sources}
        targets = [
            (s, self._fill(s, i, sent, mention_at))
            for s, i in self._actors(roles.target, mention_at)
            if s.start not in src_spans
        ]
        # "supplied Russia with drones": an object that is an actor is the recipient
        if not targets and entry.dobj == "object" and roles.obj is not None:
            targets = [
                (s, i)
                for s, i in self._actors([roles.obj], mention_at)
                if i.kind in {"country", "person", "org", "group"} and s.start not in src_spans
            ]
            if targets:
                how.append("target: object that is an actor")
        targets = [self._counterpart(s, i, sent, tok, sources) for s, i in targets]
        targets = [(s, i) for s, i in targets if i.country]
        if entry.needs_target and not targets:
            return None
        # "fighting against the pandemic": force against something that is no actor is no event
        if (
            entry.type in FORCE
            and not targets
            and any(t.lemma_.lower() in ABSTRACT for t in roles.target)
        ):
            return None
        src_countries = {i.country for _, i in sources}
        force = entry.type in {EventType.ASSAULT, EventType.COERCE}
        if not targets and force and _unplaced_people(roles.target):
            # "executed four men": the victims are named but not placed: local ones
            targets = self._local_victims(sent, entry.type, sources, mention_at)
        symmetric = False
        if not targets and entry.reciprocal and len(src_countries) >= 2:
            symmetric = True
        elif not targets and entry.type not in NO_FALLBACK_TARGET:
            rep_tok = reporter(tok)
            avoid = (
                {s.start for s, _ in self._actors([rep_tok], mention_at)}
                if rep_tok is not None
                else set()
            )
            fb = self._fallback_target(sent, tok, src_countries, src_spans | avoid, entry.type)
            if fb is not None:
                targets = [fb]
                how.append(f"target: other actor in the sentence ({fb[0].text!r})")
        if not targets and force and roles.target:
            # "an individual has been arrested", "killed five": unnamed victims, local ones
            targets = self._local_victims(sent, entry.type, sources, mention_at)
        if not targets and (entry.type is EventType.CONCEDE or entry.mode == "resign"):
            # pardons, resignations, withdrawn bills: a domestic act whose recipient is the
            # doer's own country when no other party is named
            targets = _own_side(sources, None, "noun", "domestic act with no named recipient")
        if not targets and entry.type is EventType.PROTEST:
            targets = _own_side(sources, "GOV", "country", "protest with no named target")
        elif entry.reciprocal:
            symmetric = True
        # a state does not act on itself; its police may act on its protesters
        state_src = {i.country for _, i in sources if _state_level(i)}
        targets = [(s, i) for s, i in targets if not (_state_level(i) and i.country in state_src)]
        modality = (entry.modality and Modality(entry.modality)) or modality_of(tok, roles.governor)
        if modality is Modality.ASSERTED and sent.text.rstrip().rstrip("\"'”’").endswith("?"):
            modality = (
                Modality.HYPOTHETICAL
            )  # a question asserts nothing ("does the US still endorse…?")
        pub = document.date
        resolved = date_for(sent, tok, roles.governor, pub, modality is Modality.FUTURE)
        if resolved is not None:
            ev_date, precision, date_text = resolved.date, resolved.precision, resolved.text
            if modality is Modality.ASSERTED and pub and ev_date < pub - timedelta(days=366):
                modality = Modality.HISTORICAL
            if (
                modality is Modality.ASSERTED
                and pub
                and ev_date > pub + timedelta(days=1)
                and precision == "day"
            ):
                modality = Modality.FUTURE
        elif pub is not None:
            ev_date, precision, date_text = pub, "publication", None
        else:
            ev_date, precision, date_text = None, "unresolved", None
        if ev_date is not None and ev_date != pub:
            sources = [(s, self._on(i, ev_date)) for s, i in sources]
            targets = [(s, self._on(i, ev_date)) for s, i in targets]
        sent_index = sent_of[tok.i]
        trigger_span = TextSpan(tok.text, tok.idx, tok.idx + len(tok.text), sent_index)
        codes = codes_for(entry.type, entry.mode)
        context = self._context(entry.context, tok, roles)
        rep = reporter(tok)
        reported_by = (
            tuple(_ref(s, i, sent_index) for s, i in self._actors([rep], mention_at))
            if rep is not None
            else ()
        )
        obj = _span_of(_phrase(roles.obj), sent_index) if roles.obj is not None else None
        confidence = _confidence(how, targets, sources)
        ev_id = hashlib.sha1(
            f"{document.sha}:{tok.idx}:{entry.type}:{entry.mode}:{self.version}".encode()
        ).hexdigest()[:20]
        return Event(
            id=ev_id,
            doc_id=document.id,
            sentence=sent_index,
            text=sent.text.strip(),
            trigger=trigger_span,
            type=entry.type,
            mode=entry.mode,
            context=context,
            modality=modality,
            source=tuple(_ref(s, i, sent_index) for s, i in sources),
            target=tuple(_ref(s, i, sent_index) for s, i in targets),
            date=ev_date.isoformat() if ev_date else None,
            date_precision=precision,
            date_text=date_text,
            location=self.places.find(
                sent,
                tok,
                roles.governor,
                sent_index,
                self._place_at,
            ),
            cameo=codes.cameo,
            quad_class=codes.quad_class,
            goldstein=codes.goldstein,
            plover_score=codes.plover_score,
            confidence=confidence,
            coder_version=self.version,
            reported_by=reported_by,
            object=obj,
            quantities=_quantities(tok, roles, sent_index),
            symmetric=symmetric,
        )

    def _on(self, info: ActorInfo, day: date) -> ActorInfo:
        """Re-resolve a dictionary person for the event date (Putin in 2010 was prime minister)."""
        if info.kind == "person" and info.actor_id in self.d.people:
            return person_on(self.d, self.d.people[info.actor_id], day, info.how.split(";")[0])
        return info

    def _fill(
        self, span: Span, info: ActorInfo, sent: Span, mention_at: dict[int, Span]
    ) -> ActorInfo:
        """An actor known only by sector ("police", "protesters") takes the country of its
        possessor ("its troops", "Myanmar's military"), else of the place the sentence names,
        else the country the document is mostly about."""
        if info.country or not info.sector:
            return info
        voice = sent.doc._.voice
        if info.kind in {"title", "person"}:
            # "Assistant Secretary Molly Phee": an untitled-country official is the publisher's
            if voice:
                return replace(info, country=voice, how=f"{info.how}; the publisher's country")
            return info
        for c in span.root.children:
            if c.dep_ == "poss" and c.i in mention_at:
                owner = mention_at[c.i]._.actors[0]
                if owner.country:
                    return replace(
                        info,
                        country=owner.country,
                        how=f"{info.how}; of {c.text!r} ({owner.country})",
                    )
        for span in sent.doc.spans.get("actors", []):
            if sent.start <= span.start < sent.end and span._.actors[0].kind == "place":
                place = span._.actors[0]
                return replace(
                    info, country=place.country, how=f"{info.how}; country of {span.text!r}"
                )
        if self._doc_country:
            return replace(
                info, country=self._doc_country, how=f"{info.how}; country the document is about"
            )
        return info

    def _local_victims(
        self, sent: Span, type_: EventType, sources: list, mention_at: dict[int, Span]
    ) -> list[tuple[Span, ActorInfo]]:
        """Unnamed victims of force belong to the place of the event, else to the doer's country."""
        place = self._unnamed_doer(sent, type_, mention_at)
        country = place[0][1].country if place else sources[0][1].country
        how = "unnamed people, of the country where it happened"
        return [(sources[0][0], ActorInfo(None, country, "CVL", "noun", None, None, how))]

    def _unnamed_doer(self, sent: Span, type_: EventType, mention_at: dict[int, Span]) -> list:
        """ "Two people were killed in a bombing in Tunis": the doer is unknown but local."""
        sector = {EventType.PROTEST: "CVL", EventType.ASSAULT: "UAF", EventType.COERCE: "GOV"}[
            type_
        ]
        for span in sent.doc.spans.get("actors", []):
            if sent.start <= span.start < sent.end and span._.actors[0].kind == "place":
                c = span._.actors[0].country
                return [
                    (
                        span,
                        ActorInfo(
                            None,
                            c,
                            sector,
                            "noun",
                            None,
                            None,
                            f"unnamed {sector} actor placed by {span.text!r}",
                        ),
                    )
                ]
        if type_ is EventType.PROTEST and self._doc_country:
            return [
                (
                    sent,
                    ActorInfo(
                        None,
                        self._doc_country,
                        sector,
                        "noun",
                        None,
                        None,
                        "unnamed protesters in the country the document is about",
                    ),
                )
            ]
        return []

    def _counterpart(
        self, span: Span, info: ActorInfo, sent: Span, tok: Token, sources: list
    ) -> tuple[Span, ActorInfo]:
        """ "held talks with counterpart X": X is on the other side, of the other country in play."""
        if info.country or "counterpart" not in span.text.lower():
            return span, info
        src = {i.country for _, i in sources}
        other = self._fallback_target(sent, tok, src, {s.start for s, _ in sources}, EventType.AID)
        if other is None:
            return span, info
        return span, replace(
            info, country=other[1].country, how=f"counterpart of the other side ({other[0].text!r})"
        )

    def _fallback_target(
        self,
        sent: Span,
        tok: Token,
        src_countries: set[str | None],
        src_spans: set[int],
        type_: EventType,
    ) -> tuple[Span, ActorInfo] | None:
        best: tuple[int, Span, ActorInfo] | None = None
        material = type_ in MATERIAL
        venue_only = type_ in VENUE_TYPES
        for span in sent.doc.spans.get("actors", []):
            if span.start < sent.start or span.end > sent.end or span.start in src_spans:
                continue
            if not material and span.root.dep_ == "pobj" and span.root.head.lower_ in TOPIC_PREPS:
                continue
            for info in span._.actors:
                if not info.country or info.kind == "group":
                    continue
                # a place of the doer's own country can be the target of force ("in Gdansk")
                if info.country in src_countries and not (material and info.kind == "place"):
                    continue
                if info.kind == "place" and venue_only:
                    continue
                dist = abs(span.start - tok.i)
                if best is None or dist < best[0]:
                    best = (dist, span, info)
        return (best[1], best[2]) if best else None

    def _context(self, base: tuple[str, ...], tok: Token, roles: Roles) -> tuple[str, ...]:
        words = {t.lower_ for t in tok.subtree}
        if roles.governor is not None:
            words |= {t.lower_ for t in roles.governor.subtree}
        found = list(base)
        for w in sorted(words):
            c = self.lexicon.context_words.get(w)
            if c and c not in found:
                found.append(c)
        return tuple(found)


# signing, endorsing or reaching a text: "signed the agreement" is one event, not two
DOCUMENT_ACTS = {EventType.SUPPORT, EventType.AGREE}


def _own_side(
    sources: list, sector: str | None, kind: str, why: str
) -> list[tuple[Span, ActorInfo]]:
    """The doer's own country as the recipient (a protest's government, a pardon's country)."""
    span, info = sources[0]
    actor_id = info.country if kind == "country" else None
    return [
        (
            span,
            ActorInfo(
                None, info.country, sector, kind, None, actor_id, f"{why}: the doer's country"
            ),
        )
    ]


def _unplaced_people(toks: list[Token]) -> bool:
    """Role words that are people without a country: "four men", "an individual", "dozens"."""
    return any(
        t.pos_ in {"NOUN", "NUM", "PRON"}
        and t.ent_type_ not in {"GPE", "NORP", "ORG"}
        and t.lemma_.lower() in PEOPLE_WORDS
        for t in toks
    )


CONTENT_HOLDERS = {EventType.REQUEST, EventType.THREATEN}
# "China halted cooperation and talks with the US": what a doer stops or refuses is no new event
# of that doer ("Spain rejected a demand by Mexico" keeps Mexico's demand: another doer)
OWN_CONTENT_HOLDERS = {EventType.SANCTION, EventType.REJECT}


def _drop_contents(events: list[Event], triggers: list[Trigger]) -> list[Event]:
    """ "France called for sanctions on Iran", "Turkey threatened to expel the envoy": what is
    asked for or threatened is the content of that event (its mode), not an event of its own."""
    holders = {t.token.i for t in triggers if t.entry.type in CONTENT_HOLDERS | OWN_CONTENT_HOLDERS}
    if not holders:
        return events
    source_at = {
        t.token.i: _countries(ev.source)
        for t in triggers
        for ev in events
        if ev.trigger.start == t.token.idx
    }
    own = {t.token.i for t in triggers if t.entry.type in OWN_CONTENT_HOLDERS}
    tok_of = {t.token.idx: t.token for t in triggers}
    keep = []
    for ev in events:
        tok = tok_of.get(ev.trigger.start)
        cur, held = tok, False
        for _ in range(4):
            if cur is None or ev.type in CONTENT_HOLDERS or cur.head.i == cur.i:
                break
            if cur.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj"}:
                break
            if cur.dep_ == "prep" and cur.lower_ in CLAUSE_PREPS:
                break  # "urged X ... during their talks": the talks are not what was urged
            if cur.dep_ == "conj" and cur.head.i in holders:
                break  # "rejected the claim and expelled a diplomat": a second act, not content
            cur = cur.head
            if cur.i in holders:
                held = cur.i not in own or source_at.get(cur.i) == _countries(ev.source)
                break
        if not held:
            keep.append(ev)
    return keep


def _drop_echoes(events: list[Event], triggers: list[Trigger]) -> list[Event]:
    """ "India and Russia signed the agreement": the agreement is what was signed, not a second
    event by the same actors; "Spain rejected a demand by Mexico" keeps Mexico's demand."""
    by_token = {ev.trigger.start: ev for ev in events}
    tok_of = {t.token.idx: t.token for t in triggers}
    keep = []
    for ev in events:
        tok = tok_of.get(ev.trigger.start)
        gov = (
            tok.head
            if tok is not None and tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass", "nsubj"}
            else None
        )
        verb_ev = by_token.get(gov.idx) if gov is not None else None
        if (
            verb_ev is not None
            and verb_ev is not ev
            and _countries(verb_ev.source) == _countries(ev.source)
            and (
                verb_ev.type is ev.type
                or (verb_ev.type in DOCUMENT_ACTS and ev.type in DOCUMENT_ACTS)
            )
        ):
            continue
        keep.append(ev)
    return keep


def _countries(actors: tuple[ActorRef, ...]) -> frozenset[str | None]:
    return frozenset(a.country for a in actors)


def _object_is_trigger(tok: Token, at: set[int]) -> bool:
    for c in tok.children:
        if c.dep_ == "dobj" and (c.i in at or any(x.i in at for x in c.conjuncts)):
            return True
    return False


def _claimant(sent: Span) -> Token | None:
    """ "..., and Islamic State claimed responsibility": who claimed the attack."""
    for tok in sent:
        if tok.lemma_.lower() == "claim" and any(
            c.lemma_.lower() == "responsibility" for c in tok.children
        ):
            for c in tok.children:
                if c.dep_ == "nsubj":
                    return c
    return None


def _dominant_country(doc: Doc) -> str | None:
    counts: dict[str, int] = {}
    for span in doc.spans.get("actors", []):
        for info in span._.actors:
            if info.country and info.country not in {"IGO", "NGO", "IMG"}:
                counts[info.country] = counts.get(info.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _state_level(info: ActorInfo) -> bool:
    return (info.kind == "country" and info.sector in {None, "GOV"}) or (
        info.kind == "person"
        and info.sector == "GOV"
        and info.office in {"head_of_state", "head_of_government"}
    )


def _sentence_index(doc: Doc) -> dict[int, int]:
    out = {}
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            out[t] = i
    return out


def _ref(span: Span, info: ActorInfo, sent_index: int) -> ActorRef:
    return ActorRef(
        span=_span_of(span, sent_index),
        name=info.name,
        country=info.country,
        sector=info.sector,
        office=info.office,
        actor_id=info.actor_id,
        resolved_by=info.how,
    )


def _linked_mentions(tok: Token, mention_at: dict[int, Span]) -> list[Span]:
    """A role word that is not itself an actor may carry actors: "Russian officials' visit",
    "the delegations of Cyprus, Greece and Israel", "the Narendra Modi government"; a border
    belongs to the other side ("its border with Belarus")."""
    if tok.lemma_.lower() in BORDER_WORDS | RELATION_WORDS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                found = [
                    mention_at[p.i] for p in c.children if p.dep_ == "pobj" and p.i in mention_at
                ]
                if found:
                    return found
    frontier = [tok]
    for _ in range(2):
        nxt = []
        for t in frontier:
            for c in t.children:
                if (
                    c.dep_ in ACTOR_LINK_DEPS
                    or (c.dep_ == "prep" and c.lower_ in {"of", "from"})
                    or (c.dep_ == "pobj" and t.dep_ == "prep")
                ):
                    if c.i in mention_at:
                        return [mention_at[x.i] for x in [c, *c.conjuncts] if x.i in mention_at]
                    nxt.append(c)
        frontier = nxt
    return []


def _phrase(tok: Token) -> Span:
    """A noun phrase without its relative clauses."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in {"relcl", "acl", "punct", "cc", "conj"}:
            break
        right = c.right_edge.i
    return tok.doc[left : right + 1]


def _confidence(how: list[str], targets: list, sources: list) -> float:
    score = 0.9
    if any("other actor in the sentence" in h for h in how):
        score -= 0.25
    if not targets:
        score -= 0.15
    if any(i.kind in {"title", "noun"} and i.name is None for _, i in sources):
        score -= 0.05
    return round(max(0.1, score), 2)


_NUM = re.compile(r"[\d,.]+")


def _number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    m = _NUM.search(t)
    value: float | None = None
    if m:
        try:
            value = float(m.group(0))
        except ValueError:
            value = None
    else:
        value = next((float(v) for w, v in NUMBER_WORDS.items() if w in t.split()), None)
    if value is not None:
        if "billion" in t:
            value *= 1e9
        elif "million" in t:
            value *= 1e6
    return value


def _quantities(tok: Token, roles: Roles, sent_index: int) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    sent = tok.sent
    scope = {t.i for t in tok.subtree}
    if roles.governor is not None:
        scope |= {t.i for t in roles.governor.subtree}
    for ent in sent.ents:
        if ent.start not in scope:
            continue
        if ent.label_ == "MONEY":
            unit = (
                "USD"
                if ("$" in ent.text or "usd" in ent.text.lower() or "dollar" in ent.text.lower())
                else None
            )
            for cur in ("euro", "€", "pound", "£", "yuan", "rupee"):
                if cur in ent.text.lower():
                    unit = cur
            out.append(
                Quantity(
                    "amount",
                    _number(ent.text),
                    unit,
                    TextSpan(ent.text, ent.start_char, ent.end_char, sent_index),
                )
            )
        elif ent.label_ == "CARDINAL":
            head = ent.root.head
            lemmas = {head.lemma_.lower(), head.head.lemma_.lower(), tok.lemma_.lower()}
            for kind, words in SIZE_WORDS.items():
                if lemmas & words:
                    out.append(
                        Quantity(
                            kind,
                            _number(ent.text),
                            "people",
                            TextSpan(ent.text, ent.start_char, ent.end_char, sent_index),
                        )
                    )
                    break
    return tuple(out)


def _rank(ev: Event) -> tuple[float, bool, bool]:
    """Among reports of one event in a sentence: surest, then dated, then verbal triggers."""
    return (
        ev.confidence,
        ev.date_precision not in {"publication", "unresolved"},
        ev.object is not None,
    )


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per sentence, type and dyad: "participated in the dialogue" is one CONSULT."""
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    for ev in events:
        key = (
            ev.sentence,
            ev.type,
            frozenset(a.country for a in ev.source),
            frozenset(a.country for a in ev.target),
            ev.modality,
        )
        if key not in best:
            order.append(key)
            best[key] = ev
        elif _rank(ev) > _rank(best[key]):
            best[key] = ev
    return [best[k] for k in order]
