"""Options and helpers shared by the commands: one place for --model/--actors/--triggers/
--plover-strict, --db, user errors as one line, and opening a store with the flag in its errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from eventcoder.errors import EventcoderError, InputError

if TYPE_CHECKING:
    from eventcoder.coder import Coder
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
) -> Coder:
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


def open_store(db: str, *, read_only: bool = False, create: bool = True) -> Store:
    """Store.open, with the command that fixes a missing or old database in the error."""
    from eventcoder.store import NoStore, Store, StoreTooOld

    try:
        return Store.open(db, read_only=read_only, create=create)
    except NoStore as exc:
        raise InputError(f"{exc} (create it with: eventcoder ingest INPUT --db {db})") from None
    except StoreTooOld as exc:
        raise InputError(
            str(exc).replace("for writing", f"for writing (e.g. eventcoder merge --db {db})")
        ) from None
