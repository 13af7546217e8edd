"""The other side of a readout's sentence that names none: the one the sentence before named,
in a publisher's release that tells one meeting over several sentences ("Blinken spoke with
Foreign Minister Chung. The Secretary reaffirmed the alliance and discussed ...")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorKind, Rule, because
from eventcoder.events.scene import Scene
from eventcoder.events.sides import Side
from eventcoder.events.venues import seat_city
from eventcoder.nlp.scan import doc_text, span_group
from eventcoder.records import EventType

# types whose other side a readout's next sentence leaves to the previous one ("Blinken spoke with
# Foreign Minister Chung. The Secretary reaffirmed the alliance and discussed ...")
CONTEXT_TARGET = {
    EventType.CONSULT,
    EventType.SUPPORT,
    EventType.REQUEST,
    EventType.REJECT,
    EventType.AGREE,
    EventType.AID,
    EventType.COOPERATE,
    EventType.ACCUSE,
    EventType.SANCTION,
    EventType.THREATEN,
}


def previous_side(scene: Scene, sent: Span, sources: list[Side]) -> list[Side]:
    """The other side named in the previous sentence of the same paragraph, when the sentence
    names none of its own and that sentence names exactly one other country by name. Only in a
    publisher's release, whose readouts tell one meeting over several sentences ("Blinken spoke
    with Foreign Minister Chung. The Secretary reaffirmed ..."): in a news story the sentence
    before is often another thread (stream rounds 3-8: "the United States had also levied
    sanctions against al-Muhandis" after a sentence on the IRGC)."""
    prev = previous_sentence(scene, sent)
    if prev is None or not scene.doc._.voice:
        return []
    src = {i.country for _, i in sources}
    found: dict[str, Side] = {}
    for span in span_group(scene.doc, "actors"):
        if not prev.start <= span.start < prev.end or span.root.pos_ == "PRON":
            continue  # "it", "they": whom they stand for is itself a guess
        for info in span._.actors:
            if not info.country or info.country in src or info.kind == ActorKind.GROUP:
                continue
            if info.kind == ActorKind.PLACE and (info.actor_id is None or seat_city(span)):
                continue  # a place is where it happened, not who (talks in Vienna: not Austria)
            found.setdefault(info.country, (span, info))
    if len(found) != 1:
        return []
    ((span, info),) = found.values()
    return [(span, replace(info, how=because(Rule.COUNTERPART, span.text)))]


def previous_sentence(scene: Scene, sent: Span) -> Span | None:
    """The sentence before `sent` when both are in one paragraph (no blank line between)."""
    if sent.start == 0:
        return None
    prev = scene.doc[sent.start - 1].sent
    between = doc_text(scene.doc)[prev.start_char : sent.start_char]
    if "\n\n" in between or not prev.text.strip():
        return None
    return prev


# acts the parties of a meeting do with each other when the sentence names nobody else ("the two
# pledged to remain in close contact")
BETWEEN_PARTIES = {EventType.AGREE, EventType.CONSULT, EventType.COOPERATE}
# verbs that tell a meeting or a call between the subject and the "with" phrase or object
MEETING_VERBS = {"meet", "speak", "talk", "host", "welcome", "receive", "hold"}
# plural references to the parties of a meeting told before ("They discussed", "the leaders")
PARTY_PRONOUNS = {"they", "their"}
PARTY_NOUNS = {"leader", "minister", "side", "secretary", "counterpart", "delegation"}
# verbs that only voice the act their object names ("They expressed support for Ukraine")
LIGHT_VERBS = {"express", "voice", "reaffirm", "reiterate", "underscore", "have", "hold"}
# how many sentences back a readout's meeting may be told
MAX_BACK = 4


def meeting_sources(
    scene: Scene, tok: Token, subject: list[Token], sources: list[Side]
) -> list[Side]:
    """The doers of a readout's sentence whose subject refers to the meeting's parties: those
    parties when the subject names none, or when it is a pronoun the actor stage tied to
    something else ("... in contravention of OSCE principles. They both expressed support":
    the two officials, not the OSCE). Otherwise the sources as they are."""
    if sources and not all(i.how.base().rule is Rule.PRONOUN for _, i in sources):
        return sources
    parties = meeting_parties(scene, tok, subject)
    named = {i.country for _, i in parties}
    if not parties or (sources and {i.country for _, i in sources} <= named):
        return sources
    return parties


def meeting_parties(scene: Scene, tok: Token, subject: list[Token]) -> list[Side]:
    """The parties of the meeting a publisher's readout told earlier in the paragraph, for a
    subject that refers to them and names none ("Blinken met with President Macron. ... They
    discussed cooperation", "the two leaders pledged"): the meeting sentence's subject and its
    partner. Only in a publisher's release, only when every sentence in between is told of
    those parties (a subject of another country breaks the thread), and only when the meeting
    joins two or more countries. The reference must be the trigger's own subject or possessor
    ("They discussed", "their support"): what the parties promise to do later ("promised
    cooperation to fight climate change") is told less plainly, and read less well."""
    if not scene.doc._.voice or len(subject) != 1 or not _party_reference(subject[0]):
        return []
    ref = subject[0]
    light = tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS
    if ref.dep_ not in {"nsubj", "poss"} or ref.head not in {tok, tok.head if light else tok}:
        return []
    sent = ref.sent
    for _ in range(MAX_BACK):
        prev = previous_sentence(scene, sent)
        if prev is None:
            return []
        parties = _meeting(scene, prev)
        if parties:
            named = {i.country for _, i in parties}
            if not all(_told_of(scene, s, named) for s in _between(scene, prev, ref)):
                return []
            return [(s, replace(i, how=because(Rule.PRONOUN_SIDES, ref.text))) for s, i in parties]
        sent = prev
    return []


def _party_reference(tok: Token) -> bool:
    """ "they", "the leaders", "the two ministers", "the two": no actor of its own."""
    if tok.lower_ in PARTY_PRONOUNS:
        return True
    if tok.lower_ == "two" and any(c.lower_ == "the" for c in tok.children):
        return True
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.lemma_.lower() in PARTY_NOUNS
        and not any(c.dep_ in {"amod", "compound", "poss", "prep"} for c in tok.children)
    )


