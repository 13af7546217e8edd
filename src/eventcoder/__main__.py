"""`python -m eventcoder` runs the command line."""

from eventcoder.cli import main

main(prog_name="eventcoder")
