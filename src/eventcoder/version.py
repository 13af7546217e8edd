"""The coder version, stamped on every event so re-coding can replace old output."""

__version__ = "0.1.0"
