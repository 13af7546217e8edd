"""The evaluate command's library side: pick the gold kind, code or read predictions, score."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventcoder.errors import DataFileError
from eventcoder.evaluate.article import load_article_gold, score_article
from eventcoder.evaluate.sentences import load_gold, read_predictions, score, simplify
from eventcoder.ingest.jsonl import parse_date
from eventcoder.records import Document


def run_evaluation(
    gold: Path,
    *,
    text_file: str | None,
    pred: str | None,
    corpus: str | None,
    show_errors: bool,
    coder_factory: Callable[[], Any],
) -> tuple[str, bool]:
    """Returns (printable report, passed). Article gold passes or fails; sentence gold always passes."""
    if not gold.is_file():
        raise DataFileError(f"{gold}: no such gold file")
    if gold.suffix == ".json":
        spec = load_article_gold(gold)
        article = Path(text_file) if text_file else gold.parent / spec.get("article", "article.txt")
        if not article.is_file():
            raise DataFileError(f"{article}: article text not found (pass --text)")
        from eventcoder.ingest.txt import clean_text

        day = (
            parse_date(spec["publication_date"], f"{gold} publication_date")
            if spec.get("publication_date")
            else None
        )
        doc = Document(
            id=article.name, text=clean_text(article.read_text(encoding="utf-8")), date=day
        )
        coder = coder_factory()
        result = next(coder.pipe([doc], mentions=True))
        if result.error:
            raise DataFileError(result.error)
        card = score_article(result.events, result.mentions, spec)
        return card.render(), card.passed
    sentences = load_gold(gold, Path(corpus) if corpus else None)
    predicted: dict[str, list[dict[str, Any]]] = {}
    if pred:
        for row in read_predictions(Path(pred)):
            predicted.setdefault(str(row.get("doc_id")), []).extend(simplify([row]))
    else:
        coder = coder_factory()
        docs = [
            Document(
                id=s.id,
                text=s.text,
                source=s.source,
                date=parse_date(s.date, f"{gold} {s.id} date") if s.date else None,
            )
            for s in sentences
        ]
        for res in coder.pipe(docs):
            predicted[res.document.id] = simplify(res.events)
    rep = score(sentences, predicted)
    text = rep.render()
    if show_errors:
        lines = []
        for s in sentences:
            gl = sorted(_line(e) for e in s.events)
            pl = sorted(_line(e) for e in predicted.get(s.id, []))
            if gl != pl:
                lines.append(f"[{s.id}] {s.text.strip()}\n   gold: {gl}\n   pred: {pl}")
        text = "\n".join(lines) + "\n\n" + text
    return text, True


def _line(ev: dict[str, Any]) -> str:
    """One event as "TYPE SRC->TGT modality" for the error listing."""
    src = "+".join(ev.get("source") or [])
    tgt = "+".join(ev.get("target") or [])
    return f"{ev['type']} {src}->{tgt} {ev.get('modality')}"
