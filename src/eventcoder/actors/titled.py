"""Titles and the countries around a phrase: "Chinese Defence Minister X", "lawmakers in Kyiv",
"the NATO secretary general"; who holds a title on a day, and which words gave the country."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventcoder.actors.context import MatchContext, best_entry
from eventcoder.actors.dictionary import ActorDictionary, Entry, OrgModel, normalise, surname
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule, because
from eventcoder.actors.resolve import LEADER_OFFICES, by_surname, person_on, title_holder
from eventcoder.ontology.plover import NON_STATE

PLACE_PREPS = {"in", "of", "from", "at"}
# a state's posts abroad: "in"/"at" says where the post is, not whose ("our embassy in Minsk")
POSTS = {"embassy", "embassies", "consulate", "consulates", "legation", "chancery"}
# "a spokesman for the PMF": an office "for" an organisation serves it (never a country after
# "for": "the Special Envoy for Yemen" is the envoy's subject, not his country)
SERVED_PREP = "for"


def titled(
    ctx: MatchContext,
    span: Span,
    titles: list[Span],
    country: str | None,
    country_how: Reason | None,
    name_span: Span | None,
) -> ActorInfo:
    """A title with or without a name: "Chinese Defence Minister X", "the British prime minister"."""
    d, day = ctx.d, ctx.day
    title_entry = best_entry(ctx.meaning[(titles[0].start, titles[0].end)]) if titles else None
    sector = title_entry.sector if title_entry else None
    office = title_entry.office if title_entry else None
    title_text = titles[0].text if titles else None
    title_toks = {t.i for m in titles for t in m}
    if name_span is not None:
        while len(name_span) > 1 and name_span[0].i in title_toks:
            name_span = name_span[1:]
    if country is None and title_entry is not None and title_entry.country:
        country, country_how = title_entry.country, because(Rule.TITLE, title_text)
    org = _org_in(ctx, span, titles)
    if country is None and org is not None and org.country in d.sectorless:
        country, country_how = org.country, because(Rule.ORGANISATION, org.name)
    if country in d.sectorless:
        sector = None
    if name_span is not None:
        sur = surname(name_span.text)
        if sur:
            first = name_span[0].text if len(name_span) > 1 else None
            named = ctx.named_before(name_span.start)
            actor = by_surname(
                d, sur, first, day, country, office, ctx.prefer, sector, named, None, title_text
            )
            if actor is not None:
                return person_on(d, actor, day, because(Rule.SURNAME_WITH_TITLE, sur))
        how = because(Rule.TITLE, title_text) if title_text else because(Rule.NAME)
        if country_how:
            how = because(Rule.PLUS_COUNTRY, how, country_how)
        return ActorInfo(name_span.text, country, sector, ActorKind.PERSON, office, None, how)
    if country and title_text:
        norm = normalise(title_text)
        actor = None
        if norm in d.leader_titles:
            for off in LEADER_OFFICES:
                actor = title_holder(d, country, "", off, day)
                if actor:
                    break
        else:
            for form in _title_forms(ctx, span, titles, title_text, org):
                found = d.holders(country, None, form, day, exact=True)
                if len(found) == 1:
                    actor = found[0]
                    break
            if actor is None:
                org_id = org.id if org is not None and org.kind != "region" else None
                actor = title_holder(d, country, title_text, office, day, org_id)
        if actor is not None:
            held = because(Rule.PLUS_COUNTRY, because(Rule.TITLE, title_text), country_how)
            return person_on(d, actor, day, because(Rule.TITLE_HOLDER, held, day))
    how = because(Rule.TITLE, title_text)
    if country_how:
        how = because(Rule.PLUS_COUNTRY, how, country_how)
    return ActorInfo(None, country, sector, ActorKind.TITLE, office, None, how)


def _org_in(ctx: MatchContext, span: Span, titles: list[Span]) -> OrgModel | None:
    """An organisation named inside a title phrase ("the UN secretary-general", "NATO chief",
    "Fed chairman"): a matched organisation, or a word of the title; never a word of another
    name ("Papua" in "Papua New Guinea's prime minister")."""
    for tok in span:
        p = ctx.piece_at.get(tok.i)
        if p is not None and p.label_ == ActorKind.ORG:
            return ctx.d.orgs[best_entry(ctx.meaning[(p.start, p.end)]).key]
    for tok in (t for m in titles for t in m):
        for e in ctx.d.lookup(tok.text):
            if e.kind == ActorKind.ORG:
                return ctx.d.orgs[e.key]
    return None


def _title_forms(
    ctx: MatchContext, span: Span, titles: list[Span], title_text: str, org: OrgModel | None
) -> list[str]:
    """The ways a data file may write the office a phrase names, for an exact title match:
    "FBI Director" as written, "Governor of California" with its "of" phrase, "Fed chairman" as
    "Chairman of the Federal Reserve", "Bank of Japan governor" as "Governor of the Bank of Japan"
    (the organisation's names around the rest of the title)."""
    words = [
        t
        for t in span
        if t.dep_ not in {"det", "case", "poss"}
        and not (
            (p := ctx.piece_at.get(t.i)) is not None
            and p.label_ in {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.PEOPLE}
        )
    ]
    forms = [" ".join(t.text for t in words)] if words else []
    for m in titles:
        for prep in m.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        tail = ctx.doc[pobj.left_edge.i : pobj.i + 1].text
                        forms.append(f"{m.text} of {tail}")
    if org is not None:
        names = {normalise(n) for n in (org.name, *org.aliases)}
        rest = " ".join(w for w in normalise(title_text).split() if w not in names)
        if rest:
            for n in (org.name, *org.aliases):
                forms += [f"{rest} of the {n}", f"{rest} of {n}", f"{n} {rest}"]
    return [f for f in forms if normalise(f) != normalise(title_text)]


def country_of_leader(
    d: ActorDictionary,
    mods: list[Span],
    day: date | None,
    meaning: dict[tuple[int, int], tuple[Entry, ...]],
) -> tuple[str | None, Reason | None]:
    """ "the Trump administration", "the Ortega regime": a body named after its leader is of
    the country the leader serves on the day (or served last: "the Trump administration" looked
    back on in a later year)."""
    for m in mods:
        e = best_entry(meaning[(m.start, m.end)])
        if e.kind != ActorKind.SURNAME or m.root.dep_ != "compound":
            continue
        actor = by_surname(d, e.key, None, day)
        if actor is not None and actor.roles:
            role = actor.role_on(day) or actor.roles[-1]
            return role.country, because(Rule.MODIFIER, e.kind, m.text)
    return None, None


def country_from_preps(
    ctx: MatchContext, head: Token, titles: list[Span]
) -> tuple[str | None, Reason | None]:
    """ "lawmakers in Kyiv", "Director of the Federal Service ...": country from a prep phrase."""
    title_roots = {t.root.i for t in titles}
    if (p := ctx.piece_at.get(head.i)) is not None and any(
        e.kind == ActorKind.TITLE for e in ctx.meaning.get((p.start, p.end), ())
    ):
        title_roots.add(head.i)  # a title alone ("a spokesman for the PMF") heads its mention
    for tok in [head, *(t.root for t in titles)]:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == SERVED_PREP and tok.i in title_roots:
                country, how = _served_org(ctx, prep)
                if country is not None:
                    return country, how
                continue
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            if prep.lower_ in {"in", "at"} and tok.lower_ in POSTS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                entries = _entries_near(ctx, pobj)
                for e in entries:
                    if e.kind in {
                        ActorKind.COUNTRY,
                        ActorKind.CAPITAL,
                        ActorKind.SEAT,
                        ActorKind.ADJECTIVE,
                    }:
                        return e.country, because(Rule.PREPOSITION, prep.text, pobj.text)
                    if e.kind == ActorKind.ORG:
                        org = ctx.d.orgs[e.key]
                        if org.country not in NON_STATE:
                            return org.country, because(Rule.PREPOSITION, prep.text, org.name)
                # "President of the Central Bank of Nicaragua": the body's own country
                if prep.lower_ == "of" and entries and entries[0].kind == ActorKind.NOUN:
                    country, how = country_from_preps(ctx, pobj, [])
                    if country is not None:
                        return country, how
    return None, None


def _served_org(ctx: MatchContext, prep: Token) -> tuple[str | None, Reason | None]:
    """The country of a state's organisation an office is "for" ("a spokesman for the PMF")."""
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        for e in _entries_near(ctx, pobj):
            if e.kind == ActorKind.ORG:
                org = ctx.d.orgs[e.key]
                if org.country not in NON_STATE:
                    return org.country, because(Rule.PREPOSITION, prep.text, org.name)
    return None, None


def _entries_near(ctx: MatchContext, tok: Token) -> list[Entry]:
    """Dictionary entries for the phrase headed by tok (tried longest first), or of the
    matched name the word sits in ("the Federal Service for Military-Technical Cooperation")."""
    piece = ctx.piece_at.get(tok.i)
    if piece is not None and piece.label_ != ActorKind.SURNAME:
        return list(ctx.meaning[(piece.start, piece.end)])
    sub = list(tok.subtree)
    left = [t for t in sub if t.i <= tok.i and t.dep_ not in {"det"}]
    for i in range(len(left)):
        text = ctx.doc[left[i].i : tok.i + 1].text
        found = ctx.d.lookup(text)
        if found:
            return found
    return []


def countries_from(
    d: ActorDictionary,
    mods: list[Span],
    day: date | None,
    meaning: dict[tuple[int, int], tuple[Entry, ...]],
) -> list[tuple[str, Reason]]:
    """Countries the modifiers give: demonyms, country names, capitals, or a person's role."""
    out: list[tuple[str, Reason]] = []
    for m in sorted(mods, key=lambda s: s.start):
        e = best_entry(meaning[(m.start, m.end)])
        code = None
        if e.kind in {
            ActorKind.ADJECTIVE,
            ActorKind.COUNTRY,
            ActorKind.CAPITAL,
            ActorKind.PEOPLE,
            ActorKind.SEAT,
        }:
            code = e.country
        elif e.kind == ActorKind.PERSON:
            role = d.people[e.key].role_on(day)
            code = role.country if role else e.country
        elif e.kind == ActorKind.ORG:
            org = d.orgs[e.key]
            code = org.country  # "NATO troops", "UN peacekeepers", "Quad partners"
        if code and code not in [c for c, _ in out]:
            out.append((code, because(Rule.MODIFIER, e.kind, m.text)))
    return out
