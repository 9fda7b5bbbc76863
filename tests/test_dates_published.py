"""Release dates read from the text when the metadata has none."""

from __future__ import annotations

import json

import pytest

from partnerex.pipeline.published import find_published

CASES: list[tuple[str, tuple[str, str] | None]] = [
    (
        "Remarks\n\nRelease Date: June 16, 2009\n\nFor Immediate Release\n",
        ("2009-06-16", "release_date_line"),
    ),
    (
        "Korea, CBP to Work\n\nRelease Date: \nApril 26, 2011\n\nTaking another stride",
        ("2011-04-26", "release_date_line"),
    ),
    (
        "CBP, Taiwan AEO Agree\n\nRelease Date\nTue, 11/27/2012\n\nROSSLYN, Va.—The",
        ("2012-11-27", "release_date_line"),
    ),
    (
        "Inspection Efforts\nDATE: 04/26/2005\nSUBJECT: Container security",
        ("2005-04-26", "release_date_line"),
    ),
    (
        "Industry Partnership Programs\n\n(09/16/2008)\nIndustry Partnership Program (IPP) Goals:",
        ("2008-09-16", "release_date_line"),
    ),
    (
        "For Immediate Release\nOffice of the Press Secretary\nDecember 6, 2002\n\nU.S. - Canada",
        ("2002-12-06", "release_date_line"),
    ),
    (
        "Milestone with 58 Operational Ports\n\n(Friday, September 28, 2007)\n\ncontacts",
        ("2007-09-28", "release_date_line"),
    ),
    (
        "Commentary | Oct. 7, 2021\n\nFrontline Focus: Coast Guard",
        ("2021-10-07", "release_date_line"),
    ),
    (
        "February 6, 2013Kabul, AfghanistanOperational\n\nTOP STORY",
        ("2013-02-06", "release_date_line"),
    ),
    (
        "WASHINGTON — Sept. 26, 2023 — U.S. Customs and Border Protection signed",
        ("2023-09-26", "dateline"),
    ),
    (
        "Meeting\n\nMexico City, December 15, 2011 – To implement the Declaration",
        ("2011-12-15", "dateline"),
    ),
    (
        "News release\nSeptember 26, 2023 – Ottawa, Ontario – Canada Border Services Agency",
        ("2023-09-26", "release_date_line"),
    ),
    (
        "Home\n\nSeptember 26, 2023 – Ottawa, Ontario – Canada Border Services Agency",
        ("2023-09-26", "dateline"),
    ),
    (
        "Press release\nBrussels, 26 September 2023\nThe Commission today adopted",
        ("2023-09-26", "dateline"),
    ),
    (
        "ICE news\nPosted On: 09/26/2023\nWASHINGTON — ICE signed",
        ("2023-09-26", "release_date_line"),
    ),
    # no release date stated
    ("WASHINGTON— The United States signed a CMAA with Chile Monday marking", None),
    ("Five Country Ministerial - September 12-13, 2022\n  1. We, the Ministers", None),
    ("CBP Seizes Cocaine\n\n  • Last Modified: May 23, 2022", None),
    ("The agreement was signed on Feb. 27, 2013, and unsealed later.", None),
    ("In June 1967, the Customs Cooperation Council adopted a model", None),
    ("Updated: 10:45 AM EDT, Tue September 26, 2023\nThe agency said", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_published_find_in_text(text, expected):
    assert find_published(text) == expected


def test_published_seed_pages(shared_dir):
    seeds = shared_dir / "seeds"
    assert find_published((seeds / "001_9d8f0374a0479c4c.txt").read_text()) == (
        "2008-09-16",
        "release_date_line",
    )
    assert find_published((seeds / "003_3a90c443c9c5a65f.txt").read_text()) == (
        "2008-07-14",
        "release_date_line",
    )
    assert find_published((seeds / "000_7e34c4e37029df36.txt").read_text()) is None


def test_published_gold_corpus_never_contradicts_meta(shared_dir):
    """Found dates equal the gold ``meta.published``; texts whose release date is unknown
    give none."""
    found = 0
    for line in (shared_dir / "corpus" / "gold" / "dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        got = find_published(doc["text"])
        want = doc["meta"].get("published")
        if got is not None:
            found += 1
            assert got[0] == want, doc["id"]
        else:
            assert want is None or doc["id"] in {"d007", "d012", "d014", "d024", "d030"}
    assert found >= 28
