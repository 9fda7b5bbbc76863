"""``partnerex_dates``: dates candidates (being built; see the issue for dates)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.pipeline.base import KBComponent


class DatesFinder(KBComponent):
    """Adds dates candidates to the doc."""

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("partnerex_dates", default_config={"patterns": None})
def make_dates(nlp: Language, name: str, patterns: str | None) -> DatesFinder:
    """Find dates candidates."""
    return DatesFinder(nlp, name, patterns)
