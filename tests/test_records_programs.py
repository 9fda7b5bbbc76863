"""Program records: one per id, founding date, participants from figures, countries."""

from __future__ import annotations

import pytest

from partnerex.records import build_programs
from records_helpers import lexicon, sentences, spans

SEED_001 = (
    "The Carrier Initiative Program (CIP), established in 1984, is a joint effort among air, "
    "sea, land and rail carriers and the U.S. Customs and Border Protection.\n"
    "The Business Alliance for Secure Commerce (BASC) is a private sector led and controlled "
    "coalition that has been supported by U.S. Customs and Border Protection (CBP) since its "
    "creation in 1996. The BASC currently has over 2,500 companies that have been certified by "
    "the organization. And it operates in 12 countries of Latin America and the Caribbean: "
    "Colombia, Costa Rica, Ecuador, El Salvador, Guatemala, Haiti, Mexico, Panama, Peru, the "
    "Dominican Republic, Uruguay, and Venezuela.\n"
    "The Americas Counter Smuggling Initiative (ACSI) is a priority undertaking, established in "
    "1988 by CBP, to build upon the success of CIP and BASC.\n"
    "The Land Border Carrier Initiative Program (LBCIP) Developed in the Spring of 1995 to "
    "address the threat of drug smuggling along the southwest border.\n"
    "Over 4800 participants in CIP"
)
COUNTRIES = [
    ("Colombia", "CO"),
    ("Costa Rica", "CR"),
    ("Ecuador", "EC"),
    ("El Salvador", "SV"),
    ("Guatemala", "GT"),
    ("Haiti", "HT"),
    ("Mexico", "MX"),
    ("Panama", "PA"),
    ("Peru", "PE"),
    ("Dominican Republic", "DO"),
    ("Uruguay", "UY"),
    ("Venezuela", "VE"),
]
SEED_001_SPANS = spans(
    SEED_001,
    ("Carrier Initiative Program", "PROGRAM", "cip", 0),
    ("CIP", "PROGRAM", "cip", -1),
    ("1984", "DATE", "1984"),
    ("Business Alliance for Secure Commerce", "PROGRAM", "basc"),
    ("BASC", "PROGRAM", "basc", -1),
    ("1996", "DATE", "1996"),
    ("over 2,500 companies", "FIGURE", None),
    ("Americas Counter Smuggling Initiative", "PROGRAM", "acsi"),
    ("ACSI", "PROGRAM", "acsi"),
    ("1988", "DATE", "1988"),
    ("Land Border Carrier Initiative Program", "PROGRAM", "lbcip"),
    ("LBCIP", "PROGRAM", "lbcip"),
    ("the Spring of 1995", "DATE", "1995-SP"),
    ("Over 4800 participants", "FIGURE", None),
    *[(name, "COUNTRY", code) for name, code in COUNTRIES],
)
FIGURES = [
    {
        "value": 2500,
        "qualifier": "over",
        "counted": "companies",
        "program": "basc",
        "start": SEED_001.index("over 2,500"),
        "end": SEED_001.index("over 2,500") + 20,
    },
    {
        "value": 4800,
        "qualifier": "over",
        "counted": "participants",
        "program": "cip",
        "start": SEED_001.index("Over 4800"),
        "end": SEED_001.index("Over 4800") + 22,
    },
    {
        "value": 12,
        "qualifier": "exact",
        "counted": "countries",
        "program": None,
        "start": 0,
        "end": 0,
    },
]


@pytest.fixture(scope="module")
def records():
    out = build_programs(SEED_001, sentences(SEED_001), SEED_001_SPANS, FIGURES, lexicon())
    return {r["id"]: r for r in out}


def test_programs_one_record_per_id_in_order(records):
    assert list(records) == ["cip", "basc", "acsi", "lbcip"]
    assert len(records["cip"]["evidence"]["mention"]) == 4


@pytest.mark.parametrize(
    ("program", "established"),
    [("cip", "1984"), ("basc", "1996"), ("acsi", "1988"), ("lbcip", "1995-SP")],
)
def test_programs_established(records, program, established):
    assert records[program]["established"] == established
    (evidence,) = records[program]["evidence"]["established"]
    assert SEED_001[evidence["start"] : evidence["end"]].endswith(established[:4])


