"""Interchange with spaCy ``DocBin`` (.spacy) and Prodigy-style JSONL, losslessly.

* **DocBin**: each Document becomes a ``Doc`` tokenized by the partnerex tokenizer, with
  tokens split at every span boundary so offsets survive exactly. Spans go to
  ``doc.spans["partnerex"]`` AND ``doc.ents`` (norm as ``kb_id``, pattern id as ``id``);
  id, meta and records go to ``doc.user_data["partnerex"]`` in the pipeline's state format,
  so ``convert_doc.doc_to_document`` reads them back. A foreign DocBin without that span
  group is read from ``doc.ents``.
* **Prodigy JSONL**: ``{"text", "tokens": [{"text","start","end","id","ws"}],
  "spans": [{"start","end","label","token_start","token_end","norm"[,"pattern"]}],
  "meta": {"id", "title", "url", "published", ...}, "partnerex": {records, countries}}``.
  ``token_end`` is inclusive, as in Prodigy. Tasks answered ``reject`` or ``ignore`` are
  skipped when reading.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from partnerex.convert_doc import doc_to_document, text_id
from partnerex.errors import Errors, InputError, PartnerexError
from partnerex.models import Document, Meta, Span
from partnerex.pipeline.language import PartnerexEnglish
from partnerex.pipeline.state import FINAL, state

Format = Literal["docbin", "prodigy", "documents"]
FORMATS: tuple[str, ...] = ("docbin", "prodigy", "documents")


@functools.lru_cache(maxsize=1)
def tokenizer_nlp() -> Language:
    """A blank English pipeline with the partnerex tokenizer (no components)."""
    return PartnerexEnglish()


def aligned_doc(nlp: Language, text: str, boundaries: Iterable[int]) -> Doc:
    """Tokenize ``text`` and split tokens at each boundary offset, keeping the text exact."""
    cuts = sorted(set(boundaries))
    words: list[str] = []
    spaces: list[bool] = []
    for token in nlp.make_doc(text):
        start, end = token.idx, token.idx + len(token.text)
        inner = [c for c in cuts if start < c < end]
        edges = [start, *inner, end]
        for a, b in itertools.pairwise(edges):
            words.append(text[a:b])
            spaces.append(False)
        spaces[-1] = bool(token.whitespace_)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != text:  # cannot happen with spaCy's tokenizer; guard the invariant
        raise PartnerexError("E034", f"tokenization changed the text of a document ({len(text)})")
    return doc


def document_to_doc(document: Document, nlp: Language | None = None) -> Doc:
    """A ``Doc`` holding the document's spans, ents, id, meta and records."""
    nlp = nlp or tokenizer_nlp()
    bounds = [b for s in document.spans for b in (s.start, s.end)]
    doc = aligned_doc(nlp, document.text, bounds)
    spans = []
    for s in document.spans:
        span = doc.char_span(s.start, s.end, label=s.label, kb_id=s.norm or "",
                             span_id=s.pattern or "")
        if span is None:
            raise InputError("E016", Errors.E016.format(
                line="?", path=document.id, reason=f"span {s.start}:{s.end} is outside the text"))
        spans.append(span)
    doc.spans[FINAL] = spans
    doc.ents = filter_spans(spans)
    data = state(doc)
    data["id"] = document.id
    data["meta"] = document.meta.model_dump(mode="json")
    data["records"] = {
        "programs": [p.model_dump(mode="json") for p in document.programs],
        "agreements": [a.model_dump(mode="json") for a in document.agreements],
        "figures": [f.model_dump(mode="json") for f in document.figures],
    }
    data["countries"] = list(document.countries)
    return doc


def doc_to_any_document(doc: Doc) -> Document:
    """A Document from a partnerex Doc, or from any Doc's ``ents`` (norm = ``kb_id_``)."""
    if FINAL not in doc.spans:
        doc.spans[FINAL] = list(doc.ents)
    return doc_to_document(doc)


def write_docbin(documents: Iterable[Document], path: str | Path) -> int:
    """Write documents to a ``.spacy`` file; returns how many."""
    nlp = tokenizer_nlp()
    docbin = DocBin(store_user_data=True)
    count = 0
    for document in documents:
        docbin.add(document_to_doc(document, nlp))
        count += 1
    docbin.to_disk(path)
    return count


def read_docbin(path: str | Path) -> list[Document]:
    """Read the documents of a ``.spacy`` file."""
    try:
        docbin = DocBin(store_user_data=True).from_disk(path)
    except (OSError, ValueError) as exc:
        raise InputError("E010", Errors.E010.format(path=path, reason=exc)) from exc
    return [doc_to_any_document(doc) for doc in docbin.get_docs(tokenizer_nlp().vocab)]


