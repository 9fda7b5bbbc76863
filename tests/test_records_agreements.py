"""Agreement records from hand-built spans (pure functions, no pipeline)."""

from __future__ import annotations

import pytest

from partnerex.records import build_agreements
from partnerex.records.model import publisher_country
from records_helpers import lexicon, sentences, spans

CABO_VERDE = (
    "WASHINGTON – U.S. Customs and Border Protection signed a Customs Mutual Assistance "
    "Agreement (CMAA) with Cabo Verde today during the U.S.-Cabo Verde Trade Conference in "
    "Boston, Massachusetts. CBP Deputy Executive Assistant Commissioner Mark Koumans signs a "
    "Customs Mutual Assistance Agreement with Cabo Verde Ambassador to the U.S. Jose Luis "
    "Livramento during the U.S.-Cabo Verde Trade Conference today in Boston, Massachusetts. "
    "Once entered into force, the CMAA will allow the United States and Cabo Verde to exchange "
    "information. CMAAs are bilateral agreements between the United States and its "
    "international partners that are enforced by their respective customs administrations."
)
CABO_VERDE_SPANS = spans(
    CABO_VERDE,
    ("U.S. Customs and Border Protection", "ORG", "cbp"),
    ("Customs Mutual Assistance Agreement", "AGREEMENT", "cmaa", -1),
    ("CMAA", "AGREEMENT", "cmaa", 0),
    ("CMAA", "AGREEMENT", "cmaa", 1),
    ("CMAAs", "AGREEMENT", "cmaa"),
    ("Cabo Verde", "COUNTRY", "CV", 0),
    ("Cabo Verde", "COUNTRY", "CV", 2),
    ("Cabo Verde", "COUNTRY", "CV", 4),
    ("today", "DATE", "2023-09-26", -1),
    ("CBP", "ORG", "cbp", 0),
    ("Mark Koumans", "PERSON", None),
    ("Jose Luis Livramento", "PERSON", None),
    ("U.S.", "COUNTRY", "US", 2),
    ("United States", "COUNTRY", "US", -1),
)
# Countries named inside longer names ("U.S.-Cabo Verde Trade Conference" is an event here).
CABO_VERDE_COUNTRIES = [m for m in CABO_VERDE_SPANS if m.label == "COUNTRY"]

URUGUAY = (
    "ANAHEIM, California — Today, U.S. Customs and Border Protection (CBP) signed a Mutual "
    "Recognition Arrangement (MRA) with the customs administration of Uruguay and also signed "
    "a Joint Work Plan (JWP) with the customs administrations of Guatemala and Colombia at the "
    "Trade Facilitation and Cargo Security Summit. "
    "Commissioner Magnus with Jaime Borgiani, Director General for the Direccion Nacional de "
    "Aduanas de Uruguay. "
    "MRAs are bilateral understandings between two Customs Administrations. "
    "A JWP is a document that lays out the path towards MR between the two customs "
    "administration’s Authorized Economic Operator (AEO) programs. "
    "At the completion of a JWP, both customs administrations will determine if an MRA is "
    "feasible and should be pursued."
)
URUGUAY_SPANS = spans(
    URUGUAY,
    ("Today", "DATE", "2022-07-19"),
    ("U.S. Customs and Border Protection", "ORG", "cbp"),
    ("CBP", "ORG", "cbp", 0),
    ("Mutual Recognition Arrangement", "AGREEMENT", "mra"),
    ("MRA", "AGREEMENT", "mra", 0),
    ("Uruguay", "COUNTRY", "UY", 0),
    ("Joint Work Plan", "AGREEMENT", "jwp"),
    ("JWP", "AGREEMENT", "jwp", -1),
    ("Guatemala", "COUNTRY", "GT"),
    ("Colombia", "COUNTRY", "CO"),
    ("Magnus", "PERSON", None),
    ("Jaime Borgiani", "PERSON", None),
    ("Direccion Nacional de Aduanas de Uruguay", "ORG", None),
    ("MRAs", "AGREEMENT", "mra"),
    ("Authorized Economic Operator", "PROGRAM", "aeo"),
    ("AEO", "PROGRAM", "aeo"),
    ("MRA", "AGREEMENT", "mra", 1),
)
URUGUAY_COUNTRIES = [m for m in URUGUAY_SPANS if m.label == "COUNTRY"] + spans(
    URUGUAY, ("Uruguay", "COUNTRY", "UY", 1)
)

