"""The seeds in ../shared/seeds read into the right documents (count, ids, titles, URLs, dates)."""

from __future__ import annotations

from pathlib import Path

import pytest

import partnerex
from partnerex.models import Document

CBP = "https://www.cbp.gov/newsroom/"
FEED_ITEMS = [
    ("San Diego Border Patrol and Mexican authorities increase binational operations to combat"
     " human smuggling",
     CBP + "local-media-release/san-diego-border-patrol-and-mexican-authorities-increase-binational",
     "2023-09-27", "michael.j.scappechio"),
    ("CBP, Cabo Verde sign Customs Mutual Assistance Agreement",
     CBP + "national-media-release/cbp-cabo-verde-sign-customs-mutual-assistance-agreement",
     "2023-09-26", "rlawson"),
    ("CBP Returns Historical Indigenous Artifacts to Costa Rica",
     CBP + "local-media-release/cbp-returns-historical-indigenous-artifacts-costa-rica",
     "2023-09-15", "ssapp"),
    ("Dulles CBP Officer Leads Effort to Return Fleeing Maryland Rape Suspect from El Salvador",
     CBP + "local-media-release/dulles-cbp-officer-leads-effort-return-fleeing-maryland-rape-suspect",
     "2023-08-17", "ssapp"),
    ("Technology Meets Afghanistan Challenges",
     CBP + "spotlights/technology-meets-afghanistan-challenges", "2023-01-04", "jonathan.d.isett"),
    ("CBP signs Mutual Recognition Arrangement with Brazil",
     CBP + "national-media-release/cbp-signs-mutual-recognition-arrangement-brazil",
     "2022-09-16", "rlawson"),
    ("CBP Reducing Hours of Operation for the Vanceboro, Maine Port of Entry",
     CBP + "local-media-release/cbp-reducing-hours-operation-vanceboro-maine-port-entry",
     "2022-08-16", "rbrissette"),
    ("CBP and Customs Administrations Agree on Strengthening Supply Chain Security",
     CBP + "national-media-release/cbp-and-customs-administrations-agree-strengthening-supply-chain",
     "2022-07-19", "jquinones"),
    ("International Initiatives", "https://www.cbp.gov/border-security/international-initiatives",
     "2022-07-05", "cassandra.m.johnson"),
    ("Commissioner Magnus Shares CBP Priorities and Promotes Good Governance of WCO During First"
     " Official Visit to Europe",
     CBP + "national-media-release/commissioner-magnus-shares-cbp-priorities-and-promotes-good",
     "2022-06-30", "jquinones"),
]  # fmt: skip
PAGES = {
    "000_7e34c4e37029df36": ("Overview of Partnerships", None),
    "001_9d8f0374a0479c4c": ("Industry Partnership Programs", "2008-09-16"),
    "002_ccd5c2a2cd3c150b": ("World BASC Organization", None),
    "003_3a90c443c9c5a65f": (
        "World Customs Organization (WCO) Framework of Standards Capacity Building Program Overview",
        "2008-07-14",
    ),
}
CHROME = [
    "Skip To Main Content", "DHS Seal", "Navigates to", "1-800-BE-ALERT", "Whats New In",
    "Printer Friendly", "see also", "right arrow", "KB.)", "...more", "Skip To See Also",
    "Use the Website", "Featured RSS Links", "FOIA", "Privacy Statement", "Inquiries",
    "International Callers", "USA.gov", "Homeland Security\n", "About CBP ", "Newsroom",
    "in Border Security",
]  # fmt: skip


@pytest.fixture(scope="module")
def seed_docs(shared_dir: Path) -> list[Document]:
    docs = list(partnerex.read(shared_dir / "seeds"))
    assert all(isinstance(d, Document) for d in docs), docs
    return docs  # type: ignore[return-value]


def test_ingest_seeds_document_count(seed_docs):
    assert len(seed_docs) == 4 + len(FEED_ITEMS)


