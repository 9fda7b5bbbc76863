"""``partnerex_entities``: PROGRAM, AGREEMENT, ORG and COUNTRY candidates.

Knowledge-base names come from ``patterns/`` through spaCy's ``PhraseMatcher``
(names case-insensitively, acronyms case-sensitively); country names come from
pycountry plus the aliases and demonyms of ``patterns/countries.jsonl``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from partnerex.normalize.countries import country_surface_forms
from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.state import add_candidate


class EntityFinder(KBComponent):
    """Gazetteer matches for every knowledge-base name, acronym and country name."""

    def setup(self) -> None:
        self.by_lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.by_orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str | None, str]] = {}
        tables = (
            ("PROGRAM", self.kb.programs, True),
            ("AGREEMENT", self.kb.agreement_types, True),
            ("ORG", self.kb.organizations, False),
        )
        for label, entries, _ in tables:
            for entry in entries.values():
                norm = entry.id if getattr(entry, "linked", True) else None
                for form, case_sensitive in entry.surface_forms():
                    kind = "acronym" if case_sensitive else "name"
                    self._add(label, norm, f"{label.lower()}:{entry.id}:{kind}", form, case_sensitive)
        for code, form, kind in country_surface_forms(self.kb):
            self._add("COUNTRY", code, f"country:{code}:{kind}", form, True)

    def _add(self, label: str, norm: str | None, pattern: str, form: str, exact: bool) -> None:
        key = f"{label}|{norm}|{pattern}"
        key_id = self.nlp.vocab.strings.add(key)
        self.keys[key_id] = (label, norm, pattern)
        matcher = self.by_orth if exact else self.by_lower
        matcher.add(key, [self.nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        for matcher in (self.by_lower, self.by_orth):
            for key_id, start, end in matcher(doc):
                label, norm, pattern = self.keys[key_id]
                add_candidate(doc, start, end, label, norm, pattern)
        return doc


@Language.factory("partnerex_entities", default_config={"patterns": None})
def make_entities(nlp: Language, name: str, patterns: str | None) -> EntityFinder:
    """Find knowledge-base programs, agreement types, organizations and countries."""
    return EntityFinder(nlp, name, patterns)
