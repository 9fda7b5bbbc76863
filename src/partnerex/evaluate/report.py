"""The evaluation report: pydantic models built from counts, serializable to JSON.

Every score is stored as COUNTS (``tp``/``fp``/``fn`` or ``correct``/``total``); precision,
recall, F1 and accuracy are computed from them, so summing per-document reports gives the
exact corpus-level (micro) scores. A ratio whose denominator is 0 is ``None`` (JSON null):
"nothing to score", not 0 or 1.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from partnerex.models import LABELS


class _ReportModel(BaseModel):
    # Computed fields appear in the JSON; "ignore" lets a dumped report be read back.
    model_config = ConfigDict(frozen=True, extra="ignore")


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


class PRF(_ReportModel):
    """True positives, false positives and false negatives with precision, recall and F1."""

    tp: int = Field(default=0, ge=0)
    fp: int = Field(default=0, ge=0)
    fn: int = Field(default=0, ge=0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when the gold has nothing."""
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn) (the harmonic mean of P and R); None when both sides are empty."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: PRF) -> PRF:
        return PRF(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Accuracy(_ReportModel):
    """``correct`` out of ``total`` compared pairs."""

    correct: int = Field(default=0, ge=0)
    total: int = Field(default=0, ge=0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        """correct / total; None when no pair was compared."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)


def _sum_prf(items: list[PRF]) -> PRF:
    total = PRF()
    for item in items:  # a list, never a set: equal counts must all be added
        total = total + item
    return total


def _sum_acc(items: list[Accuracy]) -> Accuracy:
    total = Accuracy()
    for item in items:
        total = total + item
    return total


def _empty_prf() -> dict[str, PRF]:
    return {label: PRF() for label in LABELS}


def _empty_acc() -> dict[str, Accuracy]:
    return {label: Accuracy() for label in LABELS}


class SpanScores(_ReportModel):
    """Per-label strict and partial P/R/F1 and normalization accuracy, with micro averages."""

    strict: dict[str, PRF] = Field(default_factory=_empty_prf)
    partial: dict[str, PRF] = Field(default_factory=_empty_prf)
    norm: dict[str, Accuracy] = Field(default_factory=_empty_acc)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_micro(self) -> PRF:
        """Strict counts summed over labels."""
        return _sum_prf(list(self.strict.values()))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def partial_micro(self) -> PRF:
        """Partial counts summed over labels."""
        return _sum_prf(list(self.partial.values()))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def norm_micro(self) -> Accuracy:
        """Normalization accuracy over every strictly matched span."""
        return _sum_acc(list(self.norm.values()))

    def __add__(self, other: SpanScores) -> SpanScores:
        def merge(a: dict, b: dict) -> dict:
            return {k: a[k] + b[k] if k in a and k in b else a.get(k) or b[k] for k in {*a, *b}}

        return SpanScores(
            strict=_ordered(merge(self.strict, other.strict)),
            partial=_ordered(merge(self.partial, other.partial)),
            norm=_ordered(merge(self.norm, other.norm)),
        )


def _ordered(scores: dict) -> dict:
    rank = {label: i for i, label in enumerate(LABELS)}
    return dict(sorted(scores.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


class RecordScores(_ReportModel):
    """Record scores of ANNOTATION.md section 5 (matching rules in ``evaluate/records.py``)."""

    agreements: PRF = PRF()
    agreement_date: Accuracy = Accuracy()
    agreement_status: Accuracy = Accuracy()
    agreement_signatories: PRF = PRF()
    programs: PRF = PRF()
    program_established: Accuracy = Accuracy()
    figures: PRF = PRF()
    figure_kind: Accuracy = Accuracy()
    figure_qualifier: Accuracy = Accuracy()
    countries: PRF = PRF()

    def __add__(self, other: RecordScores) -> RecordScores:
        return RecordScores(
            **{
                name: getattr(self, name) + getattr(other, name)
                for name in RecordScores.model_fields
            }
        )


ErrorCategory = Literal["span", "norm", "agreement", "program", "figure", "country"]
ErrorType = Literal["fp", "fn", "mismatch"]


class ErrorItem(_ReportModel):
    """One false positive, false negative or attribute mismatch, with where it is."""

    doc_id: str
    category: ErrorCategory
    type: ErrorType
    label: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = Field(default=None, description="The span text (or the record key).")
    left: str = Field(default="", description="Up to 40 characters before the span.")
    right: str = Field(default="", description="Up to 40 characters after the span.")
    pattern: str | None = Field(default=None, description="Pattern id of a predicted span.")
    detail: str = Field(default="", description="What it overlaps, or gold vs predicted values.")


class DocumentReport(_ReportModel):
    """The scores of one document."""

    id: str
    spans: SpanScores = SpanScores()
    records: RecordScores = RecordScores()


class Report(_ReportModel):
    """Corpus scores (sums of the per-document counts), per-document scores and errors."""

    spans: SpanScores = SpanScores()
    records: RecordScores = RecordScores()
    documents: list[DocumentReport] = Field(default_factory=list)
    errors: list[ErrorItem] = Field(default_factory=list)
    missing: list[str] = Field(
        default_factory=list, description="Gold ids without a prediction (scored as empty)."
    )
    failed: list[str] = Field(
        default_factory=list, description="Gold ids whose prediction is an error record."
    )
    extra: list[str] = Field(default_factory=list, description="Predicted ids not in the gold.")
    text_mismatch: list[str] = Field(
        default_factory=list, description="Ids whose predicted text differs from the gold text."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def n_documents(self) -> int:
        """Number of gold documents scored."""
        return len(self.documents)

    def summary(self) -> dict[str, float | None]:
        """The headline numbers, keyed like the floors file (see ``evaluate/floors.py``)."""
        partial = [p.f1 for p in self.spans.partial.values() if p.tp + p.fp + p.fn]
        return {
            "span_strict_micro_f1": self.spans.strict_micro.f1,
            "span_partial_micro_f1": self.spans.partial_micro.f1,
            "partial_f1_per_label": min((f for f in partial if f is not None), default=None),
            "norm_accuracy": self.spans.norm_micro.accuracy,
            "agreement_f1": self.records.agreements.f1,
            "figure_f1": self.records.figures.f1,
            "program_f1": self.records.programs.f1,
            "country_f1": self.records.countries.f1,
        }
