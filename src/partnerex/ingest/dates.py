"""Find the publication date in metadata strings: release-date lines, feed dates, datelines.

This module only *locates* candidate date strings (ISO, ``MM/DD/YYYY``, ``Month D, YYYY``,
``D Month YYYY``, RFC 822); their values come from the project's date normalizer
(``partnerex.normalize.dates.resolve_date``, fast path only, no dateparser), and only full
calendar days are accepted. RFC 822 feed dates are read as the date written
(``Wed, 27 Sep 2023 17:01:17 +0000`` -> 2023-09-27), not converted to another zone.
"""

from __future__ import annotations

import email.utils
import re

from partnerex.normalize.dates import date_of, resolve_date

_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH_WORD = r"[A-Za-z]{3,9}\.?"
RFC822 = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T|Z)"
)
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?=[T ]\d|\b)")
_US_NUMERIC = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])")
_MDY = re.compile(rf"\b{_WEEKDAY}{_MONTH_WORD}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?!\d)", re.I)
_DMY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+\d{{4}}(?!\d)", re.I)
_FINDERS = (_ISO, _US_NUMERIC, _MDY, _DMY)
_MAX_TRIES = 8


def _day(expression: str) -> str | None:
    value = resolve_date(expression.strip(), kind="fast_only")
    return value if date_of(value) else None


def _rfc822(text: str) -> tuple[int, int, str] | None:
    match = RFC822.search(text)
    if not match:
        return None
    parsed = email.utils.parsedate_tz(match.group(0))
    day = date_of(f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}") if parsed else None
    return (match.start(), match.end(), day.isoformat()) if day else None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, iso)`` of the full calendar dates found in ``text``, by position."""
    found: list[tuple[int, int, str]] = []
    if rfc := _rfc822(text):
        found.append(rfc)
    for finder in _FINDERS:
        for tries, match in enumerate(finder.finditer(text)):
            if tries >= _MAX_TRIES:
                break
            iso = _day(match.group(0))
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    return sorted(found)


def parse_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    found = find_dates(text)
    return found[0][2] if found else None


_TIME = re.compile(
    r"(?:T|\b)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|Z|[+-]\d{2}:?\d{2})?", re.I
)
_WEEKDAY_WORD = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.I
)


def is_date_only(line: str) -> bool:
    """True for a line that is nothing but a date: ``(09/16/2008)``, ``Tue, 11/27/2012``."""
    found = find_dates(line)
    if not found:
        return False
    start, end, _ = found[0]
    rest = line[:start] + " " + line[end:]
    rest = _TIME.sub("", rest)
    rest = _WEEKDAY_WORD.sub("", rest)
    return not re.search(r"[A-Za-z0-9]", rest)


_PLACE = r"[A-Z][A-Za-z.'’ ]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,25})?"
#: "WASHINGTON — Sept. 26, 2023 —": place, dash, date.
_DATELINE_DASH = re.compile(rf"^\s*{_PLACE}\s*[—–-]{{1,2}}\s*$")
#: "Mexico City, December 15, 2011 – To implement": place, comma, date, dash.
_DATELINE_COMMA = re.compile(rf"^\s*{_PLACE},\s*$")
_DASH_AFTER = re.compile(r"^\s*(?:/[A-Za-z-]{2,12}/\s*)?(?:[—–-]{1,2}|:)")


def dateline_date(paragraph: str) -> str | None:
    """The date of a dateline opening a paragraph: ``WASHINGTON — Sept. 26, 2023 —`` or
    ``Mexico City, December 15, 2011 –``."""
    head = paragraph[:120]
    found = find_dates(head)
    if not found:
        return None
    start, end, iso = found[0]
    before, after = head[:start], head[end:]
    if _DATELINE_DASH.match(before):
        return iso
    if _DATELINE_COMMA.match(before) and _DASH_AFTER.match(after):
        return iso
    return None


def starts_with_date(line: str) -> str | None:
    """The date a line opens with ("April 29, 2020Detroit, MI"), or None."""
    found = find_dates(line[:60])
    if found and not line[: found[0][0]].strip(" \t([{"):
        return found[0][2]
    return None
