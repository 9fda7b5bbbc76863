"""Held-out quality table for FIGURE and DATE: sentences written in the style of CBSA, EU,
WCO, ICE/HSI, CBP and wire-service releases (not taken from the dev corpus), each with the
figures (value, unit, kind, qualifier, max) and dates (surface, ISO value) ANNOTATION.md asks
for; plus the near-misses of the rules these sentences led to (thousands grouped by a
no-break space, year ranges, Canadian fiscal years, "Date modified:" chrome, wire-tag
datelines, sums "in lost revenue", goods lists, people enrolled in a program, "lbs.")."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from spacy.language import Language

import partnerex
from partnerex.normalize.numbers import parse_quantity
from partnerex.pipeline.published import find_published


class Fig(NamedTuple):
    """An expected figure: its span text and its record."""

    surface: str
    value: float
    unit: str
    kind: str
    qualifier: str = "exact"
    max: float | None = None


CBSA = {
    "source": "cbsa-asfc.gc.ca",
    "url": "https://www.canada.ca/en/border-services-agency/news/2024/03/x.html",
}
EU = {"source": "ec.europa.eu", "url": "https://ec.europa.eu/commission/presscorner/detail/ip"}
WCO = {"source": "wcoomd.org", "url": "https://www.wcoomd.org/en/media/newsroom/2023/x.aspx"}
ICE = {"source": "ice.gov", "url": "https://www.ice.gov/news/releases/x"}
NEWS = {"source": "reuters.com", "url": "https://www.reuters.com/world/x"}
CBP = {"source": "cbp.gov", "url": "https://www.cbp.gov/newsroom/x"}


def m(base: dict[str, Any], published: str | None) -> dict[str, Any]:
    """The meta of a source, with a release date or without one (read from the text)."""
    return {**base, "published": published} if published else dict(base)


Case = tuple[str, str, dict[str, Any], list[Fig], list[tuple[str, str | None]]]

# (id, text, meta, figures, dates)
CASES: list[Case] = [
    # ---------------- CBSA ----------------
    ("cbsa-cocaine-port",
     "In 2023, Canada Border Services Agency (CBSA) officers at the Port of Montréal seized "
     "more than 1,500 kilograms of cocaine hidden in shipping containers.",
     m(CBSA, "2024-03-14"),
     [Fig("more than 1,500 kilograms", 1500, "kg", "seizure", "over")],
     [("2023", "2023")]),
    ("cbsa-street-value",
     "The drugs have an estimated street value of $75 million.",
     m(CBSA, "2024-03-14"),
     [Fig("$75 million", 75000000, "cad", "seizure")],
     []),
    ("cbsa-meth-truck",
     "On February 2, 2024, border services officers at the Pacific Highway port of entry "
     "seized 46 kilograms of suspected methamphetamine concealed in a commercial truck.",
     m(CBSA, "2024-02-08"),
     [Fig("46 kilograms", 46, "kg", "seizure")],
     [("February 2, 2024", "2024-02-02")]),
    ("cbsa-firearms-year",
     "In 2023, the CBSA seized 1,234 firearms and 21,000 prohibited weapons at ports of entry "
     "across the country.",
     m(CBSA, "2024-01-30"),
     [Fig("1,234 firearms", 1234, "count", "seizure"),
      Fig("21,000 prohibited weapons", 21000, "count", "seizure")],
     [("2023", "2023")]),
    ("cbsa-space-thousands",
     "Officers found 2\u00a0300 kg of cannabis inside a load of frozen vegetables.",
     m(CBSA, "2024-05-01"),
     [Fig("2\u00a0300 kg", 2300, "kg", "seizure")],
     []),
    ("cbsa-cdollar",
     "Currency totalling C$2.4 million was seized from two travellers at Toronto Pearson "
     "International Airport.",
     m(CBSA, "2024-05-01"),
     [Fig("C$2.4 million", 2400000, "cad", "seizure"),
      Fig("two travellers", 2, "count", "count")],
     []),
    ("cbsa-nexus-members",
     "NEXUS now has more than 1.9 million members, and the CBSA processed 92 million travellers "
     "in 2023.",
     m(CBSA, "2024-02-20"),
     [Fig("more than 1.9 million members", 1900000, "count", "participants", "over"),
      Fig("92 million travellers", 92000000, "count", "count")],
     [("2023", "2023")]),
    ("cbsa-pip",
     "Partners in Protection (PIP) has about 1,700 members, which together account for 30 percent "
     "of the value of imports into Canada.",
     m(CBSA, "2024-02-20"),
     [Fig("about 1,700 members", 1700, "count", "participants", "approx"),
      Fig("30 percent", 30, "percent", "percent")],
     []),
    ("cbsa-day-first",
     "Canada and the Republic of Korea signed a Customs Mutual Assistance Agreement on "
     "26 September 2023 in Ottawa.",
     m(CBSA, "2023-09-28"),
     [],
     [("26 September 2023", "2023-09-26")]),
    ("cbsa-tobacco",
     "Border services officers seized 11,250 cartons of contraband cigarettes and 500 kg of "
     "fine-cut tobacco, with an estimated value of $1.6 million in unpaid duties and taxes.",
     m(CBSA, "2024-06-12"),
     [Fig("11,250 cartons", 11250, "count", "seizure"),
      Fig("500 kg", 500, "kg", "seizure"),
      Fig("$1.6 million", 1600000, "cad", "money")],
     []),
    ("cbsa-dateline",
     "News release\n\nMarch 14, 2024 \u2013 Montr\u00e9al, Quebec \u2013 Canada Border Services "
     "Agency\n\nToday, the CBSA announced the results of a joint operation.",
     m(CBSA, None),
     [],
     [("March 14, 2024", "2024-03-14"), ("Today", "2024-03-14")]),
    ("cbsa-fiscal",
     "In fiscal year 2022 to 2023, the CBSA intercepted 3,500 kilograms of illegal drugs "
     "destined for Canada.",
     m(CBSA, "2023-11-02"),
     [Fig("3,500 kilograms", 3500, "kg", "seizure")],
     [("fiscal year 2022 to 2023", "FY2022")]),
    # ---------------- EU ----------------
    ("eu-dateline",
     "Brussels, 12 June 2024\n\nThe European Commission today welcomed the signature of a "
     "customs cooperation agreement with Japan.",
     m(EU, None),
     [],
     [("12 June 2024", "2024-06-12"), ("today", "2024-06-12")]),
    ("eu-fake-items",
     "In 2022, customs authorities detained almost 86 million fake items with an estimated "
     "value of more than \u20ac2 billion.",
     m(EU, "2023-11-29"),
     [Fig("almost 86 million fake items", 86000000, "count", "seizure", "approx"),
      Fig("more than \u20ac2 billion", 2000000000, "eur", "seizure", "over")],
     [("2022", "2022")]),
    ("eu-duties",
     "Customs duties collected at the EU border amounted to EUR 25.3 billion in 2023.",
     m(EU, "2024-07-01"),
     [Fig("EUR 25.3 billion", 25300000000, "eur", "money")],
     [("2023", "2023")]),
    ("eu-trade-up",
     "Trade in goods between the EU and Japan reached \u20ac150 billion last year, up 12 percent "
     "on the previous year.",
     m(EU, "2024-06-12"),
     [Fig("\u20ac150 billion", 150000000000, "eur", "money"),
      Fig("12 percent", 12, "percent", "percent")],
     [("last year", "2023")]),
    ("eu-tonnes",
     "Some 1.2 billion tonnes of goods pass through EU ports each year.",
     m(EU, "2024-06-12"),
     [Fig("Some 1.2 billion tonnes", 1200000000, "t", "measure", "approx")],
     []),
    ("eu-member-states",
     "The 27 Member States apply the Union Customs Code since 1 May 2016.",
     m(EU, "2024-06-12"),
     [Fig("27 Member States", 27, "count", "count")],
     [("1 May 2016", "2016-05-01")]),
    ("eu-euro-suffix",
     "The programme has a budget of 950 million euros for the period 2021-2027.",
     m(EU, "2024-06-12"),
     [Fig("950 million euros", 950000000, "eur", "money")],
     [("2021-2027", "2021")]),
    ("eu-mra-count",
     "The EU has concluded mutual recognition agreements with six partners, including China "
     "and the United States.",
     m(EU, "2024-06-12"),
     [Fig("six partners", 6, "count", "count")],
     []),
    ("eu-seized-cocaine",
     "In the first half of 2023, customs in Antwerp and Rotterdam seized 57 tonnes of cocaine.",
     m(EU, "2023-09-01"),
     [Fig("57 tonnes", 57, "t", "seizure")],
     [("the first half of 2023", "2023-H1")]),
    # ---------------- WCO ----------------
    ("wco-members",
     "The World Customs Organization, which has 186 Members, adopted the new strategy on "
     "24 June 2023.",
     m(WCO, "2023-06-26"),
     [Fig("186 Members", 186, "count", "count")],
     [("24 June 2023", "2023-06-24")]),
    ("wco-operation",
     "During the operation, customs administrations in 99 countries seized more than 1.3 billion "
     "units of illicit medicines.",
     m(WCO, "2023-10-10"),
     [Fig("99 countries", 99, "count", "count"),
      Fig("more than 1.3 billion units", 1300000000, "count", "seizure", "over")],
     []),
    ("wco-aeo-programmes",
     "There are now 97 operational AEO programmes worldwide, and 79 mutual recognition "
     "arrangements have been signed over the past five years.",
     m(WCO, "2023-10-10"),
     [Fig("97 operational AEO programmes", 97, "count", "count"),
      Fig("79 mutual recognition arrangements", 79, "count", "agreements")],
     []),
    ("wco-dateline",
     "Brussels, 26 September 2023 \u2013 The WCO Secretary General opened the Global AEO "
     "Conference, attended by more than 1,000 delegates.",
     m(WCO, None),
     [Fig("more than 1,000 delegates", 1000, "count", "count", "over")],
     [("26 September 2023", "2023-09-26")]),
    ("wco-tonnes-wildlife",
     "Participating administrations seized 2.5 tonnes of ivory and 470 live animals.",
     m(WCO, "2023-10-10"),
     [Fig("2.5 tonnes", 2.5, "t", "seizure"),
      Fig("470 live animals", 470, "count", "seizure")],
     []),
    # ---------------- ICE / HSI ----------------
    ("ice-meth-worth",
     "SAN DIEGO \u2014 Homeland Security Investigations special agents seized 1,200 pounds of "
     "methamphetamine worth an estimated $3 million on Tuesday.",
     m(ICE, "2024-05-09"),
     [Fig("1,200 pounds", 1200, "lb", "seizure"),
      Fig("an estimated $3 million", 3000000, "usd", "seizure", "approx")],
     [("Tuesday", "2024-05-07")]),
    ("ice-list",
     "The operation resulted in 28 arrests and the seizure of 14 firearms, 9,000 fentanyl pills "
     "and $250,000 in cash.",
     m(ICE, "2024-05-09"),
     [Fig("28 arrests", 28, "count", "count"),
      Fig("14 firearms", 14, "count", "seizure"),
      Fig("9,000 fentanyl pills", 9000, "count", "seizure"),
      Fig("$250,000", 250000, "usd", "seizure")],
     []),
    ("ice-nearly-kilos",
     "Agents also seized nearly 3 kilograms of fentanyl powder and arrested four people.",
     m(ICE, "2024-05-09"),
     [Fig("nearly 3 kilograms", 3, "kg", "seizure", "approx"),
      Fig("four people", 4, "count", "count")],
     []),
    ("ice-sentence",
     "He faces up to 20 years in federal prison and a fine of up to $1 million.",
     m(ICE, "2024-05-09"),
     [Fig("up to $1 million", 1000000, "usd", "money", "up_to")],
     []),
    ("ice-charged",
     "A federal grand jury indicted 12 defendants on Sept. 14 for smuggling more than 400 "
     "firearms to Mexico.",
     m(ICE, "2023-09-20"),
     [Fig("12 defendants", 12, "count", "count"),
      Fig("more than 400 firearms", 400, "count", "seizure", "over")],
     [("Sept. 14", "2023-09-14")]),
    ("ice-cash",
     "HSI Houston seized approximately $1.2 million in bulk cash during the traffic stop on "
     "March 3.",
     m(ICE, "2024-03-06"),
     [Fig("approximately $1.2 million", 1200000, "usd", "seizure", "approx")],
     [("March 3", "2024-03-03")]),
    ("ice-pills",
     "Investigators recovered 250,000 counterfeit oxycodone pills containing fentanyl.",
     m(ICE, "2024-03-06"),
     [Fig("250,000 counterfeit oxycodone pills", 250000, "count", "seizure")],
     []),
    # ---------------- News ----------------
    ("news-fentanyl-fy",
     "Fentanyl seizures at the southwest border rose to about 27,000 pounds in fiscal year 2023, "
     "up from roughly 14,700 pounds in fiscal 2022.",
     m(NEWS, "2023-11-15"),
     [Fig("about 27,000 pounds", 27000, "lb", "seizure", "approx"),
      Fig("roughly 14,700 pounds", 14700, "lb", "seizure", "approx")],
     [("fiscal year 2023", "FY2023"), ("fiscal 2022", "FY2022")]),
    ("news-percent-up",
     "Apprehensions were up 25 percent compared with the same month last year, officials said.",
     m(NEWS, "2023-11-15"),
     [Fig("25 percent", 25, "percent", "percent")],
     [("last year", "2022")]),
    ("news-range",
     "Between 300 and 400 companies are expected to apply for certification.",
     m(NEWS, "2023-11-15"),
     [Fig("Between 300 and 400 companies", 300, "count", "count", "exact", 400)],
     []),
    ("news-ctpat",
     "More than 11,000 companies are certified in CTPAT, accounting for over 50 percent of the "
     "value of U.S. imports.",
     m(NEWS, "2023-11-15"),
     [Fig("More than 11,000 companies", 11000, "count", "participants", "over"),
      Fig("over 50 percent", 50, "percent", "percent", "over")],
     []),
    ("news-mras",
     "The United States has signed 11 MRAs, the most recent with Costa Rica in 2023.",
     m(NEWS, "2023-11-15"),
     [Fig("11 MRAs", 11, "count", "agreements")],
     [("2023", "2023")]),
    ("news-fewer-than",
     "Fewer than 5 percent of containers arriving at U.S. ports are physically inspected.",
     m(NEWS, "2023-11-15"),
     [Fig("Fewer than 5 percent", 5, "percent", "percent", "under")],
     []),
    ("news-billion-usd",
     "Seized counterfeit goods would have been worth $2.8 billion had they been genuine, "
     "CBP said on Monday.",
     m(NEWS, "2024-01-10"),
     [Fig("$2.8 billion", 2800000000, "usd", "seizure")],
     [("Monday", "2024-01-08")]),
    ("news-percent-range",
     "Officials estimate that 40 to 50 percent of the drugs enter through legal crossings.",
     m(NEWS, "2024-01-10"),
     [Fig("40 to 50 percent", 40, "percent", "percent", "exact", 50)],
     []),
    ("news-migrants",
     "Border Patrol recorded nearly 2.5 million encounters at the southern border in fiscal "
     "year 2023.",
     m(NEWS, "2024-01-10"),
     [Fig("nearly 2.5 million encounters", 2500000, "count", "count", "approx")],
     [("fiscal year 2023", "FY2023")]),
    ("news-earlier-this-month",
     "Earlier this month, the two countries agreed to deploy 200 additional officers.",
     m(NEWS, "2024-01-22"),
     [Fig("two countries", 2, "count", "count"),
      Fig("200 additional officers", 200, "count", "count")],
     [("Earlier this month", "2024-01")]),
    ("news-quarter",
     "In the first quarter of 2024, seizures of cocaine fell by 18 per cent.",
     m(NEWS, "2024-05-02"),
     [Fig("18 per cent", 18, "percent", "percent")],
     [("the first quarter of 2024", "2024-Q1")]),
    # ---------------- CBP ----------------
    ("cbp-mra-signed",
     "CBP has signed 90 MRAs and Customs Mutual Assistance Agreements since 2005.",
     m(CBP, "2023-10-05"),
     [Fig("90 MRAs", 90, "count", "agreements")],
     [("2005", "2005")]),
    ("cbp-fast",
     "About 95,000 drivers are enrolled in FAST.",
     m(CBP, "2023-10-05"),
     [Fig("About 95,000 drivers", 95000, "count", "participants", "approx")],
     []),
    ("cbp-lbs",
     "Officers discovered 3,000 lbs. of marijuana in a tractor-trailer on Oct. 2.",
     m(CBP, "2023-10-05"),
     [Fig("3,000 lbs.", 3000, "lb", "seizure")],
     [("Oct. 2", "2023-10-02")]),
]

CASES += [
    ("cbsa-cnw-dateline",
     "OTTAWA, ON, March 14, 2024 /CNW/ - The Canada Border Services Agency (CBSA) seized "
     "$1.2-million in undeclared currency last month.",
     m(CBSA, None),
     [Fig("$1.2-million", 1200000, "cad", "seizure")],
     [("March 14, 2024", "2024-03-14"), ("last month", "2024-02")]),
    ("cbsa-numeric-day-first",
     "The shipment was examined on 05/03/2024 at the Vancouver Marine Container Examination "
     "Facility, where officers found 17 kilograms (37 pounds) of heroin.",
     m(CBSA, "2024-03-14"),
     [Fig("17 kilograms", 17, "kg", "seizure"), Fig("37 pounds", 37, "lb", "seizure")],
     [("05/03/2024", "2024-03-05")]),
    ("cbsa-cad-suffix",
     "The penalties total 5 million Canadian dollars, and 15.5 per cent of the goods were "
     "refused entry.",
     m(CBSA, "2024-03-14"),
     [Fig("5 million Canadian dollars", 5000000, "cad", "money"),
      Fig("15.5 per cent", 15.5, "percent", "percent")],
     []),
    ("cbsa-glued-kg",
     "Officers seized 4kg of suspected cocaine and 30,000 rounds of ammunition.",
     m(CBSA, "2024-03-14"),
     [Fig("4kg", 4, "kg", "seizure"), Fig("30,000 rounds", 30000, "count", "seizure")],
     []),
    ("cbsa-iso-date",
     "Date modified: 2024-03-14\n\nThe measures take effect on 2024-04-01.",
     m(CBSA, "2024-03-14"),
     [],
     [("2024-04-01", "2024-04-01")]),
    ("eu-bn",
     "Illicit cigarettes cost EU budgets an estimated \u20ac11.3bn in lost revenue each year, "
     "and OLAF helped seize 530 million cigarettes.",
     m(EU, "2024-06-12"),
     [Fig("an estimated \u20ac11.3bn", 11300000000, "eur", "money", "approx"),
      Fig("530 million cigarettes", 530000000, "count", "seizure")],
     []),
    ("eu-from-to",
     "From 2019 to 2023, the number of customs declarations rose by 40%.",
     m(EU, "2024-06-12"),
     [Fig("40%", 40, "percent", "percent")],
     [("2019", "2019"), ("2023", "2023")]),
    ("eu-on-day-first",
     "The new rules will apply from 1 January 2025, the Commission said on Thursday.",
     m(EU, "2024-06-13"),
     [],
     [("1 January 2025", "2025-01-01"), ("Thursday", "2024-06-13")]),
    ("eu-aeo-operators",
     "The EU's AEO programme counts more than 20,000 authorised operators.",
     m(EU, "2024-06-13"),
     [Fig("more than 20,000 authorised operators", 20000, "count", "participants", "over")],
     []),
    ("eu-mid-year",
     "Negotiations started in mid-2022 and concluded by the end of 2023.",
     m(EU, "2024-06-13"),
     [],
     [("mid-2022", "2022"), ("2023", "2023")]),
    ("wco-memoranda",
     "Since 2010, the WCO has signed 23 memoranda of understanding with regional organizations.",
     m(WCO, "2023-06-26"),
     [Fig("23 memoranda of understanding", 23, "count", "agreements")],
     [("2010", "2010")]),
    ("wco-date-line",
     "26 September 2023\n\nCustoms administrations from 54 African countries gathered in "
     "Nairobi this week.",
     m(WCO, None),
     [Fig("54 African countries", 54, "count", "count")],
     [("26 September 2023", "2023-09-26"), ("this week", "2023-W39")]),
    ("ice-record",
     "The haul included a record 8,200 pounds of fentanyl and 1.5 million counterfeit pills.",
     m(ICE, "2024-05-09"),
     [Fig("8,200 pounds", 8200, "lb", "seizure"),
      Fig("1.5 million counterfeit pills", 1500000, "count", "seizure")],
     []),
    ("ice-arrested",
     "Twenty-seven individuals were arrested and charged in the scheme, which laundered more "
     "than $40 million.",
     m(ICE, "2024-05-09"),
     [Fig("Twenty-seven individuals", 27, "count", "count"),
      Fig("more than $40 million", 40000000, "usd", "money", "over")],
     []),
    ("ice-msrp",
     "CBP officers seized 2,500 counterfeit watches with an MSRP of $12 million if genuine.",
     m(ICE, "2024-05-09"),
     [Fig("2,500 counterfeit watches", 2500, "count", "seizure"),
      Fig("$12 million", 12000000, "usd", "seizure")],
     []),
    ("news-decade",
     "Seizures have climbed steadily since the 1990s, and doubled in 2021 alone.",
     m(NEWS, "2024-01-10"),
     [],
     [("the 1990s", "199X"), ("2021", "2021")]),
    ("news-fy-abbr",
     "In FY23, CBP seized more than 27,000 pounds of fentanyl, compared with 14,700 pounds in "
     "FY 2022.",
     m(NEWS, "2024-01-10"),
     [Fig("more than 27,000 pounds", 27000, "lb", "seizure", "over"),
      Fig("14,700 pounds", 14700, "lb", "seizure")],
     [("FY23", "FY2023"), ("FY 2022", "FY2022")]),
    ("news-percent-sign-up",
     "Cocaine seizures in Europe hit a record 303 tonnes in 2021, up 41% from the year before.",
     m(NEWS, "2024-01-10"),
     [Fig("303 tonnes", 303, "t", "seizure"), Fig("41%", 41, "percent", "percent")],
     [("2021", "2021")]),
    ("news-ap-dateline",
     "LONDON, Jan 10 (Reuters) - British border officers seized 1.2 tonnes of cocaine.",
     m(NEWS, "2024-01-10"),
     [Fig("1.2 tonnes", 1.2, "t", "seizure")],
     [("Jan 10", "2024-01-10")]),
    ("cbp-aeo-hyphen",
     "Over 1,100 AEO-certified companies in Japan benefit from the arrangement.",
     m(CBP, "2023-10-05"),
     [Fig("Over 1,100 AEO-certified companies", 1100, "count", "participants", "over")],
     []),
    ("cbp-this-year",
     "Earlier this year, CBP and Mexico's customs agency added 12 new lanes.",
     m(CBP, "2023-10-05"),
     [Fig("12 new lanes", 12, "count", "count")],
     [("Earlier this year", "2023")]),
    ("cbp-thursday-line",
     "Thursday, March 14, 2024\n\nLAREDO, Texas \u2014 CBP officers seized cocaine worth "
     "$1.1 million.",
     m(CBP, None),
     [Fig("$1.1 million", 1100000, "usd", "seizure")],
     [("Thursday, March 14, 2024", "2024-03-14")]),
]

CASES += [
    ("cbsa-street-approx",
     "The seizure of 249 kilograms of cocaine, with a street value of approximately $31 million, "
     "is one of the largest this year.",
     m(CBSA, "2024-02-08"),
     [Fig("249 kilograms", 249, "kg", "seizure"),
      Fig("approximately $31 million", 31000000, "cad", "seizure", "approx")],
     [("this year", "2024")]),
    ("cbsa-litres",
     "Officers seized more than 4,000 litres of illegal alcohol and 96 cases of wine.",
     m(CBSA, "2024-02-08"),
     [Fig("more than 4,000 litres", 4000, "count", "seizure", "over"),
      Fig("96 cases", 96, "count", "seizure")],
     []),
    ("cbsa-processed",
     "In 2023, the CBSA processed 96.5 million travellers and 2.1 million trucks.",
     m(CBSA, "2024-02-08"),
     [Fig("96.5 million travellers", 96500000, "count", "count"),
      Fig("2.1 million trucks", 2100000, "count", "count")],
     [("2023", "2023")]),
    ("cbsa-between-dates",
     "Between April 1 and June 30, 2023, officers intercepted 180 firearms.",
     m(CBSA, "2023-08-15"),
     [Fig("180 firearms", 180, "count", "seizure")],
     [("April 1", "2023-04-01"), ("June 30, 2023", "2023-06-30")]),
    ("eu-q1",
     "In Q1 2024, customs seized 12.5 million cigarettes, a 30% increase.",
     m(EU, "2024-06-12"),
     [Fig("12.5 million cigarettes", 12500000, "count", "seizure"),
      Fig("30%", 30, "percent", "percent")],
     [("Q1 2024", "2024-Q1")]),
    ("eu-by-2030",
     "Around 2,000 customs officials will be trained by 2030 under the EU-Japan agreement, "
     "which entered into force on 1 February 2019.",
     m(EU, "2024-06-12"),
     [Fig("Around 2,000 customs officials", 2000, "count", "count", "approx")],
     [("2030", "2030"), ("1 February 2019", "2019-02-01")]),
    ("eu-between-years",
     "Between 2017 and 2022, the value of fake goods detained fell by nearly 40%.",
     m(EU, "2024-06-12"),
     [Fig("nearly 40%", 40, "percent", "percent", "approx")],
     [("2017", "2017"), ("2022", "2022")]),
    ("wco-pangea",
     "The operation resulted in 769 arrests and the seizure of 50.4 million doses of illicit "
     "pharmaceuticals worth US$23 million.",
     m(WCO, "2023-10-10"),
     [Fig("769 arrests", 769, "count", "count"),
      Fig("50.4 million doses", 50400000, "count", "seizure"),
      Fig("US$23 million", 23000000, "usd", "seizure")],
     []),
    ("wco-day-range",
     "The Policy Commission met in Brussels from 8 to 10 March 2023, and the Council on "
     "26-27 June 2023.",
     m(WCO, "2023-07-01"),
     [],
     [("8 to 10 March 2023", "2023-03-08"), ("26-27 June 2023", "2023-06-26")]),
    ("wco-185",
     "The WCO's 185 Members handle about 98 percent of world trade.",
     m(WCO, "2023-07-01"),
     [Fig("185 Members", 185, "count", "count"),
      Fig("about 98 percent", 98, "percent", "percent", "approx")],
     []),
    ("ice-mixed-list",
     "Agents seized approximately 1.5 kilograms of fentanyl, 10 pounds of methamphetamine, "
     "three firearms and $25,000 in U.S. currency.",
     m(ICE, "2024-05-09"),
     [Fig("approximately 1.5 kilograms", 1.5, "kg", "seizure", "approx"),
      Fig("10 pounds", 10, "lb", "seizure"),
      Fig("three firearms", 3, "count", "seizure"),
      Fig("$25,000", 25000, "usd", "seizure")],
     []),
    ("ice-penalty",
     "He was sentenced Jan. 12 to 87 months in prison and faces a $250,000 fine.",
     m(ICE, "2024-01-16"),
     [Fig("$250,000", 250000, "usd", "money")],
     [("Jan. 12", "2024-01-12")]),
    ("ice-on-or-about",
     "On or about March 3, 2021, the defendant smuggled 14 kilograms of cocaine.",
     m(ICE, "2024-01-16"),
     [Fig("14 kilograms", 14, "kg", "seizure")],
     [("March 3, 2021", "2021-03-03")]),
    ("news-down-nearly",
     "Crossings fell to 124,000 in January, down nearly 50% from December.",
     m(NEWS, "2024-02-14"),
     [Fig("nearly 50%", 50, "percent", "percent", "approx")],
     [("January", "2024-01"), ("December", "2023-12")]),
    ("news-usd-bn",
     "The cartel earned an estimated US$2 billion a year, while authorities seized $1.5bn "
     "in assets.",
     m(NEWS, "2024-02-14"),
     [Fig("an estimated US$2 billion", 2000000000, "usd", "money", "approx"),
      Fig("$1.5bn", 1500000000, "usd", "seizure")],
     []),
    ("news-period-ending",
     "In the 12-month period ending Sept. 30, agents arrested 17,000 people.",
     m(NEWS, "2023-10-20"),
     [Fig("17,000 people", 17000, "count", "count")],
     [("Sept. 30", "2023-09-30")]),
    ("eu-press-line",
     "Press release\n26 September 2023\nBrussels\n\nThe EU and Canada agreed today to deepen "
     "customs cooperation.",
     m(EU, None),
     [],
     [("26 September 2023", "2023-09-26"), ("today", "2023-09-26")]),
    ("ice-date-line",
     "September 26, 2023\nWashington, DC, United States\nNarcotics\n\nHSI arrested 12 people.",
     m(ICE, None),
     [Fig("12 people", 12, "count", "count")],
     [("September 26, 2023", "2023-09-26")]),
]

CASES += [
    ("cbp-ctpat-partners",
     "CTPAT, which now has more than 11,400 certified partners, marked its anniversary.",
     m(CBP, "2024-01-10"),
     [Fig("more than 11,400 certified partners", 11400, "count", "participants", "over")],
     []),
    ("cbp-global-entry",
     "Global Entry has more than 7 million members.",
     m(CBP, "2024-01-10"),
     [Fig("more than 7 million members", 7000000, "count", "participants", "over")],
     []),
    ("eu-aeo-operators-long",
     "The AEO programme now includes 18,000 authorized economic operators across the EU.",
     m(EU, "2024-01-10"),
     [Fig("18,000 authorized economic operators", 18000, "count", "participants")],
     []),
    ("cbp-neec",
     "Mexico's NEEC program has certified 1,300 companies since 2012.",
     m(CBP, "2024-01-10"),
     [Fig("1,300 companies", 1300, "count", "participants")],
     [("2012", "2012")]),
    ("cbsa-dozen",
     "The agencies signed a dozen agreements, and Canada has CMAAs with 40 countries.",
     m(CBSA, "2024-01-10"),
     [Fig("a dozen agreements", 12, "count", "agreements"),
      Fig("40 countries", 40, "count", "count")],
     []),
    ("news-upwards",
     "Upwards of 70 percent of the 2.5 million migrants were single adults.",
     m(NEWS, "2024-01-10"),
     [Fig("Upwards of 70 percent", 70, "percent", "percent", "over"),
      Fig("2.5 million migrants", 2500000, "count", "count")],
     []),
    ("ice-enough-to-kill",
     "Officers seized 75 pounds of fentanyl, enough to kill 17 million people.",
     m(ICE, "2024-01-10"),
     [Fig("75 pounds", 75, "lb", "seizure"),
      Fig("17 million people", 17000000, "count", "count")],
     []),
    ("wco-seizures-count",
     "Customs administrations reported 6,000 seizures and found 2,400 kilograms of cocaine.",
     m(WCO, "2024-01-10"),
     [Fig("6,000 seizures", 6000, "count", "count"),
      Fig("2,400 kilograms", 2400, "kg", "seizure")],
     []),
    ("eu-legal-refs",
     "Under Regulation (EU) No 952/2013 and Regulation (EU) 2019/1020, customs checks apply "
     "from 2023/24.",
     m(EU, "2024-01-10"),
     [],
     [("2023/24", "2023")]),
    ("news-relative-mix",
     "Monday's signing followed talks last fall and two weeks ago.",
     m(NEWS, "2024-01-10"),
     [],
     [("Monday", "2024-01-08"), ("last fall", "2023-FA"), ("two weeks ago", "2023-W52")]),
    ("news-timestamp-line",
     "January 10, 2024 10:23 AM GMT\nBorder officers seized 300 kilograms of cocaine on Tuesday.",
     m(NEWS, None),
     [Fig("300 kilograms", 300, "kg", "seizure")],
     [("January 10, 2024", "2024-01-10"), ("Tuesday", "2024-01-09")]),
    ("cbsa-place-date-line",
     "Ottawa, Ontario, March 14, 2024\nThe CBSA signed the arrangement today.",
     m(CBSA, None),
     [],
     [("March 14, 2024", "2024-03-14"), ("today", "2024-03-14")]),
]

CBSA_RELEASE = (
    "From: Canada Border Services Agency\n\nNews release\n\n"
    "June 5, 2024 Fort Erie, Ontario Canada Border Services Agency\n\n"
    "On May 28, 2024, border services officers at the Peace Bridge port of entry referred a "
    "commercial truck for a secondary examination. Officers discovered 94 bricks of suspected "
    "cocaine, weighing approximately 106 kilograms, concealed in a shipment of auto parts.\n\n"
    "The estimated street value of the seized drugs is more than $13 million.\n\n"
    "The driver, a 41-year-old resident of Brampton, Ontario, was arrested.\n\n"
    "Quick facts\n\nIn 2023, the CBSA seized more than 2,100 kg of cocaine across the country.\n"
    "From January 1 to April 30, 2024, officers at Ontario ports of entry made 82 drug "
    "seizures.\n\nContacts\n\nMedia Relations, Canada Border Services Agency, 613-957-6500\n"
)
EU_RELEASE = (
    "Brussels, 12 October 2023\n\nThe EU and New Zealand today signed a mutual recognition "
    "agreement on trusted trader programmes. Around 2,300 EU Authorised Economic Operators will "
    "benefit from faster clearance.\n\nTrade in goods between the EU and New Zealand was worth "
    "\u20ac9.1 billion in 2022. The agreement enters into force on 1 January 2024.\n\n"
    "Background\n\nThe EU has signed similar agreements with Japan (2010), China (2014) and the "
    "United States (2012)."
)
CASES += [
    ("cbsa-release",
     CBSA_RELEASE,
     {"url": "https://www.canada.ca/en/border-services-agency/news/2024/06/x.html"},
     [Fig("94 bricks", 94, "count", "seizure"),
      Fig("approximately 106 kilograms", 106, "kg", "seizure", "approx"),
      Fig("more than $13 million", 13000000, "cad", "seizure", "over"),
      Fig("more than 2,100 kg", 2100, "kg", "seizure", "over"),
      Fig("82 drug seizures", 82, "count", "count")],
     [("June 5, 2024", "2024-06-05"), ("May 28, 2024", "2024-05-28"), ("2023", "2023"),
      ("January 1", "2024-01-01"), ("April 30, 2024", "2024-04-30")]),
    ("eu-release",
     EU_RELEASE,
     {"source": "ec.europa.eu"},
     [Fig("Around 2,300 EU Authorised Economic Operators", 2300, "count", "participants",
          "approx"),
      Fig("\u20ac9.1 billion", 9100000000, "eur", "money")],
     [("12 October 2023", "2023-10-12"), ("today", "2023-10-12"), ("2022", "2022"),
      ("1 January 2024", "2024-01-01"), ("2010", "2010"), ("2014", "2014"), ("2012", "2012")]),
]

ICE_RELEASE = (
    "HSI Phoenix-led operation nets 21 arrests, seizure of 6 million fentanyl pills\n\n"
    "PHOENIX \u2014 A 14-month investigation led by Homeland Security Investigations (HSI) "
    "Phoenix culminated Thursday with the arrest of 21 members of a drug trafficking "
    "organization and the seizure of roughly 6 million fentanyl pills, 1,100 pounds of "
    "methamphetamine, 62 firearms and more than $1.5 million in cash.\n\n"
    "During the investigation, which began in January 2023, agents executed 17 search "
    "warrants across Arizona and California. The pills alone have an estimated street value of "
    "$30 million to $60 million."
)
WCO_ITEM = (
    "WCO and UNODC hold joint meeting on Container Control Programme\n\n26 May 2023\n\n"
    "On 24 and 25 May 2023, the World Customs Organization (WCO) and the United Nations Office "
    "on Drugs and Crime (UNODC) met in Brussels. Since its launch in 2004, the Container "
    "Control Programme (CCP) has established 130 port control units in 70 countries, which "
    "have seized over 300 tonnes of cocaine.\n\nOver 1,000 officers were trained in 2022, a "
    "20 per cent increase over the previous year."
)
CASES += [
    ("ice-release",
     ICE_RELEASE,
     {"source": "ice.gov", "published": "2024-03-15"},
     [Fig("21 arrests", 21, "count", "count"),
      Fig("6 million fentanyl pills", 6000000, "count", "seizure"),
      Fig("21 members", 21, "count", "count"),
      Fig("roughly 6 million fentanyl pills", 6000000, "count", "seizure", "approx"),
      Fig("1,100 pounds", 1100, "lb", "seizure"),
      Fig("62 firearms", 62, "count", "seizure"),
      Fig("more than $1.5 million", 1500000, "usd", "seizure", "over"),
      Fig("17 search warrants", 17, "count", "count"),
      Fig("$30 million to $60 million", 30000000, "usd", "seizure", "exact", 60000000)],
     [("Thursday", "2024-03-14"), ("January 2023", "2023-01")]),
    ("wco-item",
     WCO_ITEM,
     {"source": "wcoomd.org"},
     [Fig("130 port control units", 130, "count", "count"),
      Fig("70 countries", 70, "count", "count"),
      Fig("over 300 tonnes", 300, "t", "seizure", "over"),
      Fig("Over 1,000 officers", 1000, "count", "count", "over"),
      Fig("20 per cent", 20, "percent", "percent")],
     [("26 May 2023", "2023-05-26"), ("24 and 25 May 2023", "2023-05-24"), ("2004", "2004"),
      ("2022", "2022")]),
]

@pytest.mark.parametrize(
    ("text", "meta", "figures", "dates"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_quality_heldout_figures_and_dates(
    nlp: Language,
    text: str,
    meta: dict[str, Any],
    figures: list[Fig],
    dates: list[tuple[str, str | None]],
) -> None:
    doc = partnerex.extract(text, meta=meta, nlp=nlp)
    got_figures = [
        Fig(text[f.start : f.end], f.value, f.unit, f.kind, f.qualifier, f.max) for f in doc.figures
    ]
    assert got_figures == figures
    assert [(s.text, s.norm) for s in doc.spans if s.label == "DATE"] == dates


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2\u00a0300 kg", 2300, "kg"),
        ("1\u202f200\u202f000 tonnes", 1200000, "t"),
        ("12\u2009500 cartons", 12500, None),
        ("500 000 cigarettes", 500000, None),
        ("2,300 kg", 2300, "kg"),
        # a decimal comma before a unit or a scale (Canadian, EU texts)
        ("1,5 kg", 1.5, "kg"),
        ("2,75 tonnes", 2.75, "t"),
        ("12,5 %", 12.5, "percent"),
        ("1,5 million", 1500000, None),
    ],
)
def test_quality_thousands_grouped_by_spaces(text: str, value: int, unit: str | None) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Officers found 2\u00a0300 kg of cannabis.", "2\u00a0300 kg"),
        ("Officers found 12\u00a01234 kg of cannabis.", "1234 kg"),  # four digits: no group
        ("Officers found 2\u00a0bags of cannabis.", None),
    ],
)
def test_quality_no_break_space_groups_only_three_digits(
    nlp: Language, text: str, surface: str | None
) -> None:
    doc = partnerex.extract(text, published="2024-05-01", nlp=nlp)
    assert [text[f.start : f.end] for f in doc.figures] == ([surface] if surface else [])


@pytest.mark.parametrize("text", ["Items 1,2 and 3 were seized.", "See pages 1,50 to 60."])
def test_quality_decimal_comma_needs_a_unit(nlp: Language, text: str) -> None:
    assert partnerex.extract(text, published="2024-05-01", nlp=nlp).figures == []


# ---------------------------------------------------------------- figure kinds


@pytest.mark.parametrize(
    ("text", "surface", "kind", "program"),
    [
        # a count listed after a seized weight and its goods is seized too
        ("Officers seized 2.5 tonnes of ivory and 470 live animals.", "470 live animals",
         "seizure", None),
        ("Agents seized 40 kilograms of cocaine, heroin and 12 handguns.", "12 handguns",
         "seizure", None),
        # near-misses: people, another verb, another sentence
        ("Officers seized 5 kilograms of cocaine and arrested 2 men.", "2 men", "count", None),
        ("Officers seized 5 kilograms of cocaine and charged 3 companies.", "3 companies",
         "count", None),
        ("Officers seized 5 kilograms of cocaine. 40 agencies took part.", "40 agencies",
         "count", None),
        ("Officers seized 4,000 litres of illegal alcohol and 96 cases of wine.", "96 cases",
         "seizure", None),
        ("Officers seized 4,000 litres of alcohol from the 96 cases of wine.", "96 cases",
         "count", None),
        # events are counted, never seized: "found 6,000 seizures", "eight interdictions"
        ("Officers found 6,000 seizures in the data.", "6,000 seizures", "count", None),
        ("Officers seized 5 kilograms of cocaine, 12 arrests followed.", "12 arrests", "count",
         None),
        ("Officers found 6,000 packages of cocaine.", "6,000 packages", "seizure", None),
        # the participants named by the program's own word: "Authorised Economic Operators"
        ("Around 2,300 EU Authorised Economic Operators will benefit.",
         "Around 2,300 EU Authorised Economic Operators", "participants", "aeo"),
        ("The EU counts more than 1,000 AEOs.", "more than 1,000 AEOs", "participants", "aeo"),
        ("Japan has two AEO programs.", "two AEO programs", "count", "aeo"),
        ("Colombia registered 12 economic operators.", "12 economic operators", "count", None),
        # a program named the sentence before, referred back to
        ("CBP launched CTPAT in 2001. Today the program's 11,500 partners account for half.",
         "11,500 partners", "participants", "ctpat"),
        ("CBP launched CTPAT in 2001. Today it has 11,500 members.", "11,500 members",
         "participants", "ctpat"),
        ("CBP launched CTPAT in 2001. Now 1,200 carriers participate in the program.",
         "1,200 carriers", "participants", "ctpat"),
        # ... not without a reference back, nor without a program before
        ("CBP launched CTPAT in 2001. Today 11,500 companies export to the EU.",
         "11,500 companies", "count", None),
        ("There are currently 1,200 carriers participating in the program.", "1,200 carriers",
         "count", None),
        # people are participants when the text enrolls them in a program
        ("About 95,000 drivers are enrolled in FAST.", "About 95,000 drivers", "participants",
         "fast"),
        ("More than 1.9 million travelers are members of NEXUS.",
         "More than 1.9 million travelers", "participants", "nexus"),
        ("Over 1,100 AEO-certified companies in Japan benefit from the arrangement.",
         "Over 1,100 AEO-certified companies", "participants", "aeo"),
        # ... not when a program only leads the sentence
        ("NEXUS lanes served 1.6 million travelers in 2023.", "1.6 million travelers", "count",
         None),
        ("CBP Preclearance processed 1.6 million travelers last year.",
         "1.6 million travelers", "count", None),
    ],
)
def test_quality_figure_kind(
    nlp: Language, text: str, surface: str, kind: str, program: str | None
) -> None:
    doc = partnerex.extract(text, published="2024-05-01", nlp=nlp)
    found = {text[f.start : f.end]: f for f in doc.figures}
    assert surface in found, list(found)
    assert (found[surface].kind, found[surface].program) == (kind, program)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Illicit cigarettes cost budgets \u20ac11.3bn in lost revenue after customs seized "
         "them.", "money"),
        ("The Commission will provide $2 million in funding to fight smuggling.", "money"),
        ("The penalty of $40,000 in fines was imposed after the seizure.", "money"),
        # near-misses: seized sums
        ("Agents seized \u20ac11.3bn in cash.", "seizure"),
        ("Officers seized $250,000 in undeclared currency.", "seizure"),
        # "worth" alone prices trade; near a seizure verb it prices seized goods
        ("Trade between the EU and Chile was worth \u20ac18 billion in 2022.", "money"),
        ("Agents seized methamphetamine worth $3 million.", "seizure"),
        ("The shipment, worth $2 million, was intercepted at the port.", "seizure"),
    ],
)
def test_quality_sum_named_after_in(nlp: Language, text: str, kind: str) -> None:
    doc = partnerex.extract(text, published="2024-05-01", nlp=nlp)
    money = [f for f in doc.figures if f.unit in ("usd", "eur")]
    assert [f.kind for f in money] == [kind]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Officers discovered 3,000 lbs. of marijuana in a trailer.", "3,000 lbs."),
        ("Officers found 12 oz. of heroin.", "12 oz"),  # "oz." is no unit term
        ("Officers discovered 3,000 lbs. The driver was arrested.", "3,000 lbs"),
        ("Officers discovered 3,000 lbs of marijuana.", "3,000 lbs"),
        ("Imports saw a 25-percent increase.", "25-percent"),
        ("Agents found a 500-pound bale of marijuana.", "500-pound"),
    ],
)
def test_quality_abbreviated_unit_keeps_its_period(
    nlp: Language, text: str, surface: str
) -> None:
    doc = partnerex.extract(text, published="2024-05-01", nlp=nlp)
    assert [text[f.start : f.end] for f in doc.figures][:1] == [surface]


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The programme runs for the period 2021-2027.", [("2021-2027", "2021")]),
        ("The strategy covers 2022\u201325.", [("2022\u201325", "2022")]),
        ("In fiscal year 2022 to 2023, officers seized 40 firearms.",
         [("fiscal year 2022 to 2023", "FY2022")]),
        ("In the 2022-23 fiscal year, the agency collected $32 billion in duties.",
         [("2022-23 fiscal year", "FY2022")]),
        ("During the 2023 fiscal year, CBP seized 27,000 pounds of fentanyl.",
         [("2023 fiscal year", "FY2023")]),
        ("In FY 2022-23, the agency hired staff.", [("FY 2022-23", "FY2022")]),
        ("The 2023/24 season opened.", [("2023/24", "2023")]),
        ("The Council met from 8 to 10 March 2023.", [("8 to 10 March 2023", "2023-03-08")]),
        ("The Council met 8 through 10 March 2023.", [("8 through 10 March 2023", "2023-03-08")]),
        ("On 24 and 25 May 2023, the WCO met.", [("24 and 25 May 2023", "2023-05-24")]),
        # near-misses: a comparison of two years, ranges out of order, counts
        ("Seizures rose 20 percent from fiscal year 2022 to 2023.",
         [("fiscal year 2022", "FY2022"), ("2023", "2023")]),
        ("Officers seized between 1500-2000 pounds of cocaine.", []),
        ("The codes 2027-2021 were retired.", []),
        ("Call 2021-2027 pounds.", []),
        ("It runs 24/7 and a 35-year-old man was held.", []),
        ("Under Regulation (EU) 2019/1020 and Decision (EU) 2023/1234.", []),
        ("It has MRAs with Japan (2010) and China (2014).", [("2010", "2010"), ("2014", "2014")]),
        ("See COM(2023) 258 final; the fine was two thousand (2000) dollars.", []),
        ("The 1999/00 season and 2023/2024 budget, not 2023/2025.",
         [("1999/00", "1999"), ("2023/2024", "2023")]),
        ("They cut prices from 8 to 10 dollars in March.", [("March", "2024-03")]),
    ],
)
def test_quality_year_ranges_and_fiscal_years(
    nlp: Language, text: str, dates: list[tuple[str, str]]
) -> None:
    doc = partnerex.extract(text, published="2024-05-01", nlp=nlp)
    assert [(s.text, s.norm) for s in doc.spans if s.label == "DATE"] == dates


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("OTTAWA, ON, March 14, 2024 /CNW/ - The CBSA seized cocaine.", "2024-03-14"),
        ("MONTR\u00c9AL, March 14, 2024 /CNW Telbec/ - The CBSA seized cocaine.", "2024-03-14"),
        ("WASHINGTON, Sept. 26, 2023 (Reuters) - U.S. officials said on Tuesday.", "2023-09-26"),
        ("Brussels, 26 September 2023 \u2013 The WCO opened the conference.", "2023-09-26"),
        ("January 10, 2024 10:23 AM GMT\nOfficers seized cocaine.", "2024-01-10"),
        ("26 September 2023 14:05 CET\nThe WCO met.", "2023-09-26"),
        ("January 10, 2024 at 9 a.m.\nOfficers seized cocaine.", "2024-01-10"),
        # near-misses: a date in running text, page chrome, a count after the date
        ("January 10, 2024 12 officers were arrested.\n", None),
        ("January 10, 2024 12\nOfficers seized cocaine.", None),
        ("Officers met on January 10, 2024 10:23 AM\n", None),
        ("Officials said that on March 14, 2024 /CNW/ - nothing happened.", None),
        ("Date modified: 2024-03-14", None),
    ],
)
def test_quality_published_from_dateline(text: str, published: str | None) -> None:
    found = find_published(text)
    assert (found[0] if found else None) == published


def test_quality_date_modified_is_chrome(nlp: Language) -> None:
    text = "Date modified:\n2024-03-14\n\nThe measures take effect on 2024-04-01."
    doc = partnerex.extract(text, published="2024-03-14", nlp=nlp)
    assert [s.text for s in doc.spans if s.label == "DATE"] == ["2024-04-01"]
