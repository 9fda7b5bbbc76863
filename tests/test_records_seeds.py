"""Records end to end through ``partnerex.extract`` on the seed pages and feed items."""

from __future__ import annotations

from pathlib import Path

import pytest

import partnerex
from partnerex.ingest import read
from partnerex.models import Document


def _extract_all(path: Path) -> dict[str, Document]:
    """Every item of a seed, extracted, by title."""
    out: dict[str, Document] = {}
    for item in read(str(path)):
        assert isinstance(item, Document)
        out[item.meta.title or item.id] = partnerex.extract(item.text, meta=item.meta)
    return out


@pytest.fixture(scope="module")
def feed(shared_dir: Path) -> dict[str, Document]:
    (path,) = sorted((shared_dir / "seeds").glob("004_*.txt"))
    return _extract_all(path)


@pytest.fixture(scope="module")
def page_001(shared_dir: Path) -> Document:
    (path,) = sorted((shared_dir / "seeds").glob("001_*.txt"))
    (doc,) = _extract_all(path).values()
    return doc


@pytest.fixture(scope="module")
def page_002(shared_dir: Path) -> Document:
    (path,) = sorted((shared_dir / "seeds").glob("002_*.txt"))
    (doc,) = _extract_all(path).values()
    return doc


def _item(feed: dict[str, Document], words: str) -> Document:
    (doc,) = [d for title, d in feed.items() if words.lower() in title.lower()]
    return doc


def _keys(doc: Document) -> list[tuple[str, tuple[str, ...], str | None, str]]:
    return sorted((a.type, tuple(a.countries), a.date, a.status) for a in doc.agreements)


def test_records_seed_cabo_verde_cmaa(feed):
    doc = _item(feed, "Cabo Verde sign")
    assert _keys(doc) == [("cmaa", ("CV", "US"), "2023-09-26", "signed")]
    (cmaa,) = doc.agreements
    assert cmaa.parties[:2] == ["cbp", "Cabo Verde"]
    assert [(s.name, s.title, s.on_behalf_of) for s in cmaa.signatories] == [
        ("Mark Koumans", "Deputy Executive Assistant Commissioner", "US"),
        ("Jose Luis Livramento", "Ambassador to the U.S.", "CV"),
    ]
    assert cmaa.evidence["mention"] and cmaa.evidence["date"]


def test_records_seed_brazil_mra_and_background(feed):
    doc = _item(feed, "Arrangement with Brazil")
    assert _keys(doc) == [
        ("cmaa", ("BR", "US"), "2002", "signed"),
        ("jwp", ("BR", "US"), "2015", "signed"),
        ("mra", ("BR", "US"), "2022-09-16", "signed"),
    ]
    mra = next(a for a in doc.agreements if a.type == "mra")
    assert "cbp" in mra.parties
    assert any("Receita Federal" in p for p in mra.parties)
    assert {"ctpat", "aeo"} <= set(mra.programs)
    assert len(mra.evidence["mention"]) >= 1


def test_records_seed_uruguay_guatemala_colombia(feed):
    doc = _item(feed, "Agree on Strengthening Supply Chain")
    assert _keys(doc) == [
        ("jwp", ("CO", "US"), "2022-07-19", "signed"),
        ("jwp", ("GT", "US"), "2022-07-19", "signed"),
        ("mra", ("US", "UY"), "2022-07-19", "signed"),
    ]


def test_records_seed_costa_rica_mou(feed):
    doc = _item(feed, "Costa Rica")
    assert _keys(doc) == [("mou", ("CR", "US"), "2021-01", "signed")]


@pytest.mark.parametrize(
    "words", ["San Diego Border Patrol", "Dulles CBP Officer", "Afghanistan", "Vanceboro"]
)
def test_records_seed_releases_without_agreements(feed, words):
    assert _item(feed, words).agreements == []


def test_records_seed_002_action_plan_and_joint_statement(page_002):
    by_type = {a.type: a for a in page_002.agreements}
    assert set(by_type) == {"action_plan", "joint_statement"}
    for record in by_type.values():
        assert set(record.parties) == {"cbp", "wbo"}
        assert record.countries == ["US"]


@pytest.mark.parametrize(
    ("program", "established"),
    [("cip", "1984"), ("basc", "1996"), ("acsi", "1988"), ("lbcip", "1995-SP")],
)
def test_records_seed_001_program_founding(page_001, program, established):
    record = next(p for p in page_001.programs if p.id == program)
    assert record.established == established
    assert record.evidence["established"]


def test_records_seed_001_basc_countries(page_001):
    basc = next(p for p in page_001.programs if p.id == "basc")
    assert len(basc.countries) == 12
    assert {"CO", "CR", "EC", "SV", "GT", "HT", "MX", "PA", "PE", "DO", "UY", "VE"} == set(
        basc.countries
    )


@pytest.mark.parametrize(
    ("program", "value", "qualifier"),
    [
        ("cip", 4800, "over"),
        ("basc", 2500, "over"),
        ("basc", 1000, "over"),
        ("lbcip", 825, "exact"),
    ],
)
def test_records_seed_001_participants(page_001, program, value, qualifier):
    record = next(p for p in page_001.programs if p.id == program)
    assert (value, qualifier) in [(x.value, x.qualifier) for x in record.participants]
