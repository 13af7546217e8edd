"""Quotations and who speaks them. Inside a quotation "we" and "I" are the speaker's, and so is
an office named bare: "I applaud the president," said a United States senator, of his own
country's president, not of a president the story named before."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from eventcoder.actors.descriptions import DEFINITE
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.nlp.scan import doc_text, token_texts
from eventcoder.ontology.plover import NON_STATE

OPEN_QUOTES = "\u201c"
CLOSE_QUOTES = "\u201d"
# verbs that attribute a quotation to its speaker
SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "insist",
    "note",
    "stress",
    "warn",
    "write",
    "tweet",
    "explain",
    "announce",
    "argue",
    "reply",
    "respond",
    "conclude",
    "ask",
    "continue",
    "urge",
    "emphasize",
    "emphasise",
    "remark",
    "claim",
    "defend",
    "reiterate",
    "vow",
    "comment",
    "post",
    "affirm",
    "assert",
}


def _ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks; a quotation left open runs to its paragraph's end
    (a multi-paragraph quotation reopens in each paragraph)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for tok in doc:
        if "\n\n" in tok.text_with_ws or (tok.is_space and "\n" in tok.text):
            if start is not None:
                out.append((start, tok.i))
                start = None
            continue
        if tok.text in OPEN_QUOTES or (tok.text == '"' and start is None):
            start = tok.i + 1
        elif tok.text in CLOSE_QUOTES or tok.text == '"':
            if start is not None:
                out.append((start, tok.i))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    return out


def _has_quote_token(doc: Doc) -> bool:
    """A token that is an opening or straight quotation mark (none when the text has no such
    character: the tokens are not looked at)."""
    marks = OPEN_QUOTES + '"'
    if not any(c in doc_text(doc) for c in marks):
        return False
    return any(t in marks for t in token_texts(doc))


def quote_speaker(doc: Doc, lo: int, hi: int, mention_at: dict[int, Span]) -> Span | None:
    """Who a quotation is attributed to: the subject of a speech verb outside the quotation in
    the sentences it touches ("...," the EU envoy said / X said: "...")."""
    sents = {
        doc[lo].sent.start: doc[lo].sent,
        doc[max(lo, hi - 1)].sent.start: doc[max(lo, hi - 1)].sent,
    }
    for sent in sents.values():
        for tok in sent:
            if lo <= tok.i < hi or tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ != "VERB":
                continue
            for c in tok.children:
                if c.dep_ != "nsubj":
                    continue
                for t in [c, *c.children]:
                    if t.i in mention_at and mention_at[t.i]._.actors[0].country:
                        return mention_at[t.i]
    return None


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks (none without a quotation mark)."""
    return _ranges(doc) if _has_quote_token(doc) else []


def speakers_offices(doc: Doc, mentions: list[Span], quotes: list[tuple[int, int]]) -> None:
    """A bare office ("the president", "the foreign minister") inside a quotation whose speaker
    is of a state is that state's office (in place): a speaker names a foreign office with its
    country ("the Russian president")."""
    titles = [
        m
        for m in mentions
        if m._.actors[0].kind == ActorKind.TITLE
        and m._.actors[0].country is None
        and m._.actors[0].office not in {None, "other"}
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in m.root.children)
    ]
    if not titles or not quotes:
        return
    mention_at = {t: m for m in mentions for t in range(m.start, m.end)}
    for m in titles:
        quote = next(((lo, hi) for lo, hi in quotes if lo <= m.start and m.end <= hi), None)
        if quote is None:
            continue
        speaker = quote_speaker(doc, quote[0], quote[1], mention_at)
        if speaker is None:
            continue
        country = speaker._.actors[0].country
        if country is None or country in NON_STATE:
            continue
        info: ActorInfo = m._.actors[0]
        how = because(Rule.SPEAKERS_OFFICE, m.text, speaker.text, country)
        m._.actors = (replace(info, country=country, how=how),)
