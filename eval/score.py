"""Accuracy of the coder on every eval set: per-type P/R/F1, errors by cause, change since last run.

Run from the repository root:
    .venv/bin/python eval/score.py                      # devset and the dev split
    .venv/bin/python eval/score.py --errors 3           # plus 3 example errors per cause
    .venv/bin/python eval/score.py --log "what changed" # plus one line in eval/README.md's log
    .venv/bin/python eval/score.py --test               # also the frozen test split (report only)
The figures of each run are kept in eval/last_run.json; the next run prints the change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventcoder.errors import EventcoderError
from eventcoder.evaluate.accuracy import CONTEXTS, run_accuracy

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--test", action="store_true", help="also score eval/test*.jsonl (report only)")
    ap.add_argument("--log", metavar="MESSAGE", help="append a line to eval/README.md's log")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="N examples per cause")
    ap.add_argument(
        "--context",
        choices=CONTEXTS,
        default="sentence",
        help="code each sentence alone, or with the text before it in its paragraph",
    )
    ap.add_argument("--corpus", type=Path, default=None, help="corpus directory (../shared/corpus)")
    ap.add_argument("--no-save", action="store_true", help="do not update eval/last_run.json")
    ap.add_argument("--eval-dir", type=Path, default=HERE, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    def coder():
        from eventcoder.coder import Coder

        c = Coder()
        c.builder  # noqa: B018  (load model, dictionary and lexicon now)
        return c

    try:
        out = run_accuracy(
            args.eval_dir,
            coder,
            include_test=args.test,
            context=args.context,
            corpus=args.corpus,
            log_message=args.log,
            save=not args.no_save,
            examples=args.errors,
        )
    except EventcoderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
