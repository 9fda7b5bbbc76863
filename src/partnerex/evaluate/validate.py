"""Validate an annotated corpus against ANNOTATION.md, reporting EVERY problem in one pass.

Each problem reads ``file:line [code] message``. Codes:

* C001 invalid JSON, C002 not a Document (schema), C003 duplicate document id
* C010 span offsets outside the text or empty, C011 span text differs from the text slice,
  C012 spans overlap, C013 span text starts or ends with whitespace
* C020 PROGRAM norm not in the knowledge base and not ``x:``, C021 AGREEMENT norm not an
  agreement type, C022 ORG norm not in the knowledge base, C023 COUNTRY norm not an ISO
  code (or EU), C024 DATE norm not in the date grammar, C025 PERSON/FIGURE norm not null
* C030 figure record without a FIGURE span at its offsets, C031 FIGURE span without a figure
  record, C032 invalid country code in a record or the document list, C033 unknown agreement
  type, C034 unknown program id in a record, C035 unknown figure unit, C036 document
  countries not sorted and unique, C037 a COUNTRY span's code missing from the document
  countries, C038 evidence offsets outside the text

The date grammar is ANNOTATION.md 2.1 (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, seasons
``YYYY-SP|SU|FA|WI``, decades ``199X``, weeks ``YYYY-Www``) plus the TIMEX3 quarters and
halves ``2010-Q3``/``2010-H1`` and fiscal years ``FY2010``, which the shared gold uses.
Agreement types are those of ``patterns/agreement_types.jsonl`` plus ``other`` and
``program_agreement`` (table 4.2 types without names).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pycountry

from partnerex.evaluate.io import corpus_files, iter_lines
from partnerex.jsonl_lines import parse_line
from partnerex.kb import KnowledgeBase, load_kb
from partnerex.kb.loader import is_country_code as _is_country_code
from partnerex.models import Document

DATE_NORM = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-(?:SP|SU|FA|WI)"  # seasons
    r"|\d{3}X|\d{2}XX"  # decades, centuries
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])"  # ISO weeks
    r"|\d{4}-Q[1-4]|\d{4}-H[12]"  # quarters, halves (TIMEX3; shared gold convention)
    r"|FY\d{4})$"  # fiscal years (shared gold convention)
)
#: Agreement types of ANNOTATION.md 4.2 that have no names in the knowledge base.
UNNAMED_AGREEMENT_TYPES = frozenset({"other", "program_agreement"})
#: Units of ANNOTATION.md 3.3 besides ISO 4217 currency codes.
UNITS = frozenset({"kg", "g", "lb", "oz", "t", "percent", "mi", "km", "count"})

Problem = tuple[str, str]  # (code, message)


def is_country_code(code: str) -> bool:
    """An upper-case ISO 3166-1 alpha-2 code, ``EU`` or ``XK`` (pycountry ignores case)."""
    return code.isupper() and _is_country_code(code)


def valid_date_norm(value: str) -> bool:
    """True when ``value`` is in the date grammar (and a full date exists)."""
    if not DATE_NORM.match(value):
        return False
    if len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


def valid_unit(unit: str) -> bool:
    """A unit of ANNOTATION.md 3.3 or a lowercase ISO 4217 currency code."""
    return unit in UNITS or (
        unit.islower() and len(unit) == 3 and pycountry.currencies.get(alpha_3=unit.upper())
        is not None
    )


def _known_program(norm: str, kb: KnowledgeBase) -> bool:
    return norm in kb.programs or (norm.startswith("x:") and len(norm) > 2)


def _known_agreement(norm: str | None, kb: KnowledgeBase) -> bool:
    return norm is not None and (norm in kb.agreement_types or norm in UNNAMED_AGREEMENT_TYPES)


def check_spans(doc: Document, kb: KnowledgeBase) -> list[Problem]:
    """Offsets, text, overlaps and norms of every span."""
    out: list[Problem] = []
    text = doc.text
    for s in doc.spans:
        where = f"span {s.start}:{s.end} {s.label} {s.text!r}"
        if not (0 <= s.start < s.end <= len(text)):
            out.append(("C010", f"{where}: offsets outside the text (length {len(text)}) or empty"))
            continue
        if text[s.start : s.end] != s.text:
            out.append(("C011", f"{where}: text slice is {text[s.start:s.end]!r}"))
        elif s.text != s.text.strip():
            out.append(("C013", f"{where}: starts or ends with whitespace"))
        out.extend((code, f"{where}: {msg}") for code, msg in _check_norm(s.label, s.norm, kb))
    inside = [s for s in doc.spans if 0 <= s.start < s.end <= len(text)]
    ordered = sorted(inside, key=lambda s: (s.start, s.end))
    reach = None  # the span reaching furthest right so far
    for b in ordered:
        if reach is not None and b.start < reach.end:
            out.append(("C012", f"spans overlap: {reach.start}:{reach.end} {reach.label} "
                                f"{reach.text!r} and {b.start}:{b.end} {b.label} {b.text!r}"))
        if reach is None or b.end > reach.end:
            reach = b
    return out


def _check_norm(label: str, norm: str | None, kb: KnowledgeBase) -> list[Problem]:
    if label == "PROGRAM" and norm is not None and not _known_program(norm, kb):
        return [("C020", f"program id {norm!r} is not in patterns/programs.jsonl nor x:")]
    if label == "AGREEMENT" and not _known_agreement(norm, kb):
        return [("C021", f"agreement type {norm!r} is not in patterns/agreement_types.jsonl")]
    if label == "ORG" and norm is not None and norm not in kb.organizations:
        return [("C022", f"org id {norm!r} is not in patterns/organizations.jsonl")]
    if label == "COUNTRY" and (norm is None or not is_country_code(norm)):
        return [("C023", f"country norm {norm!r} is not an ISO 3166-1 alpha-2 code or EU")]
    if label == "DATE" and norm is not None and not valid_date_norm(norm):
        return [("C024", f"date norm {norm!r} is not in the ANNOTATION.md 2.1 grammar")]
    if label in ("PERSON", "FIGURE") and norm is not None:
        return [("C025", f"{label} norm must be null, got {norm!r}")]
    return []


def _countries(where: str, codes: list[str]) -> list[Problem]:
    return [("C032", f"{where}: invalid country code {c!r}") for c in codes if not is_country_code(c)]


def check_records(doc: Document, kb: KnowledgeBase) -> list[Problem]:
    """Figures against FIGURE spans, country codes, types, ids, units and evidence."""
    out: list[Problem] = []
    figure_spans = {(s.start, s.end) for s in doc.spans if s.label == "FIGURE"}
    figure_records = {(f.start, f.end) for f in doc.figures}
    for f in doc.figures:
        where = f"figure {f.start}:{f.end} {f.value} {f.unit}"
        if (f.start, f.end) not in figure_spans:
            out.append(("C030", f"{where}: no FIGURE span at these offsets"))
        if not valid_unit(f.unit):
            out.append(("C035", f"{where}: unknown unit {f.unit!r}"))
        if f.program is not None and not _known_program(f.program, kb):
            out.append(("C034", f"{where}: unknown program id {f.program!r}"))
    for start, end in sorted(figure_spans - figure_records):
        out.append(("C031", f"FIGURE span {start}:{end} {doc.text[start:end]!r} has no figure record"))
    for n, a in enumerate(doc.agreements):
        where = f"agreement {n} ({a.type})"
        if not _known_agreement(a.type, kb):
            out.append(("C033", f"{where}: unknown agreement type {a.type!r}"))
        out.extend(_countries(where, a.countries))
        out.extend(
            ("C034", f"{where}: unknown program id {p!r}")
            for p in a.programs if not _known_program(p, kb)
        )
        if a.date is not None and not valid_date_norm(a.date):
            out.append(("C024", f"{where}: date {a.date!r} is not in the date grammar"))
        out.extend(_evidence(where, a.evidence, len(doc.text)))
    for p in doc.programs:
        where = f"program {p.id}"
        if not _known_program(p.id, kb):
            out.append(("C034", f"{where}: unknown program id"))
        out.extend(_countries(where, p.countries))
        out.extend(_evidence(where, p.evidence, len(doc.text)))
    out.extend(_countries("document countries", doc.countries))
    if doc.countries != sorted(set(doc.countries)):
        out.append(("C036", f"document countries must be sorted and unique: {doc.countries}"))
    listed = set(doc.countries)
    for code in sorted({s.norm for s in doc.spans if s.label == "COUNTRY" and s.norm} - listed):
        if is_country_code(code):
            out.append(("C037", f"COUNTRY span code {code!r} missing from document countries"))
    return out


def _evidence(where: str, evidence: dict[str, Any], size: int) -> list[Problem]:
    return [
        ("C038", f"{where}: evidence {name} {e.start}:{e.end} outside the text")
        for name, items in evidence.items() for e in items
        if not (0 <= e.start <= e.end <= size)
    ]


def validate_document(doc: Document, kb: KnowledgeBase | None = None) -> list[Problem]:
    """Every problem of one document as (code, message)."""
    kb = kb or load_kb()
    return check_spans(doc, kb) + check_records(doc, kb)


def validate_corpus(path: str | Path, kb: KnowledgeBase | None = None) -> list[str]:
    """Every problem of a JSONL file or folder as ``file:line [code] message`` lines.

    Raises ``InputError`` only when the path cannot be read at all.
    """
    kb = kb or load_kb()
    problems: list[str] = []
    first_seen: dict[str, str] = {}
    for file in corpus_files(path):
        for number, line in iter_lines(file):
            where = f"{file}:{number}"
            doc = parse_line(line, Document, where, ("C001", "C002"), problems, "document")
            if doc is None:
                continue
            if doc.id in first_seen:
                problems.append(
                    f"{where} [C003] duplicate document id {doc.id!r} (first at {first_seen[doc.id]})"
                )
            first_seen.setdefault(doc.id, where)
            problems.extend(f"{where} [{code}] {doc.id}: {msg}" for code, msg in validate_document(doc, kb))
    return problems
