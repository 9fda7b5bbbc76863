"""Held-out ORG, PROGRAM, AGREEMENT and PERSON sentences in the style of OLDER releases.

Written new (not from the dev corpus) in the voice of 1995-2012 U.S. Customs Service, INS,
Bureau of Customs and Border Protection, early ICE and wire-service (Reuters/AP) releases:
Commissioners Kelly and Bonner, the Carrier Initiative Program, BASC, C-TPAT with its
hyphen, CSI ports, the Smart Border Declaration and its 30-Point Action Plan, the Security
and Prosperity Partnership, EU customs co-operation instruments and Vietnamese names. Each
row lists every span of the four labels (and COUNTRY where listed) in text order, as
``(label, surface, norm)``.
"""

from __future__ import annotations

import pytest

import partnerex
from partnerex.kb import load_kb
from partnerex.pipeline.acronyms import find_definitions, initials_cover
from partnerex.pipeline.entities import _capitalized_plural
from spans_helpers import Expected, expected_offsets, found_spans

LABELS = frozenset({"ORG", "PROGRAM", "AGREEMENT", "PERSON"})

HELD_OUT: list[tuple[str, Expected]] = [
    (
        "WASHINGTON -- U.S. Customs Commissioner Raymond W. Kelly today announced that 20 new sea carriers have signed Carrier Initiative Program agreements with the U.S. Customs Service.",
        [
            ("ORG", "U.S. Customs", "cbp"),
            ("PERSON", "Raymond W. Kelly", None),
            ("PROGRAM", "Carrier Initiative Program", "cip"),
            ("ORG", "U.S. Customs Service", "cbp"),
        ],
    ),
    (
        "Customs Commissioner Robert C. Bonner said the Container Security Initiative (CSI) will place U.S. Customs inspectors at the port of Rotterdam.",
        [
            ("PERSON", "Robert C. Bonner", None),
            ("PROGRAM", "Container Security Initiative", "csi"),
            ("PROGRAM", "CSI", "csi"),
            ("ORG", "U.S. Customs", "cbp"),
        ],
    ),
    (
        "The Business Anti-Smuggling Coalition (BASC) was founded in 1996 in Cali, Colombia, with the support of the U.S. Customs Service.",
        [
            ("PROGRAM", "Business Anti-Smuggling Coalition", "basc"),
            ("PROGRAM", "BASC", "basc"),
            ("ORG", "U.S. Customs Service", "cbp"),
        ],
    ),
    (
        "More than 1,000 companies have joined the Customs-Trade Partnership Against Terrorism (C-TPAT) since Commissioner Bonner launched it in November 2001.",
        [
            ("PROGRAM", "Customs-Trade Partnership Against Terrorism", "ctpat"),
            ("PROGRAM", "C-TPAT", "ctpat"),
            ("PERSON", "Bonner", None),
        ],
    ),
    (
        "The Immigration and Naturalization Service and the U.S. Customs Service will merge into the Bureau of Customs and Border Protection on March 1, 2003.",
        [
            ("ORG", "Immigration and Naturalization Service", None),
            ("ORG", "U.S. Customs Service", "cbp"),
            ("ORG", "Bureau of Customs and Border Protection", "cbp"),
        ],
    ),
    (
        "Secretary of Homeland Security Tom Ridge and Canadian Deputy Prime Minister John Manley reviewed progress on the Smart Border Declaration and its 30-Point Action Plan.",
        [
            ("PERSON", "Tom Ridge", None),
            ("PERSON", "John Manley", None),
            ("AGREEMENT", "Smart Border Declaration", "joint_statement"),
            ("AGREEMENT", "30-Point Action Plan", "action_plan"),
        ],
    ),
    (
        "The leaders of the United States, Mexico and Canada launched the Security and Prosperity Partnership of North America (SPP) at Waco, Texas.",
        [
            (
                "PROGRAM",
                "Security and Prosperity Partnership of North America",
                "x:security_and_prosperity_partnership",
            ),
            ("PROGRAM", "SPP", "x:security_and_prosperity_partnership"),
        ],
    ),
    (
        "U.S. Immigration and Customs Enforcement (ICE) agents arrested the suspects, Assistant Secretary Michael J. Garcia said.",
        [
            ("ORG", "U.S. Immigration and Customs Enforcement", "ice"),
            ("ORG", "ICE", "ice"),
            ("PERSON", "Michael J. Garcia", None),
        ],
    ),
    (
        "Julie L. Myers, Assistant Secretary for ICE, said the investigation was conducted with the Drug Enforcement Administration.",
        [
            ("PERSON", "Julie L. Myers", None),
            ("ORG", "ICE", "ice"),
            ("ORG", "Drug Enforcement Administration", None),
        ],
    ),
    (
        "CSI is now operational at Le Havre, Rotterdam, Antwerp and Singapore, Bureau of Customs and Border Protection officials said.",
        [
            ("PROGRAM", "CSI", "csi"),
            ("ORG", "Bureau of Customs and Border Protection", "cbp"),
        ],
    ),
    (
        "The Netherlands Customs Administration and U.S. Customs signed a Declaration of Principles on the Container Security Initiative.",
        [
            ("ORG", "Netherlands Customs Administration", None),
            ("ORG", "U.S. Customs", "cbp"),
            ("AGREEMENT", "Declaration of Principles", "declaration_of_principles"),
            ("PROGRAM", "Container Security Initiative", "csi"),
        ],
    ),
    (
        "The Americas Counter Smuggling Initiative (ACSI) expanded the BASC model to Peru and Ecuador.",
        [
            ("PROGRAM", "Americas Counter Smuggling Initiative", "acsi"),
            ("PROGRAM", "ACSI", "acsi"),
            ("PROGRAM", "BASC", "basc"),
        ],
    ),
    (
        "Under the Land Border Carrier Initiative Program, truck drivers crossing from Mexico must submit to background checks.",
        [
            ("PROGRAM", "Land Border Carrier Initiative Program", "lbcip"),
        ],
    ),
    (
        "The Free and Secure Trade (FAST) program is a joint initiative of the Canada Border Services Agency and CBP.",
        [
            ("PROGRAM", "Free and Secure Trade", "fast"),
            ("PROGRAM", "FAST", "fast"),
            ("ORG", "Canada Border Services Agency", None),
            ("ORG", "CBP", "cbp"),
        ],
    ),
    (
        "Commissioner W. Ralph Basham told the House Homeland Security Committee that the Secure Freight Initiative would scan containers in Pakistan.",
        [
            ("PERSON", "W. Ralph Basham", None),
            ("ORG", "House Homeland Security Committee", None),
            ("PROGRAM", "Secure Freight Initiative", "sfi"),
        ],
    ),
    (
        "Acting Commissioner Jayson P. Ahern said Customs and Border Protection officers seized the cocaine at the Port of Miami.",
        [
            ("PERSON", "Jayson P. Ahern", None),
            ("ORG", "Customs and Border Protection", "cbp"),
        ],
    ),
    (
        "Treasury Secretary Paul O'Neill and Customs Commissioner Bonner met with executives of the World Customs Organization in Brussels.",
        [
            ("PERSON", "Paul O'Neill", None),
            ("PERSON", "Bonner", None),
            ("ORG", "World Customs Organization", "wco"),
        ],
    ),
    (
        "MEXICO CITY (Reuters) - Mexico's customs agency said on Tuesday it would share data with U.S. officials under a new memorandum of understanding.",
        [
            ("ORG", "Reuters", None),
            ("AGREEMENT", "memorandum of understanding", "mou"),
        ],
    ),
    (
        "WASHINGTON (AP) - The Homeland Security Department said Monday that U.S. inspectors are now working at 40 foreign ports under the Container Security Initiative.",
        [
            ("ORG", "AP", None),
            ("ORG", "Homeland Security Department", "dhs"),
            ("PROGRAM", "Container Security Initiative", "csi"),
        ],
    ),
    (
        '"We cannot inspect every container," said Stewart Verdery, assistant secretary for border and transportation security policy.',
        [
            ("PERSON", "Stewart Verdery", None),
        ],
    ),
    (
        "Asa Hutchinson, the department's under secretary for border and transportation security, said the rule would take effect in January.",
        [
            ("PERSON", "Asa Hutchinson", None),
        ],
    ),
    (
        "The European Union and the United States signed an Agreement on Customs Cooperation and Mutual Assistance in Customs Matters in 1997.",
        [
            (
                "AGREEMENT",
                "Agreement on Customs Cooperation and Mutual Assistance in Customs Matters",
                "cmaa",
            ),
        ],
    ),
    (
        "The EU-Japan Agreement on Co-operation and Mutual Administrative Assistance in Customs Matters (CCMAA) entered into force in 2008.",
        [
            (
                "AGREEMENT",
                "EU-Japan Agreement on Co-operation and Mutual Administrative Assistance in Customs Matters",
                "cmaa",
            ),
            ("AGREEMENT", "CCMAA", "cmaa"),
        ],
    ),
    (
        "The EU-Japan Agreement on Co-operation in Customs Matters covers the mutual recognition of Authorised Economic Operators.",
        [
            ("AGREEMENT", "EU-Japan Agreement on Co-operation in Customs Matters", "other"),
            ("PROGRAM", "Authorised Economic Operators", "aeo"),
        ],
    ),
    (
        "The African Continental Free Trade Area Secretariat and the World Customs Organization signed a Memorandum of Understanding in Accra.",
        [
            ("ORG", "African Continental Free Trade Area Secretariat", None),
            ("ORG", "World Customs Organization", "wco"),
            ("AGREEMENT", "Memorandum of Understanding", "mou"),
        ],
    ),
    (
        "Vietnam's General Department of Customs director Nguyen Van Can met the U.S. delegation in Hanoi.",
        [
            ("ORG", "General Department of Customs", None),
            ("PERSON", "Nguyen Van Can", None),
        ],
    ),
    (
        "Deputy Director General Nguyen Van Can of the General Department of Vietnam Customs signed the agreement for Vietnam.",
        [
            ("PERSON", "Nguyen Van Can", None),
            ("ORG", "General Department of Vietnam Customs", None),
        ],
    ),
    (
        "Mexican customs chief Jose Guzman Montalvo and U.S. Customs Commissioner Raymond Kelly signed a Customs Mutual Assistance Agreement.",
        [
            ("PERSON", "Jose Guzman Montalvo", None),
            ("ORG", "U.S. Customs", "cbp"),
            ("PERSON", "Raymond Kelly", None),
            ("AGREEMENT", "Customs Mutual Assistance Agreement", "cmaa"),
        ],
    ),
    (
        "Former Customs Commissioner George J. Weise established the Carrier Initiative Program in 1984.",
        [
            ("PERSON", "George J. Weise", None),
            ("PROGRAM", "Carrier Initiative Program", "cip"),
        ],
    ),
    (
        "The Super Carrier Initiative and the Sea Carrier Initiative Program are part of the Industry Partnership Programs.",
        [
            ("PROGRAM", "Super Carrier Initiative", "super_carrier"),
            ("PROGRAM", "Sea Carrier Initiative Program", "cip"),
            ("PROGRAM", "Industry Partnership Programs", "ipp"),
        ],
    ),
    (
        "ICE's Office of Investigations and the Federal Protective Service were created in 2003.",
        [
            ("ORG", "ICE", "ice"),
            ("ORG", "Office of Investigations", None),
            ("ORG", "Federal Protective Service", None),
        ],
    ),
    (
        "The Transportation Security Administration and the U.S. Coast Guard joined the Department of Homeland Security in March 2003.",
        [
            ("ORG", "Transportation Security Administration", None),
            ("ORG", "U.S. Coast Guard", None),
            ("ORG", "Department of Homeland Security", "dhs"),
        ],
    ),
    (
        "Hong Kong Customs and Excise Department officers will work alongside CBP officers under CSI.",
        [
            ("ORG", "Hong Kong Customs and Excise Department", None),
            ("ORG", "CBP", "cbp"),
            ("PROGRAM", "CSI", "csi"),
        ],
    ),
    (
        "The Canada Customs and Revenue Agency (CCRA) and U.S. Customs launched the Partners in Protection program alignment in 2002.",
        [
            ("ORG", "Canada Customs and Revenue Agency", None),
            ("ORG", "CCRA", None),
            ("ORG", "U.S. Customs", "cbp"),
            ("PROGRAM", "Partners in Protection", "pip"),
        ],
    ),
    (
        "BOGOTA, Colombia (AP) - Colombian police and the Drug Enforcement Administration seized four tons of cocaine, officials said Friday.",
        [
            ("ORG", "AP", None),
            ("ORG", "Drug Enforcement Administration", None),
        ],
    ),
    (
        "Robert C. Bonner, commissioner of U.S. Customs and Border Protection, signed the declaration.",
        [
            ("PERSON", "Robert C. Bonner", None),
            ("ORG", "U.S. Customs and Border Protection", "cbp"),
        ],
    ),
    (
        "The Smart Border Declaration was signed in Ottawa by Governor Ridge and Minister Manley.",
        [
            ("AGREEMENT", "Smart Border Declaration", "joint_statement"),
            ("PERSON", "Ridge", None),
            ("PERSON", "Manley", None),
        ],
    ),
    (
        "The Western Hemisphere Travel Initiative requires travelers to present a passport.",
        [
            (
                "PROGRAM",
                "Western Hemisphere Travel Initiative",
                "x:western_hemisphere_travel_initiative",
            ),
        ],
    ),
    (
        "The U.S. Border Patrol and the INS Office of Inspections intercepted 300 migrants.",
        [
            ("ORG", "U.S. Border Patrol", "usbp"),
            ("ORG", "INS Office of Inspections", None),
        ],
    ),
    (
        "The World BASC Organization (WBO) signed a Memorandum of Understanding with CBP in 2008.",
        [
            ("ORG", "World BASC Organization", "wbo"),
            ("ORG", "WBO", "wbo"),
            ("AGREEMENT", "Memorandum of Understanding", "mou"),
            ("ORG", "CBP", "cbp"),
        ],
    ),
    (
        "Under the Customs Cooperation and Mutual Assistance Agreement (CCMAA), the two administrations exchange information.",
        [
            ("AGREEMENT", "Customs Cooperation and Mutual Assistance Agreement", "cmaa"),
            ("AGREEMENT", "CCMAA", "cmaa"),
        ],
    ),
    (
        "Korea Customs Service Commissioner Sung Yoon-gap and Mr. Bonner signed the CSI Declaration of Principles.",
        [
            ("ORG", "Korea Customs Service", None),
            ("PERSON", "Sung Yoon-gap", None),
            ("PERSON", "Bonner", None),
            ("AGREEMENT", "CSI Declaration of Principles", "declaration_of_principles"),
        ],
    ),
    (
        "Authorised Economic Operators in the EU enjoy fewer controls.",
        [
            ("PROGRAM", "Authorised Economic Operators", "aeo"),
            ("COUNTRY", "EU", "EU"),
        ],
    ),
    (
        "Economic operators must file entry summary declarations; authorised economic operators benefit.",
        [],
    ),
    # -- second round: possessive units, legacy bureaus, named instruments -------------
    (
        "The U.S. Customs Service's Office of Investigations and the INS Border Patrol arrested 14 people.",
        [
            ("ORG", "U.S. Customs Service", "cbp"),
            ("ORG", "Office of Investigations", None),
            ("ORG", "INS", None),
            ("ORG", "Border Patrol", "usbp"),
        ],
    ),
    (
        "Commissioner of Customs Raymond W. Kelly testified before the Senate Finance Committee on Tuesday.",
        [
            ("PERSON", "Raymond W. Kelly", None),
            ("ORG", "Senate Finance Committee", None),
        ],
    ),
    (
        "The Sea Carrier Initiative Program and the Air Carrier Initiative Program were merged in 1996.",
        [
            ("PROGRAM", "Sea Carrier Initiative Program", "cip"),
            ("PROGRAM", "Air Carrier Initiative Program", "cip"),
        ],
    ),
    (
        "Deputy Commissioner Douglas M. Browning said C-TPAT validations would begin in January.",
        [
            ("PERSON", "Douglas M. Browning", None),
            ("PROGRAM", "C-TPAT", "ctpat"),
        ],
    ),
    (
        "Under the CSI program, the Port of Singapore became the first port in Asia to target high-risk containers.",
        [
            ("PROGRAM", "CSI", "csi"),
        ],
    ),
    (
        "LONDON (Reuters) - Britain's HM Customs and Excise said it seized 2 tonnes of cocaine.",
        [
            ("ORG", "Reuters", None),
            ("ORG", "HM Customs and Excise", None),
        ],
    ),
    (
        "The Bureau of Immigration and Customs Enforcement (BICE) was formed in March 2003.",
        [
            ("ORG", "Bureau of Immigration and Customs Enforcement", "ice"),
            ("ORG", "BICE", "ice"),
        ],
    ),
    (
        "ICE Assistant Secretary John P. Clark announced the arrests with the Royal Canadian Mounted Police.",
        [
            ("ORG", "ICE", "ice"),
            ("PERSON", "John P. Clark", None),
            ("ORG", "Royal Canadian Mounted Police", None),
        ],
    ),
    (
        "Mexico's Tax Administration Service and the U.S. Customs Service signed a Memorandum of Understanding on the Exchange of Information.",
        [
            ("ORG", "Tax Administration Service", None),
            ("ORG", "U.S. Customs Service", "cbp"),
            ("AGREEMENT", "Memorandum of Understanding on the Exchange of Information", "mou"),
        ],
    ),
    (
        "Canada Customs and Revenue Agency Commissioner Rob Wright and U.S. Customs Commissioner Robert Bonner launched FAST.",
        [
            ("ORG", "Canada Customs and Revenue Agency", None),
            ("PERSON", "Rob Wright", None),
            ("ORG", "U.S. Customs", "cbp"),
            ("PERSON", "Robert Bonner", None),
            ("PROGRAM", "FAST", "fast"),
        ],
    ),
    (
        "Security and Prosperity Partnership ministers met in Ottawa to review the trilateral agenda.",
        [
            (
                "PROGRAM",
                "Security and Prosperity Partnership",
                "x:security_and_prosperity_partnership",
            ),
        ],
    ),
    (
        "The 22-point Smart Border Accord was signed with Mexico in March 2002.",
        [
            ("AGREEMENT", "Smart Border Accord", "other"),
        ],
    ),
    (
        "The U.S.-Mexico Border Partnership Action Plan contains 22 points.",
        [
            ("AGREEMENT", "U.S.-Mexico Border Partnership Action Plan", "action_plan"),
        ],
    ),
    (
        "The Department of Homeland Security's Directorate of Border and Transportation Security oversees CBP and ICE.",
        [
            ("ORG", "Department of Homeland Security", "dhs"),
            ("ORG", "Directorate of Border and Transportation Security", None),
            ("ORG", "CBP", "cbp"),
            ("ORG", "ICE", "ice"),
        ],
    ),
    (
        "Agents of the Federal Bureau of Investigation and the Immigration and Naturalization Service (INS) detained the men.",
        [
            ("ORG", "Federal Bureau of Investigation", None),
            ("ORG", "Immigration and Naturalization Service", None),
            ("ORG", "INS", None),
        ],
    ),
    (
        "Pham Van Dong, a Vietnamese customs official, said the rules would change.",
        [
            ("PERSON", "Pham Van Dong", None),
        ],
    ),
    (
        "The European Community and Canada signed the Agreement on Customs Co-operation and Mutual Assistance in Customs Matters in 1997.",
        [
            (
                "AGREEMENT",
                "Agreement on Customs Co-operation and Mutual Assistance in Customs Matters",
                "cmaa",
            ),
        ],
    ),
    (
        "Customs Commissioner Bonner said CSI was now operational in 17 ports, including Hong Kong, Yokohama and Antwerp.",
        [
            ("PERSON", "Bonner", None),
            ("PROGRAM", "CSI", "csi"),
        ],
    ),
    (
        "The Bureau of Customs and Border Protection (BCBP) will post officers at ports in Malaysia.",
        [
            ("ORG", "Bureau of Customs and Border Protection", "cbp"),
            ("ORG", "BCBP", "cbp"),
        ],
    ),
    # -- third round: early ICE, CBSA's creation, WCO, wire copy ---------------------
    (
        "NEW YORK (AP) - Federal agents with U.S. Immigration and Customs Enforcement arrested 23 people in a smuggling probe, Michael J. Garcia, the agency's chief, said Wednesday.",
        [
            ("ORG", "AP", None),
            ("ORG", "U.S. Immigration and Customs Enforcement", "ice"),
            ("PERSON", "Michael J. Garcia", None),
        ],
    ),
    (
        "Operation Predator, launched by ICE in July 2003, targets child predators.",
        [
            ("PROGRAM", "Operation Predator", "x:operation_predator"),
            ("ORG", "ICE", "ice"),
        ],
    ),
    (
        "The Canada Border Services Agency was created on December 12, 2003, bringing together Customs, Immigration and the Canadian Food Inspection Agency.",
        [
            ("ORG", "Canada Border Services Agency", None),
            ("ORG", "Canadian Food Inspection Agency", None),
        ],
    ),
    (
        "Minister Anne McLellan and Secretary Tom Ridge signed the Safe Third Country Agreement.",
        [
            ("PERSON", "Anne McLellan", None),
            ("PERSON", "Tom Ridge", None),
            ("AGREEMENT", "Safe Third Country Agreement", "other"),
        ],
    ),
    (
        "The WCO Council adopted the SAFE Framework of Standards in June 2005 in Brussels.",
        [
            ("ORG", "WCO Council", None),
            ("PROGRAM", "SAFE Framework of Standards", "safe_framework"),
        ],
    ),
    (
        "Michel Danet, Secretary General of the World Customs Organization, welcomed the decision.",
        [
            ("PERSON", "Michel Danet", None),
            ("ORG", "World Customs Organization", "wco"),
        ],
    ),
    (
        "Kunio Mikuriya, the WCO Secretary General, said 157 members had signed letters of intent.",
        [
            ("PERSON", "Kunio Mikuriya", None),
            ("ORG", "WCO", "wco"),
            ("AGREEMENT", "letters of intent", "loi"),
        ],
    ),
    (
        "The U.S. Customs Service and the Mexican Customs Service signed a Memorandum of Understanding on the Border Partnership.",
        [
            ("ORG", "U.S. Customs Service", "cbp"),
            ("ORG", "Mexican Customs Service", None),
            ("AGREEMENT", "Memorandum of Understanding on the Border Partnership", "mou"),
        ],
    ),
    (
        "European Commissioner for Taxation and Customs Union Laszlo Kovacs signed the agreement with China's Minister Mu Xinsheng.",
        [
            ("ORG", "Taxation and Customs Union", None),
            ("PERSON", "Laszlo Kovacs", None),
            ("PERSON", "Mu Xinsheng", None),
        ],
    ),
    (
        "The Department of Homeland Security's U.S. Customs and Border Protection (CBP) seized 1,000 pounds of marijuana.",
        [
            ("ORG", "Department of Homeland Security", "dhs"),
            ("ORG", "U.S. Customs and Border Protection", "cbp"),
            ("ORG", "CBP", "cbp"),
        ],
    ),
    (
        "Customs Commissioner Raymond Kelly announced the Passenger Analysis Unit at JFK.",
        [
            ("PERSON", "Raymond Kelly", None),
            ("ORG", "Passenger Analysis Unit", None),
        ],
    ),
    (
        "The Treasury Department's Financial Crimes Enforcement Network (FinCEN) shared the data.",
        [
            ("ORG", "Treasury Department", None),
            ("ORG", "Financial Crimes Enforcement Network", None),
            ("ORG", "FinCEN", None),
        ],
    ),
    (
        "Under the Agreement on Mutual Assistance between Customs Administrations, Mexico and the U.S. exchange records.",
        [
            ("AGREEMENT", "Agreement on Mutual Assistance", "cmaa"),
        ],
    ),
    (
        "The C-TPAT Security Link Portal opened to importers in 2007, CBP Commissioner W. Ralph Basham said.",
        [
            ("PROGRAM", "C-TPAT", "ctpat"),
            ("ORG", "CBP", "cbp"),
            ("PERSON", "W. Ralph Basham", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_OUT, ids=[t[:40] for t, _ in HELD_OUT])
def test_quality_older_releases_held_out(nlp_spans, text: str, expected: Expected) -> None:
    labels = LABELS | ({"COUNTRY"} if any(lab == "COUNTRY" for lab, *_ in expected) else set())
    assert found_spans(nlp_spans, text, frozenset(labels)) == expected_offsets(text, expected)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an instrument's name is not cut by a hyphenated word, a connector or a number
        (
            "The EU-Japan Agreement on Co-operation in Customs Matters applies.",
            "EU-Japan Agreement on Co-operation in Customs Matters",
        ),
        ("They reviewed the 30-Point Action Plan.", "30-Point Action Plan"),
        (
            "The Declaration on Border Management and Canada's ministers met.",
            "Declaration on Border Management",
        ),
        (
            "It signed the Agreement on Customs Cooperation in 1997.",
            "Agreement on Customs Cooperation",
        ),
        ("The Declaration on Co-operation and trade grew.", "Declaration on Co-operation"),
        # a known type followed by its subject is the instrument's full name
        (
            "They signed a Memorandum of Understanding on the Exchange of Customs Data.",
            "Memorandum of Understanding on the Exchange of Customs Data",
        ),
        ("They signed a Memorandum of Understanding on Tuesday.", "Memorandum of Understanding"),
        # a program named after the type stays a program
        (
            "They signed the Declaration of Principles on the Container Security Initiative.",
            "Declaration of Principles",
        ),
        ("Canada signed the Amended Preclearance Agreement.", "Amended Preclearance Agreement"),
    ],
)
def test_quality_older_releases_instrument_extent(nlp_spans, text: str, surface: str) -> None:
    spans = found_spans(nlp_spans, text, frozenset({"AGREEMENT"}))
    start = text.index(surface)
    assert {(s, e) for _, s, e, _ in spans} == {(start, start + len(surface))}


@pytest.mark.parametrize(
    ("acronym", "long_form", "expected"),
    [
        (
            "CCMAA",
            "Agreement on Co-operation and Mutual Administrative Assistance in Customs Matters",
            True,
        ),
        ("JWP", "Joint Work Plan", True),
        ("CSI", "Joint Work Plan", False),
        ("MRA", "Mutual Assistance", False),
    ],
)
def test_quality_older_releases_initials_cover(
    acronym: str, long_form: str, expected: bool
) -> None:
    assert initials_cover([acronym], long_form.replace("-", " ").split()) is expected


def test_quality_older_releases_definition_across_hyphen() -> None:
    words = ["the", "Co", "-", "operation", "Agreement", "(", "COA", ")", "met"]
    assert find_definitions(words) == [(1, 5, 6)]


@pytest.mark.parametrize(
    ("form", "plural"),
    [
        ("Authorized Economic Operator", "Authorized Economic Operators"),
        ("Trusted Trader", "Trusted Traders"),
        ("Global Entry", None),
        ("Container Security Initiative", None),
        ("Authorized Economic Operator program", None),
        ("NEXUS", None),
    ],
)
def test_quality_older_releases_program_plural(form: str, plural: str | None) -> None:
    assert _capitalized_plural(form) == plural


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case plural is the generic phrase, not the program
        ("Economic operators file declarations; authorised economic operators benefit.", []),
        # a stop word after only one name word, or in a headline, stays out of the name
        ("Officers Can Help Travelers Do More\n\nThe guide is online.", []),
        (
            "Tran Van Do, a customs official, said the checks work.",
            [("PERSON", "Tran Van Do", None)],
        ),
        ("Deputy Director Nguyen Thi An signed the plan.", [("PERSON", "Nguyen Thi An", None)]),
        # a middle name is not where a sentence-initial name starts
        ("Pham Van Dong said the rules would change.", [("PERSON", "Pham Van Dong", None)]),
        ("Separately Maria Lopez said the rules would change.", [("PERSON", "Maria Lopez", None)]),
        # a KB agency's possessive: two names
        (
            "The DHS's Office of Policy said so.",
            [("ORG", "DHS", "dhs"), ("ORG", "Office of Policy", None)],
        ),
        ("Not every trader can join, Ms. Nguyen said.", [("PERSON", "Nguyen", None)]),
    ],
)
def test_quality_older_releases_near_misses(nlp_spans, text: str, expected: Expected) -> None:
    assert found_spans(nlp_spans, text, LABELS) == expected_offsets(text, expected)


@pytest.mark.parametrize(
    "word_class", ["agreement_type_cue", "person_name_stop_word", "person_middle_name"]
)
def test_quality_older_releases_lexicon_examples(nlp_spans, word_class: str) -> None:
    entries = load_kb().entries(word_class)
    assert entries and all(e.examples and e.counterexamples for e in entries)
    for entry in entries:
        for text in entry.examples:
            doc = partnerex.extract(text, nlp=nlp_spans)
            assert any(s.label in {"PERSON", "AGREEMENT"} for s in doc.spans), text
