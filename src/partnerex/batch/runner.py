"""Robust batch extraction: memory zones, per-document error isolation, ordered workers.

``process_batch`` is the unit of work every engine runs (in-process, in a worker
process, on a Dask worker): it processes one list of inputs inside
``nlp.memory_zone()`` so the string store does not grow over a long run, converts the
Docs to JSON inside the zone, and turns any document that fails into an
``ErrorRecord`` while the rest of the batch goes on.
"""

from __future__ import annotations

import gc
import json
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from spacy.language import Language

from partnerex.convert_doc import doc_from_document, doc_to_document
from partnerex.errors import Errors
from partnerex.models import Document, ErrorInfo, ErrorRecord

#: Record kinds counted in a run's summary, in report order.
RECORD_KINDS: tuple[str, ...] = ("spans", "programs", "agreements", "signatories", "figures")

Item = Document | ErrorRecord


@dataclass(frozen=True)
class Outcome:
    """What one input became: its JSON line, whether it is a document, and its counts."""

    id: str
    line: str
    ok: bool
    words: int = 0
    counts: tuple[int, ...] = (0, 0, 0, 0, 0)
    error_code: str | None = None


def to_item(value: Any) -> Item:
    """A Document or ErrorRecord from a model, a dict or a JSON string."""
    if isinstance(value, Document | ErrorRecord):
        return value
    data = json.loads(value) if isinstance(value, str | bytes) else value
    if isinstance(data, dict) and "error" in data:
        return ErrorRecord.model_validate(data)
    return Document.model_validate(data)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def error_outcome(record: ErrorRecord) -> Outcome:
    """The outcome of an input that is (or became) an error record."""
    return Outcome(
        id=record.id, line=record.model_dump_json(), ok=False, error_code=record.error.code
    )


def failure(doc_id: str, exc: BaseException) -> ErrorRecord:
    """The E020 error record of a document whose extraction raised ``exc``."""
    reason = f"{type(exc).__name__}: {exc}"
    message = Errors.E020.format(id=doc_id, reason=reason)
    return ErrorRecord(id=doc_id, error=ErrorInfo(code="E020", message=message))


def document_outcome(document: Document) -> Outcome:
    """The outcome of a successfully extracted document."""
    counts = (
        len(document.spans),
        len(document.programs),
        len(document.agreements),
        sum(len(a.signatories) for a in document.agreements),
        len(document.figures),
    )
    return Outcome(
        id=document.id,
        line=document.model_dump_json(),
        ok=True,
        words=len(document.text.split()),
        counts=counts,
    )


def _convert(doc: Any, doc_id: str) -> Outcome:
    try:
        return document_outcome(doc_to_document(doc))
    except Exception as exc:  # a conversion bug must not stop the batch
        return error_outcome(failure(doc_id, exc))


def _one_by_one(nlp: Language, documents: list[tuple[int, Document]]) -> list[tuple[int, Outcome]]:
    results: list[tuple[int, Outcome]] = []
    for index, document in documents:
        try:
            doc = nlp(doc_from_document(nlp, document))
        except Exception as exc:  # isolate the failing document
            results.append((index, error_outcome(failure(document.id, exc))))
            continue
        results.append((index, _convert(doc, document.id)))
    return results


def process_batch(nlp: Language, items: list[Item], batch_size: int = 64) -> list[Outcome]:
    """Extract one batch inside a memory zone; one outcome per input, in input order.

    Error records pass through. If ``nlp.pipe`` raises on the batch, the batch is redone
    one document at a time from fresh Docs so only the failing document becomes an
    ``ErrorRecord`` (code E020).
    """
    outcomes: list[Outcome | None] = [None] * len(items)
    with nlp.memory_zone():
        documents: list[tuple[int, Document]] = []
        for index, item in enumerate(items):
            if isinstance(item, ErrorRecord):
                outcomes[index] = error_outcome(item)
            else:
                documents.append((index, item))
        try:
            docs = [doc_from_document(nlp, document) for _, document in documents]
            processed = list(nlp.pipe(docs, batch_size=batch_size))
            results = [
                (index, _convert(doc, document.id))
                for (index, document), doc in zip(documents, processed, strict=True)
            ]
        except Exception:
            results = _one_by_one(nlp, documents)
        for index, outcome in results:
            outcomes[index] = outcome
    return [outcome for outcome in outcomes if outcome is not None]


# --- worker processes -----------------------------------------------------------------

_WORKER_NLP: Language | None = None


def pipeline_spec(nlp: Language) -> tuple[dict[str, Any], bytes]:
    """A picklable description of a pipeline: its config and its serialized state."""
    return nlp.config.interpolate(), nlp.to_bytes()


def pipeline_from_spec(spec: tuple[dict[str, Any], bytes]) -> Language:
    """Rebuild a pipeline from ``pipeline_spec`` (in a freshly spawned process)."""
    from spacy.util import load_model_from_config

    config, data = spec
    return load_model_from_config(config, auto_fill=True).from_bytes(data)


def _init_worker(nlp: Language | None, spec: tuple[dict[str, Any], bytes] | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp if nlp is not None else pipeline_from_spec(spec)  # type: ignore[arg-type]


def _work(items: list[Item], batch_size: int) -> list[Outcome]:
    assert _WORKER_NLP is not None, "worker pipeline not initialised"
    return process_batch(_WORKER_NLP, items, batch_size)


def _ready() -> bool:
    return _WORKER_NLP is not None


def _pool(nlp: Language, workers: int) -> ProcessPoolExecutor:
    """Worker processes sharing ``nlp``: inherited when forking, rebuilt from bytes otherwise."""
    if "fork" in mp.get_all_start_methods():
        context, initargs = mp.get_context("fork"), (nlp, None)
    else:  # pragma: no cover - macOS/Windows
        context, initargs = mp.get_context("spawn"), (None, pipeline_spec(nlp))
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=initargs
    )


def run_local(
    items: Iterable[Item],
    nlp: Language,
    *,
    workers: int = 1,
    batch_size: int = 64,
    chunk_size: int | None = None,
) -> Iterator[Outcome]:
    """Extract a stream of inputs in order with ``workers`` processes; memory stays bounded.

    Inputs are cut into chunks of ``chunk_size`` (default ``batch_size``); each chunk is
    processed by ``process_batch``. With ``workers > 1`` the pipeline is shared with the
    worker processes once (fork, or rebuilt from bytes under spawn) and at most ``2 * workers``
    chunks are in flight, so the output order is the input order and reading never runs
    ahead of writing.
    """
    chunks = batched(items, chunk_size or batch_size)
    if workers <= 1:
        for chunk in chunks:
            yield from process_batch(nlp, chunk, batch_size)
        return
    with _pool(nlp, workers) as pool:
        # Start every worker now. Freezing the garbage collector across the fork keeps the
        # children from touching (and so copying) every object the parent already holds.
        gc.freeze()
        try:
            for future in [pool.submit(_ready) for _ in range(workers)]:
                future.result()
        finally:
            gc.unfreeze()
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_work, chunk, batch_size))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
