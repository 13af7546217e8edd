"""Choose the corpus sentences annotated in eval/annotated/corpus.jsonl (reproducible).

Run: python eval/annotated/select_sentences.py > /tmp/candidates.jsonl
Half of the sentences are drawn at random (random.Random(SEED)) from every sentence of
../shared/corpus/wikinews.jsonl (40%) and state_dept.jsonl (60%); the other half come from
keyword searches for the rarer PLOVER types, drawn at random among the matches with the same
seed, plus a second round of narrower patterns (ROUND2). Documents already used in eval/devset.jsonl are skipped, sample_100.jsonl is not read,
and at most two sentences are taken from one document per half.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20261206
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
RANDOM_N = {"wikinews": 150, "state_dept": 225}
KEYWORD_N = 32
KEYWORDS = {
    "RETREAT": r"\b(withdr[ae]w|withdrawal|pull(ed)? out|released|freed|lift(ed)? (the )?sanctions|resign(ed|ation))\b",
    "CONCEDE": r"\b(apologi[sz]ed|apology|pardon(ed)?|commuted|ceasefire|truce|conceded|backed down|amnesty)\b",
    "COOPERATE": r"\b(joint (military )?exercises?|cooperat(e|ed|ion) (with|on)|extradit\w+|intelligence sharing|worked together|partnered with)\b",
    "AGREE": r"\b(agreed to|pledged|promised|offered to|committed to|reached an agreement|will sign)\b",
    "MOBILIZE": r"\b(deployed|deployment|troops (to|along|near)|mobili[sz]\w+|massed|military build-?up|on alert|sent (troops|soldiers|warships))\b",
    "THREATEN": r"\b(threaten(ed|s)?|warned (that|of)|ultimatum|vowed to)\b",
    "REJECT": r"\b(rejected|refused|vetoed|declined to|turned down|dismissed)\b",
    "SANCTION": r"\b(sanction(s|ed)?|designat(ed|ion|es|ing)|visa restrictions|expelled|recalled (its )?ambassador|suspended)\b",
    "PROTEST": r"\b(protest(s|ers|ed)?|demonstrat(ors|ion|ions|ed)|rall(y|ies|ied)|strike|boycott\w*|marched)\b",
    "COERCE": r"\b(arrested|detained|detention|banned|censor\w*|deported|jailed|imprisoned|crackdown|curfew)\b",
    "AID": r"\b(humanitarian assistance|aid to|provided|delivered|donat(ed|ion)|airlift\w*|assistance to|supplied)\b",
}
# Second round (ids after the first 721): narrower patterns for clauses that report the act
# itself, because the first round's keywords mostly found idioms ("released a statement",
# "threatens our security", "committed to") and too few real events of the rarer types.
ROUND2_N = 12
ROUND2 = {
    "RETREAT": r"\b(withdr[ae]w (its |their )?(troops|forces)|released (\w+ ){0,3}(prisoners|detainees|hostages)|lifted (\w+ ){0,2}(sanctions|ban|curfew)|freed)\b",
    "CONCEDE": r"\b(apologi[sz]ed|pardoned|commuted|declared a (ceasefire|truce)|agreed to (a )?(ceasefire|truce)|suspended the bill|backed down)\b",
    "MOBILIZE": r"\b(deployed (\w+ ){0,3}(troops|soldiers|police|forces|warships)|sent (\w+ ){0,2}(troops|soldiers)|put (\w+ ){0,2}on (high )?alert|military exercises?)\b",
    "COOPERATE": r"\b(joint (military )?(exercises?|drills?|patrols?)|extradited|signed (\w+ ){0,4}(agreement|memorandum)|intelligence)\b",
    "PROTEST": r"\b(protesters|demonstrators|marched|took to the streets|rall(y|ied) (in|outside|against))\b",
    "COERCE": r"\b(police (arrested|detained)|were arrested|was arrested|detained|banned|expelled)\b",
    "ASSAULT": r"\b(killed|shot|bombing|airstrikes?|shelled|attacked|stabbed)\b",
    "THREATEN": r"\b(threatened to|warned (that|it would)|ultimatum|vowed)\b",
    "REJECT": r"\b(rejected|refused to|vetoed|turned down)\b",
    "AID": r"\b(donated|delivered|sent (\w+ ){0,3}(aid|supplies|vaccines)|provided (\w+ ){0,3}(aid|assistance|weapons))\b",
    "AGREE": r"\b(agreed to|pledged to|promised to|offered to)\b",
}
ABBREV = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Amb|No|U\.S|U\.N|U\.K|E\.U|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Inc|Co|vs|etc|i\.e|e\.g|Ltd|Prof|Rev|Sgt|Capt|Maj|Adm)\.$"
)
BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def sentences(text: str):
    """Yield (start, end) of sentences: paragraphs split at sentence punctuation."""
    for para in re.finditer(r"[^\n]+", text):
        p0, ptext = para.start(), para.group()
        start = 0
        for m in BOUNDARY.finditer(ptext):
            cut = m.start() + 1
            while cut < len(ptext) and ptext[cut] in '"”’)':
                cut += 1
            if ABBREV.search(ptext[start:cut]) or re.search(r"\b[A-Z]\.$", ptext[start:cut]):
                continue
            yield p0 + start, p0 + cut
            start = m.end()
        if ptext[start:].strip():
            yield p0 + start, p0 + len(ptext.rstrip())


def main() -> None:
    used = set()
    with open(ROOT / "eval" / "devset.jsonl", encoding="utf-8") as f:
        for line in f:
            used.add(json.loads(line)["doc_id"])
    pool: dict[str, list[tuple[str, int, int, str]]] = {}
    for name in ("wikinews", "state_dept"):
        rows = pool.setdefault(name, [])
        with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in used:
                    continue
                for s, e in sentences(d["text"]):
                    sent = d["text"][s:e]
                    if 6 <= len(sent.split()) <= 70:
                        rows.append((d["id"], s, e, sent))
    rng = random.Random(SEED)
    chosen: list[tuple[str, str, str, int, int]] = []
    taken: set[tuple[str, int]] = set()
    per_doc: dict[tuple[str, str], int] = {}

    def take(how: str, corpus: str, doc: str, s: int, e: int) -> bool:
        if (doc, s) in taken or per_doc.get((how[:3], doc), 0) >= 2:
            return False
        taken.add((doc, s))
        per_doc[(how[:3], doc)] = per_doc.get((how[:3], doc), 0) + 1
        chosen.append((how, corpus, doc, s, e))
        return True

    for name, n in RANDOM_N.items():
        got = 0
        for doc, s, e, _ in rng.sample(pool[name], len(pool[name])):
            if got == n:
                break
            got += take("random", name, doc, s, e)
    everything = [(name, *r) for name in pool for r in pool[name]]
    for typ, pattern in KEYWORDS.items():
        rx = re.compile(pattern, re.I)
        hits = [r for r in everything if rx.search(r[4])]
        got = 0
        for name, doc, s, e, _ in rng.sample(hits, len(hits)):
            if got == KEYWORD_N:
                break
            got += take(f"kw:{typ}", name, doc, s, e)
    for typ, pattern in ROUND2.items():
        rx = re.compile(pattern, re.I)
        hits = [r for r in everything if rx.search(r[4])]
        got = 0
        for name, doc, s, e, _ in rng.sample(hits, len(hits)):
            if got == ROUND2_N:
                break
            got += take(f"kw2:{typ}", name, doc, s, e)
    for how, corpus, doc, s, e in chosen:
        print(json.dumps({"how": how, "corpus": corpus, "doc_id": doc, "start": s, "end": e}))


if __name__ == "__main__":
    main()
