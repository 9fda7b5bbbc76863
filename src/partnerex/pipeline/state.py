"""Where partnerex keeps its per-document state, spaCy-natively.

* Candidate spans of every component go to ``doc.spans[CANDIDATES]`` (overlaps allowed);
  the resolver writes the final, non-overlapping spans to ``doc.spans[FINAL]``.
  On each span: ``label_`` is the label, ``kb_id_`` the norm ("" for null) and
  ``id_`` the id of the pattern that fired.
* Plain JSON values (meta, figure details, records) live in ``doc.user_data[USER_DATA]``,
  so they survive ``DocBin``, pickling and ``nlp.pipe(n_process > 1)``.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

CANDIDATES = "partnerex_candidates"
FINAL = "partnerex"
USER_DATA = "partnerex"


def state(doc: Doc) -> dict[str, Any]:
    """The JSON-only state dict of a doc, created on first use."""
    data = doc.user_data.get(USER_DATA)
    if data is None:
        data = {"id": None, "meta": {}, "figures": {}, "records": {}, "countries": []}
        doc.user_data[USER_DATA] = data
    return data


def meta(doc: Doc) -> dict[str, Any]:
    """The document's metadata dict (title, url, published, source, ...)."""
    return state(doc)["meta"]


def published(doc: Doc) -> str | None:
    """The ISO release date that anchors relative dates, when known."""
    return meta(doc).get("published")


def candidates(doc: Doc) -> list[Span]:
    """Every candidate span so far, in no particular order."""
    return list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []


def final_spans(doc: Doc) -> list[Span]:
    """The resolved, non-overlapping spans in text order."""
    return list(doc.spans[FINAL]) if FINAL in doc.spans else []


def add_candidate(
    doc: Doc, start: int, end: int, label: str, norm: str | None, pattern: str
) -> Span:
    """Add a candidate over tokens ``[start, end)``; ``norm`` None is stored as ""."""
    span = Span(doc, start, end, label=label, kb_id=norm or "", span_id=pattern)
    if CANDIDATES not in doc.spans:
        doc.spans[CANDIDATES] = []
    doc.spans[CANDIDATES].append(span)
    return span


def norm_of(span: Span) -> str | None:
    """The span's norm, or None when it has none."""
    return span.kb_id_ or None


def char_key(span: Span) -> str:
    """The key of a span's details in state dicts: ``"start_char:end_char"``."""
    return f"{span.start_char}:{span.end_char}"


def set_figure(doc: Doc, span: Span, details: dict[str, Any]) -> None:
    """Attach figure details (value, max, unit, qualifier, kind, ...) to a FIGURE candidate."""
    state(doc)["figures"][char_key(span)] = details


def figure_details(doc: Doc, span: Span) -> dict[str, Any] | None:
    """The figure details attached to a FIGURE span, if any."""
    return state(doc)["figures"].get(char_key(span))


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as ``(start, end)`` token indices, read from the SENT_START array in one
    step (iterating ``doc.sents`` builds a Token object for every token)."""
    n = len(doc)
    if not n:
        return []
    if not doc.has_annotation("SENT_START"):
        return [(0, n)]
    starts = numpy.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], n], strict=True))


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as ``(start_char, end_char)``, like ``Span.start_char``/``end_char``."""
    bounds = sentence_bounds(doc)
    if not bounds:
        return []
    chars = doc.to_array([IDX, LENGTH]).astype("int64")
    return [(int(chars[s, 0]), int(chars[e - 1, 0] + chars[e - 1, 1])) for s, e in bounds]


#: user_data keys of per-document caches shared by the components of one run; the
#: records component (the last) drops them, so they are never serialized with results.
_TEXT_CACHE = ("partnerex", "cache", "text")
_WORDS_CACHE = ("partnerex", "cache", "words")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy rebuilds it on every access)."""
    cached = doc.user_data.get(_TEXT_CACHE)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT_CACHE] = cached
    return cached


def doc_words(doc: Doc) -> list[str]:
    """The token texts, computed once per document (creating Tokens is costly)."""
    cached = doc.user_data.get(_WORDS_CACHE)
    if cached is None or len(cached) != len(doc):
        cached = [t.text for t in doc]
        doc.user_data[_WORDS_CACHE] = cached
    return cached


def drop_caches(doc: Doc) -> None:
    """Forget the per-document caches (called by the last component)."""
    doc.user_data.pop(_TEXT_CACHE, None)
    doc.user_data.pop(_WORDS_CACHE, None)
