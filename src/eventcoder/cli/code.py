"""`eventcoder code`: text in, events out as JSONL, CSV or a table."""

from __future__ import annotations

import sys

import click

from eventcoder.cli.options import coder_options, date_option, make_coder, user_errors
from eventcoder.records import Event


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@date_option
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
    from eventcoder.pipeline import Rejects, code_documents

    day = parse_date(pub_date, "--date") if pub_date else None
    expand_inputs(inputs)  # every input checked before the model loads
    coder = make_coder(model, actor_files, trigger_files, plover_strict, asserted_only)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    fmt = fmt or ("table" if out.isatty() or summary else "jsonl")
    mfh = open(mentions_file, "w", encoding="utf-8") if mentions_file else None  # noqa: SIM115
    all_events: list[Event] = []
    rejects = Rejects(on_reject=lambda cd: click.echo(f"eventcoder: skipped {cd.error}", err=True))
    try:
        first = True
        for result in code_documents(
            coder, read_inputs(inputs, day), rejects, mentions=mfh is not None
        ):
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
    if rejects.count:
        raise click.ClickException(f"{rejects.count} document(s) could not be coded")
