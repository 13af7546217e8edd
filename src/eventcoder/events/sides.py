"""Guessing the sides an event's words leave open: the country of an actor known only by sector,
an unnamed doer, a counterpart, another actor of the sentence as target, local victims, the doer's
own side. Each guess says why in its Reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.actors.resolve import person_on
from eventcoder.events.scene import Scene
from eventcoder.nlp.scan import doc_text, span_group
from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import EventType

Side = tuple[Span, ActorInfo]

TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "during", "like", "as", "amid"}
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
# types whose unnamed doer is placed where it happened ("protests in Minsk", "arrests in Gdansk");
# not attacks: an attacker nobody names or claims is no side (eval/GUIDELINES.md, "Unnamed
# attackers"), and the place is mostly the victims'
PLACE_SOURCED = {EventType.PROTEST, EventType.COERCE}
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
# the speaker: never the guessed recipient of force or a material act ("we honour those detained")
FIRST_PERSON = {"we", "us", "our", "ours", "i", "me", "my", "mine"}
# role words naming a domestic party: with no country of their own, they are of the doer's
# country ("threatened the network", "asked his countrymen", "lashed out at the mayor")
DOMESTIC_WORDS = PEOPLE_WORDS | {
    "countryman",
    "compatriot",
    "supporter",
    "follower",
    "opponent",
    "critic",
    "opposition",
    "rival",
    "rebel",
    "insurgent",
    "militant",
    "network",
    "broadcaster",
    "newspaper",
    "outlet",
    "party",
    "mayor",
    "governor",
    "lawmaker",
    "legislator",
    "candidate",
    "leader",
    "official",
    "minister",
    "judge",
    "prosecutor",
    "union",
    "family",
    "mother",
    "father",
    "lawyer",
    "voter",
}
UNNAMED_SECTOR = {EventType.PROTEST: "CVL", EventType.ASSAULT: "UAF", EventType.COERCE: "GOV"}
# acts only a state's authorities perform, reported without a doer ("were arrested", "was
# banned", "were found guilty", "have been charged", "were released from prison"): type -> modes
# (None: every mode) and sector
AUTHORITY_ACTS: dict[EventType, tuple[frozenset[str] | None, str]] = {
    EventType.COERCE: (None, "GOV"),
    EventType.SANCTION: (frozenset({"convict"}), "JUD"),
    EventType.ACCUSE: (frozenset({"allege"}), "JUD"),
    EventType.RETREAT: (frozenset({"release"}), "GOV"),
}
# the ACCUSE words that are a prosecutor's act, not anybody's allegation
PROSECUTION_WORDS = {"charge", "prosecute", "indict"}
# a doer whose country was only guessed from the sentence or the document
GUESSED_COUNTRY = {
    Rule.SENTENCE_PLACE,
    Rule.DOCUMENT_COUNTRY,
    Rule.UNNAMED_PROTESTERS,
    Rule.UNNAMED_AUTHORITIES,
}


def fill(scene: Scene, span: Span, info: ActorInfo, sent: Span, doer: bool = False) -> ActorInfo:
    """An actor known only by sector ("police", "protesters") takes the country of its
    possessor ("its troops", "Myanmar's military"), else of the place the sentence names,
    else the country the document is mostly about. A doer known only by title or by a name
    nobody knows ("the prime minister apologised", "Hotak alleged") is placed the same way
    when no publisher speaks for a country."""
    unknown = info.kind == ActorKind.PERSON and not info.sector
    if info.country or not (info.sector or (doer and unknown)):
        return info
    voice = sent.doc._.voice
    if info.kind in {ActorKind.TITLE, ActorKind.PERSON}:
        if voice and not unknown:
            # "Assistant Secretary Molly Phee": an untitled-country official is the publisher's
            return replace(info, country=voice, how=because(Rule.PUBLISHER, info.how))
        if not doer or voice:
            return info
    for c in span.root.children:
        if c.dep_ == "poss" and c.i in scene.mention_at:
            owner = scene.mention_at[c.i]._.actors[0]
            if owner.country:
                how = because(Rule.POSSESSOR, info.how, c.text, owner.country)
                return replace(info, country=owner.country, how=how)
    place = _sentence_place(scene, sent)
    if place is not None and place[1]:
        how = because(Rule.SENTENCE_PLACE, info.how, place[0].text)
        return replace(info, country=place[1], how=how)
    if scene.doc_country:
        how = because(Rule.DOCUMENT_COUNTRY, info.how)
        return replace(info, country=scene.doc_country, how=how)
    return info


def guessed(info: ActorInfo) -> bool:
    """Was the actor's country guessed from the sentence's place or the document?"""
    return info.how.mentions(GUESSED_COUNTRY)


def guessed_person(info: ActorInfo) -> bool:
    """A person or title whose country was only guessed ("the prime minister", "Hotak")."""
    return info.kind in {ActorKind.PERSON, ActorKind.TITLE} and guessed(info)


def on_date(d: ActorDictionary, info: ActorInfo, day: date) -> ActorInfo:
    """Re-resolve a dictionary person for the event date (Putin in 2010 was prime minister)."""
    if info.kind == ActorKind.PERSON and info.actor_id in d.people:
        return person_on(d, d.people[info.actor_id], day, info.how.base())
    return info


def _sentence_place(scene: Scene, sent: Span) -> tuple[Span, str | None] | None:
    """The place the sentence names: a place mention, else a place name only GeoNames knows
    ("near San Francisco")."""
    for span in span_group(sent.doc, "actors"):
        if sent.start <= span.start < sent.end and span._.actors[0].kind == ActorKind.PLACE:
            return span, span._.actors[0].country
    found = scene.geo.get(scene.sent_of[sent.start], [])
    return found[0] if found else None


def unnamed_doer(scene: Scene, sent: Span, type_: EventType) -> list[Side]:
    """ "Two people were killed in a bombing in Tunis": the doer is unknown but local."""
    sector = UNNAMED_SECTOR[type_]
    place = _sentence_place(scene, sent)
    if place is not None:
        how = because(Rule.UNNAMED_PLACED, sector, place[0].text)
        return [(place[0], ActorInfo(None, place[1], sector, ActorKind.NOUN, None, None, how))]
    if type_ is EventType.PROTEST and scene.doc_country:
        how = because(Rule.UNNAMED_PROTESTERS)
        info = ActorInfo(None, scene.doc_country, sector, ActorKind.NOUN, None, None, how)
        return [(sent, info)]
    return []


def authority_act(type_: EventType, mode: str | None, tok: Token) -> str | None:
    """The sector of the unnamed authorities that perform an act reported without a doer, or
    None when the act is not one only authorities perform."""
    modes, sector = AUTHORITY_ACTS.get(type_, (frozenset(), ""))
    if modes is not None and mode not in modes:
        return None
    if type_ is EventType.ACCUSE and tok.lemma_.lower() not in PROSECUTION_WORDS:
        return None
    return sector


def unnamed_authorities(scene: Scene, sent: Span, sector: str) -> list[Side]:
    """ "Two men were arrested in Minsk", "the party was banned", "have been charged with the
    murder": with no doer named, the authorities of the place named, else of the country the
    document is about, unless that is the publisher's own ("Americans detained abroad")."""
    place = _sentence_place(scene, sent)
    if place is not None and place[1]:
        how = because(Rule.UNNAMED_PLACED, sector, place[0].text)
        return [(place[0], ActorInfo(None, place[1], sector, ActorKind.NOUN, None, None, how))]
    country = scene.doc_country
    if country and country not in NON_STATE and country != sent.doc._.voice:
        how = because(Rule.UNNAMED_AUTHORITIES, sector)
        info = ActorInfo(None, country, sector, ActorKind.NOUN, None, None, how)
        return [(sent, info)]
    return []


