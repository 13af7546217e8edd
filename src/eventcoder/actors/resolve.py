"""Dated resolution: who an entry, title or name is on a given day, and why."""

from __future__ import annotations

from datetime import date
from difflib import SequenceMatcher

from eventcoder.actors.dictionary import ActorDictionary, Entry, normalise
from eventcoder.actors.models import STATE_SECTORS
from eventcoder.actors.phrases import fold
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule, because
from eventcoder.records import Actor

# the sectors of public office (a state's bodies, the intergovernmental organisations) and of
# people who fight or break the law outside it
PUBLIC_SECTORS = STATE_SECTORS | {"IGO"}
ARMED_SECTORS = {"REB", "UAF", "PRM", "CRM"}
# branches of the state whose titles ("Judge", "Senator", "General") fit only their own members
BRANCH_SECTORS = {"JUD", "LEG", "MIL", "COP"}

LEADER_OFFICES = ("head_of_state", "head_of_government")
# titles of a post someone is appointed to for a mission, which the data always writes out in
# the post's title ("Special Envoy for Yemen")
APPOINTED_WORDS = {"envoy"}


def person_on(d: ActorDictionary, actor: Actor, day: date | None, how: Reason) -> ActorInfo:
    """A dictionary person as of `day`; out of office, they keep their last country, no sector."""
    role = actor.role_on(day)
    if role is not None:
        return ActorInfo(
            actor.name,
            role.country,
            role.sector,
            ActorKind.PERSON,
            role.office,
            actor.id,
            because(Rule.PERSON_ROLE, how, role.title or role.office, role.start, role.end),
        )
    past = [r for r in actor.roles if day is None or (r.start and r.start <= day)]
    last = max(past or list(actor.roles), key=lambda r: r.start or date.min, default=None)
    country = last.country if last else None
    ended = [r for r in past if r.end and day is not None and r.end <= day]
    if ended and country not in d.sectorless:
        # a former office holder after the term is an elite (ELI), as in ICEWS and POLECAT
        done = max(ended, key=lambda r: r.end or date.min)
        return ActorInfo(
            actor.name,
            done.country,
            "ELI",
            ActorKind.PERSON,
            None,
            actor.id,
            because(Rule.FORMER, how, done.title or done.office, done.start, done.end),
        )
    return ActorInfo(
        actor.name,
        country,
        None,
        ActorKind.PERSON,
        None,
        actor.id,
        because(Rule.NO_OFFICE, how, day),
    )


def entry_info(d: ActorDictionary, entry: Entry, text: str, day: date | None) -> ActorInfo:
    """Resolve one dictionary entry as a stand-alone actor."""
    if entry.kind == ActorKind.PERSON:
        return person_on(d, d.people[entry.key], day, because(Rule.DICTIONARY_PERSON, entry.key))
    if entry.kind == ActorKind.ORG:
        org = d.orgs[entry.key]
        for r in org.roles:
            if (
                day is not None
                and (r.start is None or r.start <= day)
                and (r.end is None or day < r.end)
            ):
                return ActorInfo(
                    org.name,
                    r.country,
                    r.sector,
                    ActorKind.ORG,
                    r.office,
                    org.id,
                    because(Rule.ORG_ROLE, org.id, r.title or r.sector, r.start, r.end),
                )
        return ActorInfo(
            org.name,
            org.country,
            org.sector,
            ActorKind.ORG,
            None,
            org.id,
            because(Rule.DICTIONARY_ORG, org.id),
        )
    if entry.kind in {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.PEOPLE}:
        c = d.countries[entry.key]
        how = because(Rule.COUNTRY_WORD, entry.kind, text)
        return ActorInfo(c.name, c.code, None, ActorKind.COUNTRY, None, c.code, how)
    if entry.kind in {ActorKind.CAPITAL, ActorKind.SEAT}:
        c = d.countries[entry.key]
        return ActorInfo(
            c.name,
            c.code,
            entry.sector,
            ActorKind.COUNTRY,
            None,
            c.code,
            because(Rule.STANDS_FOR, entry.kind, text, entry.sector, c.name),
        )
    if entry.kind == ActorKind.TITLE:
        how = because(Rule.TITLE, text)
        return ActorInfo(None, None, entry.sector, ActorKind.TITLE, entry.office, None, how)
    how = because(Rule.SECTOR_NOUN, text)
    if entry.sector in d.sectorless:
        # "aid workers": the pseudo-country NGO (or IGO), whose actors carry no sector
        return ActorInfo(None, entry.sector, None, ActorKind.NOUN, None, None, how)
    return ActorInfo(None, None, entry.sector, ActorKind.NOUN, None, None, how)


def first_name_fits(given: str, actor: Actor) -> bool:
    """Does a written first name fit the person's (spelling slips allowed: Vladamir ~ Vladimir)?"""
    given = fold(normalise(given)).rstrip(".")
    for full in (actor.name, *actor.aliases):
        parts = fold(normalise(full)).split()
        if len(parts) < 2:
            continue
        first = parts[0].rstrip(".")
        if given == first or (len(given) == 1 and first.startswith(given)):
            return True
        if given[:1] == first[:1] and SequenceMatcher(None, given, first).ratio() >= 0.75:
            return True
    return False


