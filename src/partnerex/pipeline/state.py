"""Where partnerex keeps its per-document state, spaCy-natively.

* Candidate spans of every component go to ``doc.spans[CANDIDATES]`` (overlaps allowed);
  the resolver writes the final, non-overlapping spans to ``doc.spans[FINAL]``.
  On each span: ``label_`` is the label, ``kb_id_`` the norm ("" for null) and
  ``id_`` the id of the pattern that fired.
* Plain JSON values (meta, figure details, records) live in ``doc.user_data[USER_DATA]``,
  so they survive ``DocBin``, pickling and ``nlp.pipe(n_process > 1)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, LENGTH, LIKE_NUM, ORTH, SENT_START, SPACY
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
    """Every candidate span so far, in no particular order.

    The Span objects are kept in the per-document cache: reading a span group builds new
    Span objects every time."""
    if CANDIDATES not in doc.spans:
        return []
    group = doc.spans[CANDIDATES]
    cache = _cache(doc)
    spans = cache.get("candidates")
    if spans is None or len(spans) != len(group):
        spans = list(group)
        cache["candidates"] = spans
    return list(spans)


def final_spans(doc: Doc) -> list[Span]:
    """The resolved, non-overlapping spans in text order (cached like :func:`candidates`)."""
    if FINAL not in doc.spans:
        return []
    group = doc.spans[FINAL]
    spans = _cache(doc).get("final")
    if spans is None or len(spans) != len(group):
        spans = list(group)
    return list(spans)


def set_final_spans(doc: Doc, spans: list[Span]) -> None:
    """Write the resolved spans to ``doc.spans[FINAL]`` and keep them in the cache."""
    doc.spans[FINAL] = spans
    _cache(doc)["final"] = list(spans)


def add_candidate(
    doc: Doc, start: int, end: int, label: str, norm: str | None, pattern: str
) -> Span:
    """Add a candidate over tokens ``[start, end)``; ``norm`` None is stored as ""."""
    span = Span(doc, start, end, label=label, kb_id=norm or "", span_id=pattern)
    if CANDIDATES not in doc.spans:
        doc.spans[CANDIDATES] = []
    group = doc.spans[CANDIDATES]
    cached = _cache(doc).get("candidates")
    if cached is not None and len(cached) == len(group):
        cached.append(span)
    group.append(span)
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
    cache = _cache(doc)
    bounds = cache.get("sentences")
    if bounds is not None and bounds[-1][1] == n:
        return list(bounds)
    if not doc.has_annotation("SENT_START"):
        return [(0, n)]
    starts = numpy.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = list(zip(starts, [*starts[1:], n], strict=True))
    cache["sentences"] = bounds
    return list(bounds)


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as ``(start_char, end_char)``, like ``Span.start_char``/``end_char``."""
    bounds = sentence_bounds(doc)
    if not bounds:
        return []
    table = token_table(doc)
    return [(table.starts[s], table.ends[e - 1]) for s, e in bounds]


#: Key of the per-document cache shared by the components of one run. It lives in
#: ``doc.user_hooks`` (never written by ``to_bytes``/``DocBin``; pickled empty), and the
#: records component (the last) drops it.
_CACHE = "partnerex_cache"


class _Cache(dict):  # type: ignore[type-arg]
    """A dict that pickles empty: cached values are rebuilt from the doc on demand."""

    def __reduce__(self) -> tuple[type, tuple[()]]:
        return (_Cache, ())


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Plain per-token facts of a doc, built once from arrays (no ``Token`` objects).

    Every list has one item per token: ``words`` the token texts, ``starts``/``ends`` their
    character offsets, ``glued`` True when no whitespace follows the token.
    """

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    glued: list[bool]

    def __len__(self) -> int:
        return len(self.words)


def _cache(doc: Doc) -> dict[str, Any]:
    cache = doc.user_hooks.get(_CACHE)
    if cache is None:
        cache = _Cache()
        doc.user_hooks[_CACHE] = cache
    return cache


def build_token_table(doc: Doc) -> TokenTable:
    """The token table of ``doc``, computed from its ORTH/IDX/SPACY arrays."""
    if not len(doc):
        return TokenTable(doc.text, [], [], [], [])
    array = doc.to_array([ORTH, IDX, LENGTH, SPACY])
    words = list(map(doc.vocab.strings.__getitem__, array[:, 0].tolist()))
    columns = array[:, 1:].astype("int64")
    starts = columns[:, 0].tolist()
    ends = (columns[:, 0] + columns[:, 1]).tolist()
    glued = (columns[:, 2] == 0).tolist()
    text = "".join([word if tight else word + " " for word, tight in zip(words, glued, strict=True)])
    return TokenTable(text, words, starts, ends, glued)


def token_table(doc: Doc) -> TokenTable:
    """The doc's :class:`TokenTable`, computed once per document and shared by components."""
    cache = _cache(doc)
    table = cache.get("tokens")
    if table is None or len(table) != len(doc):
        table = build_token_table(doc)
        cache["tokens"] = table
    return table


@dataclass(frozen=True, slots=True)
class TokenFlags:
    """Lexical attributes per token, read from arrays: ``lower`` (``Token.lower_``),
    ``punct`` (``is_punct``), ``like_num``, ``alpha`` (``is_alpha``) and ``sent_start``
    (True on the first token of each sentence)."""

    lower: list[str]
    punct: list[bool]
    like_num: list[bool]
    alpha: list[bool]
    sent_start: list[bool]


def token_flags(doc: Doc) -> TokenFlags:
    """The doc's :class:`TokenFlags`, computed once per document (after the sentences)."""
    cache = _cache(doc)
    flags = cache.get("flags")
    if flags is None or len(flags.lower) != len(doc):
        words = token_table(doc).words
        columns = (
            doc.to_array([IS_PUNCT, LIKE_NUM, IS_ALPHA]).T.astype(bool).tolist()
            if len(doc)
            else [[], [], []]
        )
        sent_start = [False] * len(words)
        for start, _ in sentence_bounds(doc):
            sent_start[start] = True
        flags = TokenFlags([w.lower() for w in words], *columns, sent_start)
        cache["flags"] = flags
    return flags


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy rebuilds it on every access)."""
    return token_table(doc).text


def doc_words(doc: Doc) -> list[str]:
    """The token texts, computed once per document (creating Tokens is costly)."""
    return token_table(doc).words


def drop_caches(doc: Doc) -> None:
    """Forget the per-document caches (called by the last component)."""
    doc.user_hooks.pop(_CACHE, None)
