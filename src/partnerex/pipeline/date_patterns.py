"""Find date expressions in plain text: regexes built from ``patterns/dates.jsonl`` word classes.

Pure text in, :class:`DateMatch` out (no spaCy): the ``partnerex_dates`` component aligns the
matches to tokens and ``published.find_published`` reads release dates with the same finder.
One compiled regex per family of forms (each starts with a character set or literal words, which
``re`` scans quickly, and a family is skipped when none of its words occurs in the text); a
match is classified into a kind (``mdy``, ``md``, ``year``, ``weekday``...), extended left over
optional prefixes (weekday, "the", "early"/"late"/"circa", the count of "years ago"), and checked
by context rules (date triggers before bare years and months; blockers for names, ids, counts,
durations, schedules and page chrome) on the few hits only. The longest match wins where two
overlap. Span conventions: see ``partnerex.normalize.dates``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from partnerex.kb import KnowledgeBase
from partnerex.normalize.countries import country_surface_forms
from partnerex.normalize.dates import resolve_date

#: Kinds whose value is a full day with a year (usable as a release date).
FULL_KINDS = frozenset({"iso", "numeric", "dmony", "dmy", "mdy"})
#: Years a release plausibly names; outside them a number before a plural noun is a count.
PLAUSIBLE_YEARS = (1800, 2039)
#: Kinds whose left extension is required: "four years ago", "the third quarter of 2010".
LEFT_REQUIRED = frozenset({"ago", "quarter_of"})
#: Kinds checked for page-chrome labels ("Last Modified:") before them.
CHROME_KINDS = FULL_KINDS | {"md", "dm", "my"}
#: Kinds whose value depends on the anchor and on the tense of the sentence.
TENSE_KINDS = frozenset({"md", "dm", "month", "weekday", "relative_named"})

#: Characters that may not touch a date's start, by kind (letters and digits never may).
_NOT_BEFORE = {
    "era": "$€£,./#-",
    "iso": "-",
    "numeric": "/.-",
    "dmony": "-",
    "year": "$€£,./#-",
    "year_range": "$€£,./#-",
    "decade": "'",
    "fiscal": "-/.#",
}
_FOUR_DIGITS = re.compile(r"\d{4}")
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’.][A-Za-z]+)*\.?|[-–—&(]")
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


@dataclass(frozen=True)
class DateMatch:
    """One date expression: character offsets, its text, the pattern kind and tense."""

    start: int
    end: int
    text: str
    kind: str
    future: bool = False

    @property
    def pattern(self) -> str:
        """The pattern id recorded on the candidate span."""
        return f"date.{self.kind}"

    @property
    def is_full_date(self) -> bool:
        """A single day with its year ("December 6, 2002", "09/16/2008"), not a range."""
        ranged = re.search(r"\d\s*(?:[-–]|to|through|and)\s*\d", self.text)
        if self.kind in ("dmy", "mdy") and ranged:
            return False  # "September 12-13, 2022" is a range
        return self.kind in FULL_KINDS


def _variants(terms: frozenset[str] | list[str]) -> list[str]:
    """Each term as written, Title-cased and upper-cased (never lower-cased), longest first."""
    out = {v for t in terms for v in (t[:1].upper() + t[1:], t.upper())}
    return sorted(out, key=lambda v: (-len(v), v))


def _any_case(terms: frozenset[str] | list[str]) -> list[str]:
    out = {v for t in terms for v in (t.lower(), t[:1].upper() + t[1:].lower(), t.upper())}
    return sorted(out, key=lambda v: (-len(v), v))


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(re.escape(i) for i in items) + ")"


def _phrase_alt(items: list[str]) -> str:
    return "(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items) + ")"


#: Kind of a match that only holds its text ("300 B.C."): no other date may take it.
BLOCKED = "blocked"


class DateFinder:
    """Compiled date regexes and context rules over one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        terms = kb.terms
        self.bce_terms = tuple(sorted(kb.terms("date_era_bce"), key=len, reverse=True))
        self.months = {t.lower() for t in kb.values("date_month")}
        self.month_words = self.months | {t.lower() for t in kb.values("date_month_abbr")}
        self.weekday_words = {t.lower() for t in kb.values("date_weekday")} | {
            t.lower() for t in kb.values("date_weekday_abbr")
        }
        self.year_triggers = terms("date_year_trigger")
        self.month_triggers = terms("date_month_trigger")
        self.chain = terms("date_chain")
        self.determiners = terms("date_year_determiner")
        self.count_nouns = terms("date_count_noun")
        self.count_prepositions = terms("date_count_preposition")
        self.name_prepositions = terms("date_name_preposition")
        self.strong_triggers = terms("date_strong_year_trigger")
        self.schedule_chain = terms("date_schedule_chain")
        self.relative_day_words = terms("date_relative_day")
        self.places = frozenset(
            form for _, form, kind in country_surface_forms(kb) if kind != "demonym"
        )
        self.of_ok = kb.terms("date_of_name_ok")
        self.event_heads = terms("date_event_head")
        self.holiday_prefix = kb.terms("date_weekday_prefix_block")
        self.relative_block = terms("date_relative_prev_block")
        self.future_markers = terms("date_future_marker")
        self.past_markers = terms("date_past_marker")
        self.passive_auxiliaries = terms("date_passive_auxiliary")
        self.edges = terms("date_edge_modifier")
        self._compile()

    # ------------------------------------------------------------------ regexes

    def _compile(self) -> None:
        kb = self.kb
        month_full = _alt(_variants(list(kb.values("date_month"))))
        abbr_dot = "|".join(
            re.escape(a) + r"\.?" for a in _variants(list(kb.values("date_month_abbr")))
        )
        mon = rf"(?:{month_full[3:-1]}|{abbr_dot})(?![A-Za-z])"
        mon_any = _alt(_any_case(list(kb.values("date_month_abbr"))) + _any_case(["May"]))
        wd_full = _alt(_variants(list(kb.values("date_weekday"))))
        wd_abbr = _alt(_variants(list(kb.values("date_weekday_abbr"))))
        season = _alt(_any_case(list(kb.values("date_season"))))
        ordinal = _alt(_any_case(list(kb.values("date_ordinal"))))
        quarter = _alt(
            _any_case(list(kb.values("date_period_quarter")) + list(kb.values("date_period_half")))
        )
        fiscal = _phrase_alt(_any_case(sorted(kb.terms("date_fiscal"), key=len, reverse=True)))
        fiscal_year = _phrase_alt(
            _any_case(sorted((t for t in kb.terms("date_fiscal") if " " in t), key=len)[::-1])
        )
        rel_day = _alt(_any_case(list(kb.values("date_relative_day"))))
        shift = _alt(_any_case(list(kb.values("date_relative_shift"))))
        unit = _alt(_any_case(list(kb.values("date_unit"))))
        numbers = _phrase_alt(
            _any_case(sorted(kb.terms("date_number_word"), key=len, reverse=True))
        )
        ago = _alt(_any_case(list(kb.terms("date_ago"))))
        edge = _alt(_any_case(list(self.edges)))
        era = (
            "(?:"
            + "|".join(
                re.escape(t) + (r"(?![\w])" if t[-1].isalnum() else "")
                for t in sorted(kb.terms("date_era"), key=len, reverse=True)
            )
            + ")"
        )
        day = r"[0-9][0-9]?(?:st|nd|rd|th)?"
        year = r"(?:1[0-9]{3}|20[0-9]{2})"
        day_end = r"(?![\d:])(?!,?\s*\d)(?!\s*%)"
        time = r"(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[+-]\d{4}|GMT|UTC|[ECMP][SD]T))?)?"
        # Left extensions, matched against the text just before a core match.
        weekday_before = rf"(?:{wd_full}|{wd_abbr}\.?),?\s+"
        edge_before = rf"{edge}(?:\s+|-)"
        the_edge_before = rf"(?:(?:[Tt]he\s+)?{edge_before}|[Tt]he\s+)"
        # Every core starts with a plain character set or literal alternatives, which ``re``
        # scans for quickly; word boundaries are checked in Python (``_extend``).
        # One regex per family; a family's match is classified into a kind (None: dropped).
        specs: list[tuple[str, str]] = [
            (
                "iso",
                r"[0-9]\d{3}-[01]\d-[0-3]\d"
                r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])",
            ),
            ("numeric", r"[0-9]\d?(?:/[0-3]?\d/(?:\d{4}|\d{2})|\.[01]\d\.\d{4})(?![\w/]|\.\d)"),
            ("dmony", rf"[0-9]\d?-{mon_any}-(?:\d{{4}}|\d{{2}})(?![\w-])"),
            # "26 September 2023" (dmy), "26 September" (dm), "8 to 10 March 2023",
            # "24 and 25 May 2023" (one span, valued by its start)
            (
                "day_month",
                rf"[0-9][0-9]?(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|through|and)\s+){day})?"
                rf"(?:\s+of)?\s+{mon}"
                rf"(?:,?\s+(?P<year>{year}){time}(?![\w])|(?!,?\s*\d))",
            ),
            # "Sept. 14, 2023" (mdy), "Feb. 6" (md), "June 2005" (my), "June" (month)
            (
                "month_led",
                rf"{mon}(?:\s*{day}(?:\s*[-–]\s*{day})?"
                rf"(?:(?:,\s*|\s+)(?P<mdy>{year})(?![\w])|{day_end})"
                rf"|,?\s+(?P<my>{year})(?![\w]))?",
            ),
            # "Sept. 30-Oct. 2, 2023": one span valued by its start
            (
                "month_range",
                rf"{mon}\s*{day}\s*[-–]\s*{mon}\s*{day}"
                rf"(?:(?:,\s*|\s+)(?P<year>{year})(?![\w])|{day_end})",
            ),
            ("season", rf"{season}(?:\s+of)?\s+{year}(?![\w])"),
            ("quarter_of", rf"{quarter}\s+(?:of\s+)?(?:{fiscal}\s*)?{year}(?![\w])"),
            ("quarter", rf"Q[1-4]\s+(?:of\s+)?(?:{fiscal}\s*)?{year}(?![\w])"),
            # "fiscal year 2023", "FY23", "fiscal year 2022 to 2023", "FY 2022-23" (Canada)
            (
                "fiscal",
                rf"{fiscal}\s*(?:\(FY\)\s*)?(?:'?\d{{2}}|\d{{4}})"
                rf"(?:\s*(?:[-–/]|to)\s*(?:\d{{4}}|\d{{2}}))?(?![\w])",
            ),
            # "the 2022-23 fiscal year", "the 2023 fiscal year" (kind fiscal)
            (
                "fiscal_after",
                rf"{year}(?:\s*[-–/]\s*(?:{year}|\d{{2}}))?\s+{fiscal_year}(?![\w])",
            ),
            ("decade", r"[12][0-9]{2}0'?s(?![\w])"),
            # "300 B.C.", "880 A.D.", "1000-1500 C.E."
            ("era", rf"[0-9]{{1,4}}(?:\s*[-–]\s*[0-9]{{1,4}})?\s*{era}"),
            ("year_range", rf"{year}\s*(?:[-–]\s*|/)(?:{year}|\d{{2}})(?![\w/-])"),
            ("year", rf"{year}(?![\w%/-]|[.,]\d)"),
            ("relative_day", rf"{rel_day}(?![\w])"),
            # "last week" (relative_unit), "last Tuesday", "this spring" (relative_named)
            (
                "shift_led",
                rf"{shift}\s+(?:(?P<unit>(?:{fiscal}\s+)?{unit})"
                rf"|{wd_full}|{month_full}|{season})(?![\w])",
            ),
            ("ago", rf"{unit}\s+{ago}(?![\w])"),
            ("weekday", rf"{wd_full}(?![\w])"),
        ]
        self.regexes = [(family, re.compile(core)) for family, core in specs]
        lefts = {
            "numeric": weekday_before,
            "dmy": weekday_before,
            "dm": weekday_before,
            "mdy": weekday_before,
            "md": weekday_before,
            "my": edge_before,
            "month": edge_before,
            "season": the_edge_before,
            "quarter_of": rf"(?:[Tt]he\s+)?{ordinal}\s+",
            "decade": the_edge_before,
            "year_range": edge_before,
            "year": edge_before,
            "era": edge_before,
            "relative_day": edge_before,
            "relative_unit": edge_before,
            "ago": rf"(?:{numbers}|\d+)\s+",
            "weekday": edge_before,
        }
        self.lefts = {kind: re.compile(f"(?:{left})$") for kind, left in lefts.items()}

        # A family is only scanned when one of its words occurs in the text at all.
        def lower(*classes: str) -> tuple[str, ...]:
            return tuple(sorted({t.lower() for c in classes for t in kb.values(c)}))

        months = lower("date_month", "date_month_abbr")
        self.gates: dict[str, tuple[str, ...]] = {
            "dmony": months,
            "day_month": months,
            "month_led": months,
            "month_range": months,
            "season": lower("date_season"),
            "quarter_of": lower("date_period_quarter", "date_period_half"),
            "fiscal": tuple(t.lower() for t in kb.terms("date_fiscal")),
            "fiscal_after": tuple(t.lower() for t in kb.terms("date_fiscal")),
            "decade": ("0s", "0's"),
            "era": tuple(t.lower() for t in kb.terms("date_era")),
            "relative_day": lower("date_relative_day"),
            "shift_led": lower("date_relative_shift"),
            "ago": tuple(kb.terms("date_ago")),
            "weekday": lower("date_weekday"),
        }
        self.family_kinds: dict[str, frozenset[str]] = {
            "day_month": frozenset({"dmy", "dm"}),
            "month_led": frozenset({"mdy", "md", "my", "month"}),
            "month_range": frozenset({"mdy", "md"}),
            "shift_led": frozenset({"relative_unit", "relative_named"}),
            "fiscal_after": frozenset({"fiscal"}),
        }
        blocked = _phrase_alt(sorted(kb.terms("date_label_blocked"), key=len, reverse=True))
        self.blocked_label = re.compile(rf"(?:^|[|•·])\W*{blocked}\s*:?\s*$", re.I)
        self.rules: dict[str, Callable[[str, int, int], bool]] = {
            "year": self._year_ok,
            "year_range": self._year_range_ok,
            "month": self._month_ok,
            "md": self._md_ok,
            "numeric": self._calendar_ok,
            "iso": self._calendar_ok,
            "dmony": self._calendar_ok,
            "dm": self._dm_ok,
            "weekday": self._weekday_ok,
            "relative_day": self._relative_ok,
            "relative_unit": self._relative_ok,
            "relative_named": self._relative_ok,
            "era": self._era_ok,
            "ago": self._relative_ok,
        }

    # ------------------------------------------------------------------ context

    @staticmethod
    def _before(text: str, start: int, n: int = 3) -> list[str]:
        return _WORD_RE.findall(text[max(0, start - 60) : start])[-n:]

    @staticmethod
    def _after(text: str, end: int, n: int = 2) -> list[str]:
        return [w.rstrip(".") for w in _WORD_RE.findall(text[end : end + 50])[:n]]

    def _has_edge(self, text: str, start: int) -> bool:
        first = re.split(r"[\s-]", text[start : start + 12], maxsplit=1)[0].lower()
        return first in self.edges

    def _year_ok(self, text: str, start: int, end: int) -> bool:
        before = self._before(text, start)
        after = self._after(text, end, 3)
        prev = before[-1].lower().rstrip(".") if before else ""
        nxt = after[0] if after else ""
        digits = _FOUR_DIGITS.search(text, start, end)
        year = int(digits.group(0)) if digits else 0
        plausible = PLAUSIBLE_YEARS[0] <= year <= PLAUSIBLE_YEARS[1]
        if nxt.lower() in self.count_nouns and not (prev in self.strong_triggers and plausible):
            return False  # "seized 1500 pounds", but "In 2019 officers seized ..."
        if (
            len(after) == 3
            and after[0].lower() in self.chain
            and after[1].isdigit()
            and after[2].lower() in self.count_nouns
        ):
            return False  # "between 1500 and 2000 pounds"
        if self._has_edge(text, start):
            return True
        if plausible and self._bracketed(text, start, end):
            return True  # "agreements with Japan (2010), China (2014)"
        if prev == "of" and len(before) >= 2:
            owner = before[-2]
            # "the Tariff Act of 1930": a year inside a name
            return owner.lower() == "as" or not owner[:1].isupper() or owner in self.of_ok
        if prev in self.year_triggers:
            # "for 2000 migrants", "in 1500 locations": a count before a plural noun
            plural = nxt.islower() and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss")
            return not (plural and (prev in self.count_prepositions or not plausible))
        if prev in self.chain and len(before) >= 2 and re.fullmatch(r"\d{4}", before[-2]):
            return True
        if re.fullmatch(r"\d{4}", prev) and text[:start].rstrip().endswith(","):
            return True  # "in 2008, 2010 and 2012"
        if (not nxt or text[end : end + 1] in ".,;)\n") and self._after_place(before):
            return True  # a caption or dateline: "Cartagena, Colombia 2010."
        title_next = self._title_word(nxt)
        if prev in self.determiners or prev.endswith(("'s", "’s")):
            return bool(nxt) and nxt[:1].isalpha() and not title_next
        return False

    def _year_range_ok(self, text: str, start: int, end: int) -> bool:
        """ "2021-2027", "2022–23": two plausible years in order need no trigger; with a
        slash only consecutive years are ("2023/24", not "Regulation (EU) 2019/1020")."""
        core = text[start:end]
        years = re.findall(r"\d+", core)
        if "/" in core:
            if len(years) != 2:
                return False
            first, second = int(years[0]), int(years[1])
            if len(years[1]) == 2:
                return (first + 1) % 100 == second  # "2023/24", "1999/00"
            return second == first + 1
        if len(years) == 2:
            first, second = int(years[0]), int(years[1])
            if len(years[1]) == 2:
                second += first - first % 100
            after = self._after(text, end, 1)
            in_order = first < second <= first + 30
            plausible = PLAUSIBLE_YEARS[0] <= first <= PLAUSIBLE_YEARS[1]
            if in_order and plausible and not (after and after[0].lower() in self.count_nouns):
                return True
        return self._year_ok(text, start, end)

    def _fiscal_end(self, text: str, start: int, end: int) -> int:
        """ "from fiscal year 2022 to 2023" compares two years: the match ends after the first."""
        joined = re.search(r"\s+to\s+", text[start:end])
        before = self._before(text, start, 1)
        if joined and before and before[-1].lower() in ("from", "between"):
            return start + joined.start()
        return end

    @staticmethod
    def _bracketed(text: str, start: int, end: int) -> bool:
        """A year alone in brackets after a word: "Japan (2010)", not "COM(2023)"."""
        return (
            start >= 2
            and text[start - 1] == "("
            and text[start - 2] in " \t"
            and text[end : end + 1] == ")"
        )

    def _after_place(self, before: list[str]) -> bool:
        """The words before end with a country's name ("Colombia", "Costa Rica")."""
        return any(" ".join(before[-n:]) in self.places for n in (1, 2, 3) if len(before) >= n)

    def _title_word(self, word: str) -> bool:
        """A Title-case word that is not a month or weekday ("Beyond", "International")."""
        return (
            word[:1].isupper()
            and not word.isupper()
            and word.lower() not in self.month_words | self.weekday_words
        )

    def _month_ok(self, text: str, start: int, end: int) -> bool:
        if self._has_edge(text, start):
            return True
        before = self._before(text, start)
        after = self._after(text, end)
        prev = before[-1].lower() if before else ""
        if prev in self.month_triggers:
            # "a letter from April Johnson": a first name, not a month
            return not (prev in self.name_prepositions and after and self._title_word(after[0]))
        if prev in self.chain and len(before) >= 2 and before[-2].lower() in self.months:
            return True
        if prev in self.months and text[:start].rstrip().endswith(","):
            return True  # "in June, July and August"
        return (
            len(after) == 2 and after[0].lower() in self.chain and after[1].lower() in self.months
        )

    def _md_ok(self, text: str, start: int, end: int) -> bool:
        after = self._after(text, end)
        return not (after and after[0].lower() in self.event_heads)

    def _era_ok(self, text: str, start: int, end: int) -> bool:
        """ "880 A.D." but not "$300 AD" or "Form 10 CE" (a trigger or a modifier is needed
        for the capital-only forms). Years before the common era ("300 B.C.") are caught
        in ``find`` and hold their number without becoming a DATE."""
        core = text[start:end]
        if "." in core or self._has_edge(text, start):
            return True
        before = self._before(text, start, 1)
        return bool(before) and before[-1].lower() in self.year_triggers | self.chain

    @staticmethod
    def _calendar_ok(text: str, start: int, end: int) -> bool:
        """ "13/45/2020" or "2023-02-30" is no date (``24/7/365`` neither)."""
        return resolve_date(text[start:end], None, "fast_only") is not None

    def _dm_ok(self, text: str, start: int, end: int) -> bool:
        if start and text[start - 1] in "$€£#.,":
            return False  # "$5 May" is not a date; "1.5 March" neither
        return self._md_ok(text, start, end)

    def _weekday_ok(self, text: str, start: int, end: int) -> bool:
        before = self._before(text, start, 2)
        if before and before[-1] in self.holiday_prefix:
            return False  # "Black Friday"
        after = self._after(text, end)
        # "open Monday through Friday": a weekly schedule, not a day
        return not (
            (
                len(after) == 2
                and after[0].lower() in self.schedule_chain
                and after[1].lower() in self.weekday_words
            )
            or (
                len(before) == 2
                and before[-1].lower() in self.schedule_chain
                and before[-2].lower() in self.weekday_words
            )
        )

    def _relative_ok(self, text: str, start: int, end: int) -> bool:
        before = self._before(text, start, 2)
        if before and before[-1].lower() in self.relative_block:
            return False
        # "the America of tomorrow" is no date; "As of today" is
        return not (
            before
            and before[-1].lower() == "of"
            and text[start:end].lower() in self.relative_day_words
            and (len(before) < 2 or before[-2].lower() != "as")
        )

    def _after_blocked_label(self, text: str, start: int) -> bool:
        """Page chrome such as "Last Modified: May 23, 2022" is not part of the release."""
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[line_start:start]
        if not prefix.strip() and line_start > 1:
            prefix = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        return bool(self.blocked_label.search(prefix))

    def _future(self, text: str, start: int) -> bool:
        window = text[max(0, start - 80) : start]
        ends = list(_SENTENCE_END.finditer(window))
        if ends:
            window = window[ends[-1].end() :]
        words = [w.lower() for w in _WORD_RE.findall(window)[-8:]]
        marks = [i for i, w in enumerate(words) if w in self.future_markers]
        if not marks:
            return False
        # "which will expand preclearance, was signed Tuesday": a past verb after the marker
        for i in range(marks[-1] + 1, len(words)):
            word = words[i]
            if word in self.past_markers or (
                word.endswith("ed") and (i == 0 or words[i - 1] not in self.passive_auxiliaries)
            ):
                return False
        return True

    # ------------------------------------------------------------------ API

    def _classify(self, family: str, match: re.Match[str]) -> str | None:
        """The kind of a family's match (None for a lone month abbreviation)."""
        if family == "day_month":
            return "dmy" if match["year"] else "dm"
        if family == "month_led":
            if match["mdy"]:
                return "mdy"
            if match["my"]:
                return "my"
            if any(c.isdigit() for c in match.group(0)):
                return "md"
            return "month" if match.group(0).lower() in self.months else None
        if family == "month_range":
            return "mdy" if match["year"] else "md"
        if family == "shift_led":
            return "relative_unit" if match["unit"] else "relative_named"
        if family == "fiscal_after":
            return "fiscal"
        return family

    def _extend(self, text: str, start: int, kind: str) -> int:
        """The start moved left over an optional prefix; -1 when the core is not a date start."""
        left = self.lefts.get(kind)
        if left is not None and start:
            window = text[max(0, start - 40) : start]
            found = left.search(window)
            if found and found.start() < found.end():
                new = start - len(window) + found.start()
                if not new or not text[new - 1].isalnum():
                    return new
        if kind in LEFT_REQUIRED:
            return -1  # "years ago" needs its count, "quarter of 2010" its ordinal
        if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE.get(kind, "")):
            return -1
        return start

    def find(self, text: str, kinds: frozenset[str] | None = None) -> list[DateMatch]:
        """Every date expression in ``text``, non-overlapping (longest wins), in text order;
        ``kinds`` limits the search to some pattern kinds (e.g. ``FULL_KINDS``)."""
        found: list[tuple[int, int, str]] = []
        low = text.lower()
        present: dict[tuple[str, ...], bool] = {}
        for family, regex in self.regexes:
            if kinds is not None and kinds.isdisjoint(self.family_kinds.get(family, {family})):
                continue
            gate = self.gates.get(family)
            if gate is not None:
                if gate not in present:
                    present[gate] = any(word in low for word in gate)
                if not present[gate]:
                    continue
            for match in regex.finditer(text):
                kind = self._classify(family, match)
                if kind is None or (kinds is not None and kind not in kinds):
                    continue
                start, end = self._extend(text, match.start(), kind), match.end()
                if kind == "fiscal" and start >= 0:
                    end = self._fiscal_end(text, start, end)
                if kind == "era" and text[start:end].rstrip().endswith(self.bce_terms):
                    found.append((start, end, BLOCKED))  # holds its number; no DATE
                    continue
                rule = self.rules.get(kind)
                if start < 0 or (rule is not None and not rule(text, start, end)):
                    continue
                if kind in CHROME_KINDS and self._after_blocked_label(text, start):
                    continue
                found.append((start, end, kind))
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[DateMatch] = []
        for start, end, kind in found:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            if kind == BLOCKED:
                continue
            future = kind in TENSE_KINDS and self._future(text, start)
            chosen.append(DateMatch(start, end, text[start:end], kind, future))
        return sorted(chosen, key=lambda m: m.start)
