"""Doc -> candidates -> Event records: the only exit from spaCy. Everything after this is records.

For each trigger the roles name the sides; sides.py and domestic.py fill what the words leave
open, filters.py drops candidates that are not events of their own, quantities.py reads the
numbers.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, render
from eventcoder.events import (
    addressees,
    domestic,
    filters,
    hung,
    occasions,
    readouts,
    recipients,
    references,
    sides,
)
from eventcoder.events.abroad import named_victim_abroad
from eventcoder.events.carryover import carried_doer
from eventcoder.events.confidence import Confidence, ConfidenceModel, default_model
from eventcoder.events.confidence import features as confidence_features
from eventcoder.events.dates import date_for
from eventcoder.events.filters import Drop, DropRule
from eventcoder.events.lexicon import Lexicon
from eventcoder.events.linked import linked_mentions
from eventcoder.events.modality import modality_cue, settle_cue
from eventcoder.events.officials import between_officials
from eventcoder.events.places import PlaceFinder
from eventcoder.events.quantities import quantities
from eventcoder.events.roles import Roles, noun_roles, reporter, verb_roles
from eventcoder.events.scene import Scene, sentence_index
from eventcoder.events.second_opinion import SecondOpinion
from eventcoder.events.sides import Side
from eventcoder.events.triggers import Trigger, find_triggers
from eventcoder.events.warfront import front_victims
from eventcoder.events.why import event_why
from eventcoder.ontology.codes import codes_for
from eventcoder.records import ActorRef, Document, Event, EventType, Mention, Modality, TextSpan

# place nouns that act for their country when they are the doer (generic.yaml's place_nouns)
VESSEL_WORDS = {"ship", "vessel", "boat", "warship"}
ACTING_KINDS = {ActorKind.COUNTRY, ActorKind.PERSON, ActorKind.ORG, ActorKind.GROUP}


class EventBuilder:
    """Holds the lexicon, dictionary and gazetteer; turns one annotated Doc into events.
    It keeps nothing per document: one builder may serve several threads."""

    def __init__(
        self,
        lexicon: Lexicon,
        dictionary: ActorDictionary,
        places: PlaceFinder,
        version: str,
        second_opinion: SecondOpinion | None = None,
        require_target: bool = True,
        confidence_model: ConfidenceModel | None = None,
    ) -> None:
        self.confidence_model = confidence_model or default_model()
        self.require_target = (
            require_target  # drop events with no recipient (filters.drop_undirected)
        )
        self.lexicon = lexicon
        self.d = dictionary
        self.places = places
        self.version = version
        self.second_opinion = second_opinion  # the trained classifier's review, when on

    def mentions(self, doc: Doc, document: Document) -> tuple[Mention, ...]:
        sent_of = sentence_index(doc)
        out = []
        for span in doc.spans.get("actors", []):
            for info in span._.actors:
                out.append(Mention(document.id, _ref(span, info, sent_of[span.start])))
        return tuple(out)

    def events(self, doc: Doc, document: Document) -> tuple[Event, ...]:
        return self.explain(doc, document)[0]

    def explain(self, doc: Doc, document: Document) -> tuple[tuple[Event, ...], tuple[Drop, ...]]:
        """The events of a document and every candidate dropped on the way, with its reason."""
        scene = Scene.of(doc, document, self.places.gazetteer)
        built: list[Event] = []
        drops: list[Drop] = []
        triggers = find_triggers(doc, self.lexicon)
        at = {t.token.i for t in triggers}
        for trig in triggers:
            if trig.absorbed_by is not None:  # "lifted the sanctions": the verb's frame object
                drops.append(Drop(DropRule.ECHO, trig.token.idx, trig.absorbed_by.idx))
                continue
            result = (
                filters.light_verb(trig, at)
                or filters.not_an_event(trig, scene.mention_at, self.lexicon)
                or self._event(scene, trig)
            )
            if isinstance(result, Event):
                built.append(result)
            else:
                drops.append(result)
        kept, dropped = filters.apply(built, triggers)
        if self.require_target:
            calls = addressees.open_calls(scene, triggers)  # requests to nobody in particular
            kept, more = filters.drop_undirected(kept, calls)
            dropped += more
        if self.second_opinion is not None:
            kept, more = self.second_opinion.review(kept)
            dropped += more
        return tuple(kept), tuple(drops + dropped)

    # ----------------------------------------------------------------------------------------
    def _actors(self, scene: Scene, toks: list[Token]) -> list[Side]:
        mention_at = scene.mention_at
        found: list[Side] = []
        seen: set[int] = set()
        for tok in toks:
            spans = [mention_at[tok.i]] if tok.i in mention_at else linked_mentions(tok, mention_at)
            for span in spans:
                if span.start in seen:
                    continue
                seen.add(span.start)
                found += [(span, info) for info in span._.actors]
        return found

    def _event(self, scene: Scene, trig: Trigger) -> Event | Drop:
        tok, entry = trig.token, trig.entry
        roles: Roles = (
            verb_roles(tok, entry)
            if entry.pos != "NOUN"
            else noun_roles(tok, entry, self.lexicon.agent_verbs)
        )
        sent = tok.sent
        guessed_target = False
        sources = [
            (s, sides.fill(scene, s, i, sent, doer=True, tok=tok))
            for s, i in self._actors(scene, roles.source)
        ]
        if roles.source_alt and not any(i.country and not sides.guessed(i) for _, i in sources):
            # "a resolution to expel the troops", "used drones to strike": the noun is no actor,
            # or one placed only by a guess; who passed the resolution, who used the drones is
            behind = [
                (s, sides.fill(scene, s, i, sent, doer=True, tok=tok))
                for s, i in self._actors(scene, roles.source_alt)
            ]
            if any(i.country for _, i in behind) and (
                not sources or any(i.country and not sides.guessed(i) for _, i in behind)
            ):
                sources = behind
        if not sources and roles.speaker_alt:
            # "said the plane had strayed and vowed to respond": no actor strayed, the speaker vows
            sources = [
                (s, sides.fill(scene, s, i, sent, doer=True, tok=tok))
                for s, i in self._actors(scene, roles.speaker_alt)
            ]
        # "Russia's war, including the bombing": the phrase the trigger hangs from (hung.py)
        sources = hung.hung_doer(scene, tok, sources, self._actors)
        if any(i.country and not sides.guessed(i) for _, i in sources):
            # a guess only stands in for a doer the text does not place
            sources = [(s, i) for s, i in sources if not sides.guessed_person(i)]
        placed = all(sides.guessed(i) for _, i in sources)
        if entry.type is EventType.ASSAULT and (not any(i.country for _, i in sources) or placed):
            claimant = _claimant(sent)
            claimed = self._actors(scene, [claimant]) if claimant is not None else []
            if claimed:
                sources = claimed
        # a named country or capital stays an actor after "from" ("condemnation from Pyongyang"),
        # and a country's ships act for it ("Chinese coast guard vessels fired water cannon")
        sources = [
            (s, i)
            for s, i in sources
            if i.country
            and (
                i.kind != ActorKind.PLACE
                or i.actor_id is not None
                or s.root.lemma_.lower() in VESSEL_WORDS
            )
        ]
        if not sources and entry.type in domestic.PLACE_SOURCED:
            sources = domestic.unnamed_doer(scene, sent, entry.type)
        if not sources and not roles.source and (_passive(tok) or entry.pos == "NOUN"):
            # "were arrested", "the detention of opposition leaders": an act only authorities
            # perform, reported without a doer
            sector = domestic.authority_act(entry.type, entry.mode, tok)
            if sector is not None:
                sources = domestic.unnamed_authorities(scene, sent, sector, tok)
        if not sources and not roles.source and _passive(tok):
            sources = carried_doer(scene, tok)
        if not sources:
            # "the persons designated today", in a release: the publisher's own measure
            sources = domestic.publisher_doer(scene, sent, entry.type, tok, roles.source)
        # "They discussed ..." after "Blinken met with President Macron": the meeting's parties
        told = readouts.meeting_sources(scene, tok, roles.source, sources)
        parties, sources = told is not sources, told
        if not sources:
            return Drop(DropRule.NO_SOURCE, tok.idx)
        # (the publisher standing in for an unsaid doer has no words in the sentence)
        src_spans = {s.start for s, i in sources if not domestic.publisher_stand_in(i)}
        targets = [
            (s, sides.fill(scene, s, sides.unvoiced(i, sources), sent))
            for s, i in self._actors(scene, roles.target)
            if s.start not in src_spans
        ]
        targets = domestic.home_victims(scene, entry, roles.target, targets, sources)
        src_countries = {i.country for _, i in sources}
        # "supplied Russia with drones": an object that is an actor is the recipient
        if not targets and entry.dobj == "object" and roles.obj is not None:
            targets = [
                (s, i)
                for s, i in self._actors(scene, [roles.obj])
                if s.start not in src_spans
                and not sides.topic_of_talks(s.root, tok)
                and (i.kind in ACTING_KINDS or recipients.owner_of_object(s, i, src_countries))
            ]
        targets = [sides.counterpart(s, i, sent, tok, sources) for s, i in targets]
        # placed, not the doer's own government placed by a guess ("the United States is
        # sanctioning the junta") nor the doer itself again ("NATO ended its bombing campaign")
        # a recipient named as the doer again ("ended its campaign") leaves no other side to guess
        own = any(recipients.doer_itself(s, i, sources) for s, i in targets)
        targets = [(s, i) for s, i in targets if recipients.other_side(s, i, sources)]
        # "They exchanged views on Iran": talks among the meeting's parties; whatever else the
        # sentence names is what they talked about
        talks = parties and entry.type is EventType.CONSULT
        targets = [] if talks else targets
        if not targets and entry.type is EventType.SANCTION:
            # "designating 15 individuals that shipped Iranian oil": placed by their description
            targets = recipients.described(scene, roles.target, src_spans, src_countries)
        if entry.needs_target and not targets and not addressees.open_call(scene, tok, entry.type):
            return Drop(DropRule.NO_TARGET, tok.idx)
        if not targets and (drop := filters.abstract_force(trig, roles.target)):
            return drop
        force = entry.type in {EventType.ASSAULT, EventType.COERCE}
        if not targets and force and domestic.unplaced_people(roles.target):
            # "executed four men": the victims are named but not placed: local ones
            targets = domestic.local_victims(scene, sent, entry.type, sources)
        if not targets and not talks:
            targets = domestic.domestic_target(scene, sent, roles.target, sources)
        symmetric = False
        unnamed = recipients.unnamed_addressee(scene, entry.type, roles.target)
        many = talks or (entry.reciprocal and len(src_countries) >= 2)
        if not targets and not many:
            # "lifted its embargo on arms sales to Vietnam": named deeper in the trigger's phrase
            targets = recipients.in_phrase(scene, tok, entry.type, src_spans, src_countries)
        # pardons, resignations, withdrawn bills, released prisoners: a domestic act whose
        # recipient is the doer's own country when no other party is named (a truce is not:
        # it is made with the other side of a fight)
        domestic_act = (entry.type is EventType.CONCEDE and not entry.reciprocal) or entry.mode in {
            "resign",
            "release",
        }
        if not targets and many:
            symmetric = True
        elif not targets and entry.reciprocal and domestic.one_countrys_parties(sources):
            # "the government and the rebels signed a truce": parties of one country
            targets = domestic.own_side(sources, None, ActorKind.NOUN, Rule.DOMESTIC_ACT)
            symmetric = True
        elif not targets and domestic_act:
            # "released 39 Palestinian prisoners", "pardoned a Swiss journalist": the people
            # the act is done to, where their words place them
            done_to = self._actors(scene, [roles.obj]) if roles.obj is not None else []
            targets = [(s, i) for s, i in done_to if i.country and s.start not in src_spans]
            if not targets:
                targets = domestic.own_side(sources, None, ActorKind.NOUN, Rule.DOMESTIC_ACT)
        elif not targets and domestic.emergency_rule(entry.type, entry.mode):
            targets = domestic.emergency_territory(scene, tok, roles.governor, sources)
        elif not targets and parties and entry.type in readouts.BETWEEN_PARTIES:
            symmetric = True  # "the two pledged to stay in close contact": with each other
        elif not targets and entry.type not in sides.NO_FALLBACK_TARGET and not (unnamed or own):
            rep_tok = reporter(tok)
            avoid = (
                {s.start for s, _ in self._actors(scene, [rep_tok])}
                if rep_tok is not None
                else set()
            )
            fb = sides.fallback_target(sent, tok, src_countries, src_spans | avoid, entry.type)
            if fb is not None:
                targets = [fb]
                guessed_target = True
        if (
            not targets
            and not symmetric
            and entry.type in readouts.CONTEXT_TARGET
            and not (unnamed or own)
        ):
            # a readout's next sentence: the other side is the one the sentence before named
            targets = readouts.previous_side(scene, sent, sources)
            guessed_target = guessed_target or bool(targets)
        if not targets and force and roles.target:
            # "an individual has been arrested", "killed five": unnamed victims, local ones
            targets = domestic.local_victims(scene, sent, entry.type, sources)
        if not targets and entry.type is EventType.CONCEDE:
            # a truce with no other side named: "declared a unilateral truce in Chiapas"
            targets = domestic.own_side(sources, None, ActorKind.NOUN, Rule.DOMESTIC_ACT)
        if not targets and domestic.coerced_at_home(entry.type, entry.mode, tok, sources):
            # "lots of arrests by the security agencies": coercion of unnamed people, at home
            targets = domestic.own_side(sources, None, ActorKind.NOUN, Rule.DOMESTIC_ACT)
        if not (targets or symmetric or unnamed or own) and domestic.challenges_own_state(
            scene, sent, entry.type, tok, roles.target, sources
        ):  # "the TPLF rejected the ceasefire": aimed at its own state
            targets = domestic.own_side(sources, "GOV", ActorKind.COUNTRY, Rule.DOMESTIC_ACT)
        if not targets and entry.type is EventType.PROTEST:
            targets = domestic.own_side(sources, "GOV", ActorKind.COUNTRY, Rule.PROTEST_TARGET)
        elif entry.reciprocal:
            symmetric = True
        elif not targets and sides.mutual(entry.type, sources):
            # "Indian and Pakistani troops exchanged fire": two states' forces, nobody else named
            symmetric = True
        # a state does not act on itself; its police may act on its protesters
        state_src = {i.country for _, i in sources if domestic.state_level(i)}
        kept = [
            (s, i)
            for s, i in targets
            if not (domestic.state_level(i) and i.country in state_src)
            or i.how.rule is Rule.PROTEST_TARGET  # "Hong Kongers protested": their government
            or between_officials(entry.type, i, sources)  # "Zelensky declined Honcharuk's offer"
        ]
        # the doer named again ("Parrilla: 'I reject the measure ...'", "Sullivan's conversation
        # with his counterpart, Mr. Patrushev") is not its own other side, nor are its stops at home
        kept = recipients.not_doers(entry.type, kept, sources)
        kept = domestic.publishers_recipients(kept, sources)
        if targets and not kept:
            # "withdrew the US from a treaty with Iran": the doer's own state was the object
            kept = recipients.in_phrase(scene, tok, entry.type, src_spans, src_countries)
        if targets and not kept:  # "asked his countrymen": the possessor was the doer itself
            kept = domestic.domestic_target(scene, sent, roles.target, sources)
        if targets and not kept and domestic_act:
            # "Assad lifted Syria's state of emergency": done at home, to the country's people
            kept = domestic.own_side(sources, None, ActorKind.NOUN, Rule.DOMESTIC_ACT)
        targets = front_victims(scene, entry.type, kept, sources)
        if why := named_victim_abroad(entry.type, tok, roles.target, targets, sources):
            return Drop(DropRule.NO_TARGET, tok.idx, None, why)
        if why := occasions.private_sides(entry.type, sources, targets):
            return Drop(DropRule.PRIVATE, tok.idx, None, why)
        cue = (
            (Modality(entry.modality), f"the entry is always {entry.modality}")
            if entry.modality
            else modality_cue(tok, roles.governor)
        )
        modality = cue[0]
        pub = scene.document.date
        resolved = date_for(sent, tok, roles.governor, pub, modality is Modality.FUTURE)
        modality, cue_text = settle_cue(cue, sent, resolved, pub, tok)
        if resolved is not None:
            ev_date, precision, date_text = resolved.date, resolved.precision, resolved.text
        elif pub is not None:
            ev_date, precision, date_text = pub, "publication", None
        else:
            ev_date, precision, date_text = None, "unresolved", None
        if ev_date is not None and ev_date != pub:
            sources = [(s, sides.on_date(self.d, i, ev_date)) for s, i in sources]
            targets = [(s, sides.on_date(self.d, i, ev_date)) for s, i in targets]
        sent_index = scene.sent_of[tok.i]
        codes = codes_for(entry.type, entry.mode)
        rep = reporter(tok)
        reported_by = (
            tuple(_ref(s, i, sent_index) for s, i in self._actors(scene, [rep]))
            if rep is not None
            else ()
        )
        obj = _span_of(_phrase(roles.obj), sent_index) if roles.obj is not None else None
        conf = self._confidence(
            trig,
            roles,
            (sources, targets),
            guessed_target,
            symmetric,
            modality,
            resolved is not None,
        )
        conf = replace(conf, value=_spelling(conf.value, [*sources, *targets]))
        ev_id = hashlib.sha1(
            f"{scene.document.sha}:{tok.idx}:{entry.type}:{entry.mode}:{self.version}".encode()
        ).hexdigest()[:20]
        event = Event(
            id=ev_id,
            doc_id=scene.document.id,
            sentence=sent_index,
            text=sent.text.strip(),
            trigger=TextSpan(tok.text, tok.idx, tok.idx + len(tok.text), sent_index),
            type=entry.type,
            mode=entry.mode,
            context=self._context(entry.context, tok, roles),
            modality=modality,
            source=tuple(_ref(s, i, sent_index) for s, i in sources),
            target=tuple(_ref(s, i, sent_index) for s, i in targets),
            date=ev_date,
            date_precision=precision,
            date_text=date_text,
            location=self.places.find(sent, tok, roles.governor, sent_index, scene.place_at),
            cameo=codes.cameo,
            quad_class=codes.quad_class,
            goldstein=codes.goldstein,
            plover_score=codes.plover_score,
            confidence=conf.value,
            coder_version=self.version,
            reported_by=reported_by,
            object=obj,
            quantities=quantities(tok, roles.governor, sent_index),
            symmetric=symmetric,
            why=event_why(entry, cue_text, conf),
        )
        ref = references.judge(tok, entry, roles, pub, resolved, self.lexicon.agent_verbs)
        return references.mark(event, ref)

    def _confidence(
        self,
        trig: Trigger,
        roles: Roles,
        sides_: tuple[list[Side], list[Side]],
        guessed_target: bool,
        symmetric: bool,
        modality: Modality,
        dated: bool,
    ) -> Confidence:
        """How likely the event is right, from how it was coded (events/confidence.py)."""
        feats = confidence_features(
            trig.token,
            trig.entry,
            roles.governor,
            *sides_,
            guessed_target=guessed_target,
            symmetric=symmetric,
            modality=modality,
            reported=reporter(trig.token) is not None,
            dated=dated,
        )
        return self.confidence_model.score(feats)

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


def _span_of(span: Span, sent_index: int) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char, sent_index)


def _passive(tok: Token) -> bool:
    """A verb in the passive ("were arrested", "was banned", "have been charged")."""
    return tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children
    )


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


def _ref(span: Span, info: ActorInfo, sent_index: int) -> ActorRef:
    return ActorRef(
        span=_span_of(span, sent_index),
        name=info.name,
        country=info.country,
        sector=info.sector,
        office=info.office,
        actor_id=info.actor_id,
        resolved_by=render(info.how),
    )


def _phrase(tok: Token) -> Span:
    """A noun phrase without its relative clauses."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in {"relcl", "acl", "punct", "cc", "conj"}:
            break
        right = c.right_edge.i
    return tok.doc[left : right + 1]


def _spelling(value: float, sides: list[Side]) -> float:
    """An actor read from a near spelling ("Volodimir Zelenski", "Columbian") is less certain:
    the confidence falls in proportion to the least certain actor's match (ActorInfo.confidence)."""
    return round(value * min((i.confidence for _, i in sides), default=1.0), 3)
