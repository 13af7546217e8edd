"""Whole-article acceptance: the golden articles (tests/golden/articles/*/gold.json, read from
the corpus) and the seed, coded and scored like the seed test.

Run from the repository root:
    .venv/bin/python eval/articles.py             # per article and overall figures
    .venv/bin/python eval/articles.py --detail    # plus every required/forbidden row and the extras
    .venv/bin/python eval/articles.py --only cuba-sanctions --detail
Prints, per article and overall: required events found / required, forbidden events produced,
optional events matched, extras (events neither required nor optional).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from eventcoder.errors import EventcoderError
from eventcoder.evaluate.article import corpus_document, load_article_gold, score_article
from eventcoder.ingest.txt import clean_text
from eventcoder.records import Document

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


def articles(only: list[str] | None, corpus: Path, seed: bool) -> list[tuple[str, dict, Document]]:
    out = []
    for path in sorted((GOLDEN / "articles").glob("*/gold.json")):
        name = path.parent.name
        if only and name not in only:
            continue
        gold = load_article_gold(path)
        out.append((name, gold, corpus_document(gold, corpus)))
    if seed and (not only or "seed" in only):
        gold = load_article_gold(GOLDEN / "seed" / "gold.json")
        text = clean_text((GOLDEN / "seed" / "article.txt").read_text(encoding="utf-8"))
        pub = date.fromisoformat(gold["publication_date"])
        out.append(("seed", gold, Document(id="seed", text=text, date=pub)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--only", nargs="+", metavar="NAME", help="these articles only")
    ap.add_argument("--detail", action="store_true", help="print each article's scorecard")
    ap.add_argument(
        "--seed", action="store_true", help="also score the seed (kept apart in the total)"
    )
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args(argv)
    try:
        todo = articles(args.only, args.corpus, args.seed)
    except EventcoderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from eventcoder.coder import Coder

    coder = Coder()
    results = coder.pipe([doc for _, _, doc in todo], mentions=True)
    print(
        f"{'article':<22} {'words':>5} {'required':>9} {'forbidden':>9} {'optional':>8} {'extras':>6}"
    )
    tot = [0, 0, 0, 0, 0]
    for (name, gold, doc), res in zip(todo, results, strict=True):
        if res.error is not None:
            print(f"{name}: error {res.error}", file=sys.stderr)
            return 1
        card = score_article(res.events, res.mentions, gold)
        found = sum(ok for _, ok, _ in card.required)
        bad = sum(not ok for _, ok, _ in card.forbidden)
        row = (found, len(card.required), bad, len(card.optional_hits), len(card.extras))
        if name != "seed":
            tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(
            f"{name:<22} {len(doc.text.split()):>5} {row[0]:>4}/{row[1]:<4} "
            f"{row[2]:>9} {row[3]:>8} {row[4]:>6}"
        )
        if args.detail:
            print("  " + card.render().replace("\n", "\n  "))
    found, req, bad, opt, extra = tot
    pct = 100 * found / req if req else 0.0
    print(
        f"{'all golden articles':<22} {'':>5} {found:>4}/{req:<4} {bad:>9} {opt:>8} {extra:>6}"
        f"   required found {pct:.0f}%, forbidden produced {bad}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
