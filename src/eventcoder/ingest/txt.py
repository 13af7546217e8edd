"""Plain text: normalise line ends and drop page boilerplate lines that are not news."""

from __future__ import annotations

import re

# Whole lines that web pages append to articles; matched case-insensitively, whole line only.
_BOILERPLATE = re.compile(
    r"^\s*(leave a (comment|reply)|share this( article| story)?|read more|related (articles|posts|news)"
    r"|advertisement|subscribe( now| to our newsletter)?|follow us on .{1,40}|comments?( \(\d+\))?"
    r"|click here to .{1,60}|sign up .{0,60}|print this (page|article)|tags?:.{0,200})\s*$",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    """Unify line ends, drop boilerplate-only lines, trim trailing space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not _BOILERPLATE.match(line)]
    return "\n".join(kept).strip() + "\n" if any(kept) else ""
