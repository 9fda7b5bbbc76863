"""``partnerex_figures``: FIGURE candidates with their value, unit, qualifier, kind and links.

A figure is a quantity (``normalize.numbers.read_quantity``: qualifier, currency, number,
scale, range, unit) plus, for plain counts, the noun it counts. The counted noun is the
first plural noun after the number, across modifiers ("3,800 air, sea, and land carriers",
"two Ponce based CBP Marine Units", "825 (to date) LBCIP carriers"); entity candidates in
between count as one modifier. Numbers that are part of something else are skipped:
dates, phone numbers, times, ids ("Form 3171", "CT-30"), compounds ("35-year-old"),
"10+2", durations ("seven months") and file sizes ("2,379 KB").

The kind comes from the unit, the counted noun's word class and the sentence: seizure
triggers and seizable goods (``patterns/figures.jsonl``). Participant counts are linked to
the program inside the span, named right after it ("participants in CIP") or leading the
sentence ("The BASC currently has over 2,500 companies ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from partnerex.normalize.numbers import (
    NumberLexicon,
    Quantity,
    match_phrase,
    parse_digits,
    read_quantity,
)
from partnerex.pipeline.base import KBComponent
from partnerex.pipeline.state import (
    add_candidate,
    candidates,
    meta,
    norm_of,
    published,
    set_figure,
)

#: Number formats that are never figures: phone numbers and clock times.
BLOCKED = re.compile(
    r"(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b"
    r"|\b1-\d{3}-[A-Z0-9-]{4,}"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?"
    r"|\b\d{1,2}:\d{2}\b"
)
WEIGHTS = frozenset({"kg", "g", "lb", "oz", "t"})
DISTANCES = frozenset({"mi", "km"})
ENTITY_LABELS = frozenset({"PROGRAM", "ORG", "COUNTRY", "AGREEMENT"})
MAX_MODIFIERS = 8
BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})


def _phrases(terms: Iterable[str]) -> dict[tuple[str, ...], bool]:
    return {tuple(t.lower().split()): True for t in terms}


@dataclass
class _Context:
    """Per-doc lookups: blocked tokens, entity candidates by start, programs, dates."""

    words: list[str]
    blocked: set[int]
    entity_at: dict[int, Span]
    programs: list[tuple[int, int, str]]
    dates: list[Span]
    dollar: str


@dataclass
class _Head:
    """The counted noun of a count: token range, span end, program named inside, as-of hint."""

    start: int
    end: int
    counted: str
    program: str | None = None
    to_date: bool = False
    agreement: bool = False  # the counted noun is an agreement type name


class FiguresFinder(KBComponent):
    """Adds FIGURE candidates and their details (``set_figure``) to the doc."""

    def __init__(
        self, nlp: Language, name: str, patterns: str | None = None, vague: bool = False
    ) -> None:
        self.vague = vague
        super().__init__(nlp, name, patterns)

    def setup(self) -> None:
        kb = self.kb
        self.lex = NumberLexicon.from_kb(kb)
        self.stop_words = STOP_WORDS
        self.never_unit = _phrases(kb.terms("figure_never_unit"))
        self.counted_phrase = _phrases(kb.terms("figure_counted_phrase"))
        self.partitive = _phrases(kb.terms("figure_partitive"))
        self.seizure_trigger = _phrases(kb.terms("figure_seizure_trigger"))
        self.goods = {tuple(k.split()): v for k, v in kb.values("figure_goods").items()}
        self.money_goods = _phrases(kb.terms("figure_money_goods"))
        self.money_noun = kb.terms("figure_money_noun")
        self.not_counted = kb.terms("figure_not_counted")
        self.irregular = kb.terms("figure_irregular_plural")
        self.modifiers = kb.terms("figure_modifier")
        self.id_prefix = kb.terms("figure_id_prefix")
        self.participant = kb.terms("figure_participant_noun")
        self.agreement = kb.terms("figure_agreement_noun")
        self.seizure_noun = kb.terms("figure_seizure_noun")
        self.dollar_sources = kb.values("figure_dollar_source")
        self.months = kb.terms("figure_month")
        self.value_trigger = _phrases(kb.terms("figure_value_trigger"))
        self.currency_goods = str(kb.values("figure_goods").get("currency", "currency"))
        self.person_noun = kb.terms("figure_person_noun")
        self.program_link = kb.terms("figure_program_link")
        self.dollar_countries = kb.values("figure_dollar_country")
        self.origin = kb.terms("figure_origin_word")
        self.as_of = _phrases(kb.terms("figure_as_of"))
        self.to_date = _phrases(kb.terms("figure_to_date"))

    def __getstate__(self) -> dict[str, Any]:
        return {**super().__getstate__(), "vague": self.vague}

    def __setstate__(self, data: dict[str, Any]) -> None:
        self.vague = data.get("vague", False)
        super().__setstate__(data)

    # -- per-doc context -------------------------------------------------------------

    def _context(self, doc: Doc) -> _Context:
        blocked: set[int] = set()
        for match in BLOCKED.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                blocked.update(range(span.start, span.end))
        entity_at: dict[int, Span] = {}
        orgs: list[tuple[int, str]] = []
        programs: list[tuple[int, int, str]] = []
        dates: list[Span] = []
        for cand in candidates(doc):
            if cand.label_ == "DATE":
                dates.append(cand)
                blocked.update(range(cand.start, cand.end))
            elif cand.label_ in ENTITY_LABELS:
                if len(cand) > 1 and (
                    cand.start not in entity_at or len(cand) > len(entity_at[cand.start])
                ):
                    entity_at[cand.start] = cand
                if cand.label_ == "ORG":
                    org_id = norm_of(cand) or _pattern_entry(cand.id_)
                    if org_id:
                        orgs.append((cand.start, org_id))
                if cand.label_ == "PROGRAM" and norm_of(cand):
                    programs.append((cand.start, cand.end, norm_of(cand) or ""))
                if cand.label_ != "COUNTRY" and any(t.is_digit for t in cand):
                    blocked.update(range(cand.start, cand.end))
        info = meta(doc)
        hosts = [str(info.get("source") or "").lower(), _host(str(info.get("url") or ""))]
        dollar = self._dollar_of(hosts, orgs)
        return _Context([t.text for t in doc], blocked, entity_at, programs, dates, dollar)

    def _dollar_of(self, hosts: list[str], orgs: list[tuple[int, str]]) -> str:
        """The currency of "$": by the source's host, else by the first agency named."""
        for suffix, code in self.dollar_sources.items():
            if any(h == suffix or h.endswith("." + suffix) for h in hosts if h):
                return str(code)
        for _, org_id in sorted(orgs):
            entry = self.kb.organizations.get(org_id)
            if entry is not None and entry.country in self.dollar_countries:
                return str(self.dollar_countries[entry.country])
        return "usd"

    # -- number filters --------------------------------------------------------------

    def _excluded(self, doc: Doc, q: Quantity, ctx: _Context) -> bool:
        """Numbers that belong to something else (ids, compounds, dates, phone numbers)."""
        first, last = doc[q.number_start], doc[q.end - 1]
        if any(i in ctx.blocked for i in range(q.number_start, q.end)):
            return True
        if q.vague and not self.vague:
            return True
        before = doc[q.start - 1] if q.start > 0 else None
        if before is not None:
            if before.text in ("-", "–", "/", "+", "#") and not before.whitespace_:
                return True
            prefix = before.lower_ in self.id_prefix or before.lower_.rstrip(".") in self.id_prefix
            if prefix and (not before.is_alpha or before.text[:1].isupper()):
                return True
            if before.lower_ in self.months and not q.spelled:
                return True
            if _ratio(doc, q.start):
                return True
            if (
                before.is_alpha
                and before.is_upper
                and len(before) >= 2
                and q.start == q.number_start
                and not q.currency
            ):
                return True
            if before.text == "the" and first.text[:1].isupper() and q.spelled:
                return True  # a name: "the Five Countries"
        nxt = doc[q.end] if q.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–", "/", "+") and not last.whitespace_:
            after = doc[q.end + 1] if q.end + 1 < len(doc) else None
            if after is not None and not nxt.whitespace_ and (after.is_alpha or after.like_num):
                return True
        if nxt is not None and nxt.is_alpha and not last.whitespace_ and q.unit is None:
            return True  # a code: "4G", "3D", "11th"
        if nxt is not None and match_phrase(ctx.words, q.end, self.never_unit) is not None:
            return True
        digits = parse_digits(first.text)
        year_like = (
            digits is not None
            and len(first.text) == 4
            and 1800 <= digits <= 2100
            and q.qualifier == "exact"
            and not q.currency
            and q.unit is None
        )
        return year_like

    # -- counted noun ----------------------------------------------------------------

    def _is_plural(self, token: Token) -> bool:
        text, lower = token.text, token.lower_
        if lower in self.irregular or lower in self.agreement or lower in self.seizure_noun:
            return True
        if not token.is_alpha or len(text) < 3 or lower in self.not_counted:
            return False
        if lower in self.stop_words:
            return False
        if text.endswith("s") and text[:-1].isupper() and len(text) >= 3:
            return True  # CMAAs, MRAs
        if text.isupper():
            return (
                lower in self.participant or lower in self.seizure_noun or lower in self.agreement
            )
        return text.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))

    def _head(self, doc: Doc, j: int, q: Quantity, ctx: _Context) -> _Head | None:
        """Find the counted noun after a count; None when there is none (a bare number)."""
        words = ctx.words
        k = j
        program: str | None = None
        to_date = False
        if k < len(doc) and doc[k].text == "(":
            close = next(
                (m for m in range(k + 1, min(k + 6, len(doc))) if doc[m].text == ")"), None
            )
            if close is None or any(doc[m].like_num for m in range(k + 1, close)):
                return None
            inside = match_phrase(words, k + 1, self.to_date)
            to_date = inside is not None and inside[1] == close
            k = close + 1
        if q.vague and k < len(doc) and doc[k].lower_ == "of":
            k += 1  # "thousands of containers"
        partitive = match_phrase(words, k, self.partitive)
        if partitive is not None and q.value != 1:
            k = partitive[1]
        modifiers = 0
        while k < len(doc) and modifiers <= MAX_MODIFIERS:
            token = doc[k]
            if k > j and (token.is_sent_start or token.is_space):
                return None
            phrase = match_phrase(words, k, self.counted_phrase)
            if phrase is not None:
                return _Head(
                    k,
                    phrase[1],
                    " ".join(w.lower() for w in words[k : phrase[1]]),
                    program,
                    to_date,
                )
            entity = ctx.entity_at.get(k)
            if entity is not None:
                if entity.label_ == "PROGRAM" and norm_of(entity):
                    program = norm_of(entity)
                following = doc[entity.end] if entity.end < len(doc) else None
                ends = following is None or not following.is_alpha or following.is_stop
                if ends and (self._is_plural(doc[entity.end - 1]) or entity.label_ == "AGREEMENT"):
                    agreement = entity.label_ == "AGREEMENT"
                    counted = entity.text if agreement else doc[entity.end - 1].lower_
                    return _Head(k, entity.end, counted, program, to_date, agreement)
                k, modifiers = entity.end, modifiers + 1
                continue
            if match_phrase(words, k, self.never_unit) is not None:
                return None
            if (
                k + 1 < len(doc)
                and doc[k + 1].text == "-"
                and not token.whitespace_
                and not doc[k + 1].whitespace_
            ):
                k, modifiers = k + 2, modifiers + 1  # "on-site", "brick-shaped"
                continue
            if not (
                token.is_lower
                or token.is_title
                or token.is_upper
                or not token.is_alpha
                or token.text[:-1].isupper()
            ):
                return None  # glued words: "MegaportsNNSA"
            if self._is_plural(token) and not (
                token.lower_ in self.irregular and k + 1 < len(doc) and self._is_plural(doc[k + 1])
            ):
                counted = token.text if token.text[:-1].isupper() else token.lower_
                for start, end, norm in ctx.programs:
                    if start <= k < end:
                        program = norm
                return _Head(k, k + 1, counted, program, to_date)
            if q.value == 1 and q.qualifier != "exact" and token.is_alpha and not token.is_stop:
                return _Head(k, k + 1, token.lower_, program, to_date)
            if token.like_num or parse_digits(token.text) is not None:
                return None
            if token.is_punct:
                joined = not token.whitespace_ and k > 0 and not doc[k - 1].whitespace_
                if token.text == "," or (token.text in ("-", "/") and joined):
                    k += 1
                    continue
                return None
            lower = token.lower_
            if lower in ("and", "or", "&") or lower in self.modifiers:
                k += 1
                continue
            if token.is_stop or not (token.is_alpha or any(c.isalpha() for c in token.text)):
                return None
            k, modifiers = k + 1, modifiers + 1
            for start, end, norm in ctx.programs:
                if start <= k - 1 < end:
                    program = norm
        return None

    # -- classification --------------------------------------------------------------

    def _sentence_tokens(self, doc: Doc, start: int) -> Span:
        """The figure's sentence; a list item also gets the lines that introduce it."""
        sent = doc[start].sent
        begin = sent.start
        for _ in range(12):
            first = next((t for t in doc[begin : sent.end] if not t.is_space), doc[begin])
            if begin == 0 or first.text not in BULLETS:
                break
            begin = doc[begin - 1].sent.start
        return doc[begin : sent.end]

    def _previous_sentence(self, doc: Doc, sent: Span) -> Span:
        """The sentence before ``sent`` joined with it (weights read the context before)."""
        if sent.start == 0:
            return sent
        return doc[doc[sent.start - 1].sent.start : sent.end]

    def _has_phrase(self, span: Span, table: dict[tuple[str, ...], Any]) -> bool:
        words = [t.lower_ for t in span]
        return any(match_phrase(words, i, table) is not None for i in range(len(words)))

    def _goods_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        found = match_phrase(words, i, self.goods)
        return (str(found[0]), found[1]) if found is not None else None

    def _goods_after(self, doc: Doc, end: int) -> str | None:
        """Goods named right after a figure: "of (the) illegal narcotics", "in cocaine"."""
        words = [t.lower_ for t in doc[end : min(len(doc), end + 8)]]
        if not words or words[0] not in ("of", "in", "worth", "("):
            return None
        i = 1
        if words[0] == "worth" and len(words) > 1 and words[1] == "of":
            i = 2
        names: list[str] = []
        while i < len(words):
            goods = self._goods_at(words, i)
            if goods is not None:
                if goods[0] not in names:
                    names.append(goods[0])
                i = goods[1]
                if i < len(words) and words[i] in (",", "and", "or"):
                    i += 1
                    continue
                break
            if names or words[i] in (".", ";", ")") or parse_digits(words[i]) is not None:
                break
            i += 1
        if not names:
            return None
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def _subject(self, doc: Doc, span: Span, sent: Span) -> str | None:
        after = self._goods_after(doc, span.end)
        if after is not None:
            return after
        words = [t.lower_ for t in sent]
        found: list[tuple[int, str]] = []
        for i in range(len(words)):
            goods = self._goods_at(words, i)
            if goods is not None:
                pos = sent.start + i
                if span.start <= pos < span.end:
                    continue
                distance = pos - span.end if pos >= span.end else (span.start - pos) * 2
                found.append((distance, goods[0]))
        return min(found)[1] if found else None

    def _linked_program(self, doc: Doc, span: Span, sent: Span, ctx: _Context) -> str | None:
        """The program named right after a participant count or leading its sentence."""
        for start, _end, norm in sorted(ctx.programs, key=lambda p: (p[0], -(p[1] - p[0]))):
            if span.end <= start < min(sent.end, span.end + 6):
                between = doc[span.end : start]
                if all(t.is_stop or t.lower_ in self.program_link for t in between) and not any(
                    t.is_punct for t in between
                ):
                    return norm
        before = [p for p in ctx.programs if sent.start <= p[0] and p[1] <= span.start]
        if before:
            return min(before, key=lambda p: (p[0], -(p[1] - p[0])))[2]
        return None

    def _seized_object(self, doc: Doc, span: Span) -> bool:
        """True when a seizure verb governs the figure: "seized 25 vehicles"."""
        return span.start > 0 and (doc[span.start - 1].lower_,) in self.seizure_trigger

    def _as_of(
        self, doc: Doc, span: Span, sent: Span, head: _Head | None, ctx: _Context
    ) -> str | None:
        """The date a count holds at: "(to date)", "as of July 1, 1996", "from seven ... launched in 2001"."""
        words = ctx.words
        if head is not None and head.to_date:
            return published(doc)
        after = match_phrase(words, span.end, self.to_date)
        opening = match_phrase(words, sent.start, self.to_date)
        if after is not None or (opening is not None and opening[1] <= span.start):
            return published(doc)
        dates = [d for d in ctx.dates if sent.start <= d.start and d.end <= sent.end]
        for date in dates:
            for n in (2, 3, 4):
                found = match_phrase(words, date.start - n, self.as_of) if date.start >= n else None
                if found is not None and found[1] == date.start:
                    return norm_of(date)
        if span.start > 0 and doc[span.start - 1].lower_ == "from":
            for date in dates:
                window = doc[max(sent.start, date.start - 3) : date.start]
                if any(t.lower_ in self.origin for t in window):
                    return norm_of(date)
        return None

    def _kind(
        self, doc: Doc, q: Quantity, span: Span, sent: Span, head: _Head | None, ctx: _Context
    ) -> dict[str, Any]:
        trigger = self._has_phrase(sent, self.seizure_trigger)
        details: dict[str, Any] = {
            "kind": "count",
            "counted": None,
            "subject": None,
            "program": None,
            "as_of": None,
        }
        unit = q.unit
        if unit == "percent":
            details["kind"] = "percent"
        elif q.currency or (unit is None and head is None):
            nxt = doc[span.end] if span.end < len(doc) else None
            other = nxt is not None and nxt.lower_ in self.money_noun
            goods = self._goods_after(doc, span.end)
            wider = self._previous_sentence(doc, sent)
            seized = not other and (
                goods is not None
                or self._seized_object(doc, span)
                or self._has_phrase(sent, self.value_trigger)
                or (trigger and self._subject(doc, span, wider) is not None)
            )
            details["kind"] = "seizure" if seized else "money"
            if seized:
                own = self.currency_goods if self._seized_object(doc, span) else None
                details["subject"] = goods or own or self._subject(doc, span, wider)
        elif unit in WEIGHTS:
            goods = self._goods_after(doc, span.end)
            wider = self._previous_sentence(doc, sent)
            seized = goods is not None or trigger or self._has_phrase(wider, self.seizure_trigger)
            details["kind"] = "seizure" if seized else "measure"
            if seized:
                details["subject"] = goods or self._subject(doc, span, sent)
        elif unit is not None:
            details["kind"] = "measure"
        elif head is not None:
            lower = head.counted.lower()
            details["counted"] = head.counted
            program = head.program
            if head.agreement or lower in self.agreement or lower.split()[-1] in self.agreement:
                details["kind"] = "agreements"
            elif lower in self.participant:
                program = program or self._linked_program(doc, span, sent, ctx)
                if program is not None:
                    details["kind"] = "participants"
            elif lower in self.seizure_noun or (
                self._seized_object(doc, span) and lower not in self.person_noun
            ):
                goods = self._goods_after(doc, span.end)
                if goods is not None or trigger:
                    details["kind"] = "seizure"
                    own = self._goods_at([lower], 0)
                    details["subject"] = (
                        goods or (own[0] if own else None) or self._subject(doc, span, sent)
                    )
            details["program"] = program
            details["as_of"] = self._as_of(doc, span, sent, head, ctx)
        return details

    # -- the component ---------------------------------------------------------------

    def _figure_at(
        self, doc: Doc, i: int, ctx: _Context
    ) -> tuple[Quantity, int, _Head | None] | None:
        q = read_quantity(ctx.words, i, self.lex, dollar=ctx.dollar)
        if q is None or self._excluded(doc, q, ctx):
            return None
        if q.unit is not None:
            return q, q.end, None
        words = ctx.words
        # "Two Hundred and Seven Million in Drug Money": a sum without a currency sign.
        if q.end + 1 < len(doc) and doc[q.end].lower_ == "in":
            k = q.end + 1
            while k < min(len(doc), q.end + 4):
                if match_phrase(words, k, self.money_goods) is not None:
                    money = Quantity(
                        q.start,
                        q.end,
                        q.number_start,
                        q.value,
                        q.max,
                        ctx.dollar,
                        q.qualifier,
                        q.spelled,
                        q.vague,
                        currency=True,
                    )
                    return money, q.end, None
                k += 1
        head = self._head(doc, q.end, q, ctx)
        if head is None:
            return None
        return q, head.end, head

    def _chained(
        self, doc: Doc, previous: tuple[Span, dict[str, Any]], span: Span, details: dict[str, Any]
    ) -> bool:
        """A count or sum listed right after a seizure figure is seized too."""
        last, last_details = previous
        if last_details["kind"] != "seizure" or details["kind"] not in ("count", "money"):
            return False
        if (details.get("counted") or "").lower() in self.person_noun:
            return False
        between = doc[last.end : span.start]
        return len(between) <= 2 and all(t.lower_ in (",", "and", "or", ";") for t in between)

    def _outer_qualifier(self, words: list[str], q: Quantity) -> str:
        """A qualifier separated from its number by "at": "valued approximately at $900,000"."""
        if q.qualifier != "exact" or q.start < 2 or words[q.start - 1].lower() != "at":
            return q.qualifier
        found = match_phrase(words, q.start - 2, self.lex.qualifiers)
        return found[0] if found is not None and found[1] == q.start - 1 else q.qualifier

    def __call__(self, doc: Doc) -> Doc:
        ctx = self._context(doc)
        previous: tuple[Span, dict[str, Any]] | None = None
        i = 0
        while i < len(doc):
            found = self._figure_at(doc, i, ctx)
            if found is None:
                i += 1
                continue
            q, end, head = found
            span = add_candidate(doc, q.start, end, "FIGURE", None, _pattern_id(q, head))
            sent = self._sentence_tokens(doc, q.start)
            details = {
                "value": q.value,
                "max": q.max,
                "unit": q.unit or "count",
                "qualifier": self._outer_qualifier(ctx.words, q),
            }
            details.update(self._kind(doc, q, span, sent, head, ctx))
            if previous is not None and self._chained(doc, previous, span, details):
                details["kind"] = "seizure"  # "seized 3 firearms, 2 vehicles and $12,500"
            set_figure(doc, span, details)
            previous = (span, details)
            i = end
        return doc