BRAZIL = (
    "WASHINGTON – U.S. Customs and Border Protection (CBP) and Brazil’s Customs Authority "
    "Receita Federal today signed an Authorized Economic Operator (AEO) Mutual Recognition "
    "Arrangement (MRA). This MRA builds on other agreements between CBP and the Government of "
    "Brazil. The Government of Brazil, CBP’s Office of International Affairs (INA) and the "
    "Office of Field Operations first signed a Customs Mutual Assistance Agreement in 2002 as an "
    "initial step to enhance cooperation. In 2005, CBP and Brazil launched the CBP Container "
    "Security Initiative. In 2014, CBP began working with Brazil on an AEO supply chain security "
    "program, and in 2015 signed a joint work plan to strengthen the secure trade partnership. "
    "The signing of this MRA is the next step. MRAs are bilateral understandings between two "
    "Customs administrations."
)
BRAZIL_SPANS = spans(
    BRAZIL,
    ("U.S. Customs and Border Protection", "ORG", "cbp"),
    ("CBP", "ORG", "cbp", -1),
    ("Brazil", "COUNTRY", "BR", -1),
    ("Customs Authority Receita Federal", "ORG", None),
    ("today", "DATE", "2022-09-16"),
    ("Authorized Economic Operator", "PROGRAM", "aeo"),
    ("AEO", "PROGRAM", "aeo", -1),
    ("Mutual Recognition Arrangement", "AGREEMENT", "mra"),
    ("MRA", "AGREEMENT", "mra", 0),
    ("MRA", "AGREEMENT", "mra", 1),
    ("MRA", "AGREEMENT", "mra", 2),
    ("MRAs", "AGREEMENT", "mra"),
    ("Office of International Affairs", "ORG", "ina"),
    ("INA", "ORG", "ina"),
    ("Office of Field Operations", "ORG", "ofo"),
    ("Customs Mutual Assistance Agreement", "AGREEMENT", "cmaa"),
    ("2002", "DATE", "2002"),
    ("2005", "DATE", "2005"),
    ("Container Security Initiative", "PROGRAM", "csi"),
    ("2014", "DATE", "2014"),
    ("2015", "DATE", "2015"),
    ("joint work plan", "AGREEMENT", "jwp"),
)

COSTA_RICA = (
    "Through joint initiatives and bilateral agreements, we have been able to recover and "
    "repatriate many stolen cultural treasures. The most recent achievement of the excellent "
    "relationship between the Government of the United States of America and the Government of "
    "Costa Rica has been the signing in January 2021 of the “Memorandum of Understanding on the "
    "Imposition of Restrictions on the Importation of Archaeological Material.” This document "
    "seeks to protect specific categories of artifacts."
)
COSTA_RICA_SPANS = spans(
    COSTA_RICA,
    ("United States of America", "COUNTRY", "US"),
    ("Costa Rica", "COUNTRY", "CR"),
    ("January 2021", "DATE", "2021-01"),
    (
        "Memorandum of Understanding on the Imposition of Restrictions on the Importation of "
        "Archaeological Material",
        "AGREEMENT",
        "mou",
    ),
)


def _build(text, mentions, countries=None):
    countries = (
        countries if countries is not None else [m for m in mentions if m.label == "COUNTRY"]
    )
    return build_agreements(text, sentences(text), mentions, countries, lexicon())


def _keys(records):
    return sorted((r["type"], tuple(r["countries"]), r["date"], r["status"]) for r in records)


def test_agreements_cabo_verde_cmaa_one_merged_record():
    records = _build(CABO_VERDE, CABO_VERDE_SPANS, CABO_VERDE_COUNTRIES)
    assert _keys(records) == [("cmaa", ("CV", "US"), "2023-09-26", "signed")]
    record = records[0]
    assert record["parties"][:2] == ["cbp", "Cabo Verde"]
    assert len(record["evidence"]["mention"]) == 3  # lede, caption, "once entered into force"


