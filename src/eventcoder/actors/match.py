"""The eventcoder_actors component: find actor mentions and resolve them for the publication date.

Pieces come from phrase matchers over the dictionary (names, demonyms, capitals, titles,
sector nouns, surnames) and from proper-noun runs; the dependency parse then joins modifiers
("Russian", "President", "Indian") to the head they modify. NER labels are hints only: the small
English model calls people ORG or GPE often enough that a label never decides an actor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventcoder.actors.aliases import resolve_aliases
from eventcoder.actors.dictionary import (
    ActorDictionary,
    Entry,
    OrgModel,
    load_dictionary,
    normalise,
    surname,
)
from eventcoder.actors.resolve import (
    LEADER_OFFICES,
    ActorInfo,
    by_surname,
    entry_info,
    person_on,
    title_holder,
)
from eventcoder.nlp.gazetteer import Gazetteer
from eventcoder.nlp.scan import tokens_with_pos

BIG_CITY = 100_000
FUNCTION_POS = {"AUX", "PART", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}
TELLING_SECTORS = {
    "OPP",
    "REB",
    "MIL",
    "COP",
    "LEG",
    "JUD",
    "SPY",
    "PRM",
    "PTY",
    "REL",
    "JRN",
    "MED",
}
VAGUE_SECTORS = {"SOC", "CVL", "UNK", "GOV"}
BACKED_WORDS = {
    "back",
    "backed",
    "support",
    "supported",
    "sponsor",
    "sponsored",
    "fund",
    "funded",
    "align",
    "aligned",
    "ally",
    "allied",
    "affiliate",
    "affiliated",
    "link",
    "linked",
    "inspire",
    "inspired",
    "arm",
    "armed",
    "train",
    "trained",
    "base",
    "based",
}
LED_WORDS = {"lead", "led", "run", "dominate", "dominated", "command", "commanded"}
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "from",
    "outside",
    "across",
    "around",
    "inside",
    "throughout",
    "into",
    "over",
    "to",
    "within",
    "off",
    "along",
}
PROPER_KINDS = {"country", "adjective", "people", "capital", "seat", "org", "person", "surname"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "appos", "nummod", "det", "poss"}
PLACE_PREPS = {"in", "of", "from", "at"}
HEAD_POS = {"NOUN", "PROPN", "PRON"}


@Language.factory(
    "eventcoder_actors",
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
        self._piece_at: dict[int, Span] = {}
        self._meaning: dict[tuple[int, int], tuple[Entry, ...]] = {}  # per document, by offsets
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
        pieces = self._pieces(doc)
        mentions = self._compose(doc, pieces, day)
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
                    "place",
                    None,
                    None,
                    f"place {ent.text!r}: GeoNames {hit.geonameid} ({hit.feature})",
                ),
            )
            out.append(span)
        return out

    # ---- pieces ------------------------------------------------------------------------------
    def _pieces(self, doc: Doc) -> list[Span]:
        """Dictionary matches; their possible meanings go to self._meaning, keyed by token offsets (not
        to Span._, whose storage is shared by any span with the same offsets)."""
        self._meaning.clear()
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
                    entries = [Entry("surname", key[9:])]
                else:
                    entries = self.d.lookup(key)
                    if not entries:
                        continue
                    if not _capitalised(span):
                        entries = [e for e in entries if e.kind not in PROPER_KINDS]
                    if start in in_name:
                        # "Volker Turk", "Qin Gang": a word inside a person's name is the name
                        entries = [e for e in entries if e.kind in {"person", "title", "surname"}]
                    if not entries:
                        continue
                span = Span(doc, start, end, label=entries[0].kind)
                self._meaning[(start, end)] = tuple(entries)  # what the words can mean
                spans.append(span)
        # longest wins; among equals, prefer full entries over surnames
        spans.sort(key=lambda s: (s.label_ == "surname",))
        return filter_spans(spans)

    # ---- composition -------------------------------------------------------------------------
    def _compose(self, doc: Doc, pieces: list[Span], day: date | None) -> list[Span]:
        piece_at: dict[int, Span] = {}
        self._piece_at = piece_at
        for p in pieces:
            for t in p:
                piece_at[t.i] = p
        heads: dict[int, list[Span]] = defaultdict(list)  # head token index -> modifier pieces
        head_pieces: list[Span] = []
        for p in pieces:
            root = p.root
            h = root.head
            entries: tuple[Entry, ...] = self._meaning[(p.start, p.end)]
            kind = entries[0].kind
            is_modifier = (
                root.dep_ in MODIFIER_DEPS
                and (root.dep_ != "poss" or _owned(h, piece_at, self.d))
                and h.i not in range(p.start, p.end)
                and h.pos_ in {"NOUN", "PROPN"}
                and kind not in {"noun"}
                and not (
                    kind in {"person", "surname", "org"}
                    and root.dep_ not in {"compound", "amod", "nmod"}
                )
            )
            if kind == "title" and root.dep_ == "appos":
                is_modifier = True
            if kind in {"adjective", "country", "capital", "title"} and root.dep_ == "compound":
                is_modifier = h.pos_ in {"NOUN", "PROPN"}
            # "X-led coalition": the leader's country is the coalition's
            if (
                kind in {"adjective", "country"}
                and h.lemma_.lower() in LED_WORDS
                and h.dep_ in {"amod", "compound"}
                and h.head.pos_ in {"NOUN", "PROPN"}
            ):
                is_modifier, h = True, h.head
            if (
                kind in {"adjective", "country", "people"}
                and h.lemma_.lower() in BACKED_WORDS
                and root.dep_ in {"npadvmod", "advmod", "amod", "compound"}
                and h.dep_ in {"amod", "compound"}
            ):
                continue  # "Russian-backed separatists": the backer is neither the group nor its country
            if is_modifier:
                heads[_top_head(h, piece_at)].append(p)
            else:
                head_pieces.append(p)
        # "Pevkur, the Estonian defence minister": a modifier's own modifiers reach the head
        for hi in list(heads):
            for m in list(heads.get(hi, [])):
                nested = heads.get(m.root.i)
                if nested and m.root.i != hi:
                    heads[hi] += nested
                    del heads[m.root.i]
        # "U.S. and South Korean troops": a demonym conjoined to a modifier modifies the same head
        mod_head = {m.root.i: hi for hi, ms in heads.items() for m in ms}
        for p in list(head_pieces):
            root = p.root
            if (
                root.dep_ == "conj"
                and root.head.i in mod_head
                and p.label_ in {"adjective", "country"}
            ):
                heads[mod_head[root.head.i]].append(p)
                head_pieces.remove(p)
        mentions: list[Span] = []
        used: set[int] = set()
        for p in head_pieces:
            mods = heads.pop(p.root.i, [])
            for t in p:
                mods += heads.pop(t.i, [])
            m = self._mention(doc, p, p.root, mods, day)
            if m is not None:
                mentions.append(m)
                used.update(range(m.start, m.end))
        # heads that are not pieces: unknown names with titles, "four Saudi men", "Russian media"
        for hi, mods in heads.items():
            if hi in used:
                continue
            m = self._mention(doc, None, doc[hi], mods, day)
            if m is not None:
                mentions.append(m)
                continue
            # "Russian strikes", "Iranian missile strikes": the modifier is an actor on its own
            # (but not in "Russian-backed separatists": the backer is not the doer)
            for p in mods:
                if p.root.head.lemma_.lower() in BACKED_WORDS and p.root.head.dep_ in {
                    "amod",
                    "compound",
                }:
                    continue
                e = _best_entry(self._meaning[(p.start, p.end)])
                if e.kind in {"adjective", "people", "country", "org", "person", "capital"}:
                    span = Span(doc, p.start, p.end, label=e.kind)
                    span._.actors = (entry_info(self.d, e, p.text, day),)
                    mentions.append(span)
        return filter_spans(mentions)

    def _mention(
        self, doc: Doc, piece: Span | None, head: Token, mods: list[Span], day: date | None
    ) -> Span | None:
        d = self.d
        countries = _countries_from(d, mods, day, self._meaning)
        country, country_how = countries[0] if countries else (None, None)
        titles = [m for m in mods if m.label_ == "title"]
        orgs = [m for m in mods if m.label_ == "org"]
        if country is None:
            country, country_how = self._country_from_preps(doc, head, titles)
        if country is None and orgs:
            org = d.orgs[self._meaning[(orgs[0].start, orgs[0].end)][0].key]
            country, country_how = org.country, f"organisation {org.name!r}"
            countries = [(org.country, country_how)]
        start = min([head.i, *(m.start for m in mods)])
        if piece is not None:
            start = min(start, piece.start)
        end = piece.end if piece is not None else head.i + 1
        # extend over proper-noun compounds of the head (first names, initials)
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i in range(start, end)
            and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        info: ActorInfo | None = None
        kind = piece.label_ if piece is not None else None
        if kind is not None and piece is not None:
            entries: tuple[Entry, ...] = self._meaning[(piece.start, piece.end)]
            entry = _best_entry(entries)
            if kind == "surname":
                first = _first_name(doc, piece.start, start, {t.i for m in titles for t in m})
                actor = by_surname(d, entry.key, first, day, country)
                if actor is not None:
                    info = person_on(d, actor, day, f"surname {piece.text!r}")
                elif titles or country:
                    info = self._titled(
                        doc,
                        doc[max(start, piece.start - 3) : end],
                        titles,
                        country,
                        country_how,
                        day,
                        name_span=doc[_name_start(doc, piece) : end],
                    )
                else:
                    info = ActorInfo(
                        doc[_name_start(doc, piece) : end].text,
                        None,
                        None,
                        "person",
                        how="unknown name",
                    )
            elif entry.kind in {"noun"}:
                # "opposition activists", "army officers": a telling compound decides the sector
                for c in piece.root.children:
                    cp = self._piece_at.get(c.i)
                    if c.dep_ == "compound" and cp is not None and cp.label_ == "noun":
                        ce = _best_entry(self._meaning[(cp.start, cp.end)])
                        if ce.sector in TELLING_SECTORS and entry.sector in VAGUE_SECTORS:
                            entry = replace(entry, sector=ce.sector)
                            start = min(start, cp.start)
                if country is None and not titles:
                    info = entry_info(d, entry, piece.text, day)
                else:
                    info = ActorInfo(
                        None,
                        country,
                        entry.sector,
                        "noun",
                        None,
                        None,
                        f"sector noun {piece.text!r} + {country_how}",
                    )
            elif entry.kind == "title":
                # "Director of the Federal Service ... (FSMTC) Dmitry Shugaev": a named apposition
                name = next(
                    (
                        c
                        for c in piece.root.children
                        if c.dep_ == "appos"
                        and c.pos_ == "PROPN"
                        and c.text[:1].isupper()
                        and c.i not in self._piece_at
                    ),
                    None,
                )
                name_span = (
                    doc[_name_start_tok(doc, name) : name.i + 1] if name is not None else None
                )
                if name is not None:
                    end = max(end, name.i + 1)
                info = self._titled(
                    doc,
                    doc[start:end],
                    [piece, *titles],
                    country,
                    country_how,
                    day,
                    name_span=name_span,
                )
            else:
                info = entry_info(d, entry, piece.text, day)
                if entry.kind == "person" and info.country is None and country:
                    info = replace(info, country=country)
                if entry.kind == "seat" and country and country != info.country:
                    # "the German Foreign Office": the named country's institution of that kind
                    info = replace(
                        info,
                        country=country,
                        name=None,
                        actor_id=None,
                        how=f"{info.how}, of {country_how}",
                    )
        elif head.pos_ == "PROPN" and (titles or country):
            name_span = doc[_name_start_tok(doc, head) : head.i + 1]
            info = self._titled(
                doc, doc[start:end], titles, country, country_how, day, name_span=name_span
            )
        elif head.lemma_.lower() in d.people_nouns or head.text.lower() in d.people_nouns:
            if country is None and not titles:
                return None
            sector = self._meaning[(titles[0].start, titles[0].end)][0].sector if titles else None
            info = ActorInfo(
                None,
                country,
                sector,
                "noun",
                None,
                None,
                f"{head.text!r} with {country_how or 'title'}",
            )
        elif (
            head.lemma_.lower() in d.place_nouns or head.text.lower() in d.place_nouns
        ) and country:
            info = ActorInfo(
                None, country, None, "place", None, None, f"place {head.text!r} of {country_how}"
            )
        elif country is not None and titles:
            info = self._titled(
                doc, doc[start:end], titles, country, country_how, day, name_span=None
            )
        if info is None:
            return None
        infos = [info]
        if info.kind in {"noun", "place"} and len(countries) > 1:
            infos += [
                replace(info, country=c, how=info.how.replace(country_how or "", how or ""))
                for c, how in countries[1:]
            ]
        # "in Syria", "at Minsk": a country or capital after a locative preposition is a place
        if info.kind == "country" and piece is not None and _locative(piece.root):
            infos = [
                replace(i, kind="place", sector=None, how=i.how + " (as a place)") for i in infos
            ]
        span = Span(doc, start, end, label=infos[0].kind)
        span._.actors = tuple(infos)
        return span

    def _titled(
        self,
        doc: Doc,
        span: Span,
        titles: list[Span],
        country: str | None,
        country_how: str | None,
        day: date | None,
        name_span: Span | None,
    ) -> ActorInfo:
        """A title with or without a name: "Chinese Defence Minister X", "the British prime minister"."""
        d = self.d
        title_entry = (
            _best_entry(self._meaning[(titles[0].start, titles[0].end)]) if titles else None
        )
        sector = title_entry.sector if title_entry else None
        office = title_entry.office if title_entry else None
        title_text = titles[0].text if titles else None
        title_toks = {t.i for m in titles for t in m}
        if name_span is not None:
            while len(name_span) > 1 and name_span[0].i in title_toks:
                name_span = name_span[1:]
        if country is None and title_entry is not None and title_entry.country:
            country, country_how = title_entry.country, f"title {title_text!r}"
        org = self._org_in(span, titles)
        if country is None and org is not None and org.country in d.sectorless:
            country, country_how = org.country, f"organisation {org.name!r}"
        if country in d.sectorless:
            sector = None
        if name_span is not None:
            sur = surname(name_span.text)
            if sur:
                actor = by_surname(
                    d, sur, name_span[0].text if len(name_span) > 1 else None, day, country
                )
                if actor is not None:
                    return person_on(d, actor, day, f"surname {sur!r} with title")
            how = f"title {title_text!r}" if title_text else "name"
            if country_how:
                how += f" + {country_how}"
            return ActorInfo(name_span.text, country, sector, "person", office, None, how)
        if country and title_text:
            norm = normalise(title_text)
            actor = None
            if norm in d.leader_titles:
                for off in LEADER_OFFICES:
                    actor = title_holder(d, country, "", off, day)
                    if actor:
                        break
            else:
                actor = title_holder(d, country, title_text, office, day, org.id if org else None)
            if actor is not None:
                return person_on(d, actor, day, f"title {title_text!r} + {country_how} on {day}")
        how = f"title {title_text!r}" + (f" + {country_how}" if country_how else "")
        return ActorInfo(None, country, sector, "title", office, None, how)

    def _org_in(self, span: Span, titles: list[Span]) -> OrgModel | None:
        """An organisation named inside a title phrase ("the UN secretary-general", "NATO chief")."""
        for tok in [*span, *(t for m in titles for t in m)]:
            for e in self.d.lookup(tok.text):
                if e.kind == "org":
                    return self.d.orgs[e.key]
        return None

    def _country_from_preps(
        self, doc: Doc, head: Token, titles: list[Span]
    ) -> tuple[str | None, str | None]:
        """ "lawmakers in Kyiv", "Director of the Federal Service ...": country from a prep phrase."""
        for tok in [head, *(t.root for t in titles)]:
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    entries = self._entries_near(doc, pobj)
                    for e in entries:
                        if e.kind in {"country", "capital", "seat", "adjective"}:
                            return e.country, f"{prep.text} {pobj.text}"
                        if e.kind == "org":
                            org = self.d.orgs[e.key]
                            if org.country not in {"IGO", "NGO", "IMG"}:
                                return org.country, f"{prep.text} {org.name}"
        return None, None

    def _entries_near(self, doc: Doc, tok: Token) -> list[Entry]:
        """Dictionary entries for the phrase headed by tok (tried longest first), or of the
        matched name the word sits in ("the Federal Service for Military-Technical Cooperation")."""
        piece = self._piece_at.get(tok.i)
        if piece is not None and piece.label_ != "surname":
            return list(self._meaning[(piece.start, piece.end)])
        sub = list(tok.subtree)
        left = [t for t in sub if t.i <= tok.i and t.dep_ not in {"det"}]
        for i in range(len(left)):
            text = doc[left[i].i : tok.i + 1].text
            found = self.d.lookup(text)
            if found:
                return found
        return []


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


def _owned(head: Token, piece_at: dict[int, Span], d: ActorDictionary) -> bool:
    """A possessive gives its country to groups and places ("Brazil's Congress", "Iran's morality
    police", "Ukraine's border"), not to events ("Modi's visit" stays Modi's own)."""
    p = piece_at.get(head.i)
    if p is not None and p.label_ in {"noun", "title"}:
        return True
    low = head.lemma_.lower()
    return low in d.place_nouns or low in d.nouns


def _capitalised(span: Span) -> bool:
    for t in span:
        if (
            t.lower_ in {"the", "of", "and", "for", "de", "al", "el", "ad", "an", "as"}
            or t.is_punct
        ):
            continue
        return t.text[:1].isupper() or t.text[:1].isdigit()
    return False


def _best_entry(entries: tuple[Entry, ...]) -> Entry:
    order = [
        "person",
        "org",
        "surname",
        "seat",
        "capital",
        "country",
        "people",
        "adjective",
        "title",
        "noun",
    ]
    return min(entries, key=lambda e: order.index(e.kind) if e.kind in order else 99)


def _top_head(tok: Token, piece_at: dict[int, Span]) -> int:
    """The token a modifier attaches to; hops over compound chains to the phrase head."""
    seen = 0
    while tok.dep_ == "compound" and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
    p = piece_at.get(tok.i)
    return p.root.i if p is not None else tok.i


def _countries_from(
    d: ActorDictionary,
    mods: list[Span],
    day: date | None,
    meaning: dict[tuple[int, int], tuple[Entry, ...]],
) -> list[tuple[str, str]]:
    """Countries the modifiers give: demonyms, country names, capitals, or a person's role."""
    out: list[tuple[str, str]] = []
    for m in sorted(mods, key=lambda s: s.start):
        e = _best_entry(meaning[(m.start, m.end)])
        code = None
        if e.kind in {"adjective", "country", "capital", "people", "seat"}:
            code = e.country
        elif e.kind == "person":
            role = d.people[e.key].role_on(day)
            code = role.country if role else e.country
        elif e.kind == "org":
            org = d.orgs[e.key]
            code = org.country  # "NATO troops", "UN peacekeepers", "Quad partners"
        if code and code not in [c for c, _ in out]:
            out.append((code, f"{e.kind} {m.text!r}"))
    return out


def _locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _first_name(doc: Doc, surname_start: int, phrase_start: int, titles: set[int]) -> str | None:
    """The given name just before a surname, if there is one ("President Putin" has none)."""
    i = surname_start - 1
    if (
        i >= phrase_start
        and i >= 0
        and i not in titles
        and doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
    ):
        return doc[i].text
    return None


def _name_start(doc: Doc, piece: Span) -> int:
    i = piece.start
    while (
        i > 0
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].dep_ == "compound"
        and doc[i - 1].text[:1].isupper()
    ):
        i -= 1
    return i


def _name_start_tok(doc: Doc, head: Token) -> int:
    i = head.i
    while (
        i > 0
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].dep_ in {"compound", "flat"}
        and doc[i - 1].text[:1].isupper()
    ):
        i -= 1
    return i


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
        span._.actors = (ActorInfo(ent.text, None, None, "person", None, None, "unknown name"),)
        out.append(span)
    return out
