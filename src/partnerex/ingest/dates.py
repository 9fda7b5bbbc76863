"""Minimal date reading for metadata: release-date lines, RFC 822 feed dates, datelines.

Only what ``meta.published`` needs (a full normalizer lives in ``partnerex.normalize``):
ISO dates and datetimes, ``MM/DD/YYYY``, ``Month D, YYYY`` (month names and abbreviations
from the ``ingest_month`` word class), ``D Month YYYY`` and RFC 822 (``Wed, 27 Sep 2023
17:01:17 +0000``, read as the date written, not converted to another zone).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re

from partnerex.kb import load_kb

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_US_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
RFC822 = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T|Z)"
)


@functools.lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {k: int(v) for k, v in load_kb().values("ingest_month").items()}


@functools.lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(_months(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    mdy = re.compile(
        rf"\b{_WEEKDAY}({alt})(?![a-z])\s*(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
    )
    dmy = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({alt})(?![a-z]),?\s+(\d{{4}})\b", re.I)
    return mdy, dmy


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    candidates: list[tuple[int, str]] = []
    rfc = RFC822.search(text)
    if rfc:
        parsed = email.utils.parsedate_tz(rfc.group(0))
        if parsed:
            iso = _iso(parsed[0], parsed[1], parsed[2])
            if iso:
                candidates.append((rfc.start(), iso))
    if m := _ISO.search(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            candidates.append((m.start(), iso))
    if m := _US_NUMERIC.search(text):
        iso = _iso(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        if iso:
            candidates.append((m.start(), iso))
    mdy, dmy = _month_patterns()
    months = _months()
    if m := mdy.search(text):
        iso = _iso(int(m.group(3)), months[m.group(1).lower()], int(m.group(2)))
        if iso:
            candidates.append((m.start(), iso))
    if m := dmy.search(text):
        iso = _iso(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
        if iso:
            candidates.append((m.start(), iso))
    return min(candidates)[1] if candidates else None


def is_date_only(line: str) -> bool:
    """True for a line that is nothing but a date: ``(09/16/2008)``, ``Tue, 11/27/2012``."""
    if not parse_date(line):
        return False
    rest = _ISO.sub("", line)
    rest = _US_NUMERIC.sub("", rest)
    mdy, dmy = _month_patterns()
    rest = dmy.sub("", mdy.sub("", RFC822.sub("", rest)))
    rest = re.sub(rf"^\W*{_WEEKDAY}", "", rest, flags=re.I)
    rest = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", "", rest, flags=re.I)
    return not re.search(r"[A-Za-z0-9]", rest)


_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z.'’ ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,20})?\s*[—–-]{1,2}\s*")


def dateline_date(paragraph: str) -> str | None:
    """The date of a dateline opening a paragraph: ``WASHINGTON — Sept. 26, 2023 —``."""
    head = _DATELINE.match(paragraph)
    if not head:
        return None
    rest = paragraph[head.end() : head.end() + 40]
    mdy, _ = _month_patterns()
    found = mdy.match(rest) or _US_NUMERIC.match(rest)
    return parse_date(found.group(0)) if found else None