def test_agreements_cabo_verde_signatories():
    record = _build(CABO_VERDE, CABO_VERDE_SPANS, CABO_VERDE_COUNTRIES)[0]
    assert record["signatories"] == [
        {
            "name": "Mark Koumans",
            "title": "Deputy Executive Assistant Commissioner",
            "on_behalf_of": "US",
        },
        {"name": "Jose Luis Livramento", "title": "Ambassador to the U.S.", "on_behalf_of": "CV"},
    ]
    assert record["evidence"]["signatories"]


def test_agreements_uruguay_mra_and_two_jwps():
    records = _build(URUGUAY, URUGUAY_SPANS, URUGUAY_COUNTRIES)
    assert _keys(records) == [
        ("jwp", ("CO", "US"), "2022-07-19", "signed"),
        ("jwp", ("GT", "US"), "2022-07-19", "signed"),
        ("mra", ("US", "UY"), "2022-07-19", "signed"),
    ]
    by_country = {r["countries"][0 if r["countries"][0] != "US" else 1]: r for r in records}
    assert by_country["UY"]["parties"] == ["cbp", "Uruguay"]
    assert by_country["GT"]["parties"] == ["cbp", "Guatemala"]


def test_agreements_uruguay_caption_gives_signatories():
    records = _build(URUGUAY, URUGUAY_SPANS, URUGUAY_COUNTRIES)
    mra = next(r for r in records if r["type"] == "mra")
    assert [(s["name"], s["on_behalf_of"]) for s in mra["signatories"]] == [
        ("Magnus", "US"),
        ("Jaime Borgiani", "UY"),
    ]
    assert mra["signatories"][1]["title"] == (
        "Director General for the Direccion Nacional de Aduanas de Uruguay"
    )
    assert all(not r["signatories"] for r in records if r["type"] == "jwp")


def test_agreements_brazil_mra_and_background_signings():
    records = _build(BRAZIL, BRAZIL_SPANS)
    assert _keys(records) == [
        ("cmaa", ("BR", "US"), "2002", "signed"),
        ("jwp", ("BR", "US"), "2015", "signed"),
        ("mra", ("BR", "US"), "2022-09-16", "signed"),
    ]
    mra = next(r for r in records if r["type"] == "mra")
    assert mra["parties"] == ["cbp", "Customs Authority Receita Federal"]
    assert mra["programs"] == ["aeo"]


def test_agreements_brazil_mra_evidence_lists_each_mention():
    mra = next(r for r in _build(BRAZIL, BRAZIL_SPANS) if r["type"] == "mra")
    first, *_ = mra["evidence"]["mention"]
    assert BRAZIL[first["start"] : first["end"]].endswith("Arrangement (MRA).")
    assert mra["evidence"]["date"] == [
        {"start": BRAZIL.index("today"), "end": BRAZIL.index("today") + 5}
    ]


def test_agreements_costa_rica_mou_signing_noun():
    records = _build(COSTA_RICA, COSTA_RICA_SPANS)
    assert _keys(records) == [("mou", ("CR", "US"), "2021-01", "signed")]


