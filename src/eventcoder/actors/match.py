"""The eventcoder_actors component: find actor mentions and resolve them for the publication date.

Pieces come from phrase matchers over the dictionary (names, demonyms, capitals, titles,
sector nouns, surnames) and from proper-noun runs; composition (actors/compose.py) then joins
modifiers ("Russian", "President", "Indian") to the head they modify. NER labels are hints only:
the small English model calls people ORG or GPE often enough that a label never decides an actor.
The component keeps no per-document state: what one document needs lives in a MatchContext.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cached_property

from spacy.attrs import IS_ALPHA, SPACY
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventcoder.actors.aliases import resolve_aliases
from eventcoder.actors.compose import compose
from eventcoder.actors.context import MatchContext
from eventcoder.actors.currency import currency_dropped
from eventcoder.actors.dictionary import ActorDictionary, Entry
from eventcoder.actors.fuzzy import NameIndex
from eventcoder.actors.hyphens import hyphen_halves, join_hyphened_names
from eventcoder.actors.named_after import place_words
from eventcoder.actors.not_actors import not_actors
from eventcoder.actors.phrases import SURNAME, PhraseTable
from eventcoder.actors.placenames import heads_place_name, located_name, located_town
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule, because
from eventcoder.actors.resolve import person_on
from eventcoder.actors.then_titles import then_titled
from eventcoder.nlp.ents import doc_ents
from eventcoder.nlp.gazetteer import Gazetteer
from eventcoder.nlp.scan import token_texts, tokens_with_pos

BIG_CITY = 100_000
DATED_KINDS = {ActorKind.PERSON, ActorKind.ORG}
# rules that give a country from a person's or organisation's own dated record ("KLA rebels")
DATED_RULES = {
    Rule.DICTIONARY_ORG,
    Rule.ORG_ROLE,
    Rule.ORGANISATION,
    Rule.DICTIONARY_PERSON,
    Rule.PERSON_ROLE,
    Rule.SURNAME,
    Rule.SURNAME_WITH_TITLE,
    Rule.NO_OFFICE,
    Rule.FORMER,
    Rule.TITLE_HOLDER,
}
ETHNIC_KINDS = {ActorKind.ADJECTIVE, ActorKind.PEOPLE, ActorKind.COUNTRY}
# entries that name a country outright: what a document is about
PLACING_KINDS = {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.PEOPLE, ActorKind.CAPITAL}
NEAR_KINDS = {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.PEOPLE}
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
    default_config={"extra_files": [], "defence_sector": "GOV", "cache_dir": None},
    assigns=["doc.spans", "span._.actors"],
    requires=["token.dep"],
)
def make_actor_matcher(
    nlp: Language,
    name: str,
    extra_files: list[str],
    defence_sector: str = "GOV",
    cache_dir: str | None = None,
) -> ActorMatcher:
    from pathlib import Path

    from eventcoder.actors.cache import compiled

    overrides = {"defence_minister": defence_sector}
    d, table = compiled(nlp, [Path(p) for p in extra_files], overrides, cache_dir)
    return ActorMatcher(nlp, d, table, cache_dir=cache_dir)


class ActorMatcher:
    """Stateful component: the dictionary and its matchers are built once per pipeline."""

    def __init__(
        self,
        nlp: Language,
        dictionary: ActorDictionary,
        table: PhraseTable | None = None,
        cache_dir: str | None = None,
    ) -> None:
        from eventcoder.actors.cache import compile_table

        self.d = dictionary
        self.gazetteer = Gazetteer(cache_dir)  # its compiled index lives with the actors'
        self.table = table if table is not None else compile_table(nlp, dictionary)

    def __call__(self, doc: Doc) -> Doc:
        day: date | None = doc._.pub_date
        join_hyphened_names(doc)
        ctx = MatchContext(doc, day, self.d, {})
        pieces = currency_dropped(ctx, _ethnic_dropped(ctx, self._pieces(ctx)))
        pieces = filter_spans(pieces + self._near_countries(ctx, pieces))
        pieces = not_actors(ctx, pieces)  # "Central America" is no USA, "The Hill" no Hill
        pieces = _regions_of_one_country(ctx, pieces)
        self._shared_names(ctx, pieces)
        _prefer_document_countries(ctx, pieces, doc._.voice)
        mentions = _lowered(ctx, compose(ctx, pieces))
        mentions = filter_spans(mentions + self._unknown_people(ctx, mentions))
        mentions = filter_spans(mentions + self._places(doc, mentions, ctx.prefer))
        then_titled(self.d, mentions, day)  # "then-President Carter" acts in office
        mentions = place_words(self.d, mentions)  # "London-based", "the Minsk process"
        mentions = resolve_aliases(doc, mentions, self.d, day)
        doc.spans["actors"] = _states_on(self.d, mentions, day)
        return doc

    def _places(self, doc: Doc, mentions: list[Span], prefer: frozenset[str]) -> list[Span]:
        """Named places the dictionary does not know ("Kharkiv", "Peshawar"), from the gazetteer;
        a name several countries' towns share goes to one in a country of `prefer` (those the
        text names, else the publisher's). A word that ends a person's name elsewhere in the
        text is that person's surname, not a town ("Lagos said" after "Ricardo Lagos")."""
        covered = {t for m in mentions for t in range(m.start, m.end)}
        out = []
        cands = [e for e in doc_ents(doc) if e.label_ in {"GPE", "LOC"}]
        in_ents = {t for e in doc_ents(doc) for t in range(e.start, e.end)}
        single_person = {e.start for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) == 1}
        surnames = {e[-1].lower_ for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}
        # the small model misses many place names ("shelled Kharkiv"): unlabelled proper nouns too
        # and a lone name it labels an organisation after a place's preposition ("in Bucha")
        single_org = {e.start for e in doc_ents(doc) if e.label_ == "ORG" and len(e) == 1}
        cands += [
            doc[t.i : t.i + 1]
            for t in tokens_with_pos(doc, {PROPN})
            if (
                t.i not in in_ents
                or t.i in single_person
                or (t.i in single_org and located_name(t))
            )
            and t.text[:1].isupper()
            and t.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "conj"}
        ]
        for ent in cands:
            if any(t in covered for t in range(ent.start, ent.end)):
                continue
            if len(ent) == 1 and ent[0].lower_ in surnames:
                continue
            hit = self.gazetteer.lookup(ent.text, prefer)
            if hit is None or not hit.country:
                continue
            located = len(ent) == 1 and located_name(ent.root)
            if (
                ent.start in single_person or (ent.label_ not in {"GPE", "LOC"} and not located)
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

    def _shared_names(self, ctx: MatchContext, pieces: list[Span]) -> None:
        """A name two countries share ("Congo") is the one the rest of the text points to: its
        capital, demonym, people and bodies ("Kinshasa", "Kabila", "M23") and places the
        gazetteer knows ("Goma"); with no sign, the one the data lists first."""
        shared = {}
        for p in pieces:
            entries = ctx.meaning.get((p.start, p.end), ())
            codes = [e.country for e in entries if e.kind == ActorKind.COUNTRY and e.country]
            if len(set(codes)) > 1:
                shared[(p.start, p.end)] = codes
        if not shared:
            return
        rivals = {c for codes in shared.values() for c in codes}
        votes = dict.fromkeys(rivals, 0)
        for p in pieces:
            if (p.start, p.end) in shared:
                continue
            for c in _countries_of(ctx, ctx.meaning.get((p.start, p.end), ())) & rivals:
                votes[c] += 1
        covered = {t for p in pieces for t in range(p.start, p.end)}
        for ent in doc_ents(ctx.doc):
            if ent.label_ in {"GPE", "LOC"} and not any(
                t in covered for t in range(ent.start, ent.end)
            ):
                hit = self.gazetteer.lookup(ent.text, rivals)
                if hit is not None and hit.country in rivals:
                    votes[hit.country] += 1
        for key, codes in shared.items():
            best = max(codes, key=lambda c: votes[c])  # the first listed on a tie
            entries = ctx.meaning[key]
            ctx.meaning[key] = tuple(sorted(entries, key=lambda e: e.country != best))

    def _unknown_people(self, ctx: MatchContext, mentions: list[Span]) -> list[Span]:
        """People the dictionary does not know by that spelling and no title places: a near
        spelling of a dictionary name is that person, with a lower confidence; others are kept
        unresolved, so that a later surname, an apposition or "counterpart" can place them."""
        doc = ctx.doc
        covered = {t for m in mentions for t in range(m.start, m.end)}
        out = []
        for ent in doc_ents(doc):
            if (
                ent.label_ != "PERSON"
                or len(ent) < 2
                or any(t in covered for t in range(ent.start, ent.end))
            ):
                continue
            span = Span(doc, ent.start, ent.end, label="person")
            near = self.names.near(ent.text)
            if near is not None:
                pid, _, score = near
                info = person_on(
                    self.d,
                    self.d.people[pid],
                    ctx.day,
                    because(Rule.FUZZY, ent.text, self.d.people[pid].name, score),
                )
                info = replace(info, confidence=score)
            else:
                how = because(Rule.UNKNOWN_NAME)
                info = ActorInfo(ent.text, None, None, ActorKind.PERSON, None, None, how)
            span._.actors = (info,)
            out.append(span)
        return out

    def _near_countries(self, ctx: MatchContext, pieces: list[Span]) -> list[Span]:
        """Country names and demonyms the text misspells ("Columbian", "Phillipines"): long
        capitalised words the dictionary does not know, within a bounded edit distance of one
        country's forms only; a known place ("Columbia") or a word in a person's name is no guess."""
        doc = ctx.doc
        covered = {t for p in pieces for t in range(p.start, p.end)}
        covered |= {
            t.i
            for e in doc_ents(doc)
            if e.label_ == "PERSON" and len(e) > 1 and all(t.text[:1].isupper() for t in e)
            for t in e
        }
        texts = token_texts(doc)
        alpha = doc.to_array(IS_ALPHA).tolist()
        space = doc.to_array(SPACY).tolist()
        # a word that can start or be part of a guess: alphabetic, capitalised, in no piece
        free = [
            bool(alpha[i]) and texts[i][:1].isupper() and i not in covered
            for i in range(len(texts))
        ]
        out = []
        i = 0
        while i < len(texts):
            for n in (2, 1):
                if i + n > len(texts) or not all(free[i : i + n]):
                    continue
                text = texts[i] if n == 1 else texts[i] + (" " if space[i] else "") + texts[i + 1]
                near = self.countries.near(text)
                if near is None or self.gazetteer.candidates(text):
                    continue
                _, form, score = near
                entries = tuple(e for e in self.d.lookup(form) if e.kind in NEAR_KINDS)
                if not entries:
                    continue
                ctx.meaning[(i, i + n)] = entries
                ctx.near[(i, i + n)] = (text, form, score)
                out.append(Span(doc, i, i + n, label=entries[0].kind))
                i += n - 1
                break
            i += 1
        return out

    @cached_property
    def countries(self) -> NameIndex:
        index = NameIndex(full_names=False)
        for key, entries in self.d.surface.items():
            for e in entries:
                if e.kind in NEAR_KINDS and e.country and key.replace(" ", "").isalpha():
                    index.add(key, e.country)
        return index

    @cached_property
    def names(self) -> NameIndex:
        index = NameIndex()
        for a in self.d.people.values():
            for name in (a.name, *a.aliases):
                index.add(name, a.id)
        return index

    # ---- pieces ------------------------------------------------------------------------------
    def _pieces(self, ctx: MatchContext) -> list[Span]:
        """Dictionary matches; their possible meanings go to ctx.meaning, keyed by token offsets (not
        to Span._, whose storage is shared by any span with the same offsets)."""
        doc = ctx.doc
        found: dict[tuple[int, int], str] = {}
        # non-initial tokens of multi-word PERSON entities
        # (a lower-case word is no part of a name: "Venezualan diplomats" read as a PERSON)
        in_name = {
            t
            for e in doc_ents(doc)
            if e.label_ == "PERSON" and len(e) > 1
            for t in range(e.start + 1, e.end)
            if doc[t].text[:1].isupper()
        }
        halves = hyphen_halves(doc, doc_ents(doc))
        for key, start, end in self.table.find(doc):
            span = doc[start:end]
            if end - start == 1 and start in halves:
                continue  # "Karl Brandt-Weber": no "Weber" of its own
            if key.startswith(SURNAME):
                tok = doc[start]
                if tok.pos_ in FUNCTION_POS or tok.ent_type_ in {"DATE", "TIME"}:
                    continue  # "May" the month or the modal, not Theresa May
                if tok.pos_ == "INTJ" or (tok.pos_ == "VERB" and tok.is_upper):
                    continue  # "No, we ..." and "WE WON" are no Korean family names
                if heads_place_name(tok):
                    continue  # "the Horn of Africa" is no Gyula Horn
                if end - start == 1 and located_town(tok, self.gazetteer):
                    continue  # "arrested in Lagos": the city, not Ricardo Lagos
                entries = [Entry(ActorKind.SURNAME, key[len(SURNAME) :])]
            else:
                entries = self.d.lookup(key)
                if not entries:
                    continue
                if not _capitalised(span) and key not in self.d.lower_names:
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
            # the same words under two keys ("KANU" the party, the surname Kanu): a surname is
            # only a fallback for words the dictionary names otherwise
            old = ctx.meaning.get((start, end), ())
            if old and entries[0].kind == ActorKind.SURNAME:
                continue
            if old and old[0].kind != ActorKind.SURNAME:
                entries = [*old, *(e for e in entries if e not in old)]
            ctx.meaning[(start, end)] = tuple(entries)  # what the words can mean
            found[(start, end)] = entries[0].kind
        spans = [Span(doc, s, e, label=kind) for (s, e), kind in found.items()]
        # longest wins; among equals, prefer full entries over surnames
        spans.sort(key=lambda s: (s.label_ == ActorKind.SURNAME,))
        return filter_spans(spans)


def _countries_of(ctx: MatchContext, entries: tuple[Entry, ...]) -> set[str]:
    """The countries a piece's first meaning ties it to; a surname, those of its bearers."""
    if not entries:
        return set()
    e = entries[0]
    if e.kind == ActorKind.SURNAME:
        people = ctx.d.surnames.get(e.key, [])
        return {r.country for i in people for r in ctx.d.people[i].roles}
    return {e.country} if e.country else set()


def _ethnic_dropped(ctx: MatchContext, pieces: list[Span]) -> list[Span]:
    """ "ethnic Albanians", "ethnic Armenian forces": a demonym after "ethnic" names a people, not
    the state of that name; the words are no actor of their own (the place or the document
    decides the country)."""
    doc = ctx.doc
    out = []
    for p in pieces:
        kinds = {e.kind for e in ctx.meaning.get((p.start, p.end), ())}
        if p.start > 0 and doc[p.start - 1].lower_ == "ethnic" and kinds <= ETHNIC_KINDS:
            del ctx.meaning[(p.start, p.end)]
            continue
        out.append(p)
    return out


def _regions_of_one_country(ctx: MatchContext, pieces: list[Span]) -> list[Span]:
    """A country's name that is also a region of another country ("Georgia") is that country,
    unless the text names two other regions of the region's country and no other country: the
    results in Georgia, Pennsylvania and Arizona of a United States election."""
    regions: dict[str, set[str]] = {}
    countries: set[str] = set()
    doubtful: list[tuple[int, Entry, Entry]] = []
    for i, p in enumerate(pieces):
        entries = ctx.meaning.get((p.start, p.end), ())
        region = next((e for e in entries if _is_region(ctx.d, e)), None)
        state = next((e for e in entries if e.kind == ActorKind.COUNTRY), None)
        if region is not None and state is not None:
            doubtful.append((i, region, state))
        elif region is not None and region is entries[0] and region.country:
            regions.setdefault(region.country, set()).add(region.key)
        elif entries and entries[0].kind in PLACING_KINDS and entries[0].country:
            countries.add(entries[0].country)
    out = list(pieces)
    for i, region, state in doubtful:
        p = pieces[i]
        named = regions.get(region.country or "", set())
        first, loser = (
            (region, state)
            if len(named) >= 2 and countries <= {region.country}
            else (state, region)
        )
        entries = ctx.meaning[(p.start, p.end)]
        ctx.meaning[(p.start, p.end)] = (first, *(e for e in entries if e not in (first, loser)))
        out[i] = Span(p.doc, p.start, p.end, label=first.kind)
    return out


def _is_region(d: ActorDictionary, e: Entry) -> bool:
    org = d.orgs.get(e.key) if e.kind == ActorKind.ORG else None
    return org is not None and org.kind == "region"


def _prefer_document_countries(ctx: MatchContext, pieces: list[Span], voice: str | None) -> None:
    """The countries the text names (else the publisher's) decide between entries of one kind
    that share a name: "Democrats" in a text about the United States, "Morales" in one about
    Bolivia. Meanings are reordered (the first of a kind wins) and kept for surnames."""
    named: dict[str, int] = {}
    for p in pieces:
        entries = ctx.meaning.get((p.start, p.end), ())
        if entries and entries[0].kind in PLACING_KINDS and entries[0].country:
            named[entries[0].country] = named.get(entries[0].country, 0) + 1
    prefer = set(named) or ({voice} if voice else set())
    ctx.prefer = frozenset(prefer)
    if not prefer:
        return
    for key, entries in ctx.meaning.items():
        if len(entries) > 1:
            ctx.meaning[key] = tuple(sorted(entries, key=lambda e: e.country not in prefer))


def _states_on(d: ActorDictionary, mentions: list[Span], day: date | None) -> list[Span]:
    """A territory named before its statehood stands for the state it was part of then ("Kosovo"
    in 1999 is Serbia's). People and organisations keep the country their dated roles give (a
    republic's own leaders, a separatist army)."""
    for m in mentions:
        infos = []
        for a in m._.actors:
            state, until = d.country_on(a.country, day)
            if until is not None and a.kind not in DATED_KINDS and not _from_record(a.how):
                a = replace(a, country=state, how=because(Rule.PART_OF, a.how, state, until))
            infos.append(a)
        m._.actors = tuple(infos)
    return mentions


def _from_record(how: Reason) -> bool:
    """Does a country come from a person's or an organisation's own record ("KLA rebels")?"""
    if how.rule in DATED_RULES:
        return True
    if how.rule == Rule.MODIFIER and how.args and how.args[0] in DATED_KINDS | {ActorKind.SURNAME}:
        return True
    return any(isinstance(x, Reason) and _from_record(x) for x in how.args)


def _lowered(ctx: MatchContext, mentions: list[Span]) -> list[Span]:
    """Mentions that hold a near spelling take its confidence, and say so in their reason."""
    for m in mentions:
        for (start, end), (text, form, score) in ctx.near.items():
            if m.start <= start and end <= m.end:
                fuzzy = because(Rule.FUZZY, text, form, score)
                m._.actors = tuple(
                    replace(
                        a,
                        confidence=min(a.confidence, score),
                        how=because(Rule.PLUS_COUNTRY, a.how, fuzzy),
                    )
                    for a in m._.actors
                )
    return mentions


def _capitalised(span: Span) -> bool:
    for t in span:
        if (
            t.lower_ in {"the", "of", "and", "for", "de", "al", "el", "ad", "an", "as"}
            or t.is_punct
        ):
            continue
        return t.text[:1].isupper() or t.text[:1].isdigit()
    return False
