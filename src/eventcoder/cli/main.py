"""The `eventcoder` command group. Each command is a few lines over the library, in one module
per command group; user mistakes become one line (cli/options.py)."""

from __future__ import annotations

import logging

import click

from eventcoder.cli.actor import actor
from eventcoder.cli.code import code
from eventcoder.cli.evaluate import evaluate
from eventcoder.cli.export import export
from eventcoder.cli.ingest import ingest, merge
from eventcoder.cli.query import actors, dyad
from eventcoder.version import __version__


@click.group()
@click.version_option(__version__, prog_name="eventcoder")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def main(verbose: bool) -> None:
    """Code news text into PLOVER political events, each with its evidence."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


for command in (code, actor, evaluate, ingest, merge, dyad, actors, export):
    main.add_command(command)

if __name__ == "__main__":
    main()
