"""``partnerex_persons``: PERSON candidates found by rules over titles, cues and name shapes.

The rules live in :mod:`partnerex.persons`; the word classes in ``patterns/persons.jsonl``
and ``patterns/titles.jsonl``. Runs after ``partnerex_entities`` so that names never
overlap an ORG, COUNTRY, PROGRAM or AGREEMENT candidate.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from partnerex.persons.finder import find_persons
from partnerex.persons.lexicon import PersonLexicon
from partnerex.persons.view import build_view
from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.state import add_candidate


class PersonsFinder(KBComponent):
    """Adds PERSON candidates (norm null, pattern id ``person:<rule>``) to the doc."""

    def setup(self) -> None:
        self.lexicon = PersonLexicon.from_kb(self.kb, self.nlp.make_doc)

    def __call__(self, doc: Doc) -> Doc:
        view = build_view(doc, self.lexicon)
        for match in find_persons(view, self.lexicon):
            add_candidate(doc, match.start, match.end, "PERSON", None, match.rule)
        return doc


@Language.factory("partnerex_persons", default_config={"patterns": None})
def make_persons(nlp: Language, name: str, patterns: str | None) -> PersonsFinder:
    """Find person-name candidates without a statistical model."""
    return PersonsFinder(nlp, name, patterns)
