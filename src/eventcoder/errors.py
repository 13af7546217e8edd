"""Exceptions. Each message names the input and what is wrong with it, in one line."""


class EventcoderError(Exception):
    """Base class: a problem the user can fix (bad input, bad data file, bad setting)."""


class InputError(EventcoderError):
    """An input file, line or value cannot be read."""


class DataFileError(EventcoderError):
    """A lexicon, dictionary or gold file fails validation; names the file and line."""


class ModelError(EventcoderError):
    """The spaCy model cannot be loaded."""