def test_programs_participants_from_figures(records):
    assert records["basc"]["participants"] == [
        {"value": 2500, "qualifier": "over", "counted": "companies", "as_of": None}
    ]
    assert records["cip"]["participants"][0]["value"] == 4800
    assert records["acsi"]["participants"] == []


def test_programs_operating_countries(records):
    assert records["basc"]["countries"] == sorted(code for _, code in COUNTRIES)
    assert records["cip"]["countries"] == []


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "In 2005, CBP and Brazil launched the CBP Container Security Initiative.",
            [("2005", "DATE", "2005"), ("Container Security Initiative", "PROGRAM", "csi")],
            "2005",
        ),
        (
            "The Business Anti-Smuggling Coalition was created as a program in 1996 by legacy U. S. Customs Service.",
            [("Business Anti-Smuggling Coalition", "PROGRAM", "basc"), ("1996", "DATE", "1996")],
            "1996",
        ),
        (
            "BASC standards were harmonized in 2008 with CTPAT security criteria.",
            [("BASC", "PROGRAM", "basc"), ("2008", "DATE", "2008")],
            None,
        ),
        (
            "CTPAT was established as a nonprofit organization.",
            [("CTPAT", "PROGRAM", "ctpat")],
            None,
        ),
    ],
)
def test_programs_established_cases(text, specs, expected):
    (record,) = build_programs(text, sentences(text), spans(text, *specs), [], lexicon())
    assert record["established"] == expected


def test_programs_possessive_country():
    text = "Taiwan's Authorized Economic Operator (AEO) program and the U.S.'s C-TPAT program."
    mentions = spans(
        text,
        ("Taiwan", "COUNTRY", "TW"),
        ("Authorized Economic Operator", "PROGRAM", "aeo"),
        ("AEO", "PROGRAM", "aeo"),
        ("U.S.", "COUNTRY", "US"),
        ("C-TPAT", "PROGRAM", "ctpat"),
    )
    records = {r["id"]: r for r in build_programs(text, sentences(text), mentions, [], lexicon())}
    assert records["aeo"]["countries"] == ["TW"]
    assert records["ctpat"]["countries"] == ["US"]


def test_programs_without_norm_are_skipped():
    text = "The program grew."
    assert (
        build_programs(
            text, sentences(text), spans(text, ("program", "PROGRAM", None)), [], lexicon()
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "In January 2002, U.S. Customs and Border Protection (CBP)\ninitiated the Container Security Initiative (CSI) to address the threat.",
            [
                ("January 2002", "DATE", "2002-01"),
                ("Container Security Initiative", "PROGRAM", "csi"),
            ],
            "2002-01",
        ),
        (
            "In 2007, CBP and TAXUD initiated efforts to implement Mutual Recognition between C-TPAT and AEO.",
            [("2007", "DATE", "2007"), ("C-TPAT", "PROGRAM", "ctpat")],
            None,
        ),
        (
            "The 2001 report is out. Launched in 2005, the CSI grew.",
            [("2001", "DATE", "2001"), ("2005", "DATE", "2005"), ("CSI", "PROGRAM", "csi")],
            "2005",
        ),
    ],
)
def test_programs_established_dates_across_lines(text, specs, expected):
    (record,) = build_programs(text, sentences(text), spans(text, *specs), [], lexicon())
    assert record["established"] == expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Agreement Expands U.S. Preclearance Operations in Ireland",
            [("Preclearance", "PROGRAM", "preclearance"), ("Ireland", "COUNTRY", "IE")],
            ["IE"],
        ),
        (
            "The Export Control and Related Border Security (EXBS) program in Ukraine donated scanners.",
            [
                ("Export Control and Related Border Security", "PROGRAM", "exbs"),
                ("EXBS", "PROGRAM", "exbs"),
                ("Ukraine", "COUNTRY", "UA"),
            ],
            ["UA"],
        ),
        (
            "With Preclearance, travelers from Ireland undergo inspections.",
            [("Preclearance", "PROGRAM", "preclearance"), ("Ireland", "COUNTRY", "IE")],
            [],
        ),
    ],
)
def test_programs_located_in_a_country(text, specs, expected):
    (record,) = build_programs(text, sentences(text), spans(text, *specs), [], lexicon())
    assert record["countries"] == expected
