"""Who makes a journey or holds talks told only as the time of another act ("During a visit to
Kenya, the minister pledged aid", "Following a phone call with Zelensky, Scholz announced"):
the noun has no doer of its own, and the clause it times names the traveller."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import CLAUSE_PREPS, NAMED_ENTS, TRAVEL_NOUNS
from eventcoder.events.subjects import subject_of


def traveller(tok: Token) -> Token | None:
    """ "During a visit to Kenya, the Chinese foreign minister pledged aid", "After a trip to
    Beijing, Putin signed": a journey in a time phrase is made by the clause's subject, when
    that subject names whom it is about (not "protesters clashed"). So are talks with a named
    partner ("Following a phone call with Zelensky, Scholz announced", "Speaking after a meeting
    with Erdogan, Merkel said"): one side of them is the partner, the other who speaks or acts."""
    if tok.dep_ != "pobj" or not (tok.lemma_.lower() in TRAVEL_NOUNS or _with_partner(tok)):
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ in {"ahead", "prior"}:
        prep = prep.head
    if prep.lower_ not in CLAUSE_PREPS or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    subj, how = subject_of(prep.head)
    if subj is None or how not in {"subject", "subject of governing verb"}:
        return None
    if subj.pos_ != "PROPN" and not any(t.ent_type_ in NAMED_ENTS for t in subj.subtree):
        return None  # a name the tagger missed ("Merkel spoke") names someone too
    return subj


def _with_partner(tok: Token) -> bool:
    """ "talks with Erdogan", "a phone call with Zelensky": a meeting noun with its partner."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children)
        for c in tok.children
    )