def local_victims(scene: Scene, sent: Span, type_: EventType, sources: list[Side]) -> list[Side]:
    """Unnamed victims of force belong to the place of the event, else to the doer's country."""
    place = unnamed_doer(scene, sent, type_)
    country = place[0][1].country if place else sources[0][1].country
    how = because(Rule.LOCAL_VICTIMS)
    return [(sources[0][0], ActorInfo(None, country, "CVL", ActorKind.NOUN, None, None, how))]


def counterpart(span: Span, info: ActorInfo, sent: Span, tok: Token, sources: list[Side]) -> Side:
    """ "held talks with counterpart X": X is on the other side, of the other country in play."""
    if info.country or "counterpart" not in span.text.lower():
        return span, info
    src = {i.country for _, i in sources}
    other = fallback_target(sent, tok, src, {s.start for s, _ in sources}, EventType.AID)
    if other is None:
        return span, info
    how = because(Rule.COUNTERPART, other[0].text)
    return span, replace(info, country=other[1].country, how=how)


def apposed(scene: Scene, span: Span, info: ActorInfo) -> ActorInfo:
    """ "Alan Gross, an American contractor": a recipient nobody places takes the country of
    its apposition, or of the apposition's modifier."""
    if info.country:
        return info
    for c in span.root.children:
        if c.dep_ != "appos":
            continue
        words = [c, *(m for m in c.children if m.dep_ in {"amod", "compound", "nmod", "poss"})]
        for w in words:
            other = scene.mention_at.get(w.i)
            if other is None or not other._.actors[0].country:
                continue
            how = because(Rule.APPOSITION, info.how, other.text)
            return replace(info, country=other._.actors[0].country, how=how)
    return info


