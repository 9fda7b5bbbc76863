"""``partnerex_figures``: FIGURE candidates with value, unit, qualifier, kind and links.

The rules live in :mod:`partnerex.figures` (extent and kinds), the number grammar in
:mod:`partnerex.normalize.numbers`, the word classes in ``patterns/figures.jsonl``.
Runs after the entity and date components: their candidates are modifiers of counted
nouns ("16 BASC Chapters"), programs that counts belong to, and dates that are no figures.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.figures.context import build_context
from partnerex.figures.extent import FigureMatch, figure_at
from partnerex.figures.kinds import chained, classify, outer_qualifier
from partnerex.figures.lexicon import FigureLexicon
from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.state import add_candidate, set_figure


class FiguresFinder(KBComponent):
    """Adds FIGURE candidates (norm null, pattern ``figure:<unit>``) and their details."""

    def __init__(
        self, nlp: Language, name: str, patterns: str | None = None, vague: bool = False
    ) -> None:
        self.vague = vague
        super().__init__(nlp, name, patterns)

    def setup(self) -> None:
        self.lex = FigureLexicon.from_kb(self.kb)

    def __getstate__(self) -> dict[str, Any]:
        return {**super().__getstate__(), "vague": self.vague}

    def __setstate__(self, data: dict[str, Any]) -> None:
        self.vague = data.get("vague", False)
        super().__setstate__(data)

    def __call__(self, doc: Doc) -> Doc:
        ctx = build_context(doc, self.lex, self.kb)
        previous: tuple[int, dict[str, Any]] | None = None  # the last figure's end, details
        i = 0  # the first token a figure may start at
        for k in self.lex.start_positions(ctx.words, ctx.lower):
            if k < i:
                continue  # inside the previous figure
            match = figure_at(ctx, k, self.lex)
            if match is None or (match.quantity.vague and not self.vague):
                continue
            q = match.quantity
            span = add_candidate(doc, q.start, match.end, "FIGURE", None, pattern_id(match))
            details: dict[str, Any] = {
                "value": q.value,
                "max": q.max,
                "unit": q.unit or "count",
                "qualifier": outer_qualifier(ctx.words, q.start, q.qualifier, self.lex),
            }
            details.update(classify(doc, match, ctx, self.lex))
            if previous is not None and chained(ctx, previous, q.start, details, self.lex):
                details["kind"] = "seizure"  # "seized 3 firearms, 2 vehicles and $12,500"
            set_figure(doc, span, details)
            previous = (match.end, details)
            i = match.end
        return doc


def pattern_id(match: FigureMatch) -> str:
    """``figure:count``, ``figure:money`` or ``figure:<unit>``."""
    q = match.quantity
    if q.unit is None:
        return "figure:count"
    return "figure:money" if q.currency else f"figure:{q.unit}"


@Language.factory("partnerex_figures", default_config={"patterns": None, "vague": False})
def make_figures(nlp: Language, name: str, patterns: str | None, vague: bool) -> FiguresFinder:
    """Find FIGURE candidates; ``vague`` also emits "hundreds of ..." style quantities."""
    return FiguresFinder(nlp, name, patterns, vague=vague)
