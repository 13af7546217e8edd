"""Acronyms a document defines: "the Revolutionary National Police (Policía Nacional
Revolucionaria, PNR)" makes every later "PNR" that mention. A document's own definition beats
the dictionary's reading of the same letters: after "the Internet Research Agency (IRA)", "IRA"
is that agency, not the Irish Republican Army."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventcoder.actors.dictionary import ActorDictionary, Entry
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule, because

ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# small words a name's initials skip ("Organization *for* Security *and* Co-operation *in* Europe")
SKIPPED = {"of", "and", "for", "the", "on", "in", "to", "&", "-", "'s"}
# how far a definition's parenthesis may reach ("(Policía Nacional Revolucionaria, PNR)")
PAREN_TOKENS = 12


def defined_acronyms(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    """Later uses of an acronym given in a parenthesis right after a resolved mention, as
    mentions of the same actor; an acronym the dictionary knows is left to the dictionary."""
    defined: dict[str, tuple[ActorInfo, int]] = {}
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if not (info.country or info.sector) or m.end >= len(doc) or doc[m.end].text != "(":
            continue
        inside = []
        for tok in doc[m.end + 1 : min(len(doc), m.end + 1 + PAREN_TOKENS)]:
            if tok.text == ")":
                break
            inside.append(tok)
        else:
            continue
        words = [t for t in inside if ACRONYM.match(t.text)]
        if not words or (d.lookup(words[-1].text) and not _redefines(words[-1].text, info, d)):
            continue
        end = inside[-1].i + 1 if inside else m.end
        defined.setdefault(words[-1].text, (info, end))
    if not defined:
        return []
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = []
    for tok in doc:
        hit = defined.get(tok.text)
        if hit is None or tok.i < hit[1] or tok.i in covered:
            continue
        span = Span(doc, tok.i, tok.i + 1, label="org")
        span._.actors = (replace(hit[0], how=because(Rule.ACRONYM, tok.text, hit[0].how)),)
        out.append(span)
    return out


def redefined_acronyms(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    """Mentions without the dictionary's readings of an acronym the document spells out as
    another name, alone or inside a longer name ("Parchin Chemical Industries (PCI)": no
    Italian Communist Party); the spelled-out name, when it is a mention, gives the acronym its
    actor in defined_acronyms."""
    spelled = _spelled_out(doc)
    if not spelled:
        return mentions
    # the dictionary's readings of each spelled-out acronym that the spelled-out name is not
    wrong = {
        acronym: ids
        for acronym, phrase in spelled.items()
        if (ids := {e.key for e in d.lookup(acronym) if _other_org(phrase, e, d)})
    }
    if not wrong:
        return mentions
    return [m for m in mentions if not _read_wrongly(m, wrong)]


def _read_wrongly(m: Span, wrong: dict[str, set[str]]) -> bool:
    """A mention is the dictionary's wrong reading of an acronym in it: that entry itself, or a
    name whose country came from the acronym ("AUC High Level Dialogue")."""
    info: ActorInfo = m._.actors[0]
    return any(
        info.actor_id in wrong[t.text] or (info.actor_id is None and _uses(info.how, t.text))
        for t in m
        if t.text in wrong
    )


def _uses(how: Reason, text: str) -> bool:
    """Whether a reason, or one inside it, was read from ``text``."""
    return text in how.args or any(isinstance(a, Reason) and _uses(a, text) for a in how.args)


def _spelled_out(doc: Doc) -> dict[str, Span]:
    """Acronyms in a parenthesis right after words whose initials spell them: "African Union
    Commission (AUC)" gives AUC -> "African Union Commission"."""
    out: dict[str, Span] = {}
    for tok in doc[2:-1]:
        if not (
            ACRONYM.match(tok.text) and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"
        ):
            continue
        letters = [c for c in tok.text if c != "&"]
        i = tok.i - 2
        while i >= 0 and letters:
            word = doc[i]
            if word.lower_ in SKIPPED:
                i -= 1
                continue
            if not word.text[:1].isupper() or word.text[0] != letters[-1]:
                break
            letters.pop()
            i -= 1
        if not letters and tok.i - 1 - (i + 1) >= 2:
            out.setdefault(tok.text, doc[i + 1 : tok.i - 1])
    return out


def _redefines(acronym: str, info: ActorInfo, d: ActorDictionary) -> bool:
    """Whether an acronym is defined for another actor than the dictionary reads it as."""
    return info.actor_id not in {e.key for e in d.lookup(acronym)}


def _other_org(phrase: Span, entry: Entry, d: ActorDictionary) -> bool:
    """Whether a spelled-out name is not a name of the organisation the dictionary reads."""
    org = d.orgs.get(entry.key) if entry.kind is ActorKind.ORG else None
    if org is None or any(e.key == entry.key for e in d.lookup(phrase.text)):
        return False
    return not _shared_words(phrase.text, org.name)


def _shared_words(a: str, b: str) -> bool:
    """Two spellings of one name share most of their words ("Co-operation" = "Cooperation")."""

    def words(s: str) -> set[str]:
        return {w for w in (re.sub(r"[^a-z]", "", x) for x in s.lower().split()) if w} - SKIPPED

    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) * 2 >= min(len(wa), len(wb))