def document_to_task(document: Document, nlp: Language | None = None) -> dict[str, Any]:
    """A Prodigy-style task (tokens aligned to the spans) carrying norms and records."""
    doc = document_to_doc(document, nlp)
    tokens = [
        {"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i,
         "ws": bool(t.whitespace_)}
        for t in doc
    ]
    spans = []
    for s, span in zip(document.spans, doc.spans[FINAL], strict=True):
        item: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label,
                                "token_start": span.start, "token_end": span.end - 1,
                                "norm": s.norm}
        if s.pattern:
            item["pattern"] = s.pattern
        spans.append(item)
    meta = {"id": document.id, **document.meta.model_dump(exclude_none=True)}
    records = {
        "programs": [p.model_dump(mode="json") for p in document.programs],
        "agreements": [a.model_dump(mode="json") for a in document.agreements],
        "figures": [f.model_dump(mode="json") for f in document.figures],
        "countries": list(document.countries),
    }
    return {"text": document.text, "tokens": tokens, "spans": spans, "meta": meta,
            "partnerex": records}


def task_to_document(task: dict[str, Any]) -> Document:
    """A Document from a Prodigy task; span text comes from the task text."""
    text = task["text"]
    meta = dict(task.get("meta") or {})
    doc_id = str(meta.pop("id", None) or task.get("id") or text_id(text))
    spans = [
        Span(start=s["start"], end=s["end"], label=s["label"], text=text[s["start"] : s["end"]],
             norm=s.get("norm", s.get("kb_id")) or None, pattern=s.get("pattern"))
        for s in task.get("spans") or []
    ]
    records = task.get("partnerex") or {}
    return Document(
        id=doc_id,
        text=text,
        meta=Meta.model_validate({k: v for k, v in meta.items() if k in Meta.model_fields}),
        spans=sorted(spans, key=lambda s: (s.start, s.end)),
        programs=records.get("programs", []),
        agreements=records.get("agreements", []),
        figures=records.get("figures", []),
        countries=records.get("countries", []),
    )


def write_prodigy(documents: Iterable[Document], path: str | Path) -> int:
    """Write documents as Prodigy-style JSONL; returns how many."""
    nlp = tokenizer_nlp()
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document_to_task(document, nlp), ensure_ascii=False) + "\n")
            count += 1
    return count


def read_prodigy(path: str | Path) -> list[Document]:
    """Read Prodigy-style JSONL, skipping tasks answered ``reject`` or ``ignore``."""
    out: list[Document] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                task = json.loads(line)
                if task.get("answer") in ("reject", "ignore"):
                    continue
                out.append(task_to_document(task))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError,
                    ValidationError) as exc:
                raise InputError(
                    "E035", Errors.E035.format(line=number, path=path, reason=exc)
                ) from exc
    return out


def sniff_format(path: str | Path) -> Format:
    """The format of an existing input: .spacy, a folder of documents, or a JSONL file."""
    path = Path(path)
    if path.suffix == ".spacy":
        return "docbin"
    if path.is_dir():
        return "documents"
    if path.suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        try:
            data = json.loads(first) if first else {}
        except json.JSONDecodeError:
            return "documents"  # let the reader report the bad line
        spans = data.get("spans") or [] if isinstance(data, dict) else []
        if isinstance(data, dict) and (
            "tokens" in data or "answer" in data or "id" not in data
            or any(isinstance(s, dict) and "token_start" in s for s in spans)
        ):
            return "prodigy"
        return "documents"
    raise PartnerexError("E034", Errors.E034.format(path=path))


def target_format(path: str | Path, source: Format, to: str | None = None) -> Format:
    """The output format: ``to``, else .spacy -> docbin, else JSONL of the other kind."""
    if to is not None:
        if to not in FORMATS:
            raise PartnerexError("E034", Errors.E034.format(path=path))
        return to  # type: ignore[return-value]
    suffix = Path(path).suffix
    if suffix == ".spacy":
        return "docbin"
    if suffix in (".jsonl", ".json"):
        return "prodigy" if source == "documents" else "documents"
    raise PartnerexError("E034", Errors.E034.format(path=path))


def read_any(path: str | Path, fmt: Format) -> list[Document]:
    """Read documents in one of the formats."""
    if fmt == "docbin":
        return read_docbin(path)
    if fmt == "prodigy":
        return read_prodigy(path)
    from partnerex.evaluate.io import read_gold

    return read_gold(path)


def write_any(documents: Iterable[Document], path: str | Path, fmt: Format) -> int:
    """Write documents in one of the formats; returns how many."""
    if fmt == "docbin":
        return write_docbin(documents, path)
    if fmt == "prodigy":
        return write_prodigy(documents, path)
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(document.model_dump_json() + "\n")
            count += 1
    return count


def convert(
    source: str | Path, target: str | Path, *, to: str | None = None, source_format: str | None = None
) -> tuple[Format, Format, int]:
    """Convert ``source`` to ``target``; returns (input format, output format, count)."""
    fmt_in: Format = source_format or sniff_format(source)  # type: ignore[assignment]
    if fmt_in not in FORMATS:
        raise PartnerexError("E034", Errors.E034.format(path=source))
    fmt_out = target_format(target, fmt_in, to)
    return fmt_in, fmt_out, write_any(read_any(source, fmt_in), target, fmt_out)
