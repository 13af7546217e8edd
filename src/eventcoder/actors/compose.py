"""Composition rules: join dictionary pieces to the words they modify and resolve each phrase.

"Russian", "President" and "Putin" are three pieces; the dependency parse makes them one mention,
resolved for the publication date. Everything one document needs is in a MatchContext, so one
matcher can serve several documents at once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventcoder.actors.compose_words import (
    BACKED_WORDS,
    COUNTRY_KINDS,
    JOINERS,
    LED_WORDS,
    LOCATIVE_PREPS,
    MODIFIER_DEPS,
    ORIGIN_WORDS,
    PARTY_FAMILY_WORDS,
    TELLING_SECTORS,
    VAGUE_SECTORS,
)
from eventcoder.actors.context import MatchContext, best_entry
from eventcoder.actors.dictionary import ActorDictionary, Entry
from eventcoder.actors.hyphens import hyphen_end
from eventcoder.actors.names import (
    name_start,
    name_start_tok,
    office_fits,
    surname_person,
    title_before_name,
)
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.actors.resolve import entry_info, person_on
from eventcoder.actors.titled import (
    countries_from,
    country_from_preps,
    country_of_leader,
    titled,
)
from eventcoder.nlp.scan import indices_with


def compose(ctx: MatchContext, pieces: list[Span]) -> list[Span]:
    """Join modifier pieces to the heads they modify and resolve each phrase as one mention."""
    doc, d = ctx.doc, ctx.d
    piece_at = ctx.piece_at
    ctx.joiners = indices_with(doc, LOWER, JOINERS)
    for p in pieces:
        for t in p:
            piece_at[t.i] = p
    pieces = [title_before_name(ctx, p) for p in pieces]
    for p in pieces:
        for t in p:
            piece_at[t.i] = p
    heads: dict[int, list[Span]] = defaultdict(list)  # head token index -> modifier pieces
    head_pieces: list[Span] = []
    for p in pieces:
        root = p.root
        h = root.head
        entries: tuple[Entry, ...] = ctx.meaning[(p.start, p.end)]
        kind = entries[0].kind
        is_modifier = (
            root.dep_ in MODIFIER_DEPS
            and (root.dep_ != "poss" or _owned(h, piece_at, d))
            and h.i not in range(p.start, p.end)
            and h.pos_ in {"NOUN", "PROPN"}
            and kind not in {ActorKind.NOUN}
            and not (
                kind in {ActorKind.PERSON, ActorKind.SURNAME, ActorKind.ORG}
                and root.dep_ not in {"compound", "amod", "nmod"}
            )
        )
        if kind == ActorKind.TITLE and root.dep_ == "appos":
            is_modifier = True
        if (
            kind in {ActorKind.ADJECTIVE, ActorKind.COUNTRY, ActorKind.CAPITAL, ActorKind.TITLE}
            and root.dep_ == "compound"
        ):
            is_modifier = h.pos_ in {"NOUN", "PROPN"}
        # "X-led coalition": the leader's country is the coalition's
        if (
            kind in {ActorKind.ADJECTIVE, ActorKind.COUNTRY}
            and h.lemma_.lower() in LED_WORDS
            and h.dep_ in {"amod", "compound"}
            and h.head.pos_ in {"NOUN", "PROPN"}
        ):
            is_modifier, h = True, h.head
        if (
            kind in {ActorKind.ADJECTIVE, ActorKind.COUNTRY, ActorKind.PEOPLE}
            and h.lemma_.lower() in BACKED_WORDS
            and root.dep_ in {"npadvmod", "advmod", "amod", "compound"}
            and h.dep_ in {"amod", "compound"}
        ):
            continue  # "Russian-backed separatists": the backer is neither the group nor its country
        if (
            kind in {ActorKind.ADJECTIVE, ActorKind.COUNTRY, ActorKind.PEOPLE}
            and p.end + 1 < len(doc)
            and doc[p.end].text == "-"
            and doc[p.end + 1].lower_ in ORIGIN_WORDS
        ):
            continue  # "French-speaking villages", "Russian-origin arms": a language or an origin
        if kind in COUNTRY_KINDS and not is_modifier and root.dep_ != "pobj":
            # "Hong Kong riot police" parsed as subject and verb: a country word right before a
            # sector noun is that noun's
            nxt = piece_at.get(p.end)
            if nxt is not None and nxt.label_ == ActorKind.NOUN:
                is_modifier, h = True, nxt.root
        if kind == ActorKind.TITLE and not is_modifier:
            # "... and Cameroonian Defence Minister Paul Ekotto" parsed with the title as a conjunct
            # of the first name: a title right before a name is that name's
            named = _name_after(doc, p, piece_at)
            if named is not None:
                is_modifier, h = True, named
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
            and p.label_ in {ActorKind.ADJECTIVE, ActorKind.COUNTRY}
        ):
            heads[mod_head[root.head.i]].append(p)
            head_pieces.remove(p)
    mentions: list[Span] = []
    used: set[int] = set()
    for p in head_pieces:
        mods = heads.pop(p.root.i, [])
        for t in p:
            mods += heads.pop(t.i, [])
        for m in _mentions(ctx, p, p.root, mods):
            mentions.append(m)
            used.update(range(m.start, m.end))
    # heads that are not pieces: unknown names with titles, "four Saudi men", "Russian media"
    for hi, mods in heads.items():
        if hi in used:
            continue
        found = _mentions(ctx, None, doc[hi], mods)
        if found:
            mentions += found
            continue
        # "Russian strikes", "Iranian missile strikes": the modifier is an actor on its own
        # (but not in "Russian-backed separatists": the backer is not the doer)
        for p in mods:
            if p.root.head.lemma_.lower() in BACKED_WORDS and p.root.head.dep_ in {
                "amod",
                "compound",
            }:
                continue
            e = best_entry(ctx.meaning[(p.start, p.end)])
            if e.kind in {
                ActorKind.ADJECTIVE,
                ActorKind.PEOPLE,
                ActorKind.COUNTRY,
                ActorKind.ORG,
                ActorKind.PERSON,
                ActorKind.CAPITAL,
            }:
                span = Span(doc, p.start, p.end, label=e.kind)
                span._.actors = (entry_info(d, e, p.text, ctx.day),)
                mentions.append(span)
    return filter_spans(mentions)


def _mentions(ctx: MatchContext, piece: Span | None, head: Token, mods: list[Span]) -> list[Span]:
    """The mention of a head and its modifiers, or several when the modifiers hold two titled
    people joined by "and" or a comma ("US Secretary of State X and Turkish Foreign Minister Y",
    which a parse may hang on Y alone): each conjunct is its own mention with its own country."""
    at = _title_join(ctx, piece, head, mods)
    if at is None:
        m = _mention(ctx, piece, head, mods)
        return [m] if m is not None else []
    doc = ctx.doc
    last = at - 1
    while last > 0 and doc[last].is_punct:
        last -= 1
    left = [m for m in mods if m.end <= last + 1]
    right = [m for m in mods if m.start > at]
    left_piece = next((m for m in left if m.start <= last < m.end), None)
    if left_piece is not None:
        left.remove(left_piece)
    return _mentions(ctx, left_piece, doc[last], left) + _mentions(ctx, piece, head, right)


def renamed_org(ctx: MatchContext, piece: Span | None, start: int, named_from: int) -> bool:
    """ "the Social Democrats", "the Christian Democrats", "the Free Democrats": proper nouns no
    entry knows before a one-word organisation name make the name of another body, not a
    member of that one (the US "Democrats"); "Senate Democrats", "House Republicans" keep it."""
    if piece is None or len(piece) != 1 or start >= named_from:
        return False
    if best_entry(ctx.meaning[(piece.start, piece.end)]).kind != ActorKind.ORG:
        return False
    return any(
        t not in ctx.piece_at and ctx.doc[t].lower_ in PARTY_FAMILY_WORDS
        for t in range(start, named_from)
    )


def _title_join(ctx: MatchContext, piece: Span | None, head: Token, mods: list[Span]) -> int | None:
    """Where one titled person ends and the next begins among a head's modifiers: the last
    "and" or comma (outside any dictionary piece) with a title and a name before it and a title
    after it. "U.S. and South Korean troops" (no titles) stays one mention of two countries."""
    titles = [m for m in mods if m.label_ == ActorKind.TITLE]
    # what can place the first person: a title, a demonym, an organisation ("Nigerian Army Chief")
    placing = [m for m in mods if m.label_ not in {ActorKind.SURNAME, ActorKind.PERSON}]
    end = piece.start if piece is not None else head.i
    joiners = ctx.joiners
    for right_title in sorted(titles, key=lambda m: m.start, reverse=True):
        # joiners before the title and before the head, nearest first (none at the first token)
        for k in reversed(joiners[: bisect_left(joiners, min(right_title.start, end))]):
            if k < 1:
                break
            if k in ctx.piece_at:
                continue
            name = k - 1
            while name > 0 and ctx.doc[name].is_punct:
                name -= 1
            if ctx.doc[name].pos_ != "PROPN" or not any(t.end <= name for t in placing):
                continue
            if any(t.start <= name < t.end for t in placing):
                continue  # "the Prime Minister and the Foreign Minister Y": no name before "and"
            return k
    return None


def _mention(ctx: MatchContext, piece: Span | None, head: Token, mods: list[Span]) -> Span | None:
    doc, d, day = ctx.doc, ctx.d, ctx.day
    countries = countries_from(d, mods, day, ctx.meaning)
    country, country_how = countries[0] if countries else (None, None)
    titles = [m for m in mods if m.label_ == ActorKind.TITLE]
    orgs = [m for m in mods if m.label_ == ActorKind.ORG]
    if country is None:
        country, country_how = country_from_preps(ctx, head, titles)
    if country is None and orgs:
        org = d.orgs[ctx.meaning[(orgs[0].start, orgs[0].end)][0].key]
        country, country_how = org.country, because(Rule.ORGANISATION, org.name)
        countries = [(org.country, country_how)]
    start = min([head.i, *(m.start for m in mods)])
    if piece is not None:
        start = min(start, piece.start)
    end = piece.end if piece is not None else head.i + 1
    # extend over proper-noun compounds of the head (first names, initials)
    named_from = start
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i in range(start, end)
        and doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    if renamed_org(ctx, piece, start, named_from):
        return None
    info: ActorInfo | None = None
    kind = piece.label_ if piece is not None else None
    if kind is not None and piece is not None:
        entries: tuple[Entry, ...] = ctx.meaning[(piece.start, piece.end)]
        entry = best_entry(entries)
        if kind == ActorKind.SURNAME:
            actor = surname_person(ctx, piece, entry.key, start, titles, country)
            if actor is not None:
                info = person_on(d, actor, day, because(Rule.SURNAME, piece.text))
            elif titles or country:
                info = titled(
                    ctx,
                    doc[max(start, piece.start - 3) : end],
                    titles,
                    country,
                    country_how,
                    name_span=doc[name_start(doc, piece) : end],
                )
            else:
                info = ActorInfo(
                    doc[name_start(doc, piece) : end].text,
                    None,
                    None,
                    ActorKind.PERSON,
                    how=because(Rule.UNKNOWN_NAME),
                )
        elif entry.kind in {ActorKind.NOUN}:
            # "opposition activists", "army officers": a telling compound decides the sector
            for c in piece.root.children:
                cp = ctx.piece_at.get(c.i)
                if c.dep_ == "compound" and cp is not None and cp.label_ == ActorKind.NOUN:
                    ce = best_entry(ctx.meaning[(cp.start, cp.end)])
                    if ce.sector in TELLING_SECTORS and entry.sector in VAGUE_SECTORS:
                        entry = entry._replace(sector=ce.sector)
                        start = min(start, cp.start)
            if country is None and not titles:
                country, country_how = country_of_leader(d, mods, day, ctx.meaning)
            if country is None and not titles:
                info = entry_info(d, entry, piece.text, day)
            else:
                # "Afghan aid workers" are AFG with no sector (aid workers alone are NGO); "UN
                # peacekeepers" keep MIL: the noun says what kind of body acts, not an official
                sectorless = entry.sector in d.sectorless
                info = ActorInfo(
                    None,
                    country,
                    None if sectorless else entry.sector,
                    ActorKind.NOUN,
                    None,
                    None,
                    because(Rule.PLUS_COUNTRY, because(Rule.SECTOR_NOUN, piece.text), country_how),
                )
        elif entry.kind == ActorKind.TITLE:
            # "Director of the Federal Service ... (FSMTC) Dmitry Shugaev": a named apposition
            name = next(
                (
                    c
                    for c in piece.root.children
                    if c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and c.text[:1].isupper()
                    and _free_name(ctx, c)
                ),
                None,
            )
            name_span = doc[name_start_tok(doc, name) : name.i + 1] if name is not None else None
            if name is not None:
                end = max(end, name.i + 1)
            info = titled(
                ctx,
                doc[start:end],
                [piece, *titles],
                country,
                country_how,
                name_span=name_span,
            )
        elif entry.kind == ActorKind.PERSON and titles and not office_fits(ctx, entry, titles[0]):
            # "Foreign Minister Francis" is no Pope Francis: a name whose holder never had the
            # title's office is a titled person the dictionary does not know
            info = titled(ctx, doc[start:end], titles, country, country_how, name_span=piece)
        else:
            info = entry_info(d, entry, piece.text, day)
            if entry.kind == ActorKind.PERSON and info.country is None and country:
                info = replace(info, country=country)
            if entry.kind == ActorKind.SEAT and country and country != info.country:
                # "the German Foreign Office": the named country's institution of that kind
                info = replace(
                    info,
                    country=country,
                    name=None,
                    actor_id=None,
                    how=because(Rule.SEAT_OF, info.how, country_how),
                )
    elif head.pos_ == "PROPN" and (titles or country):
        name_end = hyphen_end(doc, head.i + 1)  # "Heidemarie Wieczorek-Zeul"
        end = max(end, name_end)
        name_span = doc[name_start_tok(doc, head) : name_end]
        info = titled(ctx, doc[start:end], titles, country, country_how, name_span=name_span)
    elif head.lemma_.lower() in d.people_nouns or head.text.lower() in d.people_nouns:
        if country is None and not titles:
            return None
        sector = ctx.meaning[(titles[0].start, titles[0].end)][0].sector if titles else None
        info = ActorInfo(
            None,
            country,
            sector,
            ActorKind.NOUN,
            None,
            None,
            because(Rule.PEOPLE_NOUN, head.text, country_how),
        )
    elif (head.lemma_.lower() in d.place_nouns or head.text.lower() in d.place_nouns) and country:
        info = ActorInfo(
            None,
            country,
            None,
            ActorKind.PLACE,
            None,
            None,
            because(Rule.PLACE_NOUN, head.text, country_how),
        )
    elif country is not None and titles:
        info = titled(ctx, doc[start:end], titles, country, country_how, name_span=None)
    if info is None:
        return None
    infos = [info]
    if info.kind in {ActorKind.NOUN, ActorKind.PLACE} and len(countries) > 1 and country_how:
        infos += [
            replace(info, country=c, how=info.how.swap(country_how, how))
            for c, how in countries[1:]
        ]
    # "in Syria", "at Minsk", "fighting in Tigray": a country, capital or region after a
    # locative preposition is a place (the event's location), not an actor
    if (
        (info.kind == ActorKind.COUNTRY or _region(d, info))
        and piece is not None
        and _locative(piece.root)
    ):
        infos = [
            replace(i, kind=ActorKind.PLACE, sector=None, how=because(Rule.AS_PLACE, i.how))
            for i in infos
        ]
    span = Span(doc, start, end, label=infos[0].kind)
    span._.actors = tuple(infos)
    return span


def _region(d: ActorDictionary, info: ActorInfo) -> bool:
    """A province, state or region of a country (data kind `region`: Tigray, Catalonia)."""
    org = d.orgs.get(info.actor_id or "") if info.kind == ActorKind.ORG else None
    return org is not None and org.kind == "region"


def _name_after(doc: Doc, title: Span, piece_at: dict[int, Span]) -> Token | None:
    """The last word of a capitalised name that follows a title and does not hang on it."""
    last = None
    i = title.end
    while i < len(doc):
        tok = doc[i]
        p = piece_at.get(i)
        if (
            tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or tok.ent_type_ in {"DATE", "TIME"}
            or (p is not None and p.label_ not in {ActorKind.SURNAME, ActorKind.PERSON})
        ):
            break
        last = tok
        i += 1
    if last is None or title.root.head.i in range(title.end, last.i + 1):
        return None
    return last


def _owned(head: Token, piece_at: dict[int, Span], d: ActorDictionary) -> bool:
    """A possessive gives its country to groups and places ("Brazil's Congress", "Iran's morality
    police", "Ukraine's border", "Germany's Foreign Office"), not to events ("Modi's visit" stays
    Modi's own)."""
    p = piece_at.get(head.i)
    if p is not None and p.label_ in {ActorKind.NOUN, ActorKind.TITLE, ActorKind.SEAT}:
        return True
    low = head.lemma_.lower()
    return low in d.place_nouns or low in d.nouns


def _top_head(tok: Token, piece_at: dict[int, Span]) -> int:
    """The token a modifier attaches to; hops over compound chains to the phrase head."""
    seen = 0
    while tok.dep_ == "compound" and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
    p = piece_at.get(tok.i)
    return p.root.i if p is not None else tok.i


def _locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _free_name(ctx: MatchContext, tok: Token) -> bool:
    """A name in apposition to a title that no piece claims, or whose surname the dictionary
    knows only for other people ("The mayor of London, Sadiq Khan": not Imran Khan)."""
    piece = ctx.piece_at.get(tok.i)
    if piece is None:
        return True
    if piece.label_ != ActorKind.SURNAME:
        return False
    given = [
        t.lower_ for t in ctx.doc[name_start_tok(ctx.doc, tok) : tok.i] if t.text[:1].isupper()
    ]
    if not given:
        return False
    people = ctx.d.people
    entries = ctx.meaning.get((piece.start, piece.end), ())
    return not any(
        e.key in people and given[0] in people[e.key].name.lower().split() for e in entries
    )
