"""`eventcoder export`: a store as PLOVER JSON, GDELT-style TSV, Parquet, CSV or JSONL."""

from __future__ import annotations

import sys

import click

from eventcoder.cli.options import check_outputs, db_option, open_store, user_errors


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["plover", "gdelt", "parquet", "csv", "jsonl"]),
    default="jsonl",
    show_default=True,
    help="Output format (see docs/store.md).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write here instead of stdout (required for parquet).",
)
@click.option("--merged", is_flag=True, help="One row per merged event instead of per mention.")
@click.option(
    "--plover-strict",
    is_flag=True,
    help="PLOVER's own coding: future CONSULT/SUPPORT/COOPERATE/AID -> AGREE.",
)
@user_errors
def export(db: str, fmt: str, output: str | None, merged: bool, plover_strict: bool) -> None:
    """Export event mentions (or merged events) as PLOVER JSON, GDELT-style TSV, Parquet, CSV or JSONL.

    Example: eventcoder export --db events.duckdb --format gdelt --merged -o events.tsv
    """
    from eventcoder.errors import InputError
    from eventcoder.output.export import export_store

    if fmt == "parquet" and not output:
        raise InputError("--format parquet: give an output file with -o FILE")
    check_outputs([("-o", output)], db=db)  # never the database itself; writable before reading
    with open_store(db, read_only=True) as store:
        n = export_store(
            store, fmt, output, merged=merged, plover_strict=plover_strict, stream=sys.stdout
        )
    if output:
        click.echo(f"{output}: {n} {'merged events' if merged else 'event mentions'}", err=True)
