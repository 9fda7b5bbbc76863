"""Make the ``Document`` and ``ErrorRecord`` values the readers yield."""

from __future__ import annotations

from partnerex.errors import Errors
from partnerex.ingest.ids import host_of
from partnerex.models import Document, ErrorInfo, ErrorRecord, Meta


def error_record(
    doc_id: str, code: str, source: str | None = None, **values: object
) -> ErrorRecord:
    """An error record whose message is the ``Errors`` template ``code`` filled with values."""
    message = getattr(Errors, code).format(**values)
    return ErrorRecord(id=doc_id, error=ErrorInfo(code=code, message=message), source=source)


def pick_published(candidates: list[tuple[str | None, str]]) -> tuple[str | None, str | None]:
    """The first candidate with a date: ``(published, published_from)``."""
    for iso, origin in candidates:
        if iso:
            return iso, origin
    return None, None


def make_document(
    doc_id: str,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: tuple[str | None, str | None] = (None, None),
    author: str | None = None,
    source: str | None = None,
    fallback_source: str | None = None,
) -> Document:
    """A Document with meta filled; ``meta.source`` is ``source`` when given, else the URL's
    host, else the file name of ``fallback_source``."""
    meta = Meta(
        title=title or None,
        url=url or None,
        published=published[0],
        published_from=published[1] if published[0] else None,
        source=source or host_of(url) or _file_name(fallback_source),
        author=author or None,
    )
    return Document(id=doc_id, text=text, meta=meta)


def _file_name(source: str | None) -> str | None:
    """The file name of a path-like source (``<stdin>`` and plain names unchanged)."""
    if not source:
        return None
    return source.replace("\\", "/").rsplit("/", 1)[-1] or source
