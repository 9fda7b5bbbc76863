"""Date expressions to ANNOTATION.md 2.1 values: pure functions, a fast path and a cache.

Values
------
``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, seasons ``YYYY-SP|SU|FA|WI``, decades ``199X``,
ISO weeks ``YYYY-Www`` ("last week"), quarters ``YYYY-Q3`` and halves ``YYYY-H1`` (as the gold
corpus writes "the third quarter of 2010"), fiscal years ``FY2023`` ("fiscal year 2023",
"FY 2023", "FY22"; the gold corpus writes fiscal years this way). ``None`` when unresolvable.

Conventions (the DATE span rules the finder follows; see ``pipeline/date_patterns.py``)
---------------------------------------------------------------------------------------
* Prepositions and triggers stay outside: "Since June 28, 2002" -> "June 28, 2002";
  "As of July 1, 1996" -> "July 1, 1996"; "on Thursday" -> "Thursday".
* A leading weekday is inside: "Friday, September 28, 2007", "Tue, 11/27/2012".
  Surrounding brackets stay outside: "(09/16/2008)" -> "09/16/2008".
* Edge modifiers are inside: "early 2017" -> ``2017``, "late February", "mid-2017",
  "earlier this month" -> ``YYYY-MM``.
* "the" is inside for period phrases: "the Spring of 1995" -> ``1995-SP``,
  "the third quarter of 2010" -> ``2010-Q3`` and decades "the 1990s" -> ``199X``
  (the gold corpus marks such temporal noun phrases with their article).
* A range is one span valued by its start: "September 12-13, 2022" -> ``2022-09-12``.
* A machine timestamp is one span: "Wed, 27 Sep 2023 17:01:17 +0000" -> ``2023-09-27``.
* Years are DATEs only in date context (after "in", "since", "by", "during", "as of",
  "established in", "the 2008 agreement" ...), never inside a name ("the 2014 Beyond the
  Border Implementation Report", "the Tariff Act of 1930"), an id, a phone number or a count.
* Durations are not DATEs: "the past year", "over the last year", "20 year anniversary".

Relative expressions resolve against the anchor (``meta.published``): "today" -> the day;
a bare weekday -> the most recent such day on or before the anchor (the next one on or after
it when the sentence speaks of the future); "last week" -> the ISO week before the anchor's;
"last month" / "next month" / "earlier this month" -> ``YYYY-MM``; "last year" -> ``YYYY``;
"Four years ago" -> ``YYYY``. A month or month-day without a year takes the anchor's year,
moved back a year when that would put it more than two months after the anchor (or forward
for future statements). Without an anchor, every relative expression is ``None``.
Fiscal years are U.S. federal ones (October to September) for "this fiscal year".

``dateparser`` (imported lazily) only sees spans the fast path could not read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from partnerex.kb import KnowledgeBase, load_kb

#: Kind hints whose spans the fast path reads completely: when it fails, the date is invalid
#: ("February 30, 2023") and dateparser is not asked. ``fast_only`` forbids dateparser.
NO_FALLBACK_KINDS = frozenset(
    {"fast_only", "iso", "numeric", "numeric_day_first", "dmony", "dmy", "mdy"}
)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: Months between a date without a year and the anchor before we move it a year.
YEARLESS_TOLERANCE_DAYS = 62

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$")
_DMONY = re.compile(r"^(\d{1,2})-([A-Za-z]{3,4})-(\d{4}|\d{2})$")
_FISCAL = re.compile(
    r"^(?:fiscal(?:\s+years?)?|fy)\s*(?:\(fy\)\s*)?'?(\d{4}|\d{2})"
    r"(?:\s*(?:[-–/]|to)\s*(?:\d{4}|\d{2}))?$",  # "fiscal year 2022 to 2023": its start
    re.I,
)
_ERA = re.compile(
    r"^(?:[a-z]+\.?\s+)?(\d{1,4})(?:\s*[-–]\s*\d{1,4})?\s*(b\.?c\.?(?:e\.?)?|a\.?d\.?|c\.?e\.?)$"
)
_FISCAL_AFTER = re.compile(r"^(\d{4})(?:\s*[-–/]\s*(?:\d{4}|\d{2}))?\s+fiscal\s+years?$")
_YEAR_RANGE = re.compile(r"^(?:[a-z]+\.?)?[\s-]*(\d{4})\s*(?:[-–]\s*|/)(?:\d{4}|\d{2})$", re.I)
_DECADE = re.compile(r"(?<!\d)(\d{3})0'?s$")
_QUARTER_SHORT = re.compile(r"^q([1-4])\s*(?:of\s+)?(?:fy\s*)?(\d{4})$", re.I)
_YEAR = re.compile(r"(?<![\d])(\d{4})(?![\d])")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|gmt|utc|[a-z]{3})?", re.I)
_WORD = re.compile(r"[a-z]+|\d+(?:st|nd|rd|th)?|'\d{2}", re.I)
_DAY_NUM = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$", re.I)
_VALUE_YEAR = re.compile(r"^(?:FY)?(\d{4})")


@dataclass(frozen=True, eq=False)
class DateLexicon:
    """The calendar words of ``patterns/dates.jsonl`` as lookups (lowercased keys)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    ordinals: dict[str, int]
    relative_days: dict[str, int]
    shifts: dict[str, int]
    units: dict[str, str]
    number_words: dict[str, int]
    fiscal: frozenset[str]
    periods: dict[str, str] = field(default_factory=dict)
    ago: frozenset[str] = frozenset()

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> DateLexicon:
        """Build the lookups from a knowledge base's ``date_*`` word classes."""
        months = {**kb.values("date_month"), **kb.values("date_month_abbr")}
        weekdays = {**kb.values("date_weekday"), **kb.values("date_weekday_abbr")}
        return cls(
            months={k.lower(): int(v) for k, v in months.items()},
            weekdays={k.lower(): int(v) for k, v in weekdays.items()},
            seasons={k.lower(): str(v) for k, v in kb.values("date_season").items()},
            ordinals={k.lower(): int(v) for k, v in kb.values("date_ordinal").items()},
            relative_days={k.lower(): int(v) for k, v in kb.values("date_relative_day").items()},
            shifts={k.lower(): int(v) for k, v in kb.values("date_relative_shift").items()},
            units={k.lower(): str(v) for k, v in kb.values("date_unit").items()},
            number_words={k.lower(): int(v) for k, v in kb.values("date_number_word").items()},
            fiscal=kb.terms("date_fiscal"),
            periods={
                k.lower(): str(v)
                for k, v in {
                    **kb.values("date_period_quarter"),
                    **kb.values("date_period_half"),
                }.items()
            },
            ago=kb.terms("date_ago"),
        )


