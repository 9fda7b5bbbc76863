"""Country names, aliases and demonyms to ISO 3166-1 alpha-2 codes (pycountry + patterns)."""

from __future__ import annotations

import functools
import re

import pycountry

from partnerex.kb import KnowledgeBase

_PAREN = re.compile(r"\s*\(.*?\)\s*")


def _pycountry_names() -> list[tuple[str, str]]:
    """(code, name) for every pycountry name that reads like running text."""
    out: list[tuple[str, str]] = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name or "," in name:
                continue
            out.append((country.alpha_2, _PAREN.sub(" ", name).strip()))
    return out


@functools.lru_cache(maxsize=1)
def pycountry_names() -> tuple[tuple[str, str], ...]:
    """Cached (code, name) pairs from pycountry."""
    return tuple(_pycountry_names())


def country_surface_forms(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(code, surface form, kind) for every country name, alias and demonym; kb overrides."""
    blocked = {name for entry in kb.countries.values() for name in entry.exclude}
    forms: dict[str, tuple[str, str]] = {}
    for code, name in pycountry_names():
        if name not in blocked:
            forms.setdefault(name, (code, "pycountry"))
    for entry in kb.countries.values():
        for name in entry.names:
            forms[name] = (entry.code, "alias")
        for name in entry.demonyms:
            forms[name] = (entry.code, "demonym")
    return [(code, form, kind) for form, (code, kind) in sorted(forms.items())]

