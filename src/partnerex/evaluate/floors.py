"""Quality floors: minimum scores a report must reach (``corpora/floors.json``).

The file is a JSON object; every key is optional::

    {"span_strict_micro_f1": 0.88, "span_partial_micro_f1": 0.9,
     "partial_f1_per_label": 0.83,            # or {"ORG": 0.8, "DATE": 0.9, ...}
     "norm_accuracy": 0.93, "agreement_f1": 0.88, "figure_f1": 0.88,
     "program_f1": 0.9, "country_f1": 0.9}

``partial_f1_per_label`` as a number applies to every label the gold or the prediction has.
A score that cannot be computed (nothing in gold or prediction) does not fail its floor.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from partnerex.errors import Errors, PartnerexError
from partnerex.evaluate.report import Report
from partnerex.models import LABELS

_Score = Field(default=None, ge=0.0, le=1.0)


class Floors(BaseModel):
    """Minimum scores; ``None`` means no floor."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    span_strict_micro_f1: float | None = _Score
    span_partial_micro_f1: float | None = _Score
    partial_f1_per_label: float | dict[str, float] | None = None
    norm_accuracy: float | None = _Score
    agreement_f1: float | None = _Score
    figure_f1: float | None = _Score
    program_f1: float | None = _Score
    country_f1: float | None = _Score

    @field_validator("partial_f1_per_label")
    @classmethod
    def _per_label(cls, value: float | dict[str, float] | None) -> float | dict[str, float] | None:
        values = value.values() if isinstance(value, dict) else [] if value is None else [value]
        if any(not 0.0 <= v <= 1.0 for v in values):
            raise ValueError("partial_f1_per_label floors must be between 0 and 1")
        unknown = sorted(set(value) - set(LABELS)) if isinstance(value, dict) else []
        if unknown:
            raise ValueError(f"unknown labels {unknown}; use {list(LABELS)}")
        return value


def load_floors(path: str | Path) -> Floors:
    """Read and validate a floors file (``PartnerexError`` E033 when it is invalid)."""
    try:
        return Floors.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise PartnerexError("E033", Errors.E033.format(path=path, reason=exc)) from exc


def check_floors(report: Report, floors: Floors) -> list[str]:
    """One line per score below its floor (empty when every floor holds)."""
    failures: list[str] = []
    summary = report.summary()
    for name in Floors.model_fields:
        floor = getattr(floors, name)
        if floor is None:
            continue
        if name == "partial_f1_per_label":
            for label, prf in report.spans.partial.items():
                minimum = floor if isinstance(floor, float | int) else floor.get(label)
                if minimum is None or prf.f1 is None:
                    continue
                if prf.f1 < minimum:
                    failures.append(f"partial F1 of {label} {prf.f1:.4f} < floor {minimum:.4f}")
            continue
        value = summary[name]
        if value is not None and value < floor:
            failures.append(f"{name} {value:.4f} < floor {floor:.4f}")
    return failures