@pytest.mark.parametrize(
    ("text", "specs"),
    [
        (
            "CMAAs are bilateral agreements between the United States and its international partners.",
            [("CMAAs", "AGREEMENT", "cmaa"), ("United States", "COUNTRY", "US")],
        ),
        (
            "A JWP is a document that lays out the path towards MR between Guatemala and the United States.",
            [
                ("JWP", "AGREEMENT", "jwp"),
                ("Guatemala", "COUNTRY", "GT"),
                ("United States", "COUNTRY", "US"),
            ],
        ),
        (
            "The United States has now signed 70 Customs Mutual Assistance Agreements with partners such as Chile.",
            [
                ("Customs Mutual Assistance Agreements", "AGREEMENT", "cmaa"),
                ("United States", "COUNTRY", "US"),
                ("Chile", "COUNTRY", "CL"),
            ],
        ),
        (
            "The MOU extends CBP service hours at Shannon Airport in Ireland.",
            [("MOU", "AGREEMENT", "mou"), ("CBP", "ORG", "cbp"), ("Ireland", "COUNTRY", "IE")],
        ),
        (
            "Diverse agreements reached with Guatemala, Colombia and Uruguay.",
            [
                ("Guatemala", "COUNTRY", "GT"),
                ("Colombia", "COUNTRY", "CO"),
                ("Uruguay", "COUNTRY", "UY"),
            ],
        ),
        (
            "Upon achieving mutual recognition with a foreign partner, one program may recognize the other.",
            [],
        ),
        (
            "CBP signed a Memorandum of Understanding.",
            [("CBP", "ORG", "cbp"), ("Memorandum of Understanding", "AGREEMENT", "mou")],
        ),
    ],
)
def test_agreements_near_misses_give_no_record(text, specs):
    assert _build(text, spans(text, *specs)) == []


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "The United States signed a Customs Mutual Assistance Agreement with Chile Monday.",
            [
                ("United States", "COUNTRY", "US"),
                ("Customs Mutual Assistance Agreement", "AGREEMENT", "cmaa"),
                ("Chile", "COUNTRY", "CL"),
                ("Monday", "DATE", None),
            ],
            [("cmaa", ("CL", "US"), None, "signed")],
        ),
        (
            "U.S. Customs and Border Protection and the European Union agreed to language for the "
            "Mutual Recognition Decision today which will lead to its signing in the Spring of 2012.",
            [
                ("U.S. Customs and Border Protection", "ORG", "cbp"),
                ("European Union", "COUNTRY", "EU"),
                ("Mutual Recognition Decision", "AGREEMENT", "mra"),
                ("today", "DATE", None),
                ("the Spring of 2012", "DATE", "2012-SP"),
            ],
            [("mra", ("EU", "US"), "2012-SP", "planned")],
        ),
        (
            "CBP currently has mutual recognition with: New Zealand, Canada and Japan.",
            [
                ("CBP", "ORG", "cbp"),
                ("New Zealand", "COUNTRY", "NZ"),
                ("Canada", "COUNTRY", "CA"),
                ("Japan", "COUNTRY", "JP"),
            ],
            [
                ("mra", ("CA", "US"), None, "in_force"),
                ("mra", ("JP", "US"), None, "in_force"),
                ("mra", ("NZ", "US"), None, "in_force"),
            ],
        ),
        (
            "ICE and the Abu Dhabi Customs Administration of the United Arab Emirates signed a "
            "Memorandum of Understanding (MOU) and Memorandum of Cooperation (MOC) on Monday.",
            [
                ("ICE", "ORG", "ice"),
                ("Abu Dhabi Customs Administration of the United Arab Emirates", "ORG", None),
                ("United Arab Emirates", "COUNTRY", "AE"),
                ("Memorandum of Understanding", "AGREEMENT", "mou"),
                ("MOU", "AGREEMENT", "mou"),
                ("Memorandum of Cooperation", "AGREEMENT", "moc"),
                ("MOC", "AGREEMENT", "moc"),
                ("Monday", "DATE", "2010-05-10"),
            ],
            [
                ("moc", ("AE", "US"), "2010-05-10", "signed"),
                ("mou", ("AE", "US"), "2010-05-10", "signed"),
            ],
        ),
        (
            "The BSP stems from a Declaration of Principles (DOP) that was signed on June 8, 2007, "
            "by the Department of Homeland Security and Mexico.",
            [
                ("BSP", "AGREEMENT", "other"),
                ("Declaration of Principles", "AGREEMENT", "declaration_of_principles"),
                ("DOP", "AGREEMENT", "declaration_of_principles"),
                ("June 8, 2007", "DATE", "2007-06-08"),
                ("Department of Homeland Security", "ORG", "dhs"),
                ("Mexico", "COUNTRY", "MX"),
            ],
            [("declaration_of_principles", ("MX", "US"), "2007-06-08", "signed")],
        ),
        (
            "Signing Ceremony of the Joint Statement between CBP and WBO",
            [
                ("Joint Statement", "AGREEMENT", "joint_statement"),
                ("CBP", "ORG", "cbp"),
                ("WBO", "ORG", "wbo"),
            ],
            [("joint_statement", ("US",), None, "signed")],
        ),
        (
            "Pre-inspection in Ireland commenced in 1986 and updated in 2008 to a Preclearance Agreement.",
            [
                ("Ireland", "COUNTRY", "IE"),
                ("1986", "DATE", "1986"),
                ("2008", "DATE", "2008"),
                ("Preclearance Agreement", "AGREEMENT", "preclearance_agreement"),
            ],
            [],  # one party only, and no agency of the publisher named in the document
        ),
    ],
)
def test_agreements_frames(text, specs, expected):
    assert _keys(_build(text, spans(text, *specs))) == expected


