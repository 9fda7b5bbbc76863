"""PERSON spans found by rules: sentences that must match and near-misses that must not."""

from __future__ import annotations

import pytest

from partnerex.pipeline.state import final_spans
from persons_helpers import persons

MUST_MATCH = [
    # Seeds (../shared/seeds), quoted.
    (
        "CBP Deputy Executive Assistant Commissioner Mark Koumans signs a Customs Mutual "
        "Assistance Agreement with Cabo Verde Ambassador to the U.S. Jose Luis Livramento "
        "during the U.S.-Cabo Verde Trade Conference today in Boston, Massachusetts.",
        ["Mark Koumans", "Jose Luis Livramento"],
    ),
    (
        "“This agreement further strengthens our border security,” said CBP’s Senior Official "
        "Performing the Duties of the Commissioner Troy A. Miller.",
        ["Troy A. Miller"],
    ),
    (
        "“This collaboration signifies our mutual commitment,” stated Chief Patrol Agent "
        "Patricia D. McGurk-Daniel.",
        ["Patricia D. McGurk-Daniel"],
    ),
    (
        "On September 14, 2023, the Honorable Ludmila Patricia Ugalde Simionova, Consul General "
        "of Costa Rica in Miami, received these artifacts.",
        ["Ludmila Patricia Ugalde Simionova"],
    ),
    (
        "Commissioner Magnus with Jaime Borgiani, Director General for the Direccion Nacional de "
        "Aduanas de Uruguay.",
        ["Magnus", "Jaime Borgiani"],
    ),
    (
        "For the event, Commissioner Magnus hosted Werner Ovalle Ramirez, Customs Director of "
        "Guatemala’s Superintendencia de Administracion Tributaria.",
        ["Magnus", "Werner Ovalle Ramirez"],
    ),
    (
        "Grettings from Mr. Robert Perez, CBP Deputy Commissioner 20 year anniversary of BASC.",
        ["Robert Perez"],
    ),
    (
        "Ludmilla Ugalde (seated), Costa Rica Consul General, signs documents to accept her "
        "nation’s cultural artifacts.",
        ["Ludmilla Ugalde"],
    ),
    # Titles, complements and initials.
    (
        "U.S. Customs and Border Protection (CBP) Commissioner Chris Magnus reaffirmed the "
        "commitment. The occasion marked Magnus’ first official visit to Europe.",
        ["Chris Magnus", "Magnus"],
    ),
    (
        "Executive Assistant Commissioner for the Office of Trade Brenda Smith opened the event.",
        ["Brenda Smith"],
    ),
    ("CBP Commissioner R. Gil Kerlikowske signed the agreement.", ["R. Gil Kerlikowske"]),
    ("CBP Commissioner Alan D. Bersin welcomed the delegation.", ["Alan D. Bersin"]),
    (
        "CBP Commissioner Alan D. Bersin and Korea Immigration Service Commissioner "
        "Dong-hyeon Seok signed a joint statement.",
        ["Alan D. Bersin", "Dong-hyeon Seok"],
    ),
    (
        "Director General of the Abu Dhabi General Administration of Customs Saeed Ahmed "
        "Abdullah al Muhairi signed the MOU.",
        ["Saeed Ahmed Abdullah al Muhairi"],
    ),
    (
        "The Acting Secretary signed an agreement with Salvadoran Minister of Foreign Affairs, "
        "Alexandra Hill Tinoco, at the ceremony.",
        ["Alexandra Hill Tinoco"],
    ),
    (
        "said Principal Deputy Administrator for Defense Nuclear Nonproliferation Ken Baker.",
        ["Ken Baker"],
    ),
    (
        "WCO Secretary General Kunio Mikuriya met European Commission Vice-President "
        "Margrethe Vestager.",
        ["Kunio Mikuriya", "Margrethe Vestager"],
    ),
    ("Minister Bill Blair said the Government of Canada remains committed.", ["Bill Blair"]),
    ("said Lt. Andrew R. Collins, the cutter's commanding officer.", ["Andrew R. Collins"]),
    ("President Obama and Prime Minister Harper met in Ottawa.", ["Obama", "Harper"]),
    (
        "Secretary of Government (Segob) Alejandro Poiré attended.",
        ["Alejandro Poiré"],
    ),
    ("Remarks by Secretary [Agustín] Carstens were brief.", ["Carstens"]),
    # Speech verbs, appositions, bylines, captions.
    ("“We are proud,” said Thomas S. Winkowski, the principal deputy.", ["Thomas S. Winkowski"]),
    ("“We are proud,” Clint Lamm said.", ["Clint Lamm"]),
    (
        "Global Entry has 300,000 members, according to Dong-hyeon Seok.",
        ["Dong-hyeon Seok"],
    ),
    (
        "“We are proud,” explained Manuel Garza, program director for cargo pre-clearance.",
        ["Manuel Garza"],
    ),
    ("Amy Pope is the Deputy Assistant to the President for Homeland Security.", ["Amy Pope"]),
    ("Photo Credit: James Tourtellotte", ["James Tourtellotte"]),
    ("Article by Susan Holliday; videos by Charles Csavossy.", ["Susan Holliday", "Charles Csavossy"]),
    (
        "The Indictment charges LEONIDAS MOLINA-TRIANA, a/k/a \"Sofoco,\" a former Major.",
        ["LEONIDAS MOLINA-TRIANA", "Sofoco"],
    ),
    ("Chairwoman McSally, Chairman Hunter, Ranking Members Vela and Garamendi.",
     ["McSally", "Hunter", "Vela", "Garamendi"]),
    ("In the past months, the Obama administration has announced a strategy.", ["Obama"]),
    (
        "said OIT Assistant Commissioner Sanjeev “Sonny” Bhagowalia.",
        ["Sanjeev “Sonny” Bhagowalia"],
    ),
    # A one-word country that is clearly part of a name.
    ("Acting Secretary Chad Wolf met Jordan officials in Amman.", ["Chad Wolf"]),
    ("Photo Credit:Josh Denmark", ["Josh Denmark"]),
    ("Defendant Jose Luis Garcia-Lopez, 34, of Reynosa, Mexico, pleaded guilty.", ["Jose Luis Garcia-Lopez"]),
    ("Texas Gov. Greg Abbott and Sen. John Cornyn visited.", ["Greg Abbott", "John Cornyn"]),
    ("said Jennifer De La O, Boston Director of Field Operations.", ["Jennifer De La O"]),
    ("Agents arrested Carlos Mendoza Ruiz on Tuesday.", ["Carlos Mendoza Ruiz"]),
    ("Commissioner Robert Jones Jr. spoke. Jones said more.", ["Robert Jones Jr.", "Jones"]),
    ("Meanwhile John Smith said the port was closed.", ["John Smith"]),
    ("Bogus Maria Lopez Gomez told reporters.", ["Maria Lopez Gomez"]),
    # Later mentions of a surname.
    (
        "CBP Officer Oralia Macias leaned out of her booth. “Buenos dias,” Macias said.",
        ["Oralia Macias", "Macias"],
    ),
    (
        "Secretary Janet Napolitano Signs Agreements with SHCP Meade. Finance Secretary (SHCP) "
        "José Antonio Meade attended.",
        ["Janet Napolitano", "Meade", "José Antonio Meade"],
    ),
]

