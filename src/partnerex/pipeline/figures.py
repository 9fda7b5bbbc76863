"""``partnerex_figures``: figures candidates (being built; see the issue for figures)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.pipeline.base import KBComponent


class FiguresFinder(KBComponent):
    """Adds figures candidates to the doc."""

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("partnerex_figures", default_config={"patterns": None})
def make_figures(nlp: Language, name: str, patterns: str | None) -> FiguresFinder:
    """Find figures candidates."""
    return FiguresFinder(nlp, name, patterns)
