"""`eventcoder` commands. Each is a few lines over the library; user mistakes become one line."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from eventcoder.errors import EventcoderError
from eventcoder.version import __version__

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(fn: F) -> F:
    """Turn library errors into one clear line and exit status 1 (no traceback)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EventcoderError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def coder_options(fn: F) -> F:
    """Options shared by every command that codes text."""
    for opt in reversed(
        [
            click.option(
                "--model",
                default=None,
                help="spaCy pipeline (default: the bundled en_core_web_sm).",
            ),
            click.option(
                "--actors",
                "actor_files",
                multiple=True,
                type=click.Path(dir_okay=False),
                help="Extra actor dictionary YAML (extends or overrides). Repeatable.",
            ),
            click.option(
                "--triggers",
                "trigger_files",
                multiple=True,
                type=click.Path(dir_okay=False),
                help="Extra trigger lexicon YAML. Repeatable.",
            ),
            click.option(
                "--plover-strict",
                is_flag=True,
                help="PLOVER's own coding: future CONSULT/SUPPORT/COOPERATE/AID -> AGREE.",
            ),
        ]
    ):
        fn = opt(fn)
    return fn


def make_coder(
    model: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    plover_strict: bool,
    asserted_only: bool = False,
) -> Any:
    from eventcoder.coder import Coder

    coder = Coder(
        model,
        actors=actor_files,
        triggers=trigger_files,
        plover_strict=plover_strict,
        asserted_only=asserted_only,
    )
    coder.builder  # noqa: B018  (load model, dictionary and lexicon now: errors surface here)
    return coder


@click.group()
@click.version_option(__version__, prog_name="eventcoder")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def main(verbose: bool) -> None:
    """Code news text into PLOVER political events, each with its evidence."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--date", "pub_date", default=None, help="Publication date (YYYY-MM-DD) for inputs without one."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default=None,
    help="Output format (default: table on a terminal, jsonl otherwise).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write events here instead of stdout.",
)
@click.option(
    "--mentions",
    "mentions_file",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Also write every actor mention found, one JSON line each.",
)
@click.option("--asserted-only", is_flag=True, help="Only events the text asserts happened.")
@click.option("--summary", is_flag=True, help="After the table, a paragraph per country pair.")
@coder_options
@user_errors
def code(
    inputs: tuple[str, ...],
    pub_date: str | None,
    fmt: str | None,
    output: str | None,
    mentions_file: str | None,
    asserted_only: bool,
    summary: bool,
    model: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    plover_strict: bool,
) -> None:
    """Code INPUTS (.txt, .html, .jsonl files, folders, or - for stdin) into events.

    Example: eventcoder code article.txt --date 2021-11-15
    """
    from eventcoder.ingest import parse_date, read_inputs
    from eventcoder.ingest.paths import expand_inputs
    from eventcoder.output.csv import write_csv
    from eventcoder.output.jsonl import dumps, event_dict, mention_dict
    from eventcoder.output.table import dyad_summary, event_table

    day = parse_date(pub_date, "--date") if pub_date else None
    expand_inputs(inputs)  # every input checked before the model loads
    coder = make_coder(model, actor_files, trigger_files, plover_strict, asserted_only)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    fmt = fmt or ("table" if out.isatty() or summary else "jsonl")
    mfh = open(mentions_file, "w", encoding="utf-8") if mentions_file else None  # noqa: SIM115
    all_events = []
    rejects = 0
    try:
        first = True
        for result in coder.pipe(read_inputs(inputs, day), mentions=mfh is not None):
            if result.error:
                rejects += 1
                click.echo(f"eventcoder: skipped {result.error}", err=True)
                continue
            if fmt == "jsonl":
                for ev in result.events:
                    out.write(dumps(event_dict(ev)) + "\n")
            elif fmt == "csv":
                write_csv(result.events, out, header=first)
            else:
                all_events.extend(result.events)
            first = False
            if mfh:
                for m in result.mentions:
                    mfh.write(dumps(mention_dict(m)) + "\n")
        if fmt == "table":
            out.write(event_table(all_events) + "\n")
            if summary:
                names = {c: m.name for c, m in coder.dictionary.countries.items()}
                out.write("\n" + dyad_summary(all_events, names) + "\n")
    finally:
        if output:
            out.close()
        if mfh:
            mfh.close()
    if rejects:
        raise click.ClickException(f"{rejects} document(s) could not be coded")


@main.command()
@click.argument("query", required=False)
@click.option("--date", "day", default=None, help="Resolve as of this date (YYYY-MM-DD).")
@click.option(
    "--jsonl",
    "jsonl_file",
    type=click.Path(dir_okay=False),
    default=None,
    help='Resolve many: lines of {"id","query","date"}; one JSON result per line.',
)
@coder_options
@user_errors
def actor(
    query: str | None,
    day: str | None,
    jsonl_file: str | None,
    model: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    plover_strict: bool,
) -> None:
    """Resolve a name or phrase to country, sector and office on a date, and say why.

    Example: eventcoder actor "Vladimir Putin" --date 2010-06-01
    """
    from eventcoder.errors import InputError
    from eventcoder.ingest import parse_date

    if not query and not jsonl_file:
        raise InputError("actor: give a QUERY or --jsonl FILE")
    d = parse_date(day, "--date") if day else None
    from eventcoder.coder import Coder

    coder = Coder(model, actors=actor_files)
    if query:
        click.echo(json.dumps(coder.resolve_actor(query, d), ensure_ascii=False))
        return
    path = Path(jsonl_file or "")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("query"), str):
            raise InputError(f'{path}:{n}: expected an object with a "query" string')
        rd = parse_date(str(row["date"]), f'{path}:{n} field "date"') if row.get("date") else d
        res = coder.resolve_actor(row["query"], rd)
        click.echo(json.dumps({"id": row.get("id"), **res}, ensure_ascii=False))


@main.command()
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


from eventcoder.cli import store_cmds  # noqa: E402,F401  (registers the store commands on `main`)

if __name__ == "__main__":
    main()
