"""Parties of an agreement: organizations and countries as plain values, with their ISO codes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from partnerex.records.model import Mention

PARTY_LABELS = frozenset({"ORG", "COUNTRY"})
#: "Brazil's Receita Federal", "Brazil’s Customs Authority Receita Federal".
_POSSESSIVE = re.compile(r"^\s*['’]s(?:\s+[A-Z][\w-]*){0,3}\s+$")


@dataclass(frozen=True)
class Party:
    """A party: its org id or name, the ISO code it belongs to (if any) and where it was named."""

    name: str
    country: str | None
    start: int
    end: int
    is_org: bool = False

    def evidence(self) -> dict[str, int]:
        """The party's offsets as an evidence entry."""
        return {"start": self.start, "end": self.end}


def nested_country(mention: Mention, countries: Sequence[Mention]) -> str | None:
    """The ISO code of the first country named inside ``mention`` (e.g. "... de Uruguay")."""
    for country in countries:
        if country.norm and country.inside(mention.start, mention.end):
            return country.norm
    return None


def party_of(
    mention: Mention, countries: Sequence[Mention], org_countries: dict[str, str]
) -> Party:
    """A party from an ORG or COUNTRY mention: org id (else its name) and its country."""
    if mention.label == "COUNTRY":
        return Party(mention.text, mention.norm, mention.start, mention.end)
    country = (
        org_countries.get(mention.norm or mention.text)
        or nested_country(mention, countries)
    )
    return Party(mention.norm or mention.text, country, mention.start, mention.end, True)


def parties_in(
    text: str,
    mentions: Iterable[Mention],
    countries: Sequence[Mention],
    org_countries: dict[str, str],
) -> list[Party]:
    """Parties of ORG/COUNTRY mentions; "Brazil's Customs Authority Receita Federal" is one
    party (the organization, with the country of the possessive)."""
    out: list[Party] = []
    pending: Mention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.label not in PARTY_LABELS:
            continue
        if (
            pending is not None
            and mention.label == "ORG"
            and _POSSESSIVE.match(_between(text, pending, mention))
        ):
            party = party_of(mention, countries, org_countries)
            out[-1] = Party(
                party.name, party.country or pending.norm, pending.start, party.end, True
            )
            pending = None
            continue
        if out and text[out[-1].end : mention.start].strip() == "(":
            continue  # "U.S. Immigration and Customs Enforcement (ICE)": one party
        party = party_of(mention, countries, org_countries)
        out.append(party)
        if mention.label == "ORG":
            out.extend(_joint_sides(text, mention, countries, party.country))
        pending = mention if mention.label == "COUNTRY" else None
    return out


#: "EU-Japan Joint Customs Cooperation Committee": two countries joined by a dash or slash.
_PAIR_JOIN = re.compile(r"^\s*[-–/]\s*$")


def _joint_sides(
    text: str, mention: Mention, countries: Sequence[Mention], first: str | None
) -> list[Party]:
    """The second side of a joint body whose name begins with a pair of countries ("EU-Japan
    Joint Customs Cooperation Committee" is a party for the EU and for Japan)."""
    inside = [c for c in countries if c.norm and c.inside(mention.start, mention.end)]
    if len(inside) < 2 or inside[0].start != mention.start or inside[1].norm == first:
        return []
    if not _PAIR_JOIN.match(text[inside[0].end : inside[1].start]):
        return []
    second = inside[1]
    return [Party(second.text, second.norm, second.start, second.end)]


def _between(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start] + " " if right.start >= left.end else "#"


def prefer_organizations(parties: Iterable[Party]) -> list[Party]:
    """Drop a country party when an organization of that country is a party too
    ("cbp" makes "United States" redundant; "Receita Federal" makes "Brazil" redundant)."""
    listed = list(parties)
    covered = {p.country for p in listed if p.is_org and p.country}
    return [p for p in listed if p.is_org or p.country not in covered]


def country_codes(parties: Iterable[Party]) -> list[str]:
    """Sorted distinct ISO codes of the parties."""
    return sorted({p.country for p in parties if p.country})


def unique_parties(parties: Iterable[Party]) -> list[Party]:
    """Parties without repeats (by name, first kept), in order."""
    seen: set[str] = set()
    out: list[Party] = []
    for party in parties:
        if party.name in seen:
            continue
        seen.add(party.name)
        out.append(party)
    return out


def home_country(mentions: Iterable[Mention], org_countries: dict[str, str]) -> str | None:
    """The country whose agencies the document names most (the publisher's side), if any."""
    counts = Counter(
        org_countries[m.norm] for m in mentions if m.label == "ORG" and m.norm in org_countries
    )
    return counts.most_common(1)[0][0] if counts else None


def main_pair(
    mentions: Iterable[Mention],
    countries: Iterable[Mention],
    org_countries: dict[str, str],
    home: str | None = None,
) -> list[str]:
    """The two countries a document is about, else []: the two most named countries (agencies
    count for their country) when the second is named at least twice, at least a quarter as
    often as the first, and clearly more often than the third; or, when the text never names
    the ``home`` country (the publisher's), home and the one foreign country named twice."""
    counts: Counter[str] = Counter()
    seen: set[tuple[int, int]] = set()
    for mention in countries:
        if mention.norm and (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            counts[mention.norm] += 1
    for mention in mentions:
        if mention.label == "ORG" and mention.norm in org_countries:
            counts[org_countries[mention.norm]] += 1
    if home is not None and home not in counts:
        foreign = [code for code in counts if code != home]
        if len(foreign) == 1 and counts[foreign[0]] >= 2:
            return sorted([home, foreign[0]])
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 2 or ranked[1][1] * 4 < ranked[0][1]:
        return []
    if len(ranked) == 3 and ranked[2][1] * 2 > ranked[1][1]:
        return []
    return sorted(code for code, _ in ranked[:2])
