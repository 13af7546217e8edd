"""`eventcoder code`: text in, events out as JSONL, CSV or a table."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING

import click

from eventcoder.cli.options import (
    RejectLog,
    check_outputs,
    coder_options,
    date_option,
    make_coder,
    reject_options,
    user_errors,
)
from eventcoder.records import ActorRef, Event

if TYPE_CHECKING:
    from eventcoder.events.filters import Drop


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
    type=click.Path(dir_okay=False),
    default=None,
    help="Write events here instead of stdout (written whole, or not at all).",
)
@click.option(
    "--mentions",
    "mentions_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write every actor mention found, one JSON line each.",
)
@click.option("--asserted-only", is_flag=True, help="Only events the text asserts happened.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Leave out events whose confidence is below this (default: the setting, 0.15; 0 keeps all).",
)
@click.option("--summary", is_flag=True, help="After the table, a paragraph per country pair.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print why each event was coded and which rule dropped each other candidate.",
)
@reject_options
@coder_options
@user_errors
def code(
    inputs: tuple[str, ...],
    pub_date: str | None,
    fmt: str | None,
    output: str | None,
    mentions_file: str | None,
    asserted_only: bool,
    min_confidence: float | None,
    summary: bool,
    explain: bool,
    rejects_file: str | None,
    on_error: str,
    model: str | None,
    actor_files: tuple[str, ...],
    trigger_files: tuple[str, ...],
    plover_strict: bool,
) -> None:
    """Code INPUTS (.txt, .html, .jsonl files, folders, or - for stdin) into events.

    Example: eventcoder code article.txt --date 2021-11-15
    """
    from eventcoder.ingest import parse_date
    from eventcoder.ingest.paths import expand_inputs, read_located
    from eventcoder.output.csv import write_csv
    from eventcoder.output.files import safe_output
    from eventcoder.output.jsonl import dumps, event_dict, mention_dict
    from eventcoder.output.table import dyad_summary, event_table
    from eventcoder.pipeline import Rejects, code_documents

    day = parse_date(pub_date, "--date") if pub_date else None
    notes: list[str] = []
    expand_inputs(inputs, notes)  # every input checked before the model loads
    outputs = [("-o", output), ("--mentions", mentions_file), ("--rejects", rejects_file)]
    check_outputs(outputs, inputs)  # never overwrite an input; writable before the model loads
    for note in notes:
        click.echo(f"eventcoder: {note}", err=True)
    coder = make_coder(
        model, actor_files, trigger_files, plover_strict, asserted_only, min_confidence
    )
    if explain:
        rejects = Rejects(on_reject=RejectLog(None), stop=on_error == "stop")
        for _, document in read_located(inputs, day, on_reject=rejects.add):
            events, drops = coder.explain(document)
            click.echo(explanation(document.id, document.text, events, drops))
        for note in rejects.notes:
            click.echo(f"eventcoder: {note}", err=True)
        return
    n_coded = n_events = 0
    all_events: list[Event] = []
    with ExitStack() as stack:
        out = (
            stack.enter_context(safe_output(output, what="-o", newline=""))
            if output
            else sys.stdout
        )
        fmt = fmt or ("table" if out.isatty() or summary else "jsonl")
        mfh = (
            stack.enter_context(safe_output(mentions_file, what="--mentions"))
            if mentions_file
            else None
        )
        rfh = (
            stack.enter_context(safe_output(rejects_file, what="--rejects"))
            if rejects_file
            else None
        )
        rejects = Rejects(on_reject=RejectLog(rfh), stop=on_error == "stop")
        first = True
        located = read_located(inputs, day, on_reject=rejects.add)
        results = code_documents(coder, located, rejects, mentions=mfh is not None)
        for result in results:
            n_coded += 1
            n_events += len(result.events)
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
        for note in rejects.notes:
            click.echo(f"eventcoder: {note}", err=True)
    done = f"coded {n_coded} document(s), {n_events} event(s)"
    if rejects.stopped:
        raise click.ClickException(f"{done}; {rejects.stopped}")
    if rejects.count:
        raise click.ClickException(f"{done}; rejected {rejects.count} (see above)")
    if n_coded == 0:
        raise click.ClickException("no documents to code")
    click.echo(f"eventcoder: {done}", err=True)


def _sides(actors: tuple[ActorRef, ...]) -> str:
    return "; ".join(f"{a.span.text!r} {a.country or '?'} ({a.resolved_by})" for a in actors) or "-"


def explanation(doc_id: str, text: str, events: tuple[Event, ...], drops: tuple[Drop, ...]) -> str:
    """Each event with what coded it (its trigger's lexicon entry and example, the cue of its
    modality), then each dropped candidate with its rule and reason."""
    from eventcoder.events.filters import reason

    lines = [f"== {doc_id}: {len(events)} event(s), {len(drops)} candidate(s) dropped"]
    for ev in events:
        mode = f"/{ev.mode}" if ev.mode else ""
        ref = f" reference ({ev.reference_why})" if ev.reference else ""
        lines.append(
            f"EVENT {ev.type.value}{mode} {ev.modality.value}{ref}: trigger {ev.trigger.text!r} "
            f"at {ev.trigger.start}"
        )
        lines.append(f"    source: {_sides(ev.source)}")
        lines.append(f"    target: {_sides(ev.target)}")
        if ev.why is not None:
            lines.append(f"    entry: {ev.why.entry}")
            lines.append(f"    example: {ev.why.example}")
            lines.append(f"    modality: {ev.why.modality}")
            if ev.why.confidence:
                lines.append(f"    confidence: {ev.why.confidence}")
        lines.append(f"    sentence: {ev.text}")
    for d in sorted(drops, key=lambda d: d.trigger):
        word = text[d.trigger :].split(" ", 1)[0]
        by = f" (because of {text[d.by :].split(' ', 1)[0]!r})" if d.by is not None else ""
        lines.append(f"DROP {d.rule.value}: {word!r} at {d.trigger}{by}: {reason(d)}")
    return "\n".join(lines)
