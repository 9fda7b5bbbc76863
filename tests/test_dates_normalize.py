"""``partnerex.normalize.dates``: values, anchors, helpers and the lazy dateparser fallback."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerex.normalize.dates import date_of, granularity, resolve_date, year_of

# (expression, anchor, kind hint, future, expected value)
VALUES: list[tuple[str, str | None, str | None, bool, str | None]] = [
    ("September 26, 2023", None, None, False, "2023-09-26"),
    ("SEPT. 26, 2023", None, None, False, "2023-09-26"),
    ("9/26/23", None, None, False, "2023-09-26"),
    ("31/12/2008", None, None, False, "2008-12-31"),
    ("05/09/2023", None, "numeric", False, "2023-05-09"),
    ("05/09/2023", None, "numeric_day_first", False, "2023-09-05"),
    ("09/13/2023", None, "numeric_day_first", False, "2023-09-13"),
    ("13/13/2023", None, "numeric", False, None),
    ("16.09.2008", None, None, False, "2008-09-16"),
    ("26-APR-05", None, None, False, "2005-04-26"),
    ("2023-02-30", None, None, False, None),
    ("Feb 29, 2023", None, "fast_only", False, None),
    ("Feb 29, 2024", None, None, False, "2024-02-29"),
    ("December 2001", None, None, False, "2001-12"),
    ("1984", None, None, False, "1984"),
    ("2008-2010", None, None, False, "2008"),
    ("the 1990s", None, None, False, "199X"),
    ("the 2000s", None, None, False, "200X"),
    ("FY 22", None, None, False, "FY2022"),
    ("FY'99", None, None, False, "FY1999"),
    ("Fiscal Year (FY) 2023", None, None, False, "FY2023"),
    ("last fiscal year", "2023-09-26", None, False, "FY2022"),
    ("the winter of 2012", None, None, False, "2012-WI"),
    ("next spring", "2023-09-26", None, False, "2024-SP"),
    ("last winter", "2023-02-01", None, False, "2022-WI"),
    ("the fourth quarter of fiscal year 2023", None, None, False, "FY2023"),
    ("today", None, None, False, None),
    ("Tuesday", None, None, False, None),
    ("Tuesday", "2023-09-26", None, False, "2023-09-26"),
    ("Tuesday", "2023-09-25", None, False, "2023-09-19"),
    ("Tuesday", "2023-09-25", None, True, "2023-09-26"),
    ("next Tuesday", "2023-09-26", None, False, "2023-10-03"),
    ("this week", "2021-01-01", None, False, "2020-W53"),
    ("last week", "2023-01-03", None, False, "2022-W52"),
    ("last month", "2023-01-15", None, False, "2022-12"),
    ("next month", "2023-12-15", None, False, "2024-01"),
    ("later this year", "2023-09-26", None, False, "2023"),
    ("last March", "2023-09-26", None, False, "2023-03"),
    ("last October", "2023-09-26", None, False, "2022-10"),
    ("next March", "2023-09-26", None, False, "2024-03"),
    ("June", "2023-01-10", None, False, "2022-06"),
    ("June", "2023-01-10", None, True, "2023-06"),
    ("March 12", "2022-12-10", None, False, "2022-03-12"),
    ("March 12", "2023-01-10", None, False, "2023-03-12"),
    ("March 12", "2023-02-10", None, False, "2023-03-12"),
    ("Jan. 3", "2023-12-20", None, True, "2024-01-03"),
    ("a year ago", "2023-09-26", None, False, "2022"),
    ("six months ago", "2023-03-15", None, False, "2022-09"),
    ("2 days ago", "2023-03-01", None, False, "2023-02-27"),
    ("Wed, 27 Sep 2023 17:01:17 +0000", None, None, False, "2023-09-27"),
    ("2023-09-27T13:01:17-04:00", None, None, False, "2023-09-27"),
    ("September 26, 2023", dt.date(2020, 1, 1), None, False, "2023-09-26"),
    ("the Fourth of July, 2010", None, None, False, "2010-07-04"),
    # not read by the fast path: dateparser, anchored, and only with a year when unanchored
    ("2023/09/26", None, None, False, "2023-09-26"),
    ("2023/09/26", None, "fast_only", False, None),
    ("in two weeks", None, None, False, None),
    ("in two weeks", "2023-09-26", None, False, "2023-W41"),
]


@pytest.mark.parametrize(("text", "anchor", "kind", "future", "expected"), VALUES)
def test_dates_resolve_value(text, anchor, kind, future, expected):
    assert resolve_date(text, anchor, kind, future=future) == expected


def test_dates_resolve_relative_needs_an_anchor():
    for text in ("today", "last week", "next month", "Friday", "Feb. 6", "this year"):
        assert resolve_date(text, None) is None, text


def test_dates_resolve_bad_anchor_is_ignored():
    assert resolve_date("today", "not a date") is None
    assert resolve_date("June 2005", "not a date") == "2005-06"


def test_dates_fast_path_does_not_import_dateparser():
    code = (
        "import sys\n"
        "from partnerex.normalize.dates import resolve_date\n"
        "for t in ['September 26, 2023', '09/16/2008', 'last week', 'the Spring of 1995',"
        " 'FY22', 'Tuesday', 'Wed, 27 Sep 2023 17:01:17 +0000']:\n"
        "    assert resolve_date(t, '2023-09-26') is not None, t\n"
        "assert 'dateparser' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("value", "year"),
    [
        ("2023-09-26", 2023),
        ("2023-09", 2023),
        ("1984", 1984),
        ("2011-W16", 2011),
        ("1995-SP", 1995),
        ("2010-Q3", 2010),
        ("FY2023", 2023),
        ("199X", None),
        (None, None),
        ("", None),
        ("soon", None),
    ],
)
def test_dates_year_of(value, year):
    assert year_of(value) == year


def test_dates_date_of_only_full_days():
    assert date_of("2023-09-26") == dt.date(2023, 9, 26)
    assert date_of("2023-09") is None
    assert date_of("2023-02-30") is None
    assert date_of(None) is None


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("2023-09-26", "day"),
        ("2023-W39", "week"),
        ("2023-09", "month"),
        ("2023-SU", "season"),
        ("2023-Q1", "quarter"),
        ("2023-H2", "half"),
        ("2023", "year"),
        ("FY2023", "fiscal_year"),
        ("199X", "decade"),
        ("tomorrow", None),
        (None, None),
    ],
)
def test_dates_granularity(value, name):
    assert granularity(value) == name


VALUE_GRAMMAR = (
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])|\d{4}-Q[1-4]|\d{4}-H[12]|FY\d{4})$"
)


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789/-., ') JanMySeptFYspringlatodweek")), max_size=24
    ),
    st.sampled_from([None, "2023-09-26", "2000-02-29"]),
)
def test_dates_resolve_never_raises_and_stays_in_the_grammar(text, anchor):
    value = resolve_date(text, anchor, "fast_only")
    assert value is None or re.match(VALUE_GRAMMAR, value), (text, value)
