"""PROGRAM, AGREEMENT, ORG and COUNTRY: sentences that must match (with norms) and near-misses."""

from __future__ import annotations

import itertools

import pytest

import partnerex


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    doc = partnerex.extract(text)
    return [(s.text, s.norm) for s in doc.spans if s.label == label]


PROGRAM_MATCHES = [
    (
        "The Carrier Initiative Program (CIP), established in 1984, is a joint effort.",
        [("Carrier Initiative Program", "cip"), ("CIP", "cip")],
    ),
    (
        "the Customs-Trade Partnership Against Terrorism (C-TPAT) program",
        [("Customs-Trade Partnership Against Terrorism", "ctpat"), ("C-TPAT", "ctpat")],
    ),
    ("CTPAT members are considered to be of low risk.", [("CTPAT", "ctpat")]),
    (
        "Customs Trade Partnership Against Terrorism (CTPAT) is one layer.",
        [("Customs Trade Partnership Against Terrorism", "ctpat"), ("CTPAT", "ctpat")],
    ),
    (
        "The Land Border Carrier Initiative Program (LBCIP) Developed in 1995",
        [("Land Border Carrier Initiative Program", "lbcip"), ("LBCIP", "lbcip")],
    ),
    (
        "Carriers joined the Super Carrier Initiative in 1996.",
        [("Super Carrier Initiative", "super_carrier")],
    ),
    (
        "the Business Anti-Smuggling Coalition (BASC)",
        [("Business Anti-Smuggling Coalition", "basc"), ("BASC", "basc")],
    ),
    (
        "The Business Alliance for Secure Commerce is private.",
        [("Business Alliance for Secure Commerce", "basc")],
    ),
    (
        "the Framework of Standards to Secure and Facilitate Global Trade (SAFE Framework)",
        [
            ("Framework of Standards to Secure and Facilitate Global Trade", "safe_framework"),
            ("SAFE Framework", "safe_framework"),
        ],
    ),
    (
        "NNSA works through the Megaports Initiative at foreign seaports.",
        [("Megaports Initiative", "x:megaports_initiative")],
    ),
    (
        "The Navy supports Operation Martillo in Central America.",
        [("Operation Martillo", "x:operation_martillo")],
    ),
    (
        "New Zealand runs the Secure Exports Scheme for exporters.",
        [("Secure Exports Scheme", "x:secure_exports_scheme")],
    ),
    (
        "members of Japan's Authorized Economic Operator program",
        [("Authorized Economic Operator", "aeo")],
    ),
    (
        "officials visited under the International Visitors Program",
        [("International Visitors Program", "x:international_visitors")],
    ),
    ("Global Entry members can use kiosks.", [("Global Entry", "global_entry")]),
    (
        "the State Department's Export Control and Related Border Security (EXBS) program",
        [("Export Control and Related Border Security", "exbs"), ("EXBS", "exbs")],
    ),
    (
        "Afghan evacuees arrived during Operation Allies Welcome.",
        [("Operation Allies Welcome", "operation_allies_welcome")],
    ),
]
PROGRAM_NEAR_MISSES = [
    "The program examines the entire process.",
    "CBP runs several industry partnership programs with carriers.",
    "It is a new pilot program for importers.",
    "The initiative was well received.",
    "The World BASC Organization is incorporated in Delaware.",
    "partnerships with trusted traveler programs abroad",
]


@pytest.mark.parametrize(("text", "expected"), PROGRAM_MATCHES)
def test_entities_program_matches(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "PROGRAM") == expected


@pytest.mark.parametrize("text", PROGRAM_NEAR_MISSES)
def test_entities_program_near_misses(text: str) -> None:
    assert spans(text, "PROGRAM") == []