MUST_NOT_MATCH = [
    "Skip To Main Content",
    "Cabo Verde Ambassador to the U.S. attended the signing.",
    "The Commissioner spoke at the Trade Conference on Homeland Security in Costa Rica.",
    "Border Patrol agents from the Rio Grande Valley Sector apprehended migrants near Santa Teresa.",
    "The shipment arrived in Mexico City from Santo Domingo, Dominican Republic.",
    "Officers at the Paso Del Norte crossing in El Paso, Texas, seized cocaine.",
    "The Detroit Field Office worked with the Office of Field Operations.",
    "U.S. Customs and Border Protection signed a Mutual Recognition Arrangement with Brazil.",
    "The Coast Guard Cutter Oliver Berry crew conducted patrols.",
    "An aircraft arriving at John F. Kennedy International Airport was inspected.",
    "MICHAEL J. GARCIA",
    "CBP officers arrested a Prince George’s County resident.",
    "Commissioner",
    "Secretary of Homeland Security",
    "U.S. and Mexican Officials Discuss Border Management",
    "The Customs Academy in Abu Dhabi opened. ICE and Abu Dhabi signed an MOU.",
    "Department of Homeland Security\n\nShipping containers on a boat",
    "Managing Director of AIT, and the Acting Representative of TECRO.",
    "passengers arriving to the U.S. Dashboard shows statistics",
    "EO/DCR | FOIA | Privacy Statement | Get Plugins | En Español",
    "Chief Patrol Agent for Ramey Sector said the operation continues.",
    "The Field Office will host the Trade Conference in San Diego on Tuesday.",
    "Mexican Customs and Colombian National Police officials met in Bogota.",
    "Chad and Niger joined the Jordan initiative.",
    "General Motors and General Electric shipped parts.",
    "The Port of Prince Rupert handled the containers.",
    "Human Rights Watch said the policy was unlawful.",
    "Grace Period Extended For Trusted Traders Under New Rule",
    "The II Corps and Plan III were cited.",
    "Shipments from Abu Dhabi arrived. Abu Dhabi Customs inspected them.",
]


@pytest.mark.parametrize(("text", "expected"), MUST_MATCH)
def test_persons_finds_names(nlp_spans, text: str, expected: list[str]) -> None:
    assert persons(nlp_spans, text) == expected


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_persons_ignores_near_misses(nlp_spans, text: str) -> None:
    assert persons(nlp_spans, text) == []


def test_persons_spans_exclude_titles_and_honorifics(nlp_spans) -> None:
    doc = nlp_spans("the Honorable Ludmila Patricia Ugalde Simionova and Mr. Robert Perez")
    names = [s for s in final_spans(doc) if s.label_ == "PERSON"]
    assert [s.text for s in names] == ["Ludmila Patricia Ugalde Simionova", "Robert Perez"]
    assert all(s.kb_id_ == "" and s.id_.startswith("person:") for s in names)


def test_persons_never_overlap_entity_candidates(nlp_spans) -> None:
    doc = nlp_spans("CBP Commissioner Chris Magnus met Brazil’s Receita Federal in Cabo Verde.")
    taken = {
        i
        for s in doc.spans["partnerex_candidates"]
        if s.label_ in {"ORG", "COUNTRY", "PROGRAM", "AGREEMENT"}
        for i in range(s.start, s.end)
    }
    person_tokens = {
        i
        for s in doc.spans["partnerex_candidates"]
        if s.label_ == "PERSON"
        for i in range(s.start, s.end)
    }
    assert person_tokens and not person_tokens & taken
