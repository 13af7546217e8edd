"""Candidates of an election race as the document names them: "Joe Biden, the Democratic
nominee", "Republican presidential candidate Jan Kowal", "his running mate, Ana Silva".

What one candidate says to or asks of another ("Biden attacked Trump for the deaths", "Kowal
asked Nowak to release his tax returns") is an exchange of the race (GUIDELINES §11, §16), even
where the sentence names no debate or rally: the document has already told who runs. Only
people the document itself titles as runners count, so a government's acts toward its
opposition, or a candidate's toward anyone else, keep their events.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# nouns that title a person as a runner in a race ("nominee", "running mate")
RACE_TITLES = {"nominee", "candidate", "challenger", "contender", "hopeful", "frontrunner"}
MATE_WORDS = {"mate"}  # "running mate": the compound tells it is a race's
# how a title is tied to its person: "nominee Joe Biden", "Biden, the nominee", "Biden is the
# nominee"
TITLE_DEPS = {"compound", "appos"}
USER_KEY = "eventcoder.candidates"


def _title(tok: Token) -> bool:
    low = tok.lemma_.lower()
    if tok.pos_ != "NOUN":
        return False
    if low in MATE_WORDS:
        return any(c.lower_ == "running" for c in tok.children)
    return low in RACE_TITLES


def _person(tok: Token) -> str | None:
    """The surname of the person a token's name belongs to: the last word of its PERSON
    entity."""
    if tok.ent_type_ != "PERSON":
        return None
    i = tok.i
    doc = tok.doc
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    return tok.doc[i].lower_


def _titled(tok: Token) -> list[str]:
    """The people a title word is given to."""
    out = []
    if tok.dep_ in TITLE_DEPS:
        out.append(_person(tok.head))
    named = [c for c in tok.children if c.dep_ == "appos"]
    # "the two candidates, Otieno and Kamau": every name of the apposition
    out += [_person(n) for c in named for n in (c, *c.conjuncts)]
    if tok.dep_ == "attr":
        out += [_person(c) for c in tok.head.children if c.dep_ == "nsubj"]
    return [s for s in out if s]


def runners(doc: Doc) -> frozenset[str]:
    """The surnames of the people the document titles as runners in a race (computed once per
    document)."""
    found = doc.user_data.get(USER_KEY)
    if found is None:
        found = frozenset(s for t in doc if _title(t) for s in _titled(t))
        doc.user_data[USER_KEY] = found
    return found


def is_runner(name: str | None, surnames: frozenset[str]) -> bool:
    """A person's mention or resolved name ends in a runner's surname ("Biden", "Joe Biden")."""
    if not name:
        return False
    words = name.replace("'s", "").split()
    return bool(words) and words[-1].lower().strip(".,") in surnames
