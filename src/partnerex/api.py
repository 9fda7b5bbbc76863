"""The library entry points: ``load``, ``extract`` and ``extract_documents``."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from partnerex.convert_doc import doc_from_document, doc_to_document, make_doc
from partnerex.errors import Errors
from partnerex.models import Document, ErrorInfo, ErrorRecord, Meta
from partnerex.pipeline import load


@functools.lru_cache(maxsize=2)
def default_nlp(patterns: str | None = None) -> Language:
    """The pipeline ``extract`` uses when none is given, loaded once per process."""
    return load(patterns)


def extract(
    text: str,
    published: str | dt.date | None = None,
    meta: Meta | dict[str, Any] | None = None,
    *,
    doc_id: str | None = None,
    nlp: Language | None = None,
) -> Document:
    """Extract spans and records from one text.

    ``published`` (ISO date or ``datetime.date``) anchors relative dates; a bad value
    raises ``ValueError``. ``meta`` may carry title, url, source and published.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    pipeline = nlp or default_nlp()
    doc = make_doc(pipeline, text, doc_id=doc_id, meta=meta, published=published)
    return doc_to_document(pipeline(doc))


def extract_documents(
    documents: Iterable[Document | ErrorRecord],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> Iterator[Document | ErrorRecord]:
    """Extract from many documents with ``nlp.pipe``; error records pass through.

    A document whose extraction fails becomes an ``ErrorRecord`` (code E020) and the
    stream goes on.
    """
    pipeline = nlp or default_nlp()
    pending: list[ErrorRecord] = []

    def docs() -> Iterator[Any]:
        for item in documents:
            if isinstance(item, ErrorRecord):
                pending.append(item)
                continue
            yield doc_from_document(pipeline, item)

    def on_error(proc_name: str, proc: Any, docs: list[Any], exc: Exception) -> None:
        raise exc

    stream = pipeline.pipe(docs(), n_process=n_process, batch_size=batch_size)
    iterator = iter(stream)
    while True:
        while pending:
            yield pending.pop(0)
        try:
            doc = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # one bad document must not stop the batch
            yield ErrorRecord(
                id="unknown",
                error=ErrorInfo(code="E020", message=Errors.E020.format(id="unknown", reason=exc)),
            )
            break
        try:
            yield doc_to_document(doc)
        except Exception as exc:
            doc_id = (doc.user_data.get("partnerex") or {}).get("id", "unknown")
            yield ErrorRecord(
                id=str(doc_id),
                error=ErrorInfo(code="E020", message=Errors.E020.format(id=doc_id, reason=exc)),
            )
    while pending:
        yield pending.pop(0)
