"""`eventcoder actor`: who a name or phrase is on a date, and why."""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventcoder.cli.options import coder_options, user_errors


@click.command()
@click.argument("query", required=False)
@click.option("--date", "day", default=None, help="Resolve as of this date (YYYY-MM-DD).")
@click.option(
    "--jsonl",
    "jsonl_file",
    type=click.Path(dir_okay=False),
    default=None,
    help='Resolve many: lines of {"id","query","date"}; one JSON result per line.',
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print the resolution order (dictionary entry, title + name, apposition, organisation,"
    " place, sector noun, near spelling) and which steps decided, then the JSON result.",
)
@coder_options
@user_errors
def actor(
    query: str | None,
    day: str | None,
    jsonl_file: str | None,
    explain: bool,
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
        res = coder.resolve_actor(query, d)
        if explain:
            click.echo(f"{query!r} on {d or 'any date'}: {res['text'] or 'no actor found'}")
            for line in res["steps"]:
                click.echo("  " + line)
            click.echo(f"  because: {res['how']}  (confidence {res['confidence']})")
        click.echo(json.dumps(res, ensure_ascii=False))
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
