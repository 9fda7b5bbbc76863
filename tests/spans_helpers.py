"""Helpers of the held-out span tables: expected spans by surface, found spans by offsets."""

from __future__ import annotations

from spacy.language import Language

import partnerex

#: Expected spans of a text, in text order: (label, surface, norm).
Expected = list[tuple[str, str, str | None]]
SpanKey = tuple[str, int, int, str | None]


def expected_offsets(text: str, expected: Expected) -> set[SpanKey]:
    """The expected spans as (label, start, end, norm), each surface found after the last."""
    out: set[SpanKey] = set()
    pos = 0
    for label, surface, norm in expected:
        start = text.index(surface, pos)
        out.add((label, start, start + len(surface), norm))
        pos = start + len(surface)
    return out


def found_spans(nlp: Language, text: str, labels: frozenset[str]) -> set[SpanKey]:
    """The spans of ``labels`` that ``nlp`` finds in ``text``, as (label, start, end, norm)."""
    doc = partnerex.extract(text, nlp=nlp)
    return {(s.label, s.start, s.end, s.norm) for s in doc.spans if s.label in labels}
