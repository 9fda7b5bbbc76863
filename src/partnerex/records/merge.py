"""Merge the mentions of one agreement inside a release into one record with all evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from partnerex.records.agreements import AgreementMention
from partnerex.records.model import RecordLexicon
from partnerex.records.parties import prefer_organizations, unique_parties


def dates_compatible(left: str | None, right: str | None) -> bool:
    """Two dates may name one signing: equal, one unknown, or one a prefix of the other."""
    if left is None or right is None:
        return True
    return left.startswith(right) or right.startswith(left)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def names_compatible(left: str, right: str) -> bool:
    """Instrument names that may name one agreement: not two different years in them
    ("Action Plan for 2011" vs "2012 Action Plan")."""
    years_left, years_right = set(_YEAR.findall(left)), set(_YEAR.findall(right))
    return not (years_left and years_right and years_left != years_right)


def same_agreement(left: AgreementMention, right: AgreementMention) -> bool:
    """Same type, same countries, compatible dates and names."""
    return (
        left.type == right.type
        and left.countries == right.countries
        and dates_compatible(left.date, right.date)
        and names_compatible(left.span.text, right.span.text)
    )


def group_mentions(mentions: Iterable[AgreementMention]) -> list[list[AgreementMention]]:
    """Groups of mentions of one agreement, in order of first mention; a mention without
    parties (an orphan) only joins the one record of its type it fits, or is dropped."""
    groups: list[list[AgreementMention]] = []
    for mention in sorted(mentions, key=lambda m: (m.sentence[0], m.span.start)):
        for group in groups:
            if all(same_agreement(mention, other) for other in group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return [g for g in _absorb_partial(groups) if not all(m.orphan for m in g)]


def same_date_and_name(left: AgreementMention, right: AgreementMention) -> bool:
    """Compatible dates and instrument names."""
    return dates_compatible(left.date, right.date) and names_compatible(
        left.span.text, right.span.text
    )


def _absorb_partial(groups: list[list[AgreementMention]]) -> list[list[AgreementMention]]:
    """A group whose countries are a strict subset of exactly one other group of the same type
    (a later mention that names one side only) joins that group."""
    out = list(groups)
    for group in sorted(groups, key=lambda g: len(g[0].countries)):
        codes = set(group[0].countries)
        hosts = [
            other
            for other in out
            if other is not group
            and other[0].type == group[0].type
            and codes < set(other[0].countries)
            and all(same_date_and_name(m, o) for m in group for o in other)
        ]
        hosts = [
            h for h in hosts if not any(set(h[0].countries) < set(o[0].countries) for o in hosts)
        ]
        if len(hosts) == 1:
            hosts[0].extend(group)
            out = [g for g in out if g is not group]
    return out


def _evidence(items: Iterable[dict[str, int]]) -> list[dict[str, int]]:
    seen: dict[tuple[int, int], dict[str, int]] = {}
    for item in items:
        if item["start"] >= 0:
            seen.setdefault((item["start"], item["end"]), item)
    return [seen[k] for k in sorted(seen)]


def merge_group(
    group: Sequence[AgreementMention], lexicon: RecordLexicon, doc_programs: Iterable[str]
) -> dict[str, Any]:
    """One ANNOTATION.md agreement record from the mentions of one agreement."""
    rank = lexicon.status_rank
    leaders = [m for m in group if not m.orphan] or list(group)
    lead = min(leaders, key=lambda m: (rank.get(m.status, 9), m.date is None, m.sentence[0]))
    dated = [m for m in leaders if m.date]
    date_from = lead if lead.date else (dated[0] if dated else None)
    group = sorted(group, key=lambda m: (m.sentence[0], m.span.start))
    parties = prefer_organizations(
        unique_parties(p for m in [lead, *group] for p in m.parties if p.start >= 0)
    )
    countries = sorted({c for m in group for c in m.countries})
    programs = list(dict.fromkeys(p for m in group for p in m.programs))
    present = set(doc_programs)
    for linked in lexicon.linked_programs.get(group[0].type, []):
        if linked in present and linked not in programs:
            programs.append(linked)
    signatories: dict[str, dict[str, Any]] = {}
    for mention in group:
        for signatory in mention.signatories:
            signatories.setdefault(signatory["name"], dict(signatory))
    known = {s["on_behalf_of"] for s in signatories.values() if s["on_behalf_of"]}
    left = [c for c in countries if c not in known]
    for signatory in signatories.values():
        if signatory["on_behalf_of"] is None and len(left) == 1:
            signatory["on_behalf_of"] = left[0]
    evidence = {
        "mention": _evidence({"start": m.sentence[0], "end": m.sentence[1]} for m in group),
        "type": _evidence(m.span.evidence() for m in group),
        "status": _evidence([{"start": lead.sentence[0], "end": lead.sentence[1]}]),
        "date": _evidence(
            [date_from.date_span.evidence()] if date_from and date_from.date_span else []
        ),
        "parties": _evidence(p.evidence() for p in parties),
        "countries": _evidence(
            p.evidence() for m in group for p in m.parties if p.country in countries
        ),
        "signatories": _evidence(e for m in group for e in m.signatory_evidence),
        "programs": _evidence(
            {"start": m.sentence[0], "end": m.sentence[1]} for m in group if m.programs
        ),
    }
    return {
        "type": group[0].type,
        "status": lead.status,
        "date": date_from.date if date_from else None,
        "countries": countries,
        "parties": [p.name for p in parties],
        "signatories": list(signatories.values()),
        "programs": programs,
        "evidence": {k: v for k, v in evidence.items() if v},
    }
