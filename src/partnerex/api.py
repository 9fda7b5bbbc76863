"""The library entry points: ``load``, ``extract`` and ``extract_documents``."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from partnerex.convert_doc import doc_to_document, make_doc
from partnerex.models import Document, ErrorRecord, Meta
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
    """Extract from many documents in order; error records pass through.

    Runs ``partnerex.batch.run_local``: batches in ``nlp.memory_zone()`` (memory stays
    flat over any number of documents), ``n_process`` worker processes, and a document
    whose extraction fails becomes an ``ErrorRecord`` (code E020) while the stream goes on.
    """
    from partnerex.batch.runner import run_local, to_item

    pipeline = nlp or default_nlp()
    for outcome in run_local(documents, pipeline, workers=n_process, batch_size=batch_size):
        yield to_item(outcome.line)
