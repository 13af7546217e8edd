"""The eventcoder_actors component: find actor mentions and resolve them for the publication date.

Pieces come from phrase matchers over the dictionary (names, demonyms, capitals, titles,
sector nouns, surnames) and from proper-noun runs; composition (actors/compose.py) then joins
modifiers ("Russian", "President", "Indian") to the head they modify. NER labels are hints only:
the small English model calls people ORG or GPE often enough that a label never decides an actor.
The component keeps no per-document state: what one document needs lives in a MatchContext.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventcoder.actors.aliases import resolve_aliases
from eventcoder.actors.compose import compose
from eventcoder.actors.context import MatchContext
from eventcoder.actors.dictionary import ActorDictionary, Entry, load_dictionary, normalise
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.nlp.gazetteer import Gazetteer
from eventcoder.nlp.scan import tokens_with_pos

BIG_CITY = 100_000
FUNCTION_POS = {"AUX", "PART", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}
PROPER_KINDS = {
    ActorKind.COUNTRY,
    ActorKind.ADJECTIVE,
    ActorKind.PEOPLE,
    ActorKind.CAPITAL,
    ActorKind.SEAT,
    ActorKind.ORG,
    ActorKind.PERSON,
    ActorKind.SURNAME,
}


COMPONENT = "eventcoder_actors"


@Language.factory(
    COMPONENT,
    default_config={"extra_files": []},
    assigns=["doc.spans", "span._.actors"],
    requires=["token.dep"],
)
def make_actor_matcher(nlp: Language, name: str, extra_files: list[str]) -> ActorMatcher:
    from pathlib import Path

    return ActorMatcher(nlp, load_dictionary([Path(p) for p in extra_files]))


class ActorMatcher:
    """Stateful component: the dictionary and its matchers are built once per pipeline."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.d = dictionary
        self.gazetteer = Gazetteer()
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, str] = {}
        exact: dict[str, list[Doc]] = defaultdict(list)
        loose: dict[str, list[Doc]] = defaultdict(list)
        originals = _originals(dictionary)
        for key, forms in originals.items():
            for form in forms:
                if _needs_exact(form):
                    exact[key].append(nlp.make_doc(form))
                else:
                    # the written form tokenizes like text does ("Jr." stays one token)
                    loose[key].append(nlp.make_doc(form))
                    if form.lower() != form:
                        loose[key].append(nlp.make_doc(key))
                    if "'" in key:
                        loose[key].append(nlp.make_doc(key.replace("'", "’")))
        for key, docs in exact.items():
            self.orth.add(key, docs)
        for key, docs in loose.items():
            self.lower.add(key, docs)
        # surnames of dictionary people match only as written with a capital
        for sur in dictionary.surnames:
            self.orth.add("SURNAME::" + sur, [nlp.make_doc(sur.title()), nlp.make_doc(sur.upper())])

    def __call__(self, doc: Doc) -> Doc:
        day: date | None = doc._.pub_date
        ctx = MatchContext(doc, day, self.d, {})
        pieces = self._pieces(ctx)
        mentions = compose(ctx, pieces)
        mentions = filter_spans(mentions + _unknown_people(doc, mentions))
        mentions = filter_spans(mentions + self._places(doc, mentions))
        mentions = resolve_aliases(doc, mentions, self.d, day)
        doc.spans["actors"] = mentions
        return doc

    def _places(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """Named places the dictionary does not know ("Kharkiv", "Peshawar"), from the gazetteer."""
        covered = {t for m in mentions for t in range(m.start, m.end)}
        out = []
        cands = [e for e in doc.ents if e.label_ in {"GPE", "LOC"}]
        in_ents = {t for e in doc.ents for t in range(e.start, e.end)}
        single_person = {e.start for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
        # the small model misses many place names ("shelled Kharkiv"): unlabelled proper nouns too
        cands += [
            doc[t.i : t.i + 1]
            for t in tokens_with_pos(doc, {PROPN})
            if (t.i not in in_ents or t.i in single_person)
            and t.text[:1].isupper()
            and t.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "conj"}
        ]
        for ent in cands:
            if any(t in covered for t in range(ent.start, ent.end)):
                continue
            hit = self.gazetteer.lookup(ent.text)
            if hit is None or not hit.country:
                continue
            if (
                ent.start in single_person or ent.label_ not in {"GPE", "LOC"}
            ) and hit.population < BIG_CITY:
                continue  # a one-word "person" is a place only if it is a big city
            span = Span(doc, ent.start, ent.end, label="place")
            span._.actors = (
                ActorInfo(
                    hit.name,
                    hit.country,
                    None,
                    ActorKind.PLACE,
                    None,
                    None,
                    because(Rule.GAZETTEER_PLACE, ent.text, hit.geonameid, hit.feature),
                ),
            )
            out.append(span)
        return out

    # ---- pieces ------------------------------------------------------------------------------
    def _pieces(self, ctx: MatchContext) -> list[Span]:
        """Dictionary matches; their possible meanings go to ctx.meaning, keyed by token offsets (not
        to Span._, whose storage is shared by any span with the same offsets)."""
        doc = ctx.doc
        spans: list[Span] = []
        # non-initial tokens of multi-word PERSON entities
        in_name = {
            t
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) > 1
            for t in range(e.start + 1, e.end)
        }
        for matcher in (self.orth, self.lower):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                span = doc[start:end]
                if key.startswith("SURNAME::"):
                    tok = doc[start]
                    if tok.pos_ in FUNCTION_POS or tok.ent_type_ in {"DATE", "TIME"}:
                        continue  # "May" the month or the modal, not Theresa May
                    entries = [Entry(ActorKind.SURNAME, key[9:])]
                else:
                    entries = self.d.lookup(key)
                    if not entries:
                        continue
                    if not _capitalised(span):
                        entries = [e for e in entries if e.kind not in PROPER_KINDS]
                    if start in in_name:
                        # "Volker Turk", "Qin Gang": a word inside a person's name is the name
                        entries = [
                            e
                            for e in entries
                            if e.kind in {ActorKind.PERSON, ActorKind.TITLE, ActorKind.SURNAME}
                        ]
                    if not entries:
                        continue
                span = Span(doc, start, end, label=entries[0].kind)
                ctx.meaning[(start, end)] = tuple(entries)  # what the words can mean
                spans.append(span)
        # longest wins; among equals, prefer full entries over surnames
        spans.sort(key=lambda s: (s.label_ == ActorKind.SURNAME,))
        return filter_spans(spans)


