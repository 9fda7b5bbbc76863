"""Helpers of the person tests."""

from __future__ import annotations

from spacy.language import Language

from partnerex.pipeline.state import final_spans


def persons(nlp: Language, text: str) -> list[str]:
    """The texts of the PERSON spans ``nlp`` finds in ``text``."""
    return [s.text for s in final_spans(nlp(text)) if s.label_ == "PERSON"]
