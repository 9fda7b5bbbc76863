"""Between spaCy ``Doc`` and the pydantic ``Document``: the pipeline's boundary."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.errors import Errors
from partnerex.models import Agreement, Document, Figure, Meta, Program, Span
from partnerex.pipeline.state import final_spans, norm_of, state


def normalize_published(value: str | dt.date | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` string from a date, datetime or ISO string; ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else _fail(value)
        except ValueError:
            return _fail(value)
    return _fail(value)


def _fail(value: Any) -> str:
    raise ValueError(Errors.E002.format(value=value))


def text_id(text: str) -> str:
    """A stable id for a text without one: ``sha1:`` and 16 hex digits of its SHA-1."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_doc(
    nlp: Language,
    text: str,
    *,
    doc_id: str | None = None,
    meta: Meta | dict[str, Any] | None = None,
    published: str | dt.date | None = None,
) -> Doc:
    """Tokenize ``text`` and attach id and metadata, ready for ``nlp(doc)`` or ``nlp.pipe``."""
    meta_dict = dict(meta.model_dump() if isinstance(meta, Meta) else (meta or {}))
    if published is not None:
        meta_dict["published"] = normalize_published(published)
        meta_dict["published_from"] = "given"
    elif meta_dict.get("published") is not None:
        meta_dict["published"] = normalize_published(meta_dict["published"])
        meta_dict.setdefault("published_from", "given")
    Meta.model_validate(meta_dict)
    doc = nlp.make_doc(text)
    data = state(doc)
    data["id"] = doc_id or text_id(text)
    data["meta"] = meta_dict
    return doc


def doc_from_document(nlp: Language, document: Document) -> Doc:
    """``make_doc`` for a Document read by the ingest layer."""
    return make_doc(nlp, document.text, doc_id=document.id, meta=document.meta)


def doc_to_document(doc: Doc) -> Document:
    """Convert a processed Doc into the pydantic Document (spans, records, countries)."""
    data = state(doc)
    records = data.get("records") or {}
    spans = [
        Span(
            start=s.start_char,
            end=s.end_char,
            label=s.label_,
            text=s.text,
            norm=norm_of(s),
            pattern=s.id_ or None,
        )
        for s in final_spans(doc)
    ]
    meta = {k: v for k, v in (data.get("meta") or {}).items() if k in Meta.model_fields}
    return Document(
        id=data.get("id") or text_id(doc.text),
        text=doc.text,
        meta=Meta.model_validate(meta),
        spans=spans,
        programs=[Program.model_validate(p) for p in records.get("programs", [])],
        agreements=[Agreement.model_validate(a) for a in records.get("agreements", [])],
        figures=[Figure.model_validate(f) for f in records.get("figures", [])],
        countries=sorted(data.get("countries") or []),
    )