def by_surname(
    d: ActorDictionary,
    sur: str,
    first: str | None,
    day: date | None,
    country: str | None = None,
    office: str | None = None,
    prefer: frozenset[str] = frozenset(),
    sector: str | None = None,
    named: frozenset[str] = frozenset(),
    gender: str | None = None,
    title: str | None = None,
) -> Actor | None:
    """Pick the person a surname means on a day: one the document has named in full before
    (`named`: "Kim" after "Kim Jong Un"), else the one in office (the one holding `office`,
    when the title names it: "President Bush" while another Bush is a governor; with no title,
    the one who leads a state: "Moon" while another Moon chairs a parliament), then the most
    recent. With no country in the phrase, namesakes of the countries the document names
    (`prefer`) come first: "Morales" in a text about Bolivia. A title of public office
    (`sector`) rules out a namesake known only from an armed group: "Assistant Secretary
    Sison" is no rebel leader of that name, and a title of a branch of the state other than
    government ("Judge", "Senator", "General") one who never served in that branch. A courtesy
    title gives the `gender` ("Ms. Chamorro"). Namesakes whose offices bear the `title`'s word
    come first: "Ambassador Kim" is the ambassador, not another Kim in office; an envoy's
    title (APPOINTED_WORDS) rules out every namesake who was never an envoy."""
    cands = [d.people[i] for i in d.surnames.get(fold(normalise(sur)), [])]
    if sector is not None:
        cands = [a for a in cands if _may_hold(a, sector)]
    if gender is not None:
        cands = [a for a in cands if d.genders.get(a.id, gender) == gender]
    if first:
        cands = [a for a in cands if first_name_fits(first, a)]
    if len(cands) > 1 and named:
        cands = [a for a in cands if a.id in named] or cands
    if title and fold(normalise(title)).split()[-1] in APPOINTED_WORDS:
        # "Special Envoy Carstens" is no central banker named Carstens: an envoy's title fits
        # only a namesake who held an envoy's post
        word = fold(normalise(title)).split()[-1]
        cands = [a for a in cands if any(word in fold(normalise(r.title or "")) for r in a.roles)]
    if len(cands) > 1 and title:
        word = fold(normalise(title)).split()[-1]
        cands = [
            a for a in cands if any(word in fold(normalise(r.title or "")) for r in a.roles)
        ] or cands
    if country:
        cands = [a for a in cands if any(r.country == country for r in a.roles)] or cands
    elif prefer and len(cands) > 1:
        cands = [a for a in cands if any(r.country in prefer for r in a.roles)] or cands
    if not cands:
        return None
    active = [a for a in cands if a.role_on(day) is not None]
    if len(active) == 1:
        return active[0]
    if len(active) > 1 and (office or not first):
        offices = {office} if office else set(LEADER_OFFICES)
        holding = [a for a in active if (r := a.role_on(day)) is not None and r.office in offices]
        if len(holding) == 1:
            return holding[0]
    if len(active) > 1:
        return None if not first else active[0]
    if len(cands) == 1:
        return cands[0]
    return _latest_in_office(cands, day)


def _may_hold(actor: Actor, sector: str) -> bool:
    """Whether a person could bear a title of `sector`: a title of public office does not fit
    someone known only as a fighter, rebel or criminal, and one of a branch (BRANCH_SECTORS)
    only someone who served there. Opposition figures keep their titles ("Interim President
    Guaidó"), and non-public titles rule nobody out."""
    if sector not in PUBLIC_SECTORS:
        return True
    if sector in BRANCH_SECTORS:
        return any(r.sector == sector for r in actor.roles)
    return any(r.sector is None or r.sector not in ARMED_SECTORS for r in actor.roles)


def _latest_in_office(cands: list[Actor], day: date | None) -> Actor | None:
    """Among namesakes of one country none of whom holds office on the day, the one who left
    office last ("Kenyatta" in 2023 is Uhuru, not his father); None when they served different
    countries (a common name), when two left on the same day or no one had held office by then."""
    if day is None or len({r.country for a in cands for r in a.roles}) > 1:
        return None
    left = {
        a.id: max((r.end for r in a.roles if r.end is not None and r.end <= day), default=None)
        for a in cands
    }
    ranked = sorted(
        (a for a in cands if left[a.id] is not None),
        key=lambda a: left[a.id] or date.min,
        reverse=True,
    )
    if not ranked or (len(ranked) > 1 and left[ranked[0].id] == left[ranked[1].id]):
        return None
    return ranked[0]


def title_holder(
    d: ActorDictionary,
    country: str,
    title_text: str,
    office: str | None,
    day: date | None,
    org: str | None = None,
) -> Actor | None:
    """The one person holding a title in a country (or organisation) on a day ("the British prime
    minister", "the NATO secretary general"): by office first, then by the title's words."""
    if day is None:
        return None
    for found in (
        d.holders(country, None, title_text, day, org, exact=True),
        d.holders(country, office, None, day, org) if office and office != "other" else [],
        d.holders(country, None, title_text, day, org),
    ):
        if len(found) == 1:
            return found[0]
    if country in d.sectorless:
        # "the EU foreign policy chief": the organisation's leader whose title shares its words
        words = set(normalise(title_text).split()) - TITLE_FILLER
        leaders = [
            a
            for a in d.holders(country, "igo_leader", None, day, org)
            if any(
                words & set(normalise(r.title or "").split()) for r in a.roles if r.holds_on(day)
            )
        ]
        if len(leaders) == 1:
            return leaders[0]
    return None


TITLE_FILLER = {
    "the",
    "of",
    "for",
    "and",
    "chief",
    "head",
    "top",
    "leader",
    "official",
    "envoy",
    "un",
    "eu",
}