def fallback_target(
    sent: Span,
    tok: Token,
    src_countries: set[str | None],
    src_spans: set[int],
    type_: EventType,
) -> Side | None:
    """The nearest other actor of the sentence that can be the recipient."""
    best: tuple[int, Span, ActorInfo] | None = None
    material = type_ in MATERIAL
    venue_only = type_ in VENUE_TYPES
    for span in span_group(sent.doc, "actors"):
        if span.start < sent.start or span.end > sent.end or span.start in src_spans:
            continue
        if not material and span.root.dep_ == "pobj" and span.root.head.lower_ in TOPIC_PREPS:
            continue
        if material and span.root.lower_ in FIRST_PERSON:
            continue
        if _doer_elsewhere(span.root, tok):
            continue
        for info in span._.actors:
            if not info.country or info.kind == ActorKind.GROUP:
                continue
            # a place of the doer's own country can be the target of force ("in Gdansk")
            if info.country in src_countries and not (material and info.kind == ActorKind.PLACE):
                continue
            if info.kind == ActorKind.PLACE and venue_only:
                continue
            dist = abs(span.start - tok.i)
            if best is None or dist < best[0]:
                best = (dist, span, info)
    return (best[1], best[2]) if best else None


def _doer_elsewhere(root: Token, tok: Token) -> bool:
    """ "X called for an embargo, and the United States recalled its envoy": the subject of a
    clause coordinated with the trigger's own is the doer of another event. (A subordinate
    clause's subject is often the other side: "suspended the tariffs after Mexico agreed".)"""
    own = _clause_of(tok)
    if own is None:
        return False
    if root.dep_ in {"nsubj", "nsubjpass", "csubj"}:
        return root.head in own.conjuncts
    # "... and Bolivia recalled its ambassador": a possessive pronoun there is that doer's own
    if root.dep_ == "poss" and root.pos_ == "PRON":
        verb = _clause_of(root)
        return (
            verb is not None
            and verb in own.conjuncts
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        )
    return False


