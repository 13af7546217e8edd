"""`eventcoder ingest` and `eventcoder merge`: fill a store and link its event mentions."""

from __future__ import annotations

import contextlib
import logging
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from eventcoder.cli.options import (
    RejectLog,
    check_outputs,
    coder_options,
    date_option,
    db_option,
    make_coder,
    open_store,
    reject_options,
    user_errors,
)
from eventcoder.records import CodedDocument

log = logging.getLogger("eventcoder.ingest")


def _progress(cd: CodedDocument, outcome: str) -> None:
    """One line per stored document (shown with `eventcoder -v`); rejects are reported apart."""
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
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Code in N processes on this machine (a local Dask cluster); this process stores.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="tcp://HOST:PORT",
    help="Code on an existing Dask cluster (its dask-scheduler); every worker needs eventcoder, "
    "the model and any --actors/--triggers files at the same paths.",
)
@reject_options
@coder_options
@user_errors
def ingest(
    inputs: tuple[str, ...],
    db: str,
    pub_date: str | None,
    batch_size: int | None,
    workers: int,
    scheduler: str | None,
    rejects_file: str | None,
    on_error: str,
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
    from eventcoder.ingest import parse_date
    from eventcoder.ingest.paths import expand_inputs, read_located
    from eventcoder.output.files import safe_output
    from eventcoder.pipeline import Rejects, ingest_documents
    from eventcoder.pipeline.progress import Progress, count_documents

    day = parse_date(pub_date, "--date") if pub_date else None
    notes: list[str] = []
    files = expand_inputs(
        inputs, notes
    )  # every input checked before the store opens or the model loads
    check_outputs([("--rejects", rejects_file)], inputs, db)
    for note in notes:
        click.echo(f"eventcoder: {note}", err=True)
    existed = Path(db).exists()
    with ExitStack() as stack:
        rfh = (
            stack.enter_context(safe_output(rejects_file, what="--rejects"))
            if rejects_file
            else None
        )
        rejects = Rejects(on_reject=RejectLog(rfh), stop=on_error == "stop")
        store = stack.enter_context(open_store(db))
        located = read_located(inputs, day, on_reject=rejects.add)
        # a bar on a terminal (its total when no document can be skipped as stored), else quiet
        bar = stack.enter_context(Progress(None if existed else count_documents(files)))

        def progress(cd: CodedDocument, outcome: str) -> None:
            _progress(cd, outcome)
            bar(cd, outcome)

        def coder() -> Any:
            if workers == 1 and not scheduler:
                return make_coder(model, actor_files, trigger_files, plover_strict)
            from eventcoder.scale.dask import DaskCoder, settings_of

            settings = settings_of(
                model=model, actors=actor_files, triggers=trigger_files, plover_strict=plover_strict
            )
            return stack.enter_context(
                DaskCoder.start(settings, workers=workers, scheduler=scheduler)
            )

        stats = ingest_documents(
            store, located, coder, batch_size=batch_size, progress=progress, rejects=rejects
        )
        counts = store.counts()
        bar.close()
    if bar.documents:
        click.echo(f"eventcoder: {bar.summary()}", err=True)
    if not existed and counts["documents"] == 0:
        _remove_empty(db)
    added, skipped = stats.added + stats.replaced, stats.skipped
    summary = (
        f"{db}: {added} document(s) stored, {skipped} already stored; now "
        f"{counts['documents']} documents, {counts['events']} event mentions, "
        f"{counts['merged_events']} merged events"
    )
    if rejects.stopped:
        raise click.ClickException(f"{summary}; {rejects.stopped}")
    if rejects.count:
        raise click.ClickException(
            f"{summary}; rejected {rejects.count} (see above; documents that could not be "
            "coded are recorded with their error and retried on the next run)"
        )
    click.echo(summary, err=True)


def _remove_empty(db: str) -> None:
    """An ingest that stored nothing into a new database leaves no empty file behind."""
    for path in (Path(db), Path(f"{db}.wal")):
        with contextlib.suppress(OSError):
            path.unlink()


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