@functools.lru_cache(maxsize=1)
def default_lexicon() -> DateLexicon:
    """The lexicon of the bundled patterns."""
    return DateLexicon.from_kb(load_kb())


# --------------------------------------------------------------------------- helpers


def _anchor(anchor: str | dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    if isinstance(anchor, dt.date):
        return anchor
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def _full_year(text: str) -> int:
    digits = text.lstrip("'")
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _yearless(
    month: int, day: int | None, anchor: dt.date, future: bool, weekday: int | None
) -> int:
    """The year of a month (and day) written without one, relative to the anchor."""
    candidates = (anchor.year, anchor.year - 1, anchor.year + 1)
    if day is not None and weekday is not None:
        for year in candidates:
            try:
                if dt.date(year, month, day).weekday() == weekday:
                    return year
            except ValueError:
                continue
    probe = dt.date(anchor.year, month, min(day or 1, 28))
    if future:
        return anchor.year + 1 if (anchor - probe).days > YEARLESS_TOLERANCE_DAYS else anchor.year
    return anchor.year - 1 if (probe - anchor).days > YEARLESS_TOLERANCE_DAYS else anchor.year


def _weekday_date(weekday: int, anchor: dt.date, shift: int | None, future: bool) -> dt.date:
    """Resolve a weekday: ``shift`` -1 = "last", +1 = "next", 0 = "this", None = bare."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if shift == -1:
        return anchor - dt.timedelta(days=back or 7)
    if shift == 1:
        return anchor + dt.timedelta(days=ahead or 7)
    if future:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _fiscal_year(day: dt.date) -> int:
    """U.S. federal fiscal year of a day (FY2024 runs from October 2023 to September 2024)."""
    return day.year + 1 if day.month >= 10 else day.year


# --------------------------------------------------------------------------- fast path


def _fast(
    text: str, anchor: dt.date | None, future: bool, lex: DateLexicon, day_first: bool = False
) -> str | bool | None:
    """The value, ``None`` when it cannot be resolved, or ``False`` when not understood.

    Slashed numeric dates are month-first (U.S.) unless ``day_first``; dotted ones day-first.
    """
    raw = " ".join(text.replace("’", "'").split()).strip(" ,;()[]")
    low = raw.lower()
    if match := _DECADE.search(low):
        return f"{match[1]}X"
    if low.endswith("'s"):
        low = low[:-2]
    if match := _ISO.match(raw):
        return _ymd(int(match[1]), int(match[2]), int(match[3])) or False
    head = re.sub(r"^[a-z]+\.?,?\s+(?=\d)", "", low)  # "Tue, 11/27/2012"
    if match := _NUMERIC.match(head):
        first, second = int(match[1]), int(match[3])
        month_first = match[2] != "." and not day_first
        if (month_first and first > 12) or (not month_first and second > 12):
            month_first = not month_first  # "31/12/2008" can only be day-first
        month, day = (first, second) if month_first else (second, first)
        return _ymd(_full_year(match[4]), month, day) or False
    if (match := _DMONY.match(head)) and match[2].lower() in lex.months:
        return _ymd(_full_year(match[3]), lex.months[match[2].lower()], int(match[1])) or False
    if match := _ERA.match(low):
        # years before the common era have no value in the grammar; "880 A.D." -> "0880"
        return None if match[2].startswith("b") else f"{int(match[1]):04d}"
    if match := _FISCAL.match(low):  # before ranges: "FY 2022-23" is a fiscal year
        year = _full_year(match[1])
        return f"FY{year}" if year >= 1000 else False
    if match := _YEAR_RANGE.match(low):
        return match[1]  # a range of years is valued by its start
    if match := _FISCAL_AFTER.match(low):
        return f"FY{match[1]}"  # "2022-23 fiscal year": its start
    if match := _QUARTER_SHORT.match(low):
        return f"{match[2]}-Q{match[1]}"
    low = _TIME.sub(" ", low)
    words = [w.rstrip(".") for w in _WORD.findall(low)]
    for phrase in lex.number_words:  # multiword counts: "a few", "a couple of"
        if " " in phrase and f" {phrase} " in f" {low} ":
            words = [phrase if w == phrase.split()[0] else w for w in words]
            words = [w for w in words if w not in phrase.split()[1:]]
    return _from_words(words, anchor, future, lex)


def _from_words(
    words: list[str], anchor: dt.date | None, future: bool, lex: DateLexicon
) -> str | bool | None:
    year = month = day = weekday = season = ordinal = unit = shift = reldays = None
    period = None
    count = None
    ago = fiscal = False
    for word in words:
        if word.startswith("'") or (word.isdigit() and len(word) == 4):
            if year is None and _full_year(word) >= 1000:
                year = _full_year(word)
        elif word in lex.months and month is None:
            month = lex.months[word]
        elif word in lex.weekdays:
            weekday = lex.weekdays[word]
        elif word in lex.seasons:
            season = lex.seasons[word]
        elif word in lex.periods:
            period = lex.periods[word]
        elif word in lex.ordinals and not word[0].isdigit():
            ordinal = lex.ordinals[word]
        elif (m := _DAY_NUM.match(word)) and day is None and count is None:
            if month is None and ordinal is None and word in lex.ordinals:
                ordinal = lex.ordinals[word]
                continue
            number = int(m[1])
            if 1 <= number <= 31:
                day = number
            else:
                count = number
        elif word in lex.relative_days:
            reldays = lex.relative_days[word]
        elif word in lex.shifts:
            shift = lex.shifts[word]
        elif word in lex.units:
            unit = lex.units[word]
        elif word in lex.ago:
            ago = True
        elif word in lex.fiscal:
            fiscal = True
        elif word in lex.number_words and count is None:
            count = lex.number_words[word] or -1  # 0 marks a vague count ("several")
    # explicit calendar values
    if fiscal:
        if year is not None:
            return f"FY{year}"
        if anchor is not None and shift is not None:
            return f"FY{_fiscal_year(anchor) + shift}"
        return None if shift is not None else False
    if period and ordinal and year is not None:
        return f"{year}-{period}{ordinal}"
    if season:
        if year is not None:
            return f"{year}-{season}"
        if anchor is None:
            return None
        start, base = SEASON_START[season], anchor.year
        if shift == -1 and start >= anchor.month:
            base -= 1
        elif shift == 1 and start <= anchor.month:
            base += 1
        return f"{base}-{season}"
    if ago:
        if day is not None and count is None:
            count = day
        if anchor is None or unit is None:
            return None
        count = 1 if count is None else count
        if count < 0:
            return None
        if unit == "day":
            return (anchor - dt.timedelta(days=count)).isoformat()
        if unit == "week":
            return _iso_week(anchor - dt.timedelta(weeks=count))
        if unit == "month":
            y, m = _shift_month(anchor.year, anchor.month, -count)
            return f"{y}-{m:02d}"
        return f"{anchor.year - count}"
    if month is not None:
        if day is None and ordinal is not None and not period:
            day = ordinal  # "the Fourth of July"
        if year is not None:
            if day is not None:
                return _ymd(year, month, day) or False
            return f"{year}-{month:02d}"
        if anchor is None:
            return None
        if shift is not None and day is None:
            base = anchor.year + (shift if shift else 0)
            if shift == -1 and month < anchor.month:
                base += 1
            if shift == 1 and month > anchor.month:
                base -= 1
            return f"{base}-{month:02d}"
        year = _yearless(month, day, anchor, future, weekday)
        if day is not None:
            return _ymd(year, month, day) or False
        return f"{year}-{month:02d}"
    if year is not None and day is None and weekday is None and unit is None:
        return f"{year}"
    if reldays is not None:
        return (anchor + dt.timedelta(days=reldays)).isoformat() if anchor else None
    if weekday is not None and day is None and year is None:
        return _weekday_date(weekday, anchor, shift, future).isoformat() if anchor else None
    if unit is not None and shift is not None and count is None:
        if anchor is None:
            return None
        if unit == "week":
            return _iso_week(anchor + dt.timedelta(weeks=shift))
        if unit == "month":
            y, m = _shift_month(anchor.year, anchor.month, shift)
            return f"{y}-{m:02d}"
        if unit == "year":
            return f"{anchor.year + shift}"
        return (anchor + dt.timedelta(days=shift)).isoformat()
    return False


# --------------------------------------------------------------------------- fallback


@functools.lru_cache(maxsize=64)
def _dateparser_parser(base: dt.datetime):  # type: ignore[no-untyped-def]
    """A dateparser parser anchored at ``base`` (settings per instance, never global)."""
    from dateparser.date import DateDataParser  # lazy: importing dateparser is slow

    return DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )


def _fallback(text: str, anchor: dt.date | None) -> str | None:
    """dateparser on one span; without an anchor only texts that state a year are trusted."""
    if anchor is None and not _YEAR.search(text):
        return None
    parser = _dateparser_parser(dt.datetime.combine(anchor or dt.date(2000, 1, 1), dt.time(12)))
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return f"{found.year}"
    if data.period == "month":
        return f"{found.year}-{found.month:02d}"
    if data.period == "week":
        return _iso_week(found)
    return found.isoformat()


# --------------------------------------------------------------------------- public API


@functools.lru_cache(maxsize=8192)
def _resolve_cached(
    text: str, anchor: str | None, kind: str | None, future: bool, lex: DateLexicon
) -> str | None:
    day = _anchor(anchor)
    value = _fast(text, day, future, lex, day_first=kind == "numeric_day_first")
    if value is False:
        return None if kind in NO_FALLBACK_KINDS else _fallback(text, day)
    return value  # type: ignore[return-value]


def resolve_date(
    text: str,
    anchor: str | dt.date | None = None,
    kind: str | None = None,
    *,
    future: bool = False,
    lexicon: DateLexicon | None = None,
) -> str | None:
    """The ANNOTATION.md 2.1 value of a date expression, or ``None``.

    ``anchor`` is the ISO publication date relative expressions resolve against; ``kind``
    is the finder's hint (``"fast_only"`` forbids the dateparser fallback,
    ``"numeric_day_first"`` reads "05/09/2023" as 5 September); ``future`` says
    the sentence speaks of the future (a bare weekday or month then looks forward).
    """
    key = anchor.isoformat() if isinstance(anchor, dt.date) else anchor
    return _resolve_cached(text, key, kind, future, lexicon or default_lexicon())


def year_of(value: str | None) -> int | None:
    """The year of a date value (``2023-09-26``, ``2023-W39``, ``FY2023``, ``2012-SP``...).

    ``None`` for ``None``, decades (``199X``) and anything else without a definite year.
    """
    if not value:
        return None
    match = _VALUE_YEAR.match(value)
    return int(match[1]) if match else None


def date_of(value: str | None) -> dt.date | None:
    """A ``datetime.date`` when the value is a full ``YYYY-MM-DD`` date, else ``None``."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def granularity(value: str | None) -> str | None:
    """``day``, ``week``, ``month``, ``season``, ``quarter``, ``half``, ``year``, ``fiscal_year``
    or ``decade`` for a date value; ``None`` when it is not one."""
    if not value:
        return None
    patterns = (
        (r"^\d{4}-\d{2}-\d{2}$", "day"),
        (r"^\d{4}-W\d{2}$", "week"),
        (r"^\d{4}-\d{2}$", "month"),
        (r"^\d{4}-(SP|SU|FA|WI)$", "season"),
        (r"^\d{4}-Q[1-4]$", "quarter"),
        (r"^\d{4}-H[12]$", "half"),
        (r"^\d{4}$", "year"),
        (r"^FY\d{4}$", "fiscal_year"),
        (r"^\d{3}X$", "decade"),
    )
    for pattern, name in patterns:
        if re.match(pattern, value):
            return name
    return None
