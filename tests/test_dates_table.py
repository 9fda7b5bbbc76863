"""Date expressions in context: which span the finder marks and the value it resolves to."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerex.kb import load_kb
from partnerex.normalize.dates import resolve_date
from partnerex.pipeline.date_patterns import DateFinder

A = "2023-09-26"  # a Tuesday
# (sentence, published anchor, [(span text, value), ...]); [] means no DATE at all.
CASES: list[tuple[str, str | None, list[tuple[str, str | None]]]] = [
    # full dates in every common form
    (
        "CBP signed the agreement on September 26, 2023.",
        None,
        [("September 26, 2023", "2023-09-26")],
    ),
    ("It was signed Sept. 14, 2023, in Boston.", None, [("Sept. 14, 2023", "2023-09-14")]),
    ("It was signed Sept 14, 2023.", None, [("Sept 14, 2023", "2023-09-14")]),
    ("Posted Sep 26 2023 by staff", None, [("Sep 26 2023", "2023-09-26")]),
    ("Signed 26 September 2023 in Praia.", None, [("26 September 2023", "2023-09-26")]),
    ("Signed on the 26th of September 2023.", None, [("26th of September 2023", "2023-09-26")]),
    ("(09/16/2008)", None, [("09/16/2008", "2008-09-16")]),
    ("Signed 9/6/2008 by CBP", None, [("9/6/2008", "2008-09-06")]),
    ("on 2023-09-26 the MRA", None, [("2023-09-26", "2023-09-26")]),
    (
        "<pubDate>Wed, 27 Sep 2023 17:01:17 +0000</pubDate>",
        None,
        [("Wed, 27 Sep 2023 17:01:17 +0000", "2023-09-27")],
    ),
    (
        "datetime 2023-09-27T13:01:17-04:00 here",
        None,
        [("2023-09-27T13:01:17-04:00", "2023-09-27")],
    ),
    (
        "WASHINGTON — Tuesday, Sept. 26, the two agencies met.",
        A,
        [("Tuesday, Sept. 26", "2023-09-26")],
    ),
    ("(Friday, September 28, 2007)", None, [("Friday, September 28, 2007", "2007-09-28")]),
    ("Release Date\nTue, 11/27/2012\n", None, [("Tue, 11/27/2012", "2012-11-27")]),
    ("Fri, 07/17/2020", None, [("Fri, 07/17/2020", "2020-07-17")]),
    ("Efforts (26-APR-05, GAO-05-557).", None, [("26-APR-05", "2005-04-26")]),
    (
        "Five Country Ministerial - September 12-13, 2022",
        None,
        [("September 12-13, 2022", "2022-09-12")],
    ),
    (
        "the ministerial from Sept. 30-Oct. 2, 2023 in Ottawa",
        None,
        [("Sept. 30-Oct. 2, 2023", "2023-09-30")],
    ),
    ("held Sept. 30 - Oct. 2 in Ottawa", "2023-10-05", [("Sept. 30 - Oct. 2", "2023-09-30")]),
    ("the conference on Jan. 8-10. The event", "2013-01-11", [("Jan. 8-10", "2013-01-08")]),
    (
        "officials to the U.S. November 9-20 as part",
        "2010-11-12",
        [("November 9-20", "2010-11-09")],
    ),
    ("As of July 1, 1996, the program had 60 members.", None, [("July 1, 1996", "1996-07-01")]),
    ("Since June 28, 2002, cards are issued.", None, [("June 28, 2002", "2002-06-28")]),
    ("Effective December 31, 2003, the form changes.", None, [("December 31, 2003", "2003-12-31")]),
    ("MAR 20 -- $207 million is the largest", "2007-03-20", [("MAR 20", "2007-03-20")]),
    ("JAN 4 --\nJOHN P. GILBRIDE", "2007-01-04", [("JAN 4", "2007-01-04")]),
    (
        "The seizure occurred on Friday, September 25th when",
        "2020-09-28",
        [("Friday, September 25th", "2020-09-25")],
    ),
    ("On October 29th, CBP officers", "2021-11-02", [("October 29th", "2021-10-29")]),
    ("signed Feb. 6, to memorialize", "2013-02-06", [("Feb. 6", "2013-02-06")]),
    ("On Oct. 7, CBP officers encountered", "2010-10-12", [("Oct. 7", "2010-10-07")]),
    ("seized cocaine on April 29.", "2020-04-29", [("April 29", "2020-04-29")]),
    ("a raid on Dec. 28 netted", "2024-01-05", [("Dec. 28", "2023-12-28")]),
    ("starting June 1.", None, [("June 1", None)]),
    ("The MOU will take effect June 1.", "2023-11-20", [("June 1", "2024-06-01")]),
    (
        "On Thursday, April 11, the committee met",
        "2013-04-12",
        [("Thursday, April 11", "2013-04-11")],
    ),
    (
        "The MOU was signed on 26 September in Brussels.",
        "2023-09-28",
        [("26 September", "2023-09-26")],
    ),
    (
        "On Friday 15 September the ministers met",
        "2023-09-20",
        [("Friday 15 September", "2023-09-15")],
    ),
    ("Tuesday 26 September 2023", None, [("Tuesday 26 September 2023", "2023-09-26")]),
    ("held on 12-14 June in Brussels", "2023-06-20", [("12-14 June", "2023-06-12")]),
    # month and year, months
    ("In June 2005, the WCO adopted", None, [("June 2005", "2005-06")]),
    ("in January 2021 the two sides", None, [("January 2021", "2021-01")]),
    (
        "from approximately August 2005 until April 2006, representatives",
        None,
        [("August 2005", "2005-08"), ("April 2006", "2006-04")],
    ),
    (
        "In June and July, the State Customs Service",
        "2010-10-01",
        [("June", "2010-06"), ("July", "2010-07")],
    ),
    (
        "during the third quarter of 2010 (July to September).",
        "2010-10-01",
        [("the third quarter of 2010", "2010-Q3"), ("July", "2010-07"), ("September", "2010-09")],
    ),
    (
        "between late February and early March.",
        "2015-04-01",
        [("late February", "2015-02"), ("early March", "2015-03")],
    ),
    (
        "between late February and early March.",
        None,
        [("late February", None), ("early March", None)],
    ),
    ("in December the teams met", "2024-01-10", [("December", "2023-12")]),
    ("in May, officers seized", "2022-08-01", [("May", "2022-05")]),
    ("results for Q3 2010 were", None, [("Q3 2010", "2010-Q3")]),
    ("in the first half of 2012", None, [("the first half of 2012", "2012-H1")]),
    # bare years in date context
    ("The program was established in 1984.", None, [("1984", "1984")]),
    ("BASC was created as a program in 1996 by legacy U.S. Customs.", None, [("1996", "1996")]),
    ("since its creation in 1996", None, [("1996", "1996")]),
    ("since 1998 the coalition", None, [("1998", "1998")]),
    ("As of 2010, 2,500 companies", None, [("2010", "2010")]),
    ("signed in 2007. Through this process", None, [("2007", "2007")]),
    ("actions completed during 2012, and", None, [("2012", "2012")]),
    ("For 2013, the ESC will", None, [("2013", "2013")]),
    ("commenced in 1986 and updated in 2008 to a", None, [("1986", "1986"), ("2008", "2008")]),
    ("courses in 2008 and 2010, used", None, [("2008", "2008"), ("2010", "2010")]),
    ("In early 2017 negotiations began", None, [("early 2017", "2017")]),
    ("by mid-2017 the ports", None, [("mid-2017", "2017")]),
    ("modify the 2008 agreement", None, [("2008", "2008")]),
    ("As the 2014 report shows", None, [("2014", "2014")]),
    ("at the 2013 C-TPAT conference", None, [("2013", "2013")]),
    ("DHS' Progress in 2011: Strengthening", None, [("2011", "2011")]),
    ("the end of 2010, the program", None, [("2010", "2010")]),
    ("from 2008 to 2010 the teams", None, [("2008", "2008"), ("2010", "2010")]),
    ("in 2008-2010 the teams", None, [("2008-2010", "2008")]),
    ("expanded in 2005-06, the program", None, [("2005-06", "2005")]),
    ("The MOU expires in December.", "2023-09-26", [("December", "2023-12")]),
    ("The teams met in December.", "2023-09-26", [("December", "2022-12")]),
    ("Published: 2023-09-26 | Last updated: 2023-09-27", None, [("2023-09-26", "2023-09-26")]),
    ("In 2019 officers seized 500 pounds", None, [("2019", "2019")]),
    ("audits in 2008, 2010 and 2012", None, [("2008", "2008"), ("2010", "2010"), ("2012", "2012")]),
    ("CBP's 2019 report", None, [("2019", "2019")]),
    (
        "in June, July and August",
        "2023-09-26",
        [("June", "2023-06"), ("July", "2023-07"), ("August", "2023-08")],
    ),
    ("from June to August", "2023-09-26", [("June", "2023-06"), ("August", "2023-08")]),
    # eras (corpora/README.md: years before the common era have a null value)
    ("artifacts dating to 300 B.C. were returned", A, []),
    ("between 300 B.C. and 880 A.D.", A, [("880 A.D.", "0880")]),
    ("a head dated circa 1000-1500 C.E. It is", A, [("circa 1000-1500 C.E.", "1000")]),
    ("a house built circa 1920 in Laredo", None, [("circa 1920", "1920")]),
    # places in captions
    ("Commissioner. Cartagena, Colombia 2010.", None, [("2010", "2010")]),
    ("at the summit in San José, Costa Rica 2019.", None, [("2019", "2019")]),
    # seasons, decades, fiscal years
    ("Developed in the Spring of 1995, the program", None, [("the Spring of 1995", "1995-SP")]),
    ("its signing in the Spring of 2012.", None, [("the Spring of 2012", "2012-SP")]),
    ("in summer 2001 the pilot", None, [("summer 2001", "2001-SU")]),
    ("by the fall of 2010", None, [("the fall of 2010", "2010-FA")]),
    ("smuggling grew in the 1990s.", None, [("the 1990s", "199X")]),
    ("in the mid-1980s", None, [("the mid-1980s", "198X")]),
    ("the 1990's saw", None, [("the 1990's", "199X")]),
    ("its fiscal year 2007 goal", None, [("fiscal year 2007", "FY2007")]),
    ("In FY 2023 TCIU teams", None, [("FY 2023", "FY2023")]),
    ("its FY2011 budget request", None, [("FY2011", "FY2011")]),
    ("in FY22 CBP seized", None, [("FY22", "FY2022")]),
    ("in fiscal 2019 alone", None, [("fiscal 2019", "FY2019")]),
    ("planned for this fiscal year", "2023-11-20", [("this fiscal year", "FY2024")]),
    # relative expressions
    (
        "CBP signed the CMAA with Cabo Verde today during the conference.",
        A,
        [("today", "2023-09-26")],
    ),
    ("Today's signing marks", A, [("Today", "2023-09-26")]),
    ("As of today, OIT continues", A, [("today", "2023-09-26")]),
    ("Today, on behalf of", None, [("Today", None)]),
    ("arrested yesterday at the port", A, [("yesterday", "2023-09-25")]),
    (
        "signed a Memorandum of Understanding on Friday with",
        "2010-03-26",
        [("Friday", "2010-03-26")],
    ),
    (
        "returned three historic artifacts on Thursday from",
        "2023-09-15",
        [("Thursday", "2023-09-14")],
    ),
    ("signed the agreement Tuesday with Uruguay", "2023-09-28", [("Tuesday", "2023-09-26")]),
    ("welcomed a packed audience Wednesday at the", "2013-01-11", [("Wednesday", "2013-01-09")]),
    ("The ministers will meet Tuesday in Ottawa.", "2023-09-28", [("Tuesday", "2023-10-03")]),
    ("The MOU will be signed Tuesday in Ottawa.", "2023-09-28", [("Tuesday", "2023-10-03")]),
    (
        "The plan, which will expand preclearance, was signed Tuesday.",
        "2023-09-28",
        [("Tuesday", "2023-09-26")],
    ),
    (
        "Officials who will lead the unit signed the MOU Tuesday.",
        "2023-09-28",
        [("Tuesday", "2023-09-26")],
    ),
    ("last Tuesday the port", "2023-09-26", [("last Tuesday", "2023-09-19")]),
    ("Last week these coordinated efforts led", "2023-09-27", [("Last week", "2023-W38")]),
    ("signed a joint statement last week", "2011-04-26", [("last week", "2011-W16")]),
    ("gathered this week for the conference", "2013-01-11", [("this week", "2013-W02")]),
    ("next week the teams", "2023-12-29", [("next week", "2024-W01")]),
    ("earlier this month the agency", A, [("earlier this month", "2023-09")]),
    ("signed last month in San Salvador", "2019-09-20", [("last month", "2019-08")]),
    ("will celebrate its anniversary next month.", "2010-11-12", [("next month", "2010-12")]),
    ("On a typical day last year, CBP processed", A, [("last year", "2022")]),
    ("This year OFO has seized more", A, [("This year", "2023")]),
    ("next year the program", A, [("next year", "2024")]),
    ("Four years ago, we purposed", "2013-08-27", [("Four years ago", "2009")]),
    ("two weeks ago the port", A, [("two weeks ago", "2023-W37")]),
    ("three days ago", A, [("three days ago", "2023-09-23")]),
    ("several years ago the port", A, [("several years ago", None)]),
    ("last spring the teams", A, [("last spring", "2023-SP")]),
    ("this winter the port", A, [("this winter", "2023-WI")]),
    ("last year", None, [("last year", None)]),
    # near-misses: no DATE at all
    ("Report Suspicious Activity to 1-800-BE-ALERT", A, []),
    ("The system runs 24/7 at every port.", A, []),
    ("open 24/7/365 at every port", A, []),
    ("a form dated 13/45/2020", A, []),
    ("on 2023-02-30 nothing happened", A, []),
    ('Security Filing "10+2" rules', A, []),
    ("For More Information (202) 344-1780", A, []),
    ("(txt - 2,379 KB.)", A, []),
    ("met by CBP officers about 4:30 p.m. at the gate", A, []),
    ("to celebrate its 20 year anniversary", A, []),
    ("arrested a 35-year-old man", A, []),
    ("indicted on 12 counts of smuggling", A, []),
    ("officers may inspect the cargo", A, []),
    ("they joined a protest march downtown", A, []),
    ("CF 1400 - Record of Vessel in Foreign Trade Entrances", A, []),
    ("Form 3171 must be filed", A, []),
    ("seized 1500 pounds of marijuana in a truck", A, []),
    ("between 1500 and 2000 pounds", A, []),
    ("the Tariff Act of 1930 governs", A, []),
    ("the 2014 Beyond the Border Implementation Report was released", A, []),
    ("The 2007 International tractor was inspected", A, []),
    ("launched shortly after the Sept. 11 attacks.", A, []),
    ("over the last year the program", A, []),
    ("in the past year, CBP", A, []),
    ("This past year, we have joined", A, []),
    ("Less than a year ago, DEA", A, []),
    ("Black Friday shoppers", A, []),
    ("an investment in the America of tomorrow", A, []),
    ("World BASC Congress 2017. Santo Domingo", A, []),
    ("HSI Assistant Director (AD) David Magdycz", A, []),
    ("the port is open Monday through Friday", A, []),
    ("hours: Monday-Friday, 8 a.m.", A, []),
    ("seven days a week", A, []),
    ("every year more merchandise", A, []),
    ("for a prison term of years", A, []),
    ("  • Last Modified: May 23, 2022", A, []),
    ("Updated 9/6/2008", A, []),
    ("Call 212-337-2906 now", A, []),
    ("in GAO-05-557 the auditors", A, []),
    ("more than 60 years of working", A, []),
    ("a three-year effort", A, []),
    ("the $2000 fee", A, []),
    ("May I ask", A, []),
    ("in room 1984B", A, []),
    ("visas for 2000 migrants", A, []),
    ("screening in 1500 locations", A, []),
    ("a letter from April Johnson", A, []),
    ("By June Smith, CBP Public Affairs", A, []),
    ("a €2023 fine", A, []),
    ("a $5 May rebate", A, []),
    ("see typical-day-fy2022 for details", A, []),
]


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return DateFinder(load_kb())


def test_dates_table_has_at_least_100_cases():
    assert len(CASES) >= 100
    assert sum(1 for _, _, expected in CASES if not expected) >= 12


@pytest.mark.parametrize(("sentence", "anchor", "expected"), CASES)
def test_dates_table_span_and_value(finder, sentence, anchor, expected):
    got = [
        (m.text, resolve_date(m.text, anchor, m.kind, future=m.future))
        for m in finder.find(sentence)
    ]
    assert got == expected


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789/-.,:;()$ \n",
                "May",
                "June",
                "Sept.",
                "in ",
                "the ",
                "Tuesday",
                "today",
                "last ",
                "week",
                "FY",
                "spring",
                "1996",
                "2023",
                "of ",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_dates_finder_never_raises_and_never_overlaps(finder, text):
    matches = finder.find(text)
    for match in matches:
        assert text[match.start : match.end] == match.text and match.text.strip() == match.text
    for first, second in itertools.pairwise(matches):
        assert first.end <= second.start
