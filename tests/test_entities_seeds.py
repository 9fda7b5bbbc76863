"""Entity spans on the seed documents (../shared/seeds), read through partnerex.read."""

from __future__ import annotations

from pathlib import Path

import pytest

import partnerex
from partnerex.models import Document

BASC_COUNTRIES = {
    "Colombia": "CO",
    "Costa Rica": "CR",
    "Ecuador": "EC",
    "El Salvador": "SV",
    "Guatemala": "GT",
    "Haiti": "HT",
    "Mexico": "MX",
    "Panama": "PA",
    "Peru": "PE",
    "Dominican Republic": "DO",
    "Uruguay": "UY",
    "Venezuela": "VE",
}
#: Every PROGRAM mention of seeds 000-003, in order, as (text, id).
SEED_PROGRAMS = {
    "000": [
        ("Carrier Initiative Program", "cip"),
        ("CIP", "cip"),
        ("Business Anti-Smuggling Coalition", "basc"),
        ("BASC", "basc"),
    ],
    "003": [
        ("Framework of Standards to Secure and Facilitate Global Trade", "safe_framework"),
    ]
    + [("SAFE Framework", "safe_framework")] * 6,
}
CHROME = [
    "Skip To Main Content",
    "Printer Friendly Page",
    "1-800-BE-ALERT",
    "Featured RSS Links",
    "KB.",
]


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for path in sorted((shared_dir / "seeds").iterdir()):
        for item in partnerex.read(path):
            assert isinstance(item, Document), item
            doc = partnerex.extract(item.text, meta=item.meta, doc_id=item.id)
            key = path.name[:3] if path.name[:3] != "004" else item.id
            out[key] = doc
    return out


def _feed_item(seeds: dict[str, Document], slug: str) -> Document:
    return next(doc for key, doc in seeds.items() if slug in key)


def test_entities_seed_001_names_the_12_basc_countries(seeds):
    doc = seeds["001"]
    start = doc.text.index("operates in 12 countries")
    end = doc.text.index("Venezuela", start) + len("Venezuela")
    found = {s.text: s.norm for s in doc.spans if s.label == "COUNTRY" and start <= s.start < end}
    assert found == BASC_COUNTRIES
    assert set(BASC_COUNTRIES.values()) <= set(doc.countries)


@pytest.mark.parametrize("seed", sorted(SEED_PROGRAMS))
def test_entities_seed_program_mentions_in_order(seeds, seed):
    got = [(s.text, s.norm) for s in seeds[seed].spans if s.label == "PROGRAM"]
    assert got == SEED_PROGRAMS[seed]


def test_entities_seed_001_program_ids(seeds):
    ids = {s.norm for s in seeds["001"].spans if s.label == "PROGRAM"}
    assert ids == {"ipp", "cip", "basc", "acsi", "lbcip"}
    texts = {s.text for s in seeds["001"].spans if s.label == "PROGRAM"}
    assert {
        "Carrier Initiative Program",
        "Business Alliance for Secure Commerce",
        "Land Border Carrier Initiative Program",
    } <= texts


def test_entities_seed_002_program_ids(seeds):
    got = {(s.text, s.norm) for s in seeds["002"].spans if s.label == "PROGRAM"}
    assert got == {
        ("BASC", "basc"),
        ("CTPAT", "ctpat"),
        ("Business Anti-Smuggling Coalition", "basc"),
        ("Customs-Trade Partnership Against Terrorism", "ctpat"),
        ("Customs Trade Partnership Against Terrorism", "ctpat"),
    }


def test_entities_seed_004_cabo_verde_signatories_are_persons(seeds):
    doc = _feed_item(seeds, "cabo-verde")
    persons = [s.text for s in doc.spans if s.label == "PERSON"]
    assert "Mark Koumans" in persons
    assert "Jose Luis Livramento" in persons
    assert "Troy A. Miller" in persons


@pytest.mark.parametrize("seed", ["000", "001", "003"])
def test_entities_no_span_from_navigation_chrome(seeds, seed):
    doc = seeds[seed]
    for marker in CHROME:
        assert marker not in doc.text
    assert not any("Navigates" in s.text or "Skip" in s.text for s in doc.spans)


def test_entities_seed_001_program_records_include_programs_inside_figures(seeds):
    # "24 Super Carrier Initiative participants" is one FIGURE; super_carrier is still mentioned.
    ids = {p.id for p in seeds["001"].programs}
    assert {"ipp", "cip", "basc", "acsi", "lbcip", "super_carrier"} <= ids
