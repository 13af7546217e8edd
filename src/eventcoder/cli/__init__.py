"""The eventcoder command line: a thin layer over the library (one module per command group)."""

from eventcoder.cli.main import main

__all__ = ["main"]
