"""Who feels a disapproving feeling is its doer: "the United States is deeply troubled by the
court's decision" is ACCUSE by the United States against the court (GUIDELINES §16), though the
parser reads the participle as a passive whose "by" phrase would be the doer."""

from __future__ import annotations

from spacy.tokens import Token

# participles of a feeling about another's act, whose "by" phrase names the act, not a doer
FEELINGS = frozenset(
    {
        "concern",
        "trouble",
        "disturb",
        "alarm",
        "appal",
        "appall",
        "dismay",
        "disappoint",
        "horrify",
        "shock",
        "outrage",
    }
)
PASS_SUBJ = {"nsubjpass", "nsubj"}


def feeler(tok: Token) -> Token | None:
    """The one who feels it: the participle's subject, or the copula's ("we are concerned by")."""
    if tok.lemma_.lower() not in FEELINGS or tok.tag_ != "VBN":
        return None
    for c in tok.children:
        if c.dep_ in PASS_SUBJ:
            return c
    if tok.dep_ == "acomp" and tok.head.pos_ in {"AUX", "VERB"}:
        return next((c for c in tok.head.children if c.dep_ in PASS_SUBJ), None)
    return None


# acts of violence are often named with no doer ("concerned by the attack in Dohuk", "by reported
# killings of civilians in Oromia"): felt about, they name the doer only when the text does
VIOLENCE = frozenset(
    {"attack", "strike", "killing", "execution", "atrocity", "violation", "abuse", "bombing"}
)
OWNER_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


def judged_act(tok: Token, acts: tuple[str, ...]) -> bool:
    """Whether the feeling or judgment is about an act it names after a preposition: one of
    `acts`, and for an act of violence one with a named doer (a possessor, a "by" phrase, a name
    before it: "Russia's attack", "the attack by Houthi rebels", "the Russian strike")."""
    preps = [c for c in tok.children if c.dep_ in {"prep", "agent"}]
    for o in (o for p in preps for o in p.children if o.dep_ == "pobj"):
        for act in (o, *o.conjuncts):
            lemma = act.lemma_.lower()
            if lemma in acts and (lemma not in VIOLENCE or _owned(act)):
                return True
    return False


def _owned(act: Token) -> bool:
    for c in act.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
            return True
        if c.dep_ in {"amod", "compound"} and c.ent_type_ in OWNER_ENTS:
            return True
    return False
