"""Pydantic schemas of the ``patterns/*.jsonl`` records, one per kind of knowledge."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

_ID = re.compile(r"^(x:)?[a-z0-9][a-z0-9_.:-]*$")


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    examples: list[str] = Field(default_factory=list, description="Texts that must match.")
    counterexamples: list[str] = Field(
        default_factory=list, description="Near-misses that must not match."
    )

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"id {value!r} must be lowercase snake_case ([a-z0-9_.:-])")
        return value


class NamedEntry(_Entry):
    """Shared by programs, agreement types and organizations."""

    names: list[str] = Field(min_length=1, description="Full names, matched case-insensitively.")
    aliases: list[str] = Field(default_factory=list, description="Other names, case-insensitive.")
    acronyms: list[str] = Field(default_factory=list, description="Matched case-sensitively.")
    case_sensitive: bool = Field(
        default=False,
        description="Match names as written (keeps 'industry partnership programs' out).",
    )

    @field_validator("names", "aliases", "acronyms")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.strip():
                raise ValueError("names, aliases and acronyms must not be blank")
        return values

    def surface_forms(self) -> list[tuple[str, bool]]:
        """Every surface form with whether it is matched case-sensitively."""
        return [(n, self.case_sensitive) for n in (*self.names, *self.aliases)] + [
            (a, True) for a in self.acronyms
        ]


class ProgramEntry(NamedEntry):
    """A named partnership, trusted-trader or cooperation program (ANNOTATION.md 4.1)."""

    country: str | None = Field(default=None, description="ISO code of the owning country.")
    kind: str = Field(description="e.g. trusted_trader, carrier, coalition, framework, operation.")


class AgreementTypeEntry(NamedEntry):
    """A type of formal instrument (ANNOTATION.md 4.2)."""


class OrganizationEntry(NamedEntry):
    """A named organization; ``linked`` false keeps the span norm null (gold convention)."""

    country: str | None = None
    linked: bool = Field(
        default=True,
        description="Emit the id as the span norm (ANNOTATION.md 4.3 and adopted additions).",
    )


class CountryEntry(_Entry):
    """Names of a country beyond pycountry's, and its demonyms."""

    code: str = Field(pattern=r"^[A-Z]{2}$")
    names: list[str] = Field(default_factory=list, description="Case-sensitive surface names.")
    demonyms: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(
        default_factory=list, description="pycountry names too ambiguous to match alone."
    )


class TitleEntry(_Entry):
    """An official title or a part of one; ``role`` says how it composes: ``head`` ("Commissioner"),
    ``modifier`` ("Deputy"), ``complement`` after a head ("to the U.S.") or ``complete``."""

    role: str = Field(pattern=r"^(head|modifier|complete|complement)$")
    terms: list[str] = Field(min_length=1)


class LexiconEntry(_Entry):
    """A word class used by rules: triggers, heads, units, qualifiers, number words..."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    word_class: str = Field(alias="class", description="The class rules look up.")
    terms: list[str] = Field(min_length=1)
    value: Any = Field(default=None, description="What the terms normalize to, if anything.")
    case_sensitive: bool = False