def test_agreements_home_country_completes_a_lone_partner():
    text = (
        "CBP officers work at the border. This Cooperative Agreement follows the Letter of Intent "
        "signed by Acting Secretary McAleenan with the Government of El Salvador last month."
    )
    mentions = spans(
        text,
        ("CBP", "ORG", "cbp"),
        ("Cooperative Agreement", "AGREEMENT", "other"),
        ("Letter of Intent", "AGREEMENT", "loi"),
        ("McAleenan", "PERSON", None),
        ("Government of El Salvador", "ORG", None),
        ("last month", "DATE", "2019-08"),
    )
    countries = spans(text, ("El Salvador", "COUNTRY", "SV"))
    records = build_agreements(text, sentences(text), mentions, countries, lexicon())
    assert _keys(records) == [("loi", ("SV", "US"), "2019-08", "signed")]
    assert records[0]["signatories"] == [
        {"name": "McAleenan", "title": "Acting Secretary", "on_behalf_of": "US"}
    ]


def test_agreements_generic_agreement_typed_by_program():
    text = (
        "WASHINGTON—The United States and the Dominican Republic signed an agreement today in "
        "Santo Domingo to implement U.S. Customs and Border Protection (CBP) Preclearance "
        "operations at Punta Cana International Airport. U.S. Ambassador James Brewster signed "
        "on behalf of the United States and Minister of Foreign Affairs Miguel Vargas Maldonado "
        "signed on behalf of the Dominican Republic."
    )
    mentions = spans(
        text,
        ("United States", "COUNTRY", "US", 0),
        ("Dominican Republic", "COUNTRY", "DO", 0),
        ("today", "DATE", "2016-05-04"),
        ("U.S. Customs and Border Protection", "ORG", "cbp"),
        ("CBP", "ORG", "cbp"),
        ("Preclearance", "PROGRAM", "preclearance"),
        ("U.S.", "COUNTRY", "US", 1),
        ("James Brewster", "PERSON", None),
        ("United States", "COUNTRY", "US", 1),
        ("Miguel Vargas Maldonado", "PERSON", None),
        ("Dominican Republic", "COUNTRY", "DO", 1),
    )
    records = _build(text, mentions)
    assert _keys(records) == [("preclearance_agreement", ("DO", "US"), "2016-05-04", "signed")]
    assert records[0]["programs"] == ["preclearance"]
    assert [(s["name"], s["on_behalf_of"]) for s in records[0]["signatories"]] == [
        ("James Brewster", "US"),
        ("Miguel Vargas Maldonado", "DO"),
    ]


def test_agreements_parties_named_inside_the_instrument():
    text = "CTPAT worked with the leadership of the WBO on a strategy that culminated in the CBP-WBO Action Plan."
    mentions = spans(
        text,
        ("CTPAT", "PROGRAM", "ctpat"),
        ("WBO", "ORG", "wbo", 0),
        ("CBP-WBO Action Plan", "AGREEMENT", "action_plan"),
    )
    inner = spans(text, ("CBP", "ORG", "cbp"), ("WBO", "ORG", "wbo", 1))
    records = build_agreements(text, sentences(text), mentions, [], lexicon(), inner)
    assert _keys(records) == [("action_plan", ("US",), None, "signed")]
    assert records[0]["parties"] == ["wbo", "cbp"]
    assert build_agreements(text, sentences(text), mentions, [], lexicon()) == []


def test_agreements_orphan_mention_adds_signatories_to_its_record():
    text = (
        "The American Institute in Taiwan and the United States signed on November 26, 2012 a "
        "mutual recognition arrangement. Managing Director of AIT, Barbara Schrage and Acting "
        "Representative of TECRO, Ta Tung Jacob Chang signed the mutual recognition arrangement."
    )
    mentions = spans(
        text,
        ("American Institute in Taiwan", "ORG", None),
        ("United States", "COUNTRY", "US"),
        ("November 26, 2012", "DATE", "2012-11-26"),
        ("mutual recognition arrangement", "AGREEMENT", "mra", -1),
        ("AIT", "ORG", None),
        ("Barbara Schrage", "PERSON", None),
        ("TECRO", "ORG", None),
        ("Ta Tung Jacob Chang", "PERSON", None),
    )
    countries = spans(text, ("Taiwan", "COUNTRY", "TW"), ("United States", "COUNTRY", "US"))
    records = build_agreements(text, sentences(text), mentions, countries, lexicon())
    assert _keys(records) == [("mra", ("TW", "US"), "2012-11-26", "signed")]
    assert [s["name"] for s in records[0]["signatories"]] == [
        "Barbara Schrage",
        "Ta Tung Jacob Chang",
    ]
    assert len(records[0]["evidence"]["mention"]) == 2


