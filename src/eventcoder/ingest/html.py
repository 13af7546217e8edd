"""HTML pages: main text only (menus, footers, comment prompts dropped) via trafilatura."""

from __future__ import annotations

from datetime import date

from eventcoder.errors import InputError
from eventcoder.ingest.txt import clean_text


def extract_html(html: str, name: str) -> tuple[str, str | None, date | None, str | None]:
    """Return (text, title, publication date, url) of the page's main content."""
    import trafilatura  # heavy import, only for HTML input

    try:
        result = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(f"{name}: cannot extract text from HTML ({exc})") from exc
    if result is None:
        raise InputError(f"{name}: no article text found in the HTML page")
    doc = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = clean_text(doc.get("text") or "")
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    title = doc.get("title") or None
    pub: date | None = None
    raw = doc.get("date")
    if raw:
        try:
            pub = date.fromisoformat(str(raw)[:10])
        except ValueError:
            pub = None
    return text, title, pub, doc.get("url") or None
