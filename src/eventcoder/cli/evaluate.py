"""`eventcoder evaluate`: score the coder against gold events."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventcoder.cli.options import coder_options, make_coder, user_errors


def _check_text(path: str, what: str) -> None:
    """One line for a file that is not UTF-8 text (a binary file given as gold, say)."""
    from eventcoder.errors import InputError
    from eventcoder.ingest.decode import looks_binary

    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
    except FileNotFoundError:
        return  # the evaluation names a missing file itself
    except OSError as exc:
        raise InputError(f"{path}: cannot read {what} file ({exc.strerror})") from None
    if looks_binary(head):
        raise InputError(f"{path}: binary data, not a {what} file")
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the head
            raise InputError(f"{path}: {what} file is not UTF-8 text") from None


@click.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option(
    "--text",
    "text_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Article gold: the article (default: the 'article' named in the gold file).",
)
@click.option(
    "--pred",
    type=click.Path(dir_okay=False),
    default=None,
    help="Score a saved events JSONL instead of coding the text now.",
)
@click.option(
    "--corpus",
    type=click.Path(file_okay=False),
    default=None,
    help="Corpus folder for gold that points into documents (default: ../shared/corpus).",
)
@click.option(
    "--errors", "show_errors", is_flag=True, help="List missed and extra events per sentence."
)
@coder_options
@user_errors
def evaluate(
    gold: str,
    text_file: str | None,
    pred: str | None,
    corpus: str | None,
    show_errors: bool,
    model: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    plover_strict: bool,
) -> None:
    """Score the coder against GOLD: an article gold.json (scorecard) or sentence gold JSONL (P/R/F1).

    Example: eventcoder evaluate tests/golden/seed/gold.json
    """
    from eventcoder.evaluate.run import run_evaluation

    for what, path in (("gold", gold), ("--text", text_file), ("--pred", pred)):
        if path:
            _check_text(path, what)
    report, ok = run_evaluation(
        Path(gold),
        text_file=text_file,
        pred=pred,
        corpus=corpus,
        show_errors=show_errors,
        coder_factory=lambda: make_coder(model, actor_files, trigger_files, plover_strict),
    )
    click.echo(report)
    if not ok:
        sys.exit(1)