def test_agreements_orphan_alone_gives_no_record():
    text = "The signing of this MRA is the next step."
    assert _build(text, spans(text, ("MRA", "AGREEMENT", "mra"))) == []


@pytest.mark.parametrize(
    ("text", "specs", "names"),
    [
        (
            "Today, on behalf of the Trump Administration, the Acting Secretary of the U.S. "
            "Department of Homeland Security, Kevin K. McAleenan, signed a Protection Cooperative "
            "Agreement with Salvadoran Minister of Foreign Affairs, Alexandra Hill Tinoco.",
            [
                ("Trump", "PERSON", None),
                ("U.S. Department of Homeland Security", "ORG", "dhs"),
                ("Kevin K. McAleenan", "PERSON", None),
                ("Protection Cooperative Agreement", "AGREEMENT", "other"),
                ("Salvadoran", "COUNTRY", "SV"),
                ("Alexandra Hill Tinoco", "PERSON", None),
            ],
            ["Kevin K. McAleenan", "Alexandra Hill Tinoco"],
        ),
        (
            "When President Obama and Prime Minister Harper first announced the Beyond the Border "
            "Action Plan in 2011, the United States and Canada set an ambitious agenda.",
            [
                ("Obama", "PERSON", None),
                ("Harper", "PERSON", None),
                ("Beyond the Border Action Plan", "AGREEMENT", "action_plan"),
                ("2011", "DATE", "2011"),
                ("United States", "COUNTRY", "US"),
                ("Canada", "COUNTRY", "CA"),
            ],
            [],
        ),
    ],
)
def test_agreements_signatories_only_of_signings(text, specs, names):
    (record,) = _build(text, spans(text, *specs))
    assert [s["name"] for s in record["signatories"]] == names


def test_agreements_generic_head_never_overlaps_a_named_instrument():
    text = "The European Union and Japan today signed a Mutual Recognition Agreement of their AEO programmes."
    mentions = spans(
        text,
        ("European Union", "COUNTRY", "EU"),
        ("Japan", "COUNTRY", "JP"),
        ("today", "DATE", "2010-06-24"),
        ("Mutual Recognition Agreement", "AGREEMENT", "mra"),
        ("AEO", "PROGRAM", "aeo"),
    )
    assert _keys(_build(text, mentions)) == [("mra", ("EU", "JP"), "2010-06-24", "signed")]


@pytest.mark.parametrize(
    ("source", "code"),
    [
        ("cbp.gov", "US"),
        ("do.usembassy.gov (U.S. Department of State)", "US"),
        ("https://www.cbsa-asfc.gc.ca/media/release", "CA"),
        ("taxation-customs.ec.europa.eu", "EU"),
        ("www.gov.uk", "GB"),
        ("wcoomd.org", None),
        (None, None),
    ],
)
def test_agreements_publisher_country(source, code):
    assert publisher_country(source, lexicon()) == code


def test_agreements_publisher_country_is_the_home_side():
    text = (
        "Homeland Security Secretary Jeh Johnson and Mexican Interior Secretary Miguel Osorio "
        "Chong signed a Joint Declaration on border security on Friday."
    )
    mentions = spans(
        text,
        ("Jeh Johnson", "PERSON", None),
        ("Mexican", "COUNTRY", "MX"),
        ("Miguel Osorio Chong", "PERSON", None),
        ("Joint Declaration", "AGREEMENT", "joint_statement"),
        ("Friday", "DATE", "2016-04-08"),
    )
    countries = [m for m in mentions if m.label == "COUNTRY"]
    assert build_agreements(text, sentences(text), mentions, countries, lexicon()) == []
    (record,) = build_agreements(
        text, sentences(text), mentions, countries, lexicon(), publisher="US"
    )
    assert record["countries"] == ["MX", "US"]
    assert [(s["name"], s["on_behalf_of"]) for s in record["signatories"]] == [
        ("Jeh Johnson", "US"),
        ("Miguel Osorio Chong", "MX"),
    ]


