"""PERSON spans on the seeds (../shared/seeds read by ``partnerex.read``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import partnerex
from partnerex.convert_doc import make_doc
from partnerex.pipeline.state import final_spans

CBP = "cbp.gov/newsroom/"

#: Names each seed document must yield (in text order, duplicates collapsed).
EXPECTED = {
    "002_ccd5c2a2cd3c150b": ["Robert Perez", "Ana Hinojosa", "George Weise", "Alan Bersin"],
    CBP + "local-media-release/san-diego-border-patrol-and-mexican-authorities-increase-binational": [
        "Patricia D. McGurk-Daniel"
    ],
    CBP + "national-media-release/cbp-cabo-verde-sign-customs-mutual-assistance-agreement": [
        "Mark Koumans",
        "Jose Luis Livramento",
        "Troy A. Miller",
    ],
    CBP + "local-media-release/cbp-returns-historical-indigenous-artifacts-costa-rica": [
        "Ludmilla Ugalde",
        "John Rico",
        "Ludmila Patricia Ugalde Simionova",
        "Robert Del Toro",
    ],
    CBP + "local-media-release/cbp-reducing-hours-operation-vanceboro-maine-port-entry": [
        "Jennifer De La O"
    ],
    CBP + "national-media-release/cbp-signs-mutual-recognition-arrangement-brazil": ["Troy Miller"],
    CBP + "national-media-release/cbp-and-customs-administrations-agree-strengthening-supply-chain": [
        "Magnus",
        "Jaime Borgiani",
        "Chris Magnus",
        "Werner Ovalle Ramirez",
        "Ingrid Diaz",
    ],
}
#: Pages whose text has no person at all (their navigation chrome must not yield one).
NO_PERSONS = ["000_7e34c4e37029df36", "001_9d8f0374a0479c4c", "003_3a90c443c9c5a65f"]


@pytest.fixture(scope="module")
def seed_persons(shared_dir: Path, nlp_spans) -> dict[str, list[str]]:
    nlp = nlp_spans
    out: dict[str, list[str]] = {}
    for document in partnerex.read(shared_dir / "seeds"):
        doc = nlp(make_doc(nlp, document.text, doc_id=document.id))
        names = [s.text for s in final_spans(doc) if s.label_ == "PERSON"]
        out[document.id] = list(dict.fromkeys(names))
    return out


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_persons_seed_names(seed_persons, doc_id: str) -> None:
    assert seed_persons[doc_id] == EXPECTED[doc_id]


@pytest.mark.parametrize("doc_id", NO_PERSONS)
def test_persons_seed_pages_without_people(seed_persons, doc_id: str) -> None:
    assert seed_persons[doc_id] == []


def test_persons_seed_surname_mentions(seed_persons) -> None:
    doc_id = CBP + "national-media-release/commissioner-magnus-shares-cbp-priorities-and-promotes-good"
    assert seed_persons[doc_id] == ["Magnus", "Chris Magnus", "Ian Saunders", "Saunders"]