def _meeting(scene: Scene, sent: Span) -> list[Side]:
    """The subject and the partner of the sentence's meeting verb, when they name two or more
    countries ("Secretary Blinken met today with French President Macron")."""
    root = sent.root
    if root.lemma_.lower() not in MEETING_VERBS:
        return []
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    partner = [c for c in root.children if c.dep_ == "dobj"]
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            partner += [p for p in c.children if p.dep_ == "pobj"]
    sides: list[Side] = []
    for t in [*subj[:1], *(x for p in partner[:1] for x in [p, *p.conjuncts])]:
        span = scene.mention_at.get(t.i)
        if span is None or span.root.pos_ == "PRON":
            return []
        sides += [(span, i) for i in span._.actors if i.country and i.kind != ActorKind.PLACE]
    countries = {i.country for _, i in sides}
    if not subj or not partner or len(countries) < 2:
        return []
    return sides


def _between(scene: Scene, first: Span, tok: Token) -> list[Span]:
    """The sentences after `first` up to the one of `tok`, that one included."""
    out, i = [], first.end
    while i <= tok.i:
        s = scene.doc[i].sent
        out.append(s)
        i = s.end
    return out


def _told_of(scene: Scene, sent: Span, named: set[str | None]) -> bool:
    """Is the sentence's subject one of the meeting's parties or a reference to them?"""
    for c in sent.root.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        span = scene.mention_at.get(c.i)
        if span is None or span.root.pos_ == "PRON":
            continue
        if any(i.country and i.country not in named for i in span._.actors):
            return False
    return True
