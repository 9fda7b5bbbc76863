"""``partnerex_resolver``: choose non-overlapping final spans from all candidates.

Candidates with an internal label (EVENT names) take part in the choice only
against countries, so the countries inside them lose ("the U.S.-Cabo Verde Trade
Conference") while a program inside one stays ("C-TPAT Conference"); they are not
written to the final span group.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from partnerex.pipeline.state import candidates, char_key, set_final_spans, state

#: On equal length, the label that wins (lower rank wins).
LABEL_RANK: dict[str, int] = {
    "AGREEMENT": 0,
    "PROGRAM": 1,
    "ORG": 2,
    "PERSON": 3,
    "FIGURE": 4,
    "DATE": 5,
    "COUNTRY": 6,
}


def resolve(spans: list[Span]) -> list[Span]:
    """Longest span wins (in characters); ties go by label rank, then a span with a norm,
    then the earlier start."""
    ordered = sorted(
        spans,
        key=lambda s: (
            -(s.end_char - s.start_char),
            LABEL_RANK.get(s.label_, 9),
            not s.kb_id_,
            s.start,
        ),
    )
    taken: set[int] = set()
    chosen: list[Span] = []
    for span in ordered:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        chosen.append(span)
        taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


class Resolver:
    """Writes ``doc.spans["partnerex"]`` and drops details of figures that lost."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        named = [
            (s.start, s.end) for s in found if s.label_ in LABEL_RANK and s.label_ != "COUNTRY"
        ]
        found = [
            s
            for s in found
            if s.label_ in LABEL_RANK or not any(a < s.end and s.start < b for a, b in named)
        ]
        chosen = [s for s in resolve(found) if s.label_ in LABEL_RANK]
        set_final_spans(doc, chosen)
        kept = {char_key(s) for s in chosen if s.label_ == "FIGURE"}
        figures = state(doc)["figures"]
        for key in list(figures):
            if key not in kept:
                del figures[key]
        return doc


@Language.factory("partnerex_resolver")
def make_resolver(nlp: Language, name: str) -> Resolver:
    """Resolve overlapping candidates into the final span group."""
    return Resolver(nlp, name)
