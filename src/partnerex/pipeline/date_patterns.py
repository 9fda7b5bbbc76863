"""Find date expressions in plain text: regexes built from ``patterns/dates.jsonl`` word classes.

Pure text in, :class:`DateMatch` out (no spaCy): the ``partnerex_dates`` component aligns the
matches to tokens and ``published.find_published`` reads release dates with the same finder.
Each pattern kind is one compiled regex; context rules (date triggers before bare years and
months, blockers for names, counts, durations and holidays) run on the few hits only, and the
longest match wins where two overlap. Span conventions: see ``partnerex.normalize.dates``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from partnerex.kb import KnowledgeBase

#: Kinds whose value is a full day with a year (usable as a release date).
FULL_KINDS = frozenset({"iso", "numeric", "dmony", "dmy", "mdy"})
#: Kinds whose value depends on the anchor and, for some, on the tense of the sentence.
#: Kinds checked for page-chrome labels ("Last Modified:") before them.
CHROME_KINDS = FULL_KINDS | {"md", "my"}
TENSE_KINDS = frozenset({"md", "month", "weekday", "relative_named"})

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
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
        return self.kind in FULL_KINDS and not re.search(r"\d\s*[-–]\s*\d+,", self.text)


def _variants(terms: frozenset[str] | list[str]) -> list[str]:
    """Each term as written, Title-cased and upper-cased (never lower-cased), longest first."""
    out = {v for t in terms for v in (t, t[:1].upper() + t[1:], t.upper())}
    return sorted(out, key=lambda v: (-len(v), v))


def _any_case(terms: frozenset[str] | list[str]) -> list[str]:
    out = {v for t in terms for v in (t.lower(), t[:1].upper() + t[1:].lower(), t.upper())}
    return sorted(out, key=lambda v: (-len(v), v))


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(re.escape(i) for i in items) + ")"


def _phrase_alt(items: list[str]) -> str:
    return "(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items) + ")"


class DateFinder:
    """Compiled date regexes and context rules over one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        terms = kb.terms
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
        self.of_ok = kb.terms("date_of_name_ok")
        self.event_heads = terms("date_event_head")
        self.holiday_prefix = kb.terms("date_weekday_prefix_block")
        self.relative_block = terms("date_relative_prev_block")
        self.future_markers = terms("date_future_marker")
        self.edges = terms("date_edge_modifier")
        self._compile()

    # ------------------------------------------------------------------ regexes

    def _compile(self) -> None:
        kb = self.kb
        month_full = _alt(_variants(list(kb.values("date_month"))))
        month_abbr = _alt(_variants(list(kb.values("date_month_abbr"))))
        mon = rf"(?:{month_full}(?![A-Za-z])|{month_abbr}(?:\.|(?![A-Za-z])))"
        mon_any = _alt(_any_case(list(kb.values("date_month_abbr"))) + _any_case(["May"]))
        wd_full = _alt(_variants(list(kb.values("date_weekday"))))
        wd_abbr = _alt(_variants(list(kb.values("date_weekday_abbr"))))
        wdp = rf"(?:(?:{wd_full}|{wd_abbr}\.?),?\s+)?"
        season = _alt(_any_case(list(kb.values("date_season"))))
        ordinal = _alt(_any_case(list(kb.values("date_ordinal"))))
        quarter = _alt(_any_case(list(kb.values("date_period_quarter"))
                                 + list(kb.values("date_period_half"))))
        fiscal = _phrase_alt(_any_case(sorted(kb.terms("date_fiscal"), key=len, reverse=True)))
        rel_day = _alt(_any_case(list(kb.values("date_relative_day"))))
        shift = _alt(_any_case(list(kb.values("date_relative_shift"))))
        unit = _alt(_any_case(list(kb.values("date_unit"))))
        numbers = _phrase_alt(_any_case(sorted(kb.terms("date_number_word"), key=len,
                                               reverse=True)))
        ago = _alt(_any_case(list(kb.terms("date_ago"))))
        edge = _alt(_any_case(list(self.edges)))
        edge_opt = rf"(?:{edge}(?:\s+|-))?"
        day_end = r"(?![\d:])(?!,?\s*\d)(?!\s*%)"
        time = r"(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[+-]\d{4}|GMT|UTC|[ECMP][SD]T))?)?"
        b = r"(?<![\w])"
        specs: list[tuple[str, str]] = [
            ("iso", r"(?<![\w-])\d{4}-[01]\d-[0-3]\d"
                    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])"),
            ("numeric", rf"(?<![\w/.-]){wdp}(?:[01]?\d/[0-3]?\d/(?:\d{{4}}|\d{{2}})"
                        rf"|[0-3]\d\.[01]\d\.\d{{4}})(?![\w/.]\w)"),
            ("dmony", rf"(?<![\w-])\d{{1,2}}-{mon_any}-(?:\d{{4}}|\d{{2}})(?![\w-])"),
            ("dmy", rf"{b}{wdp}{_DAY}(?:\s+of)?\s+{mon},?\s+{_YEAR}{time}(?!\d)"),
            ("mdy", rf"{b}{wdp}{mon}\s*{_DAY}(?:\s*[-–]\s*{_DAY})?(?:,\s*|\s+){_YEAR}(?![\w])"),
            ("md", rf"{b}{wdp}{mon}\s*{_DAY}(?:\s*[-–]\s*{_DAY})?{day_end}"),
            ("my", rf"{b}{edge_opt}{mon},?\s+{_YEAR}(?![\w])"),
            ("month", rf"{b}{edge_opt}{month_full}(?![\w])"),
            ("season", rf"{b}(?:the\s+)?{edge_opt}{season}(?:\s+of)?\s+{_YEAR}(?!\d)"),
            ("quarter", rf"{b}(?:(?:the\s+)?{ordinal}\s+{quarter}\s+(?:of\s+)?|Q[1-4]\s+(?:of\s+)?)"
                        rf"(?:{fiscal}\s*)?{_YEAR}(?!\d)"),
            ("fiscal", rf"{b}{fiscal}\s*(?:\(FY\)\s*)?(?:'?\d{{2}}|\d{{4}})(?![\w])"),
            ("decade", rf"(?<![\w']){b}(?:the\s+)?(?:(?:early|mid|late)(?:\s+|-))?"
                       r"(?:1\d|20)\d0'?s(?![\w])"),
            ("year_range", rf"(?<![\w$,./#-]){edge_opt}{_YEAR}\s*[-–]\s*(?:{_YEAR}|\d{{2}})"
                           r"(?![\w/-])"),
            ("year", rf"(?<![\w$,./#-]){edge_opt}{_YEAR}(?![\w%/-]|[.,]\d)"),
            ("relative_day", rf"{b}(?:(?:earlier|later|Earlier|Later)\s+)?{rel_day}(?![\w])"),
            ("relative_unit", rf"{b}(?:{edge}\s+)?{shift}\s+(?:{fiscal}\s+)?{unit}(?![\w])"),
            ("relative_named", rf"{b}{shift}\s+(?:{wd_full}|{month_full}|{season})(?![\w])"),
            ("ago", rf"{b}(?:{numbers}|\d+)\s+{unit}\s+{ago}(?![\w])"),
            ("weekday", rf"{b}(?:(?:early|late|Early|Late)\s+)?{wd_full}(?![\w])"),
        ]
        self.regexes = [(kind, re.compile(rx)) for kind, rx in specs]
        blocked = _phrase_alt(sorted(kb.terms("date_label_blocked"), key=len, reverse=True))
        self.blocked_label = re.compile(rf"^\W*{blocked}\s*:?\s*$", re.I)
        self.rules: dict[str, Callable[[str, re.Match[str]], bool]] = {
            "year": self._year_ok,
            "year_range": self._year_ok,
            "month": self._month_ok,
            "md": self._md_ok,
            "weekday": self._weekday_ok,
            "relative_day": self._relative_ok,
            "relative_unit": self._relative_ok,
            "relative_named": self._relative_ok,
            "ago": self._relative_ok,
        }

    # ------------------------------------------------------------------ context

    @staticmethod
    def _before(text: str, start: int, n: int = 3) -> list[str]:
        return _WORD_RE.findall(text[max(0, start - 60):start])[-n:]

    @staticmethod
    def _after(text: str, end: int, n: int = 2) -> list[str]:
        return [w.rstrip(".") for w in _WORD_RE.findall(text[end:end + 50])[:n]]

    @staticmethod
    def _line_start(text: str, start: int) -> bool:
        head = text[max(0, start - 80):start].rstrip(" \t\"“(")
        return not head or head.endswith("\n") or head[-1] in ".:!?|" or start < 2

    def _has_edge(self, match: re.Match[str]) -> bool:
        first = re.split(r"[\s-]", match.group(0), maxsplit=1)[0].lower()
        return first in self.edges

    def _year_ok(self, text: str, match: re.Match[str]) -> bool:
        before = self._before(text, match.start())
        after = self._after(text, match.end())
        prev = before[-1].lower().rstrip(".") if before else ""
        nxt = after[0] if after else ""
        if nxt.lower() in self.count_nouns:
            return False
        if self._has_edge(match):
            return True
        if prev == "of" and len(before) >= 2:
            owner = before[-2]
            if owner.lower() != "as" and owner[:1].isupper() and owner not in self.of_ok:
                return False  # "the Tariff Act of 1930": a year inside a name
            return True
        if prev in self.year_triggers:
            return True
        if prev in self.chain and len(before) >= 2 and re.fullmatch(r"\d{4}", before[-2]):
            return True
        title_next = nxt[:1].isupper() and not nxt.isupper() and nxt.lower() not in (
            self.month_words | self.weekday_words)
        if prev in self.determiners or before[-1:] in (["'s"], ["’s"]):
            return bool(nxt) and nxt[:1].isalpha() and not title_next
        return False

    def _month_ok(self, text: str, match: re.Match[str]) -> bool:
        if self._has_edge(match):
            return True
        before = self._before(text, match.start())
        after = self._after(text, match.end())
        prev = before[-1].lower() if before else ""
        if prev in self.month_triggers:
            return True
        if prev in self.chain and len(before) >= 2 and before[-2].lower() in self.months:
            return True
        return (len(after) == 2 and after[0].lower() in self.chain
                and after[1].lower() in self.months)

    def _md_ok(self, text: str, match: re.Match[str]) -> bool:
        after = self._after(text, match.end())
        return not (after and after[0].lower() in self.event_heads)

    def _weekday_ok(self, text: str, match: re.Match[str]) -> bool:
        before = self._before(text, match.start(), 1)
        return not (before and before[0] in self.holiday_prefix)

    def _relative_ok(self, text: str, match: re.Match[str]) -> bool:
        before = self._before(text, match.start(), 1)
        return not (before and before[0].lower() in self.relative_block)

    def _after_blocked_label(self, text: str, start: int) -> bool:
        """Page chrome such as "Last Modified: May 23, 2022" is not part of the release."""
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[line_start:start]
        if not prefix.strip() and line_start > 1:
            prefix = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        return bool(self.blocked_label.search(prefix))

    def _future(self, text: str, start: int) -> bool:
        window = text[max(0, start - 80):start]
        ends = list(_SENTENCE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        words = [w.lower() for w in _WORD_RE.findall(window)[-8:]]
        return any(w in self.future_markers for w in words)

    # ------------------------------------------------------------------ API

    def find(self, text: str) -> list[DateMatch]:
        """Every date expression in ``text``, non-overlapping (longest wins), in text order."""
        found: list[tuple[int, int, str]] = []
        for kind, regex in self.regexes:
            rule = self.rules.get(kind)
            for match in regex.finditer(text):
                if (rule is None or rule(text, match)) and not (
                    kind in CHROME_KINDS and self._after_blocked_label(text, match.start())
                ):
                    found.append((match.start(), match.end(), kind))
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[DateMatch] = []
        for start, end, kind in found:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            future = kind in TENSE_KINDS and self._future(text, start)
            chosen.append(DateMatch(start, end, text[start:end], kind, future))
        return sorted(chosen, key=lambda m: m.start)
