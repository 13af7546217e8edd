"""A person named with "then" before a title ("then-President Jimmy Carter", "then-Secretary of
State Hillary Clinton", "Then Prime Minister X") acts in the office the title names, whatever
he holds on the day the text was published: the writer dates the office to the event. Without
this, a former president honouring someone in 1980 is an elite out of office (ELI) in a 2018
story."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule, because

LOOK_BACK = 8  # tokens before a name that may hold "then" and the title
REROLED = {Rule.PERSON_ROLE, Rule.FORMER, Rule.NO_OFFICE}


def _title_words(m: Span) -> set[str]:
    """The words from a "then" before or inside the mention up to the mention's end, or none."""
    doc = m.doc
    lo = max(m.sent.start if doc.has_annotation("SENT_START") else 0, m.start - LOOK_BACK)
    then = next((i for i in range(m.end - 1, lo - 1, -1) if _then(doc, i)), None)
    if then is None:
        return set()
    text = doc[then : m.end].text.lower()
    return set(re.split(r"[\s.\-]+", text)) - {"then", ""}


def _then(doc: Doc, i: int) -> bool:
    """ "then-" or "Then" right before a capitalised title ("Then President"), not the "then"
    of a sequence ("he then met President X")."""
    tok = doc[i]
    if tok.lower_.startswith("then-"):
        return True
    if tok.lower_ != "then" or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.text == "-" or (after.text[:1].isupper() and not after.is_sent_start)


def _base(how: Reason) -> Reason:
    first = how.args[0] if how.args else None
    return first if how.rule in REROLED and isinstance(first, Reason) else how


def then_titled(d: ActorDictionary, mentions: list[Span], day: date | None) -> None:
    """Give each person named with "then" and a title the role of that title (the latest one
    before `day` when the person held it more than once)."""
    for m in mentions:
        if not m._.actors:
            continue
        info: ActorInfo = m._.actors[0]
        actor = d.people.get(info.actor_id or "") if info.kind == ActorKind.PERSON else None
        if actor is None:
            continue
        words = _title_words(m)
        if not words:
            continue
        roles = [
            r
            for r in actor.roles
            if r.title
            and r.title.lower().split()[-1] in words
            and (day is None or r.start is None or r.start <= day)
        ]
        if not roles:
            continue
        role = max(roles, key=lambda r: r.start or date.min)
        how = because(Rule.THEN_TITLE, _base(info.how), role.title, role.start, role.end)
        then = ActorInfo(
            actor.name, role.country, role.sector, ActorKind.PERSON, role.office, actor.id, how
        )
        m._.actors = (then, *m._.actors[1:])
