"""Load ``patterns/*.jsonl``, validate every record and report every problem in one pass."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
from pydantic import BaseModel

from partnerex.errors import Errors, KnowledgeBaseError, PartnerexError
from partnerex.jsonl_lines import parse_line
from partnerex.kb.schema import (
    AgreementTypeEntry,
    CountryEntry,
    LexiconEntry,
    OrganizationEntry,
    ProgramEntry,
    TitleEntry,
)

#: Files with their own schema; every other ``*.jsonl`` holds LexiconEntry word classes.
SCHEMAS: dict[str, type[BaseModel]] = {
    "programs.jsonl": ProgramEntry,
    "agreement_types.jsonl": AgreementTypeEntry,
    "organizations.jsonl": OrganizationEntry,
    "countries.jsonl": CountryEntry,
    "titles.jsonl": TitleEntry,
}
#: Codes that are valid ISO-like country codes beyond pycountry's alpha-2 list.
EXTRA_COUNTRY_CODES = frozenset({"EU", "XK"})


def bundled_patterns_dir() -> Path:
    """The ``patterns/`` directory shipped inside the installed package."""
    return Path(str(resources.files("partnerex") / "patterns"))


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code, ``EU`` or ``XK``."""
    return code in EXTRA_COUNTRY_CODES or pycountry.countries.get(alpha_2=code) is not None


@dataclass(frozen=True)
class KnowledgeBase:
    """Validated knowledge: entries by id, word classes by name, raw files for ``to_disk``."""

    programs: dict[str, ProgramEntry]
    agreement_types: dict[str, AgreementTypeEntry]
    organizations: dict[str, OrganizationEntry]
    countries: dict[str, CountryEntry]
    titles: list[TitleEntry]
    lexicon: dict[str, list[LexiconEntry]]
    files: dict[str, bytes] = field(repr=False)

    def entries(self, word_class: str) -> list[LexiconEntry]:
        """The lexicon entries of one word class (empty when the class is unknown)."""
        return self.lexicon.get(word_class, [])

    @functools.cached_property
    def _terms(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for word_class, entries in self.lexicon.items():
            for entry in entries:
                out[word_class].update(
                    t if entry.case_sensitive else t.lower() for t in entry.terms
                )
        return {k: frozenset(v) for k, v in out.items()}

    def terms(self, word_class: str) -> frozenset[str]:
        """Every term of a word class; lowercased unless the entry is case-sensitive."""
        return self._terms.get(word_class, frozenset())

    @functools.cached_property
    def _values(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = defaultdict(dict)
        for word_class, entries in self.lexicon.items():
            for entry in entries:
                for term in entry.terms:
                    key = term if entry.case_sensitive else term.lower()
                    out[word_class][key] = entry.value if entry.value is not None else entry.id
        return dict(out)

    def values(self, word_class: str) -> dict[str, Any]:
        """Term -> value (or entry id when the entry has no value) for one word class."""
        return self._values.get(word_class, {})

    def titles_by_role(self, role: str) -> frozenset[str]:
        """Title terms of one role: ``head``, ``modifier`` or ``complete``."""
        return frozenset(t for e in self.titles if e.role == role for t in e.terms)


def _read_records(
    path: Path, schema: type[BaseModel], problems: list[str]
) -> list[tuple[int, Any]]:
    records: list[tuple[int, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = parse_line(line, schema, f"{path.name}:{line_no}", ("K001", "K002"), problems)
            if record is not None:
                records.append((line_no, record))
    return records


def _check_ids(path: Path, records: list[tuple[int, Any]], problems: list[str]) -> None:
    seen: dict[str, int] = {}
    previous = ""
    for line_no, record in records:
        where = f"{path.name}:{line_no}"
        if record.id in seen:
            problems.append(
                f"{where} [K003] duplicate id {record.id!r} (first at line {seen[record.id]})"
            )
        seen.setdefault(record.id, line_no)
        if record.id < previous:
            problems.append(f"{where} [K006] ids must be sorted: {record.id!r} after {previous!r}")
        previous = max(previous, record.id)


def _check_countries(path: Path, records: list[tuple[int, Any]], problems: list[str]) -> None:
    for line_no, record in records:
        code = getattr(record, "code", None) or getattr(record, "country", None)
        if code and not is_country_code(code):
            problems.append(f"{path.name}:{line_no} [K004] unknown country code {code!r}")


def _check_surface_forms(path: Path, records: list[tuple[int, Any]], problems: list[str]) -> None:
    owner: dict[str, str] = {}
    for line_no, record in records:
        if not hasattr(record, "surface_forms"):
            continue
        for form, case_sensitive in record.surface_forms():
            key = form if case_sensitive else form.lower()
            other = owner.setdefault(key, record.id)
            if other != record.id:
                problems.append(
                    f"{path.name}:{line_no} [K005] {form!r} of {record.id!r} is already a name of {other!r}"
                )


def load_kb_uncached(directory: Path) -> KnowledgeBase:
    """Load and validate every ``*.jsonl`` in ``directory``; raise with ALL problems at once."""
    files = sorted(directory.glob("*.jsonl")) if directory.is_dir() else []
    if not files:
        raise PartnerexError("E003", Errors.E003.format(path=directory))
    problems: list[str] = []
    loaded: dict[str, list[tuple[int, Any]]] = {}
    for path in files:
        schema = SCHEMAS.get(path.name, LexiconEntry)
        records = _read_records(path, schema, problems)
        _check_ids(path, records, problems)
        _check_countries(path, records, problems)
        _check_surface_forms(path, records, problems)
        loaded[path.name] = records
    for name in SCHEMAS:
        if name not in loaded:
            problems.append(f"{name}:0 [K007] required file is missing from {directory}")
    if problems:
        raise KnowledgeBaseError(problems)

    def by_id(name: str) -> dict[str, Any]:
        return {r.id: r for _, r in loaded.get(name, [])}

    lexicon: dict[str, list[LexiconEntry]] = defaultdict(list)
    for name, records in loaded.items():
        if name not in SCHEMAS:
            for _, record in records:
                lexicon[record.word_class].append(record)
    return KnowledgeBase(
        programs=by_id("programs.jsonl"),
        agreement_types=by_id("agreement_types.jsonl"),
        organizations=by_id("organizations.jsonl"),
        countries={r.code: r for _, r in loaded.get("countries.jsonl", [])},
        titles=[r for _, r in loaded.get("titles.jsonl", [])],
        lexicon=dict(lexicon),
        files={path.name: path.read_bytes() for path in files},
    )


@functools.lru_cache(maxsize=8)
def _load_cached(directory: str) -> KnowledgeBase:
    return load_kb_uncached(Path(directory))


def load_kb(directory: str | Path | None = None) -> KnowledgeBase:
    """The knowledge base in ``directory`` (default: the bundled patterns), cached per path."""
    path = Path(directory) if directory is not None else bundled_patterns_dir()
    return _load_cached(str(path.resolve()))


def kb_from_files(files: dict[str, bytes], scratch: Path) -> KnowledgeBase:
    """Rebuild a knowledge base from raw file contents (used by ``from_disk``/``from_bytes``)."""
    scratch.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (scratch / name).write_bytes(content)
    return load_kb_uncached(scratch)