AGREEMENT_MATCHES = [
    (
        "CBP signed a Customs Mutual Assistance Agreement (CMAA) with Cabo Verde today.",
        [("Customs Mutual Assistance Agreement", "cmaa"), ("CMAA", "cmaa")],
    ),
    (
        "They also signed a Joint Work Plan (JWP) with Guatemala.",
        [("Joint Work Plan", "jwp"), ("JWP", "jwp")],
    ),
    (
        "ICE signed a Memorandum of Understanding with the committee.",
        [("Memorandum of Understanding", "mou")],
    ),
    ("The MOU takes effect in May.", [("MOU", "mou")]),
    (
        "The strategy culminated in the CBP-WBO Action Plan.",
        [("CBP-WBO Action Plan", "action_plan")],
    ),
    (
        "the U.S.-EU Mutual Recognition Decision was signed",
        [("U.S.-EU Mutual Recognition Decision", "mra")],
    ),
    (
        "The U.S. – Chile Customs Mutual Assistance Agreement was signed.",
        [("U.S. – Chile Customs Mutual Assistance Agreement", "cmaa")],
    ),
    (
        "McAleenan signed a Protection Cooperative Agreement with El Salvador.",
        [("Protection Cooperative Agreement", "other")],
    ),
    (
        "Ridge and Manley signed the Smart Border Declaration in 2001.",
        [("Smart Border Declaration", "joint_statement")],
    ),
    (
        "By signing the CIP agreement with CBP, carriers agree to it.",
        [("CIP agreement", "program_agreement")],
    ),
    ("a mutual recognition arrangement with Israel", [("mutual recognition arrangement", "mra")]),
    (
        "the Amended Preclearance Agreement with Ireland",
        [("Amended Preclearance Agreement", "preclearance_agreement")],
    ),
    ("They signed a Letter of Intent last year.", [("Letter of Intent", "loi")]),
    (
        "the Declaration of Principles (DOP) signed by both",
        [
            ("Declaration of Principles", "declaration_of_principles"),
            ("DOP", "declaration_of_principles"),
        ],
    ),
]
AGREEMENT_NEAR_MISSES = [
    "The agreement enters into force next year.",
    "Applicants present security profiles that list action plans to align security.",
    "They discussed a bilateral agreement in general terms.",
    "The arrangement indicates that the standards are the same.",
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENT_MATCHES)
def test_entities_agreement_matches(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "AGREEMENT") == expected


@pytest.mark.parametrize("text", AGREEMENT_NEAR_MISSES)
def test_entities_agreement_near_misses(text: str) -> None:
    assert spans(text, "AGREEMENT") == []


ORG_MATCHES = [
    (
        "U.S. Customs and Border Protection (CBP) returned three artifacts.",
        [("U.S. Customs and Border Protection", "cbp"), ("CBP", "cbp")],
    ),
    ("the World BASC Organization (WBO)", [("World BASC Organization", "wbo"), ("WBO", "wbo")]),
    (
        "The CBP Office of International Affairs (INA) has been tasked.",
        [("CBP Office of International Affairs", "ina"), ("INA", "ina")],
    ),
    (
        "officers of the Colombian National Police arrested him",
        [("Colombian National Police", None)],
    ),
    (
        "Aguilar met the Taiwan Ministry of Finance delegation.",
        [("Taiwan Ministry of Finance", None)],
    ),
    (
        "The hours align with the Canada Border Services Agency schedule.",
        [("Canada Border Services Agency", None)],
    ),
    (
        "Jaime Borgiani, Director General for the Direccion Nacional de Aduanas de Uruguay.",
        [("Direccion Nacional de Aduanas de Uruguay", None)],
    ),
    (
        "The case was investigated by Homeland Security Investigations.",
        [("Homeland Security Investigations", None)],
    ),
    (
        "CBP's Air and Marine Operations intercepted the vessel.",
        [("CBP", "cbp"), ("Air and Marine Operations", None)],
    ),
    ("the legacy U.S. Customs Service created BASC", [("legacy U.S. Customs Service", "cbp")]),
    (
        "the Department of Homeland Security (DHS)",
        [("Department of Homeland Security", "dhs"), ("DHS", "dhs")],
    ),
    (
        "engagement with the World Customs Organization (WCO)",
        [("World Customs Organization", "wco"), ("WCO", "wco")],
    ),
]
ORG_NEAR_MISSES = [
    "Teams of customs enforcement officers travelled regularly.",
    "The Office reviewed the file.",
    "He worked in customs and immigration for years.",
    "Chief Patrol Agent for the sector spoke.",
]


