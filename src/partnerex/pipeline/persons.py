"""``partnerex_persons``: persons candidates (being built; see the issue for persons)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.pipeline.base import KBComponent


class PersonsFinder(KBComponent):
    """Adds persons candidates to the doc."""

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("partnerex_persons", default_config={"patterns": None})
def make_persons(nlp: Language, name: str, patterns: str | None) -> PersonsFinder:
    """Find persons candidates."""
    return PersonsFinder(nlp, name, patterns)