def test_agreements_reporting_clause_is_not_a_party():
    text = "DHS announced today that the United States and Israel signed a Preclearance Agreement."
    mentions = spans(
        text,
        ("DHS", "ORG", "dhs"),
        ("today", "DATE", "2021-06-01"),
        ("United States", "COUNTRY", "US"),
        ("Israel", "COUNTRY", "IL"),
        ("Preclearance Agreement", "AGREEMENT", "preclearance_agreement"),
    )
    (record,) = _build(text, mentions)
    assert (record["countries"], record["parties"], record["status"]) == (
        ["IL", "US"],
        ["United States", "Israel"],
        "signed",
    )


def test_agreements_generic_typed_by_next_sentence_with_publisher_pair():
    text = (
        "I have personally traveled to Mexico twice to advance our common agenda. "
        "Today we have signed an agreement that furthers our bilateral cooperation. "
        "This document is called a letter of intent. It updates our bilateral strategic plan "
        "that was signed in 2007 with Mexico."
    )
    mentions = spans(
        text,
        ("Mexico", "COUNTRY", "MX", -1),
        ("Today", "DATE", "2009-06-16"),
        ("letter of intent", "AGREEMENT", "loi"),
        ("bilateral strategic plan", "AGREEMENT", "other"),
        ("2007", "DATE", "2007"),
    )
    countries = [m for m in mentions if m.label == "COUNTRY"]
    records = build_agreements(
        text, sentences(text), mentions, countries, lexicon(), publisher="US"
    )
    assert _keys(records) == [
        ("loi", ("MX", "US"), "2009-06-16", "signed"),
        ("other", ("MX", "US"), "2007", "signed"),
    ]
    # Without the publisher's country the United States is never named: no record stands.
    assert build_agreements(text, sentences(text), mentions, countries, lexicon()) == []


def test_agreements_generic_untyped_never_takes_the_document_pair():
    text = "Mexico and Mexico met. We reached an agreement today on many things. Nothing else."
    mentions = spans(text, ("Mexico", "COUNTRY", "MX", -1), ("today", "DATE", "2009-06-16"))
    assert _build(text, mentions) == []


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "CBP has signed Mutual Recognition Arrangements with Japan, Korea and Canada.",
            [
                ("CBP", "ORG", "cbp"),
                ("Mutual Recognition Arrangements", "AGREEMENT", "mra"),
                ("Japan", "COUNTRY", "JP"),
                ("Korea", "COUNTRY", "KR"),
                ("Canada", "COUNTRY", "CA"),
            ],
            [
                ("mra", ("CA", "US"), None, "signed"),
                ("mra", ("JP", "US"), None, "signed"),
                ("mra", ("KR", "US"), None, "signed"),
            ],
        ),
        (
            "CBP has signed Mutual Recognition Arrangements with Japan.",
            [
                ("CBP", "ORG", "cbp"),
                ("Mutual Recognition Arrangements", "AGREEMENT", "mra"),
                ("Japan", "COUNTRY", "JP"),
            ],
            [],
        ),
        (
            "CBP and Japan discussed Mutual Recognition Arrangements with Korea and Canada.",
            [
                ("CBP", "ORG", "cbp"),
                ("Japan", "COUNTRY", "JP"),
                ("Mutual Recognition Arrangements", "AGREEMENT", "mra"),
                ("Korea", "COUNTRY", "KR"),
                ("Canada", "COUNTRY", "CA"),
            ],
            [],
        ),
    ],
)
def test_agreements_plural_instruments_need_listed_partners(text, specs, expected):
    assert _keys(_build(text, spans(text, *specs))) == expected


def test_records_two_organizations_without_a_country_make_an_agreement():
    import partnerex

    doc = partnerex.extract(
        "The World Customs Organization and the Universal Postal Union signed a Memorandum "
        "of Understanding on 12 March 2024 in Brussels.",
        published="2024-03-12",
    )
    assert [(a.type, a.countries, a.date) for a in doc.agreements] == [("mou", [], "2024-03-12")]
    assert "wco" in doc.agreements[0].parties