@pytest.mark.parametrize(("text", "expected"), ORG_MATCHES)
def test_entities_org_matches(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text, "ORG") == expected


@pytest.mark.parametrize("text", ORG_NEAR_MISSES)
def test_entities_org_near_misses(text: str) -> None:
    assert spans(text, "ORG") == []


COUNTRY_MATCHES = [
    ("CBP signed an agreement with Cabo Verde.", [("Cabo Verde", "CV")]),
    ("Officials from Cape Verde attended.", [("Cape Verde", "CV")]),
    ("U.S. officials met Cabo Verde officials in Boston", [("U.S.", "US"), ("Cabo Verde", "CV")]),
    ("Mexican authorities increased patrols.", [("Mexican", "MX")]),
    ("cooperation between Korea and the United States", [("Korea", "KR"), ("United States", "US")]),
    ("shipments from Hong Kong and Taiwan", [("Hong Kong", "HK"), ("Taiwan", "TW")]),
    ("an arrangement with the European Union", [("European Union", "EU")]),
    ("the Dominican Republic and Brazil", [("Dominican Republic", "DO"), ("Brazil", "BR")]),
    ("Brazilian and Colombian officials", [("Brazilian", "BR"), ("Colombian", "CO")]),
    ("the Republic of Korea signed", [("Republic of Korea", "KR")]),
]
COUNTRY_NEAR_MISSES = [
    "The port of Santa Teresa, New Mexico, opened.",
    "The secretary arrived in Mexico City today.",
    "Several Latin American countries took part.",
    "The facility is in Georgia and Indiana.",
    "A trade route across North America.",
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_MATCHES)
def test_entities_country_matches(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "COUNTRY") == expected


@pytest.mark.parametrize("text", COUNTRY_NEAR_MISSES)
def test_entities_country_near_misses(text: str) -> None:
    assert spans(text, "COUNTRY") == []


def test_entities_country_inside_org_counts_for_document_countries() -> None:
    doc = partnerex.extract("Borgiani heads the Direccion Nacional de Aduanas de Uruguay.")
    assert [s.label for s in doc.spans] == ["PERSON", "ORG"] or "ORG" in [
        s.label for s in doc.spans
    ]
    assert "COUNTRY" not in [s.label for s in doc.spans]
    assert doc.countries == ["UY"]


def test_entities_country_inside_an_event_name_is_no_span_but_counts() -> None:
    doc = partnerex.extract("CBP signed it during the U.S.-Cabo Verde Trade Conference in Boston.")
    assert [s.text for s in doc.spans if s.label == "COUNTRY"] == []
    assert doc.countries == ["CV", "US"]


def test_entities_defined_acronym_links_to_unknown_long_form() -> None:
    doc = partnerex.extract(
        "HSI set up a Transnational Criminal Investigative Unit (TCIU) in Haiti. "
        "The TCIU works with local police."
    )
    tciu = [s for s in doc.spans if s.text == "TCIU"]
    assert len(tciu) == 2
    assert {s.label for s in tciu} == {"ORG"}


@pytest.mark.parametrize(
    "variant",
    [
        "C-TPAT",
        "CTPAT",
        "Customs-Trade Partnership Against Terrorism",
        "Customs Trade Partnership Against Terrorism",
    ],
)
def test_entities_ctpat_variants_resolve_to_one_id(variant: str) -> None:
    assert spans(f"Importers join {variant} voluntarily.", "PROGRAM") == [(variant, "ctpat")]


