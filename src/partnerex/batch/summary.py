"""The tally of a batch run: documents, records by kind, errors by code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from partnerex.batch.runner import RECORD_KINDS, Outcome


@dataclass
class Summary:
    """Counts of one run (only what this run processed; ``skipped`` were already done)."""

    documents: int = 0
    words: int = 0
    errors: int = 0
    skipped: int = 0
    records: Counter[str] = field(default_factory=Counter)
    error_codes: Counter[str] = field(default_factory=Counter)
    tables: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if outcome.ok:
            self.documents += 1
            self.words += outcome.words
            for kind, count in zip(RECORD_KINDS, outcome.counts, strict=True):
                self.records[kind] += count
        else:
            self.errors += 1
            self.error_codes[outcome.error_code or "?"] += 1

    @property
    def exit_code(self) -> int:
        """0 when every input was extracted, 1 when some became error records."""
        return 1 if self.errors else 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {
            "documents": self.documents,
            "words": self.words,
            "errors": self.errors,
            "skipped": self.skipped,
            "records": {kind: self.records[kind] for kind in RECORD_KINDS},
            "error_codes": dict(sorted(self.error_codes.items())),
            "tables": dict(self.tables),
        }
