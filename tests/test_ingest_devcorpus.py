"""The page-text reader on the 60 real releases of the dev corpus (../shared/corpus/raw).

Their texts were already stripped of leading chrome, so the cleaner must keep almost all of
them; dates found in the text must never contradict the known publication date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partnerex.ingest.text import clean_page_text


@pytest.fixture(scope="module")
def raw_docs(shared_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((shared_dir / "corpus" / "raw").glob("0*.json"))]  # fmt: skip


def test_devcorpus_published_never_wrong(raw_docs):
    found = wrong = 0
    for doc in raw_docs:
        page = clean_page_text(doc["text"])
        if page.published and doc["published"]:
            found += 1
            wrong += page.published != doc["published"]
        elif page.published:
            wrong += 1  # the text does not state the date, so nothing may be found
    assert wrong == 0
    assert found >= 29  # of 34 with a known date; the other 5 state no full date


def test_devcorpus_titles(raw_docs):
    exact = sum(clean_page_text(d["text"]).title == d["title"] for d in raw_docs)
    assert exact >= 38  # 22 of the 60 excerpts start without their title


def test_devcorpus_text_mostly_kept(raw_docs):
    for doc in raw_docs:
        words = len(doc["text"].split())
        kept = len(clean_page_text(doc["text"]).text.split())
        assert kept >= 0.9 * words, doc["id"]
