"""`eventcoder ingest` and `eventcoder merge`: fill a store and link its event mentions."""

from __future__ import annotations

import logging

import click

from eventcoder.cli.options import (
    coder_options,
    date_option,
    db_option,
    make_coder,
    open_store,
    user_errors,
)
from eventcoder.records import CodedDocument

log = logging.getLogger("eventcoder.ingest")


def _progress(cd: CodedDocument, outcome: str) -> None:
    """One line per stored document (shown with `eventcoder -v`); coding errors always."""
    if cd.error:
        click.echo(f"eventcoder: could not code {cd.error}", err=True)
    log.info("stored %s (%s, %d events)", cd.document.id, outcome, len(cd.events))


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@date_option
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
    from eventcoder.pipeline import ingest_documents

    day = parse_date(pub_date, "--date") if pub_date else None
    expand_inputs(inputs)  # every input checked before the store opens or the model loads
    with open_store(db) as store:
        stats = ingest_documents(
            store,
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


@click.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Forget all merges and merge every mention again.")
@user_errors
def merge(db: str, rebuild: bool) -> None:
    """Link event mentions that report the same real-world event (ingest does this too).

    Example: eventcoder merge --db events.duckdb --rebuild
    """
    with open_store(db, create=False) as store:
        stats = store.merge(rebuild=rebuild)
    click.echo(
        f"{db}: merged {stats.pending} pending mention(s); {stats.mentions} mentions in "
        f"{stats.merged_events} merged events"
    )