def _clause_of(tok: Token) -> Token | None:
    """The verb heading the clause a word is in (climbing infinitives and nouns, not clauses)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"xcomp", "aux", "auxpass", "amod"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


STATE_SECTORS = {"GOV", "MIL"}


def own_state_guessed(info: ActorInfo, sources: list[Side]) -> bool:
    """A government or military word ("the regime", "the junta", "the military") whose country
    is only guessed, and is the country of a state-level doer: a state does not act on itself,
    so the guess is wrong, not the event domestic."""
    if info.kind != ActorKind.NOUN or info.sector not in STATE_SECTORS or not guessed(info):
        return False
    return any(state_level(i) and i.country == info.country for _, i in sources)


def domestic_target(scene: Scene, sent: Span, toks: list[Token], sources: list[Side]) -> list[Side]:
    """A recipient named but not placed ("threatened the network", "lashed out at the mayor",
    "asked his countrymen") is domestic: of the place the sentence names, else of the doer."""
    countries = {i.country for _, i in sources}
    if len(countries) != 1 or None in countries or countries & NON_STATE:
        return []
    (country,) = countries
    if country is None:  # (excluded above; narrows the type)
        return []
    if country == sent.doc._.voice:
        # the publisher's "we urge politicians": the people of the country it writes about
        doc_country = scene.doc_country
        if not doc_country or doc_country == country:
            return []
        country = doc_country
    # "threatened the network's licence": the possessor of the thing acted on
    owned = [
        c for t in toks for c in t.children if c.dep_ == "poss" and c.i not in scene.mention_at
    ]
    for tok in [*toks, *owned]:
        word = _domestic_word(scene, tok, country)
        if word is None:
            continue
        span, sector = word
        place = _sentence_place(scene, sent)
        if place is not None and place[1]:
            how = because(Rule.SENTENCE_PLACE, because(Rule.DOMESTIC_ACT), place[0].text)
            country = place[1]
        else:
            how = because(Rule.DOMESTIC_ACT)
        return [(span, ActorInfo(None, country, sector, ActorKind.NOUN, None, None, how))]
    return []


def _domestic_word(scene: Scene, tok: Token, country: str) -> tuple[Span, str | None] | None:
    """The role word as a domestic party: a mention without a country (a title, an unknown
    name, a sector noun), or a word for people or a domestic body that nothing places
    elsewhere ("the network", "his countrymen")."""
    doc = tok.doc
    mention = scene.mention_at.get(tok.i)
    if mention is not None:
        info: ActorInfo = mention._.actors[0]
        titled = info.kind in {ActorKind.TITLE, ActorKind.NOUN} or (
            info.kind == ActorKind.PERSON and info.sector is not None
        )
        if info.country is None and titled:
            return mention, info.sector
        return None
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ in FIRST_PERSON:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners:
        owner = scene.mention_at.get(owners[0].i)
        if owner is None or owner._.actors[0].country != country:
            return None
    elif any(c.ent_type_ in {"GPE", "NORP"} for c in tok.subtree):
        return None  # "Afghan villagers": placed by a word nobody resolved
    if tok.lemma_.lower() in DOMESTIC_WORDS:
        return doc[tok.i : tok.i + 1], "CVL" if tok.lemma_.lower() in PEOPLE_WORDS else None
    return None


def one_countrys_parties(sources: list[Side]) -> bool:
    """ "The government and the rebels signed a truce", "his supporters and those of his rival
    fought": two or more coordinated doers of one country, one at least placed there by its own
    words (an untitled official given the publisher's country may well be a foreign guest)."""
    spans = {s.start: s for s, _ in sources}
    countries = {i.country for _, i in sources}
    if len(spans) < 2 or len(countries) != 1 or None in countries:
        return False
    if any(i.how.mentions({Rule.PUBLISHER}) for _, i in sources) or all(
        guessed(i) for _, i in sources
    ):
        return False
    roots = [s.root for s in spans.values()]
    return all(any(o in r.conjuncts for o in roots if o is not r) for r in roots)


def own_side(sources: list[Side], sector: str | None, kind: ActorKind, why: Rule) -> list[Side]:
    """The doer's own country as the recipient (a protest's government, a pardon's country)."""
    span, info = sources[0]
    actor_id = info.country if kind == ActorKind.COUNTRY else None
    return [(span, ActorInfo(None, info.country, sector, kind, None, actor_id, because(why)))]


def unplaced_people(toks: list[Token]) -> bool:
    """Role words that are people without a country: "four men", "an individual", "dozens"."""
    return any(
        t.pos_ in {"NOUN", "NUM", "PRON"}
        and t.ent_type_ not in {"GPE", "NORP", "ORG"}
        and t.lemma_.lower() in PEOPLE_WORDS
        for t in toks
    )


def state_level(info: ActorInfo) -> bool:
    """A state as such: the country, its government, its head of state or government."""
    return (info.kind == ActorKind.COUNTRY and info.sector in {None, "GOV"}) or (
        info.kind == ActorKind.PERSON
        and info.sector == "GOV"
        and info.office in {"head_of_state", "head_of_government"}
    )


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
    names none of its own and that sentence names exactly one other country."""
    prev = previous_sentence(scene, sent)
    if prev is None:
        return []
    src = {i.country for _, i in sources}
    found: dict[str, Side] = {}
    for span in span_group(scene.doc, "actors"):
        if not prev.start <= span.start < prev.end or span.root.lower_ in FIRST_PERSON:
            continue
        for info in span._.actors:
            if not info.country or info.country in src or info.kind == ActorKind.GROUP:
                continue
            if info.kind == ActorKind.PLACE and info.actor_id is None:
                continue  # a place is where it happened, not who
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
