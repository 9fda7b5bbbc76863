"""The pydantic document model: the JSON shape of ANNOTATION.md, gold and extracted alike.

Every model is frozen and forbids unknown fields. Fields that extend ANNOTATION.md
(``pattern`` on spans, ``evidence`` on records, ``as_of`` on figures, ``author`` and
``published_from`` in meta) are documented in ``corpora/README.md``; the optional
``pattern`` is left out of the JSON when it is empty so gold documents round-trip.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer

Label = Literal["PROGRAM", "AGREEMENT", "ORG", "PERSON", "COUNTRY", "DATE", "FIGURE"]
LABELS: tuple[str, ...] = ("PROGRAM", "AGREEMENT", "ORG", "PERSON", "COUNTRY", "DATE", "FIGURE")
Status = Literal["signed", "in_force", "announced", "planned"]
Qualifier = Literal["exact", "approx", "over", "at_least", "under", "up_to"]
FigureKind = Literal[
    "seizure", "participants", "agreements", "money", "percent", "measure", "count"
]


def _without_none(data: dict[str, Any], key: str) -> dict[str, Any]:
    """``data`` without ``key`` when its value is None (an optional extension field)."""
    if data.get(key) is None:
        data.pop(key, None)
    return data


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Model):
    """Character offsets (end exclusive) of the sentence or span that supports a value."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Meta(_Model):
    """Document metadata; ``published`` anchors every relative date."""

    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    published_from: str | None = Field(
        default=None,
        description="Where `published` came from: given, feed, time_tag, release_date_line, "
        "dateline, or null when unknown.",
    )

    @field_validator("published")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            _dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(
                f"meta.published must be an ISO date YYYY-MM-DD, got {value!r}"
            ) from exc
        return value


class Span(_Model):
    """One entity mention: offsets into ``Document.text``, label, surface text and norm."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: Label
    text: str
    norm: str | None = None
    pattern: str | None = Field(default=None, description="Id of the pattern that fired.")

    @model_serializer(mode="wrap")
    def _drop_empty_pattern(self, handler: Any) -> dict[str, Any]:
        return _without_none(handler(self), "pattern")


class Participant(_Model):
    """A membership or participant count stated for a program."""

    value: float | int
    qualifier: Qualifier = "exact"
    counted: str | None = None
    as_of: str | None = None


class Program(_Model):
    """One record per distinct program id mentioned in a document."""

    id: str
    established: str | None = None
    participants: list[Participant] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class Signatory(_Model):
    """A person who signs or signed an agreement."""

    name: str
    title: str | None = None
    on_behalf_of: str | None = None


class Agreement(_Model):
    """One agreement reported between identifiable parties."""

    type: str
    status: Status = "signed"
    date: str | None = None
    countries: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    signatories: list[Signatory] = Field(default_factory=list)
    programs: list[str] = Field(default_factory=list)
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class Figure(_Model):
    """One record per FIGURE span: value, unit, qualifier and what it counts."""

    value: float | int
    max: float | int | None = None
    unit: str
    qualifier: Qualifier = "exact"
    kind: FigureKind = "count"
    counted: str | None = None
    subject: str | None = None
    program: str | None = None
    as_of: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_serializer(mode="wrap")
    def _drop_empty_as_of(self, handler: Any) -> dict[str, Any]:
        return _without_none(handler(self), "as_of")


class Document(_Model):
    """A press release: text, metadata, spans and records (ANNOTATION.md section 1)."""

    id: str
    text: str
    meta: Meta = Field(default_factory=Meta)
    spans: list[Span] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)

    def spans_of(self, label: str) -> list[Span]:
        """The spans with one label, in text order."""
        return [span for span in self.spans if span.label == label]


class ErrorInfo(_Model):
    """A coded error: what went wrong with one input."""

    code: str
    message: str


class ErrorRecord(_Model):
    """Written in place of a document that could not be read or extracted."""

    id: str
    error: ErrorInfo
    source: str | None = None