def _ratio(doc: Doc, start: int) -> bool:
    """True for the second number of a ratio: "1 in 3 travelers", "one out of 5"."""
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if before[-1:] == ["in"] and len(before) >= 2:
        return parse_digits(before[-2]) is not None
    if before[-2:] == ["out", "of"] and len(before) == 3:
        return parse_digits(before[0]) is not None
    return False


def _pattern_entry(pattern: str) -> str | None:
    """The KB id inside a gazetteer pattern id ("org:cbsa:acronym" -> "cbsa")."""
    parts = pattern.split(":")
    return parts[1] if len(parts) == 3 else None


def _host(url: str) -> str:
    """The lowercase host of a URL ("" when there is none)."""
    return (urlsplit(url).hostname or "").lower() if url else ""


def _pattern_id(q: Quantity, head: _Head | None) -> str:
    if q.unit is None:
        return "figure:count"
    if q.currency:
        return "figure:money"
    return f"figure:{q.unit}"


@Language.factory("partnerex_figures", default_config={"patterns": None, "vague": False})
def make_figures(nlp: Language, name: str, patterns: str | None, vague: bool) -> FiguresFinder:
    """Find FIGURE candidates; ``vague`` also emits "hundreds of ..." style quantities."""
    return FiguresFinder(nlp, name, patterns, vague=vague)