def test_entities_spans_do_not_overlap_and_longest_wins() -> None:
    doc = partnerex.extract("U.S. Customs and Border Protection signed it.")
    assert [(s.text, s.label) for s in doc.spans][:1] == [
        ("U.S. Customs and Border Protection", "ORG")
    ]
    assert doc.countries == ["US"]
    ends = [(s.start, s.end) for s in doc.spans]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HSI’s Transnational Criminal Investigative Unit (TCIU) program currently partners with 17 countries.",
            [
                (
                    "Transnational Criminal Investigative Unit",
                    "x:transnational_criminal_investigative_unit",
                ),
                ("TCIU", "x:transnational_criminal_investigative_unit"),
            ],
        ),
        (
            "The Korea Immigration Smart Service, that country's trusted traveler program, has members.",
            [("Korea Immigration Smart Service", "x:korea_immigration_smart_service")],
        ),
    ],
)
def test_entities_a_name_the_text_calls_a_program_is_a_program(text, expected):
    assert spans(text, "PROGRAM") == expected


def test_entities_generic_administration_program_is_no_program():
    text = "CTPAT and the foreign Customs Administration program have established standards."
    assert spans(text, "PROGRAM") == [("CTPAT", "ctpat")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression (d008): the head alone with a complement is a name
        (
            "To implement the Declaration on Twenty-First Century Border Management issued by President Obama.",
            [("Declaration on Twenty-First Century Border Management", "joint_statement")],
        ),
        # regression (d008): typed by the known name inside it
        (
            "accomplishments implementing the ESC’s Action Plan for 2011, which include",
            [("Action Plan for 2011", "action_plan")],
        ),
    ],
)
def test_entities_instrument_names_with_complements(text, expected):
    assert spans(text, "AGREEMENT") == expected


def test_entities_country_inside_a_person_name_is_no_document_country():
    doc = partnerex.extract("Photo Credit: Josh Denmark. C-TPAT members met in Maryland.")
    assert "DK" not in doc.countries


def test_entities_years_before_the_common_era_are_no_dates():
    doc = partnerex.extract("objects from the period between 300 B.C. and 880 A.D. were returned")
    assert [(s.text, s.norm) for s in doc.spans if s.label == "DATE"] == [("880 A.D.", "0880")]


def test_entities_name_heavy_sentence_is_not_a_headline():
    # regression (seed 004): many names made the sentence look like a Title Case headline
    text = (
        "For the event, Commissioner Magnus hosted Werner Ovalle Ramirez, Customs Director of "
        "Guatemala’s Superintendencia de Administracion Tributaria; Ingrid Diaz, Director."
    )
    assert ("Superintendencia de Administracion Tributaria", None) in spans(text, "ORG")


def test_entities_on_complement_needs_organization_words():
    text = (
        "Follow the Director of CBP’s Baltimore Field Office on Twitter at @DFOBaltimore "
        "for breaking news and current events."
    )
    assert ("Baltimore Field Office", None) in spans(text, "ORG")
    assert ("House Committee on Homeland Security", None) in spans(
        "He testified before the House Committee on Homeland Security today.", "ORG"
    )


def test_entities_instrument_name_stops_before_a_weekday():
    # the date after "on" is the signing date, not part of the name
    doc = partnerex.extract(
        "CBP and the Israel Tax Authority signed a Mutual Recognition Arrangement on Tuesday.",
        published="2018-05-15",
    )
    assert ("Mutual Recognition Arrangement", "mra") in [(s.text, s.norm) for s in doc.spans]
    assert ("Tuesday", "2018-05-15") in [(s.text, s.norm) for s in doc.spans]
    assert [a.date for a in doc.agreements] == ["2018-05-15"]


def test_entities_union_heads_an_organization_but_european_union_is_a_country():
    text = "The WCO and the Universal Postal Union met the European Union."
    assert ("Universal Postal Union", None) in spans(text, "ORG")
    assert spans(text, "COUNTRY") == [("European Union", "EU")]


def test_entities_generic_customs_phrase_is_no_organization():
    text = "The EU and China agreed on a Strategic Framework for Customs Cooperation 2018-2020."
    assert spans(text, "ORG") == []
