"""Store commands (ingest, merge, dyad, actors, export): registered on the main group on import."""

from __future__ import annotations

import logging
import sys

import click

from eventcoder.cli.main import coder_options, main, make_coder, user_errors
from eventcoder.records import CodedDocument

log = logging.getLogger("eventcoder.ingest")


def _progress(cd: CodedDocument, outcome: str) -> None:
    """One line per stored document (shown with `eventcoder -v`); coding errors always."""
    if cd.error:
        click.echo(f"eventcoder: could not code {cd.error}", err=True)
    log.info("stored %s (%s, %d events)", cd.document.id, outcome, len(cd.events))


db_option = click.option(
    "--db",
    "db",
    default="eventcoder.duckdb",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The DuckDB store file.",
)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--date", "pub_date", default=None, help="Publication date (YYYY-MM-DD) for inputs without one."
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Documents per NLP batch (default from settings); smaller stores sooner.",
)
@coder_options
@user_errors
def ingest(
    inputs: tuple[str, ...],
    db: str,
    pub_date: str | None,
    batch_size: int | None,
    model: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    plover_strict: bool,
) -> None:
    """Code INPUTS and store documents, events and merged events in --db.

    Documents already stored by this coder version are skipped before any NLP runs, so a re-run
    adds nothing and an interrupted run resumes. Each document is stored in one transaction.

    Example: eventcoder ingest news/ --db events.duckdb
    """
    from eventcoder.ingest import parse_date, read_inputs
    from eventcoder.ingest.paths import expand_inputs
    from eventcoder.store import Store

    day = parse_date(pub_date, "--date") if pub_date else None
    expand_inputs(inputs)  # every input checked before the store opens or the model loads
    with Store.open(db) as store:
        stats = store.ingest_documents(
            read_inputs(inputs, day),
            lambda: make_coder(model, actor_files, trigger_files, plover_strict),
            batch_size=batch_size,
            progress=_progress,
        )
        counts = store.counts()
    added, failed, skipped = stats.added + stats.replaced, stats.failed, stats.skipped
    summary = (
        f"{db}: {added} document(s) stored, {skipped} already stored; now "
        f"{counts['documents']} documents, {counts['events']} event mentions, "
        f"{counts['merged_events']} merged events"
    )
    if failed:
        raise click.ClickException(
            f"{summary}; {failed} document(s) could not be coded "
            "(recorded with their error, retried on the next run)"
        )
    click.echo(summary, err=True)


@main.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Forget all merges and merge every mention again.")
@user_errors
def merge(db: str, rebuild: bool) -> None:
    """Link event mentions that report the same real-world event (ingest does this too).

    Example: eventcoder merge --db events.duckdb --rebuild
    """
    from eventcoder.store import Store

    with Store.open(db, create=False) as store:
        stats = store.merge(rebuild=rebuild)
    click.echo(
        f"{db}: merged {stats.pending} pending mention(s); {stats.mentions} mentions in "
        f"{stats.merged_events} merged events"
    )


@main.command()
@click.argument("a")
@click.argument("b")
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
    help="Period of the time series.",
)
@click.option("--from", "start", default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "end", default=None, help="Last day (YYYY-MM-DD).")
@click.option("--asserted-only", is_flag=True, help="Only events the text asserts happened.")
@click.option("--top", default=10, show_default=True, help="How many top events to list.")
@db_option
@user_errors
def dyad(
    a: str,
    b: str,
    by: str,
    start: str | None,
    end: str | None,
    asserted_only: bool,
    top: int,
    db: str,
) -> None:
    """Merged events between countries A and B per period, and the most reported ones.

    Example: eventcoder dyad IND RUS --by month --from 2020-01-01 --db events.duckdb
    """
    from eventcoder.ingest import parse_date
    from eventcoder.store import Store, country_code

    ca, cb = country_code(a, "dyad A"), country_code(b, "dyad B")
    d0 = parse_date(start, "--from") if start else None
    d1 = parse_date(end, "--to") if end else None
    with Store.open(db, read_only=True) as store:
        report = store.dyad(ca, cb, by=by, start=d0, end=d1, asserted_only=asserted_only, top=top)
    click.echo(report.to_text())


@main.command()
@click.option("--top", default=20, show_default=True, help="How many actors.")
@db_option
@user_errors
def actors(top: int, db: str) -> None:
    """The actors in the most merged events.

    Example: eventcoder actors --top 20 --db events.duckdb
    """
    from eventcoder.analytics.dyads import actors_table
    from eventcoder.store import Store

    with Store.open(db, read_only=True) as store:
        click.echo(actors_table(store.top_actors(top)))


@main.command()
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
    from eventcoder.store import Store

    if fmt == "parquet" and not output:
        raise InputError("--format parquet: give an output file with -o FILE")
    with Store.open(db, read_only=True) as store:
        n = export_store(
            store, fmt, output, merged=merged, plover_strict=plover_strict, stream=sys.stdout
        )
    if output:
        click.echo(f"{output}: {n} {'merged events' if merged else 'event mentions'}", err=True)
