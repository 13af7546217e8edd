"""Options and helpers shared by the commands: one place for --model/--actors/--triggers/
--plover-strict, --db, user errors as one line, and opening a store with the flag in its errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from eventcoder.errors import EventcoderError, InputError

if TYPE_CHECKING:
    from eventcoder.coder import Coder
    from eventcoder.records import Rejected
    from eventcoder.store import Store

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
        except UnicodeDecodeError as exc:  # bytes that are not text reached a text reader
            raise click.ClickException(
                f"input is not UTF-8 text (byte {exc.start}: {exc.reason})"
            ) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None
        except Exception as exc:
            import duckdb

            if isinstance(exc, duckdb.Error):
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise click.ClickException(
                    f"the database cannot be read ({first[:200]}); the file may be damaged"
                ) from None
            raise

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
    min_confidence: float | None = None,
) -> Coder:
    from eventcoder.coder import Coder
    from eventcoder.settings import Settings

    base = Settings() if min_confidence is None else Settings(min_confidence=min_confidence)
    coder = Coder(
        model,
        actors=actor_files,
        triggers=trigger_files,
        plover_strict=plover_strict,
        asserted_only=asserted_only,
        settings=base,
    )
    coder.builder  # noqa: B018  (load model, dictionary and lexicon now: errors surface here)
    return coder


db_option = click.option(
    "--db",
    "db",
    default="eventcoder.duckdb",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The DuckDB store file.",
)


def date_option(fn: F) -> F:
    """--date: the publication date for inputs that carry none."""
    return click.option(
        "--date",
        "pub_date",
        default=None,
        help="Publication date (YYYY-MM-DD) for inputs without one.",
    )(fn)


def reject_options(fn: F) -> F:
    """--rejects FILE and --on-error: what happens to inputs and documents that cannot be coded."""
    fn = click.option(
        "--on-error",
        "on_error",
        type=click.Choice(["skip", "stop"]),
        default="skip",
        show_default=True,
        help="On a bad file, line or document: report it and go on (skip), or stop there. "
        "Either way the exit status is 1 when anything was rejected.",
    )(fn)
    return click.option(
        "--rejects",
        "rejects_file",
        type=click.Path(dir_okay=False),
        default=None,
        help="Also write every rejected input as a JSON line {where, problem}.",
    )(fn)


class RejectLog:
    """Reports rejects one line each on stderr and, with --rejects, as JSON lines in a file."""

    def __init__(self, out: IO[str] | None) -> None:
        self.out = out

    def __call__(self, item: Rejected) -> None:
        click.echo(f"eventcoder: {item.where}: {item.problem}", err=True)
        if self.out is not None:
            self.out.write(json.dumps({"where": item.where, "problem": item.problem}) + "\n")


def check_outputs(
    outputs: Iterable[tuple[str, str | None]],
    inputs: Iterable[str] = (),
    db: str | None = None,
) -> None:
    """Every (option, path) given must be writable and must not be an input or the database."""
    from eventcoder.ingest.paths import expand_inputs
    from eventcoder.output.files import check_output

    given = [(what, path) for what, path in outputs if path]
    if not given:
        return
    files = expand_inputs(inputs) if inputs else []
    protected = [db, f"{db}.wal"] if db else []
    seen: dict[str, str] = {}
    for what, path in given:
        check_output(path, what=what, inputs=files, protected=protected)
        key = str(Path(path).resolve())
        if key in seen:
            raise InputError(f"{what} {path}: also given to {seen[key]}; give each its own file")
        seen[key] = what


def open_store(db: str, *, read_only: bool = False, create: bool = True) -> Store:
    """Store.open, with the command that fixes a missing or old database in the error."""
    from eventcoder.store import NoStore, Store, StoreTooOld

    try:
        store = Store.open(db, read_only=read_only, create=create)
    except NoStore as exc:
        raise InputError(f"{exc} (create it with: eventcoder ingest INPUT --db {db})") from None
    except StoreTooOld as exc:
        raise InputError(
            str(exc).replace("for writing", f"for writing (e.g. eventcoder merge --db {db})")
        ) from None
    if read_only:
        try:
            pending = store.counts()["pending"]
        except Exception:
            store.close()
            raise
        if pending:
            click.echo(
                f"eventcoder: {db}: {pending} event mention(s) are not merged yet and are not "
                f"counted here (run: eventcoder merge --db {db})",
                err=True,
            )
    return store