@pytest.mark.parametrize("doc_id", sorted(PAGES))
def test_ingest_seeds_page_title_and_date(seed_docs, doc_id):
    doc = next(d for d in seed_docs if d.id == doc_id)
    title, published = PAGES[doc_id]
    assert doc.meta.title == title
    assert doc.meta.published == published
    assert doc.meta.published_from == ("release_date_line" if published else None)
    assert doc.meta.source == doc_id + ".txt"
    assert doc.text.startswith(title)


@pytest.mark.parametrize("doc_id", ["000_7e34c4e37029df36", "001_9d8f0374a0479c4c",
                                    "003_3a90c443c9c5a65f"])  # fmt: skip
@pytest.mark.parametrize("chrome", CHROME)
def test_ingest_seeds_page_chrome_removed(seed_docs, doc_id, chrome):
    doc = next(d for d in seed_docs if d.id == doc_id)
    assert chrome not in doc.text


@pytest.mark.parametrize(
    ("doc_id", "kept"),
    [
        ("000_7e34c4e37029df36", "over 200 companies participating in the Business Anti-Smuggling"),
        ("001_9d8f0374a0479c4c", "(09/16/2008)\nIndustry Partnership Program (IPP) Goals:"),
        ("001_9d8f0374a0479c4c", "• Over 4800 participants in CIP\n• 24 Super Carrier"),
        ("001_9d8f0374a0479c4c", "write to industry.partnership@dhs.gov."),
        ("002_ccd5c2a2cd3c150b", "Webinar Protecting trade in the supply chain"),
        ("003_3a90c443c9c5a65f", "In June 2005, the World Customs Organization (WCO) adopted"),
    ],
)
def test_ingest_seeds_page_content_kept(seed_docs, doc_id, kept):
    doc = next(d for d in seed_docs if d.id == doc_id)
    assert kept in doc.text


def test_ingest_seeds_feed_items(seed_docs):
    items = [d for d in seed_docs if d.meta.url]
    got = [(d.meta.title, d.meta.url, d.meta.published, d.meta.author) for d in items]
    assert got == FEED_ITEMS
    assert all(d.meta.source == "cbp.gov" for d in items)
    assert [d.id for d in items] == [url.removeprefix("https://www.") for _, url, _, _ in FEED_ITEMS]


def test_ingest_seeds_feed_published_from(seed_docs):
    origins = [d.meta.published_from for d in seed_docs if d.meta.url]
    # two items (a spotlight and a landing page) have no Release Date field
    assert origins.count("release_date_line") == 8
    assert origins.count("feed") == 2


def test_ingest_seeds_feed_body_clean(seed_docs):
    for doc in (d for d in seed_docs if d.meta.url):
        assert "<" not in doc.text and "&quot;" not in doc.text and "&amp;" not in doc.text
        assert "unified border agency" not in doc.text  # boilerplate footer dropped
        assert "Release Date" not in doc.text
        assert "Event photo" not in doc.text  # alt text is never emitted
        assert "\n\n\n" not in doc.text
        assert doc.text.startswith(doc.meta.title.strip())


def test_ingest_seeds_feed_captions_and_paragraphs(seed_docs):
    cabo = next(d for d in seed_docs if d.meta.title and "Cabo Verde" in d.meta.title)
    assert (
        "\n\nCBP Deputy Executive Assistant Commissioner Mark Koumans signs a Customs Mutual"
        " Assistance Agreement with Cabo Verde Ambassador to the U.S. Jose Luis Livramento"
    ) in cabo.text
    assert "\n\nWASHINGTON – U.S. Customs and Border Protection signed" in cabo.text
    assert "(202) 344-1780" not in cabo.text and "rlawson" not in cabo.text


def test_ingest_seeds_ids_are_stable(shared_dir: Path, seed_docs):
    again = [d.id for d in partnerex.read(shared_dir / "seeds")]
    assert again == [d.id for d in seed_docs]
    single = list(partnerex.read(shared_dir / "seeds" / "000_7e34c4e37029df36.txt"))
    assert [d.id for d in single] == ["000_7e34c4e37029df36"]