def _originals(d: ActorDictionary) -> dict[str, set[str]]:
    """Surface forms as written in the data (for case-sensitive acronyms)."""
    out: dict[str, set[str]] = defaultdict(set)

    def add(text: str) -> None:
        out[normalise(text)].add(text.strip())
        if text.lower().startswith("the "):
            out[normalise(text[4:])].add(text.strip()[4:])

    for c in d.countries.values():
        for t in [c.name, *c.names, *c.adjectives, *c.people, *c.capitals, c.code]:
            add(t)
        for s in c.seats:
            add(s.text)
    for a in d.people.values():
        for t in (a.name, *a.aliases):
            add(t)
    for o in d.orgs.values():
        for t in (o.name, *o.aliases):
            add(t)
    for t in d.titles:
        add(d.titles[t].text)
    for word in d.regional:
        add(word)
    for n in d.nouns:
        add(n)
    return out


def _needs_exact(form: str) -> bool:
    """Acronyms and short codes match case-sensitively (US, not "us"; SCO, not "sco")."""
    letters = [c for c in form if c.isalpha()]
    if not letters:
        return True
    upper = sum(c.isupper() for c in letters)
    return len(letters) <= 3 or (upper >= 2 and upper >= len(letters) // 2)


def _capitalised(span: Span) -> bool:
    for t in span:
        if (
            t.lower_ in {"the", "of", "and", "for", "de", "al", "el", "ad", "an", "as"}
            or t.is_punct
        ):
            continue
        return t.text[:1].isupper() or t.text[:1].isdigit()
    return False


def _unknown_people(doc: Doc, mentions: list[Span]) -> list[Span]:
    """People the dictionary does not know and no title places: kept, unresolved, so that a
    later surname, an apposition or "counterpart" can still place them."""
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = []
    for ent in doc.ents:
        if (
            ent.label_ != "PERSON"
            or len(ent) < 2
            or any(t in covered for t in range(ent.start, ent.end))
        ):
            continue
        span = Span(doc, ent.start, ent.end, label="person")
        how = because(Rule.UNKNOWN_NAME)
        span._.actors = (ActorInfo(ent.text, None, None, ActorKind.PERSON, None, None, how),)
        out.append(span)
    return out
