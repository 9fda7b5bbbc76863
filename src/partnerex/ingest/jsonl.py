"""JSON Lines (and ``.json``) documents: the ANNOTATION.md shape or any records with a text key.

Each record gives ``text`` (``text_key``), ``id`` (``id_key``; else its URL; else
``<file>#<line>``) and metadata from a ``meta`` object and/or top-level ``title``, ``url``,
``published``, ``source``, ``author`` (the shape of ``corpus/raw/*.json``). Spans and records
of a gold document are not read: ``read`` yields documents to extract from. A line that is not
a JSON object with a string text becomes an E016 error record; the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from partnerex.ingest.build import error_record, make_document
from partnerex.ingest.dates import parse_date
from partnerex.ingest.ids import item_id, url_id
from partnerex.ingest.limits import MAX_ITEMS
from partnerex.models import Document, ErrorRecord

_META_KEYS = ("title", "url", "published", "source", "author", "published_from")


def _meta(record: dict[str, Any]) -> dict[str, str | None]:
    merged: dict[str, Any] = {k: record.get(k) for k in _META_KEYS if k in record}
    nested = record.get("meta")
    if isinstance(nested, dict):
        merged.update({k: nested.get(k) for k in _META_KEYS if nested.get(k) is not None})
    return {k: (str(v) if v is not None else None) for k, v in merged.items()}


def record_document(
    record: Any, line: int, base_id: str, name: str, text_key: str, id_key: str
) -> Document | ErrorRecord:
    """One JSON record as a Document, or an E016 error record."""
    fallback_id = item_id(base_id, line)
    if not isinstance(record, dict):
        return error_record(fallback_id, "E016", name, line=line, path=name, reason="not an object")
    text = record.get(text_key)
    if not isinstance(text, str):
        reason = f"no string field {text_key!r}"
        return error_record(fallback_id, "E016", name, line=line, path=name, reason=reason)
    meta = _meta(record)
    raw_id = record.get(id_key)
    doc_id = (
        str(raw_id)
        if raw_id not in (None, "")
        else (url_id(meta["url"]) if meta.get("url") else fallback_id)
    )
    published = parse_date(meta["published"]) if meta.get("published") else None
    origin = meta.get("published_from") or "given"
    return make_document(
        doc_id,
        text,
        title=meta.get("title"),
        url=meta.get("url"),
        published=(published, origin if published else None),
        author=meta.get("author"),
        source=meta.get("source"),
        fallback_source=name,
    )


def read_jsonl(
    text: str, base_id: str, name: str, *, text_key: str = "text", id_key: str = "id"
) -> Iterator[Document | ErrorRecord]:
    """Documents from JSON Lines, or from a JSON object / array of objects."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError:
            records = None
        if isinstance(records, list):
            for index, record in enumerate(records[:MAX_ITEMS], start=1):
                yield record_document(record, index, base_id, name, text_key, id_key)
            return
    if stripped.startswith("{") and "\n{" not in stripped:
        try:
            whole = json.loads(stripped)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict):
            doc = record_document(whole, 1, base_id, name, text_key, id_key)
            if isinstance(doc, Document) and doc.id == item_id(base_id, 1):
                doc = doc.model_copy(update={"id": base_id})
            yield doc
            return
    count = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        count += 1
        if count > MAX_ITEMS:
            return
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield error_record(
                item_id(base_id, line_no), "E016", name, line=line_no, path=name, reason=exc.msg
            )
            continue
        yield record_document(record, line_no, base_id, name, text_key, id_key)
