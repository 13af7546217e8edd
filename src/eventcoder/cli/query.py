"""`eventcoder dyad` and `eventcoder actors`: queries over a store, printed as text."""

from __future__ import annotations

import click

from eventcoder.cli.options import db_option, open_store, user_errors


@click.command()
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
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="How many top events to list.",
)
@click.option(
    "--include-references",
    is_flag=True,
    help="Count mentions of earlier events (references) as events too, one per mention.",
)
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
    include_references: bool,
    db: str,
) -> None:
    """Merged events between countries A and B per period, and the most reported ones.

    References to earlier events ("condemned the invasion") are a column of their own (refs)
    and not counted as events unless --include-references.

    Example: eventcoder dyad IND RUS --by month --from 2020-01-01 --db events.duckdb
    """
    from eventcoder.analytics import dyad_report
    from eventcoder.errors import InputError
    from eventcoder.ingest import parse_date
    from eventcoder.output.reports import dyad_text
    from eventcoder.store import country_code

    ca, cb = country_code(a, "dyad A"), country_code(b, "dyad B")
    d0 = parse_date(start, "--from") if start else None
    d1 = parse_date(end, "--to") if end else None
    if d0 and d1 and d0 > d1:
        raise InputError(f"--from {d0} is after --to {d1}")
    with open_store(db, read_only=True) as store:
        report = dyad_report(
            store,
            ca,
            cb,
            by=by,
            start=d0,
            end=d1,
            asserted_only=asserted_only,
            top=top,
            include_references=include_references,
        )
    click.echo(dyad_text(report))


@click.command()
@click.option(
    "--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many actors."
)
@click.option(
    "--include-references",
    is_flag=True,
    help="Count mentions of earlier events (references) as events too.",
)
@db_option
@user_errors
def actors(top: int, include_references: bool, db: str) -> None:
    """The actors in the most merged events (references to earlier events in their own column).

    Example: eventcoder actors --top 20 --db events.duckdb
    """
    from eventcoder.analytics import top_actors
    from eventcoder.output.reports import actors_table

    with open_store(db, read_only=True) as store:
        click.echo(actors_table(top_actors(store, top, include_references)))
