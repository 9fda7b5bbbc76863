"""What a page marks in a text: the document's spans, countries nested in names, evidence.

Nested countries are DERIVED FROM THE TEXT for display only, not re-extracted: a
document's spans never overlap (ANNOTATION.md section 2), so a country inside an ORG,
PROGRAM or AGREEMENT name ("Dirección Nacional de Aduanas de Uruguay") is found by
looking up the knowledge base's country surface forms (names, aliases, demonyms; case
sensitive, whole words) inside the span text, minus the ``place_not_country`` word class
("New Mexico"). This works the same for gold and extracted documents and needs no
pipeline run.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from partnerex.kb import load_kb
from partnerex.models import Document
from partnerex.normalize.countries import country_surface_forms

NESTING_LABELS: frozenset[str] = frozenset({"ORG", "PROGRAM", "AGREEMENT"})
"""Labels whose spans are searched for nested country names."""


@dataclass(frozen=True)
class Mark:
    """One highlighted span: offsets, label, norm, and whether it is a nested country."""

    start: int
    end: int
    label: str
    norm: str | None = None
    nested: bool = False


@functools.lru_cache(maxsize=1)
def _country_index() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str] | None]:
    """A whole-word regex over every country surface form, its codes, and the place veto."""
    kb = load_kb()
    codes = {form: code for code, form, _ in country_surface_forms(kb)}
    forms = sorted(codes, key=lambda f: (-len(f), f))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    places = sorted(kb.terms("place_not_country"), key=lambda f: (-len(f), f))
    veto = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, places)) + r")(?!\w)", re.IGNORECASE)
        if places
        else None
    )
    return pattern, codes, veto


def nested_countries(text: str, start: int, end: int) -> list[Mark]:
    """COUNTRY marks for the country names strictly inside ``text[start:end]``."""
    pattern, codes, veto = _country_index()
    inner = text[start:end]
    vetoed = [m.span() for m in veto.finditer(inner)] if veto else []
    marks: list[Mark] = []
    for match in pattern.finditer(inner):
        s, e = match.span()
        if (s, e) == (0, len(inner)) or any(vs <= s and e <= ve for vs, ve in vetoed):
            continue
        marks.append(Mark(start + s, start + e, "COUNTRY", codes[match.group()], nested=True))
    return marks


def document_marks(doc: Document) -> list[Mark]:
    """The document's spans plus the countries nested in its names, in text order."""
    size = len(doc.text)
    marks: list[Mark] = []
    for span in doc.spans:
        if not 0 <= span.start < span.end <= size:
            continue
        marks.append(Mark(span.start, span.end, span.label, span.norm))
        if span.label in NESTING_LABELS:
            marks.extend(nested_countries(doc.text, span.start, span.end))
    return sorted(marks, key=lambda m: (m.start, -m.end, m.nested, m.label))


def evidence_ranges(doc: Document) -> list[tuple[int, int]]:
    """Every distinct (start, end) a record points at: evidence of records, figure spans."""
    size = len(doc.text)
    ranges: set[tuple[int, int]] = set()
    for record in (*doc.agreements, *doc.programs):
        for items in record.evidence.values():
            ranges.update((ev.start, ev.end) for ev in items)
    ranges.update((figure.start, figure.end) for figure in doc.figures)
    return sorted((s, e) for s, e in ranges if 0 <= s <= e <= size and (s, e) != (0, 0))
