"""The ``partnerex_figures`` component: FIGURE spans, figure records, kinds and links."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import partnerex
from partnerex.kb import load_kb
from partnerex.models import Document, Figure


def figures_of(nlp: Language, text: str, published: str | None = None) -> list[Figure]:
    return list(partnerex.extract(text, published=published, nlp=nlp).figures)


def figure_text(text: str, figure: Figure) -> str:
    return text[figure.start : figure.end]


def only_figure(nlp: Language, sentence: str, expected: str) -> Figure:
    figures = figures_of(nlp, sentence)
    found = [f for f in figures if figure_text(sentence, f) == expected]
    assert found, f"{expected!r} not in {[figure_text(sentence, f) for f in figures]}"
    return found[0]


# (sentence, span, value, max, unit, qualifier, kind)
EXPRESSIONS: list[tuple[str, str, Any, Any, str, str, str]] = [
    # seizures: weights, packages, seized money
    (
        "More than 9,600 kilos of illegal narcotics have been seized.",
        "More than 9,600 kilos",
        9600,
        None,
        "kg",
        "over",
        "seizure",
    ),
    (
        "Over 19,000 kilos have been intercepted in foreign seizures.",
        "Over 19,000 kilos",
        19000,
        None,
        "kg",
        "over",
        "seizure",
    ),
    (
        "CBP officers seized nearly 500 pounds of marijuana at the cargo facility.",
        "nearly 500 pounds",
        500,
        None,
        "lb",
        "approx",
        "seizure",
    ),
    (
        "HSI seized approximately 48 kilograms of cocaine on April 29.",
        "approximately 48 kilograms",
        48,
        None,
        "kg",
        "approx",
        "seizure",
    ),
    (
        "Officers discovered 709 grams of heroin in bags of candy.",
        "709 grams",
        709,
        None,
        "g",
        "exact",
        "seizure",
    ),
    (
        "Agents found 15 bales along with two individuals.",
        "15 bales",
        15,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "CBP officers discovered 16 packages concealed in the rear seat.",
        "16 packages",
        16,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "The inspector discovered a stash of 299 packages of marijuana.",
        "299 packages",
        299,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "They discovered 28 brick-shaped objects in the duffle bags.",
        "28 brick-shaped objects",
        28,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "Six more bricks were probed revealing pellets of hashish.",
        "Six more bricks",
        6,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "Six of the brick-shaped objects were probed revealing cocaine.",
        "Six of the brick-shaped objects",
        6,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "The crew offloaded more than 11,300 pounds of cocaine.",
        "more than 11,300 pounds",
        11300,
        None,
        "lb",
        "over",
        "seizure",
    ),
    (
        "The Coast Guard offloaded $223 million worth of drugs in San Diego.",
        "$223 million",
        223000000,
        None,
        "usd",
        "exact",
        "seizure",
    ),
    (
        "The narcotics have an estimated street value of $3,291,908.",
        "$3,291,908",
        3291908,
        None,
        "usd",
        "exact",
        "seizure",
    ),
    (
        "The street value of the narcotics is approximately $2,424,000.",
        "approximately $2,424,000",
        2424000,
        None,
        "usd",
        "approx",
        "seizure",
    ),
    (
        "Officers seized 347 pounds of cocaine, valued at more than $6 million.",
        "more than $6 million",
        6000000,
        None,
        "usd",
        "over",
        "seizure",
    ),
    (
        "The Coast Guard nabs two smugglers, seizes $7.5 million in cocaine.",
        "$7.5 million",
        7500000,
        None,
        "usd",
        "exact",
        "seizure",
    ),
    (
        "Officers seized $250,000 in undeclared currency at the bridge.",
        "$250,000",
        250000,
        None,
        "usd",
        "exact",
        "seizure",
    ),
    (
        "Statement on Two Hundred and Seven Million in Drug Money Seized in Mexico City",
        "Two Hundred and Seven Million",
        207000000,
        None,
        "usd",
        "exact",
        "seizure",
    ),
    (
        "The seized cocaine is valued approximately at $900,000.",
        "$900,000",
        900000,
        None,
        "usd",
        "approx",
        "seizure",
    ),
    (
        "CBP Seizes More Than 160 Pounds of Cocaine, Hashish and Marijuana",
        "More Than 160 Pounds",
        160,
        None,
        "lb",
        "over",
        "seizure",
    ),
    (
        "Border Patrol agents seized 80 pounds (36 kilos) of cocaine.",
        "36 kilos",
        36,
        None,
        "kg",
        "exact",
        "seizure",
    ),
    (
        "Border Patrol agents seized 80 pounds (36 kilos) of cocaine.",
        "80 pounds",
        80,
        None,
        "lb",
        "exact",
        "seizure",
    ),
    (
        "On a typical day, CBP seizes an average of 9,435 pounds of illicit narcotics.",
        "9,435 pounds",
        9435,
        None,
        "lb",
        "exact",
        "seizure",
    ),
    (
        "The woman attempted to smuggle close to 34 pounds of methamphetamine.",
        "close to 34 pounds",
        34,
        None,
        "lb",
        "approx",
        "seizure",
    ),
    (
        "Customs confiscated 3 tons of cigarettes at the port.",
        "3 tons",
        3,
        None,
        "t",
        "exact",
        "seizure",
    ),
    (
        "Police intercepted 12 oz of fentanyl in the mail.",
        "12 oz",
        12,
        None,
        "oz",
        "exact",
        "seizure",
    ),
    (
        "Officers uncovered three large shipments of cocaine.",
        "three large shipments",
        3,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "Agents seized 484 firearms and ammunition.",
        "484 firearms",
        484,
        None,
        "count",
        "exact",
        "seizure",
    ),
    (
        "The CBSA seized C$1.2 million in cash.",
        "C$1.2 million",
        1200000,
        None,
        "cad",
        "exact",
        "seizure",
    ),
    (
        "Officers seized between 300 and 400 kilos of cocaine.",
        "between 300 and 400 kilos",
        300,
        400,
        "kg",
        "exact",
        "seizure",
    ),
    ("Agents seized 5-10 kilos of heroin.", "5-10 kilos", 5, 10, "kg", "exact", "seizure"),
    # participants of a program
    (
        "Currently there are more than 3,800 air, sea, and land carriers participating in the Carrier Initiative Program (CIP).",
        "more than 3,800 air, sea, and land carriers",
        3800,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "There are over 200 companies participating in the Business Anti-Smuggling Coalition (BASC).",
        "over 200 companies",
        200,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "The BASC currently has over 2,500 companies that have been certified by the organization.",
        "over 2,500 companies",
        2500,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "Over 4800 participants in CIP",
        "Over 4800 participants",
        4800,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "24 Super Carrier Initiative participants",
        "24 Super Carrier Initiative participants",
        24,
        None,
        "count",
        "exact",
        "participants",
    ),
    (
        "Over 1000 participants in BASC",
        "Over 1000 participants",
        1000,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "CBP now has more than 629,000 participants with Global Entry benefits.",
        "more than 629,000 participants",
        629000,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "C-TPAT has grown to more than 10,200 Certified Partners worldwide.",
        "more than 10,200 Certified Partners",
        10200,
        None,
        "count",
        "over",
        "participants",
    ),
    (
        "C-TPAT now counts between 10,000 and 11,000 members.",
        "between 10,000 and 11,000 members",
        10000,
        11000,
        "count",
        "exact",
        "participants",
    ),
    (
        "NEXUS has nearly 1.6 million members.",
        "nearly 1.6 million members",
        1600000,
        None,
        "count",
        "approx",
        "participants",
    ),
    (
        "About 300 importers are enrolled in the Authorized Economic Operator program.",
        "About 300 importers",
        300,
        None,
        "count",
        "approx",
        "participants",
    ),
    (
        "Up to 500 companies participate in FAST.",
        "Up to 500 companies",
        500,
        None,
        "count",
        "up_to",
        "participants",
    ),
    # agreements
    (
        "CBP and ICE now have 69 CMAAs with other customs administrations.",
        "69 CMAAs",
        69,
        None,
        "count",
        "exact",
        "agreements",
    ),
    (
        "The United States has now signed 70 Customs Mutual Assistance Agreements (CMAAs) with other customs administrations.",
        "70 Customs Mutual Assistance Agreements",
        70,
        None,
        "count",
        "exact",
        "agreements",
    ),
    (
        "Secretary Napolitano signed two agreements with Secretary Meade.",
        "two agreements",
        2,
        None,
        "count",
        "exact",
        "agreements",
    ),
    (
        "The WCO counts 79 MRAs among its members.",
        "79 MRAs",
        79,
        None,
        "count",
        "exact",
        "agreements",
    ),
    (
        "The agencies signed three memoranda of understanding.",
        "three memoranda of understanding",
        3,
        None,
        "count",
        "exact",
        "agreements",
    ),
    (
        "Canada has signed a dozen arrangements with its partners.",
        "a dozen arrangements",
        12,
        None,
        "count",
        "exact",
        "agreements",
    ),
    # money that is not a seizure
    (
        "Our bilateral trade is now $759 billion annually.",
        "$759 billion",
        759000000000,
        None,
        "usd",
        "exact",
        "money",
    ),
    (
        "The tractor was seized, and a $5,000 penalty was assessed.",
        "$5,000",
        5000,
        None,
        "usd",
        "exact",
        "money",
    ),
    ("The program received $3.3M in funding.", "$3.3M", 3300000, None, "usd", "exact", "money"),
    (
        "The EU granted €5 million to the project.",
        "€5 million",
        5000000,
        None,
        "eur",
        "exact",
        "money",
    ),
    (
        "The budget request includes $41 billion for border security.",
        "$41 billion",
        41000000000,
        None,
        "usd",
        "exact",
        "money",
    ),
    (
        "The grant totals 2 million Canadian dollars.",
        "2 million Canadian dollars",
        2000000,
        None,
        "cad",
        "exact",
        "money",
    ),
    (
        "The facility cost $1-2 million to build.",
        "$1-2 million",
        1000000,
        2000000,
        "usd",
        "exact",
        "money",
    ),
    (
        "The United Kingdom pledged £3m to the academy.",
        "£3m",
        3000000,
        None,
        "gbp",
        "exact",
        "money",
    ),
    # percentages
    (
        "The Vanceboro POE processed approximately 89% of its traffic.",
        "approximately 89%",
        89,
        None,
        "percent",
        "approx",
        "percent",
    ),
    (
        "The request includes a 25.8 percent increase for the programs.",
        "25.8 percent",
        25.8,
        None,
        "percent",
        "exact",
        "percent",
    ),
    (
        "Cartels are the source of at least 80% of the meth consumed.",
        "at least 80%",
        80,
        None,
        "percent",
        "at_least",
        "percent",
    ),
    (
        "Wait times fell by less than 5 per cent.",
        "less than 5 per cent",
        5,
        None,
        "percent",
        "under",
        "percent",
    ),
    (
        "Exams rose 5 to 10 percent last year.",
        "5 to 10 percent",
        5,
        10,
        "percent",
        "exact",
        "percent",
    ),
    # measures
    (
        "The vessel was reached 20 miles south of Ponce.",
        "20 miles",
        20,
        None,
        "mi",
        "exact",
        "measure",
    ),
    (
        "A vessel was spotted approximately 10 nautical miles west of Aguadilla.",
        "approximately 10 nautical miles",
        10,
        None,
        "mi",
        "approx",
        "measure",
    ),
    ("The crossing lies 100 km from the capital.", "100 km", 100, None, "km", "exact", "measure"),
    ("The new scanner weighs 2 tons.", "2 tons", 2, None, "t", "exact", "measure"),
    # counts
    (
        "The two countries signed the agreement.",
        "two countries",
        2,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "And it operates in 12 countries of Latin America.",
        "12 countries",
        12,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "The U.S. would be evacuating over 100,000 people from Afghanistan.",
        "over 100,000 people",
        100000,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "To date, over 86,000 evacuees have been processed.",
        "over 86,000 evacuees",
        86000,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "The organization's 184 members collaborate to establish standards.",
        "184 members",
        184,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "More than 1,200 members of the trade community gathered in National Harbor.",
        "More than 1,200 members",
        1200,
        None,
        "count",
        "over",
        "count",
    ),
    ("Creation of 16 BASC Chapters", "16 BASC Chapters", 16, None, "count", "exact", "count"),
    (
        "Over 100 ACSI deployments since 1998",
        "Over 100 ACSI deployments",
        100,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "HSI has 65 operational attaché offices in 46 countries.",
        "65 operational attaché offices",
        65,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "HSI has 65 operational attaché offices in 46 countries.",
        "46 countries",
        46,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "The network includes 8 Department of Defense liaisons.",
        "8 Department of Defense liaisons",
        8,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "Officers coordinated with two Ponce based CBP Marine Units to intercept.",
        "two Ponce based CBP Marine Units",
        2,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "EXBS completed 65 bilateral, regional, and international training events.",
        "65 bilateral, regional, and international training events",
        65,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "The program includes building two Ports of Entry.",
        "two Ports of Entry",
        2,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "Goods arrive at our nation's 328 international ports of entry.",
        "328 international ports of entry",
        328,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "Fourteen Colombian law enforcement officials completed a training.",
        "Fourteen Colombian law enforcement officials",
        14,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "DEA Extradites Two Corrupt Colombian Police Officers On Cocaine Charges",
        "Two Corrupt Colombian Police Officers",
        2,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "TCIU teams conducted 2,973 criminal arrests.",
        "2,973 criminal arrests",
        2973,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "The program has conducted more than 19,300 on-site evaluations.",
        "more than 19,300 on-site evaluations",
        19300,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "Radiation Detection Efforts Begin at Three Megaports",
        "Three Megaports",
        3,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "More than 11,000 flights from Punta Cana flew to the United States.",
        "More than 11,000 flights",
        11000,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "It would be tough for drivers to manage more than one delivery a day.",
        "more than one delivery",
        1,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "The network has approximately 400 personnel deployed abroad.",
        "approximately 400 personnel",
        400,
        None,
        "count",
        "approx",
        "count",
    ),
    (
        "The Container Security Initiative is active at more than 50 overseas ports.",
        "more than 50 overseas ports",
        50,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "The agency employs twenty-four analysts in the unit.",
        "twenty-four analysts",
        24,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "A dozen countries joined the initiative.",
        "A dozen countries",
        12,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "Roughly 30 officers attended the course.",
        "Roughly 30 officers",
        30,
        None,
        "count",
        "approx",
        "count",
    ),
    (
        "Between 300 and 400 officers attended the course.",
        "Between 300 and 400 officers",
        300,
        400,
        "count",
        "exact",
        "count",
    ),
    (
        "The academy trained 300-400 officers last year.",
        "300-400 officers",
        300,
        400,
        "count",
        "exact",
        "count",
    ),
    (
        "The academy trained 300 to 400 officers last year.",
        "300 to 400 officers",
        300,
        400,
        "count",
        "exact",
        "count",
    ),
    (
        "Fewer than 100 vessels were inspected.",
        "Fewer than 100 vessels",
        100,
        None,
        "count",
        "under",
        "count",
    ),
    (
        "Five containers also coming from Bolivia contained scrap metal.",
        "Five containers",
        5,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "Seventeen Colombians Indicted In Eastern District Of Texas",
        "Seventeen Colombians",
        17,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "CBP personnel at 15 preclearance airports worldwide inspect travelers.",
        "15 preclearance airports",
        15,
        None,
        "count",
        "exact",
        "count",
    ),
    (
        "On average, CBP presents over one hundred training programs each year.",
        "over one hundred training programs",
        100,
        None,
        "count",
        "over",
        "count",
    ),
    (
        "With more than 60,000 employees, CBP is one of the largest agencies.",
        "more than 60,000 employees",
        60000,
        None,
        "count",
        "over",
        "count",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "high", "unit", "qualifier", "kind"), EXPRESSIONS
)
def test_figures_expression(
    nlp: Language,
    sentence: str,
    span: str,
    value: Any,
    high: Any,
    unit: str,
    qualifier: str,
    kind: str,
) -> None:
    figure = only_figure(nlp, sentence, span)
    assert (figure.value, figure.max, figure.unit, figure.qualifier, figure.kind) == (
        value,
        high,
        unit,
        qualifier,
        kind,
    )


def test_figures_table_is_large() -> None:
    assert len(EXPRESSIONS) >= 100


NEAR_MISSES = [
    "The signing marks the 11th TCIU established globally.",
    "Officers encountered a 45-year-old man attempting to enter the U.S.",
    "The program celebrates its 20 year anniversary this week.",
    "Negotiations lasted seven months.",
    'The rule is known as Security Filing "10+2".',
    "The center is staffed 24/7.",
    "The U.S.-Canada 30-Point Action Plan was signed in Ottawa.",
    "Listing carrier codes on CBP Form 3171 is required.",
    "CF 1400 - Record of Vessel in Foreign Trade Entrances",
    "Public ACS FIRMS Report (txt - 2,379 KB.)",
    "For information call (202) 927-0520 or 1-800-BE-ALERT.",
    "Report violations at 1-800-232-5378 today.",
    "The port is open from 9 a.m. to 5 p.m. daily.",
    "The office opens at 8:30 each morning.",
    "The Carrier Initiative Program was established in 1984.",
    "In 2001, the ministers signed the declaration.",
    "On February 22, TDY EXBS Advisor Larry Adkins provided training.",
    "The program was launched shortly after the Sept. 11 attacks.",
    "The truck entered on Interstate 19 near Amado.",
    "The Coast Guard Cutter Kimball (WMSL 756) returned to port.",
    "A woman attempted to smuggle drugs in a Ford F-150 pickup.",
    "The COVID-19 pandemic slowed inspections.",
    "Australia, Canada, New Zealand and the United States (the Five Countries) met.",
    "CBP officers welcome thousands of citizens every day.",
    "DHS has trained several hundred Afghan officials.",
    "The ACSI teams travel to each country approximately four times a year.",
    "The announcement comes one day after the budget request.",
    "They are one step closer to mutual recognition.",
    "It is one of the largest seizures ever.",
    "Kiosk processing takes about two minutes.",
    "The 2014 Beyond the Border Implementation Report was released.",
    "The 2007 International tractor was seized.",
    "A 20-foot long vessel was intercepted.",
    "Paragraph 1. We, the ministers, affirm our commitment.",
    "The agencies share 4G networks and 5G equipment.",
    "About 1 in 3 travelers used Mobile Passport Control.",
    "Table 3 shows the results by port.",
    "The defendants face up to 20 years in prison.",
    "The defendants, ages 34 and 41, were charged in a 3-count indictment.",
    "The bill H.R. 3203 passed the House.",
    "Washington, DC 20229",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_figures_near_misses(nlp: Language, sentence: str) -> None:
    found = [figure_text(sentence, f) for f in figures_of(nlp, sentence)]
    assert found == []


# Seeds: (sentence quoted from the seed, span, value, unit, qualifier, kind, program)
SEED_SENTENCES = {
    "000": (
        "As a result, more than 9,600 kilos of illegal narcotics have been seized in the United "
        "States and over 19,000 kilos have been intercepted in both domestic and foreign seizures "
        "based on information received from participating companies.\n\n"
        "Currently there are more than 3,800 air, sea, and land carriers participating in the "
        "Carrier Initiative Program (CIP) and over 200 companies participating in the Business "
        "Anti-Smuggling Coalition (BASC)."
    ),
    "001": (
        "The BASC currently has over 2,500 companies that have been certified by the organization. "
        "And it operates in 12 countries of Latin America and the Caribbean: Colombia, Costa Rica, "
        "Ecuador, El Salvador, Guatemala, Haiti, Mexico, Panama, Peru, the Dominican Republic, "
        "Uruguay, and Venezuela.\n"
        "As of July 1, 1996, all importers wishing to use line release must use one of the 825 "
        "(to date) LBCIP carriers.\n\n"
        "Industry Partnership Programs Accomplishments:\n\n"
        "  • Over 4800 participants in CIP\n"
        "  • 24 Super Carrier Initiative participants\n"
        "  • Over 1000 participants in BASC\n"
        "  • Creation of 16 BASC Chapters\n"
        "  • Over 100 ACSI deployments since 1998\n"
        "  • Inclusion of BASC in WCO Business Partnership\n"
    ),
    "004": (
        "Shortly thereafter, President Joe Biden announced the U.S. would be evacuating over "
        "100,000 people from Afghanistan. To date, over 86,000 evacuees have been processed, "
        "helping to deliver travelers to a safe haven. The organization’s 184 members collaborate "
        "to establish standards and instruments that reduce the cost of trade."
    ),
}
SEED_FIGURES = [
    ("000", "more than 9,600 kilos", 9600, "kg", "over", "seizure", None),
    ("000", "over 19,000 kilos", 19000, "kg", "over", "seizure", None),
    (
        "000",
        "more than 3,800 air, sea, and land carriers",
        3800,
        "count",
        "over",
        "participants",
        "cip",
    ),
    ("000", "over 200 companies", 200, "count", "over", "participants", "basc"),
    ("001", "over 2,500 companies", 2500, "count", "over", "participants", "basc"),
    ("001", "12 countries", 12, "count", "exact", "count", None),
    ("001", "825 (to date) LBCIP carriers", 825, "count", "exact", "participants", "lbcip"),
    ("001", "Over 4800 participants", 4800, "count", "over", "participants", "cip"),
    (
        "001",
        "24 Super Carrier Initiative participants",
        24,
        "count",
        "exact",
        "participants",
        "super_carrier",
    ),
    ("001", "Over 1000 participants", 1000, "count", "over", "participants", "basc"),
    ("001", "16 BASC Chapters", 16, "count", "exact", "count", "basc"),
    ("001", "Over 100 ACSI deployments", 100, "count", "over", "count", "acsi"),
    ("004", "over 100,000 people", 100000, "count", "over", "count", None),
    ("004", "over 86,000 evacuees", 86000, "count", "over", "count", None),
    ("004", "184 members", 184, "count", "exact", "count", None),
]


@pytest.mark.parametrize(
    ("seed", "span", "value", "unit", "qualifier", "kind", "program"), SEED_FIGURES
)
def test_figures_seed(
    nlp: Language,
    seed: str,
    span: str,
    value: Any,
    unit: str,
    qualifier: str,
    kind: str,
    program: str | None,
) -> None:
    figure = only_figure(nlp, SEED_SENTENCES[seed], span)
    assert (figure.value, figure.unit, figure.qualifier, figure.kind, figure.program) == (
        value,
        unit,
        qualifier,
        kind,
        program,
    )


def test_figures_seed_sentences_are_in_the_seeds(shared_dir: Path) -> None:
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in (shared_dir / "seeds").iterdir()}
    flat = {k: " ".join(v.split()) for k, v in seeds.items()}
    for seed, _span, *_ in SEED_FIGURES:
        assert _span in flat[seed], (seed, _span)


def test_figures_seed_000_has_exactly_four_figures(nlp: Language) -> None:
    text = SEED_SENTENCES["000"]
    assert [figure_text(text, f) for f in figures_of(nlp, text)] == [
        "more than 9,600 kilos",
        "over 19,000 kilos",
        "more than 3,800 air, sea, and land carriers",
        "over 200 companies",
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "subject"),
    [
        (
            "More than 9,600 kilos of illegal narcotics have been seized.",
            "More than 9,600 kilos",
            "narcotics",
        ),
        (
            "A total weight of 28.88 pounds of Cocaine, 42.02 pounds of Hashish was seized.",
            "42.02 pounds",
            "hashish",
        ),
        (
            "CBP Seizes More Than 160 Pounds of Cocaine, Hashish and Marijuana",
            "More Than 160 Pounds",
            "cocaine, hashish and marijuana",
        ),
        (
            "The Coast Guard nabs two smugglers, seizes $7.5 million in cocaine.",
            "$7.5 million",
            "cocaine",
        ),
        ("Officers seized $250,000 in undeclared currency at the bridge.", "$250,000", "currency"),
        ("HSI seized nearly 13 pounds of meth near Amado.", "nearly 13 pounds", "methamphetamine"),
        ("Agents found 15 bales of marijuana on the boat.", "15 bales", "marijuana"),
    ],
)
def test_figures_seizure_subject(nlp: Language, sentence: str, span: str, subject: str) -> None:
    assert only_figure(nlp, sentence, span).subject == subject


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        (
            "There are more than 3,800 air, sea, and land carriers in CIP.",
            "more than 3,800 air, sea, and land carriers",
            "carriers",
        ),
        ("CBP and ICE now have 69 CMAAs with other administrations.", "69 CMAAs", "CMAAs"),
        (
            "Goods arrive at our nation's 328 ports of entry.",
            "328 ports of entry",
            "ports of entry",
        ),
        ("15 Croatian Customs officers attended.", "15 Croatian Customs officers", "officers"),
        ("The U.S. would be evacuating over 100,000 people.", "over 100,000 people", "people"),
    ],
)
def test_figures_counted(nlp: Language, sentence: str, span: str, counted: str) -> None:
    assert only_figure(nlp, sentence, span).counted == counted


def test_figures_as_of_to_date_is_the_published_day(nlp: Language) -> None:
    text = SEED_SENTENCES["001"]
    document = partnerex.extract(text, published="2008-09-16", nlp=nlp)
    figure = next(f for f in document.figures if f.value == 825)
    assert figure.as_of == "2008-09-16"


def test_figures_as_of_launch_year(nlp: Language) -> None:
    text = (
        "Since it was launched in 2001, C-TPAT, has grown from seven participating partners "
        "to more than 10,200 Certified Partners worldwide."
    )
    figures = figures_of(nlp, text)
    assert [(f.value, f.kind, f.program) for f in figures] == [
        (7, "participants", "ctpat"),
        (10200, "participants", "ctpat"),
    ]
    assert figures[1].as_of is None


def test_figures_dollar_of_a_canadian_release(nlp: Language) -> None:
    text = "Border services officers seized $250,000 in cash."
    meta = {"source": "cbsa-asfc.gc.ca"}
    document = partnerex.extract(text, meta=meta, nlp=nlp)
    assert [f.unit for f in document.figures] == ["cad"]
    assert [f.unit for f in figures_of(nlp, text)] == ["usd"]


def test_figures_span_beats_the_agreement_inside(nlp: Language) -> None:
    text = "The United States has now signed 70 Customs Mutual Assistance Agreements with others."
    document = partnerex.extract(text, nlp=nlp)
    labels = [(s.text, s.label) for s in document.spans]
    assert ("70 Customs Mutual Assistance Agreements", "FIGURE") in labels
    assert not any(label == "AGREEMENT" for _, label in labels)


def test_figures_records_match_spans(nlp: Language) -> None:
    text = SEED_SENTENCES["001"]
    document: Document = partnerex.extract(text, nlp=nlp)
    spans = [(s.start, s.end) for s in document.spans if s.label == "FIGURE"]
    assert spans == [(f.start, f.end) for f in document.figures]
    assert all(s.norm is None for s in document.spans if s.label == "FIGURE")


def test_figures_vague_config_emits_hundreds_of(nlp: Language) -> None:
    text = "CBP officers screen thousands of shipping containers every day."
    assert figures_of(nlp, text) == []
    vague = partnerex.load()
    vague.replace_pipe("partnerex_figures", "partnerex_figures", config={"vague": True})
    figures = figures_of(vague, text)
    assert [(figure_text(text, f), f.value, f.qualifier) for f in figures] == [
        ("thousands of shipping containers", 1000, "approx")
    ]


def test_figures_component_round_trips(nlp: Language, tmp_path: Path) -> None:
    component = nlp.get_pipe("partnerex_figures")
    component.to_disk(tmp_path / "figures")
    assert (tmp_path / "figures" / "figures.jsonl").is_file()
    restored = pickle.loads(pickle.dumps(component))
    assert restored.lex == component.lex
    assert restored.vague == component.vague


def test_figures_lexicon_examples(nlp: Language) -> None:
    """Every ``figure_*`` lexicon example yields a FIGURE; every counterexample none."""
    kb = load_kb()
    failures = []
    for word_class, entries in kb.lexicon.items():
        if not word_class.startswith("figure_"):
            continue
        for entry in entries:
            for text in entry.examples:
                if not figures_of(nlp, text):
                    failures.append((entry.id, "example", text))
            for text in entry.counterexamples:
                if figures_of(nlp, text):
                    failures.append((entry.id, "counterexample", text))
    assert failures == []


def test_figures_listed_after_a_seizure_are_seized(nlp: Language) -> None:
    text = "Agents seized 3 firearms, 2 vehicles and $12,500 in U.S. currency."
    figures = figures_of(nlp, text)
    assert [(figure_text(text, f), f.kind, f.subject) for f in figures] == [
        ("3 firearms", "seizure", "firearms"),
        ("2 vehicles", "seizure", None),
        ("$12,500", "seizure", "currency"),
    ]


def test_figures_people_listed_after_a_seizure_are_counts(nlp: Language) -> None:
    text = "Agents seized 300 pounds of cocaine and 2 smugglers were arrested."
    kinds = [(figure_text(text, f), f.kind) for f in figures_of(nlp, text)]
    assert kinds == [("300 pounds", "seizure"), ("2 smugglers", "count")]


def test_figures_street_value_is_a_seizure(nlp: Language) -> None:
    text = "Officers found 1,036 kilograms of cocaine. The estimated street value is $40 million."
    figures = figures_of(nlp, text)
    assert [(f.unit, f.kind, f.subject) for f in figures] == [
        ("kg", "seizure", "cocaine"),
        ("usd", "seizure", "cocaine"),
    ]


def test_figures_counted_program_names_belong_to_no_program(nlp: Language) -> None:
    text = "CBP has three active Industry Partnership Programs that deter smuggling."
    figure = only_figure(nlp, text, "three active Industry Partnership Programs")
    assert (figure.kind, figure.counted, figure.program) == ("count", "programs", None)
