"""Where a figure starts and ends: a quantity, and for a count the noun it counts.

The counted noun is the first plural noun after the number, across modifiers
("3,800 air, sea, and land carriers", "two Ponce based CBP Marine Units",
"825 (to date) LBCIP carriers"); a multi-token entity candidate in between counts
as one modifier. Numbers that are part of something else are no figures: dates,
phone numbers, times, ids ("Form 3171", "CT-30"), compounds ("35-year-old"), "10+2",
ratios ("1 in 3"), durations ("seven months") and file sizes ("2,379 KB").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from partnerex.figures.context import FigureContext
from partnerex.figures.lexicon import FigureLexicon
from partnerex.normalize.numbers import Quantity, match_phrase, parse_digits, read_quantity

MAX_MODIFIERS = 8


@dataclass(frozen=True)
class CountedNoun:
    """The counted noun of a count: its tokens, lemma-like text and what it says."""

    start: int
    end: int
    counted: str
    program: str | None = None  # a program named inside the figure ("16 BASC Chapters")
    to_date: bool = False  # "825 (to date) LBCIP carriers"
    agreement: bool = False  # the noun is an agreement type name


@dataclass(frozen=True)
class FigureMatch:
    """A figure over tokens ``[quantity.start, end)``."""

    quantity: Quantity
    end: int
    noun: CountedNoun | None


def figure_at(doc: Doc, i: int, ctx: FigureContext, lex: FigureLexicon) -> FigureMatch | None:
    """The figure starting at token ``i``, if one does."""
    q = read_quantity(ctx.words, i, lex.numbers, dollar=ctx.dollar)
    if q is None or excluded(doc, q, ctx, lex):
        return None
    if q.unit is not None:
        return FigureMatch(q, q.end, None)
    # "Two Hundred and Seven Million in Drug Money": a sum without a currency sign.
    if q.end + 1 < len(doc) and doc[q.end].lower_ == "in":
        for k in range(q.end + 1, min(len(doc), q.end + 4)):
            if match_phrase(ctx.words, k, lex.money_goods) is not None:
                return FigureMatch(replace(q, unit=ctx.dollar, currency=True), q.end, None)
    noun = counted_noun(doc, q.end, q, ctx, lex)
    return FigureMatch(q, noun.end, noun) if noun is not None else None


def excluded(doc: Doc, q: Quantity, ctx: FigureContext, lex: FigureLexicon) -> bool:
    """True for numbers that belong to something else (ids, compounds, dates, phones)."""
    first, last = doc[q.number_start], doc[q.end - 1]
    if any(i in ctx.blocked for i in range(q.number_start, q.end)):
        return True
    if q.start > 0 and _excluded_by_before(doc, q, lex):
        return True
    nxt = doc[q.end] if q.end < len(doc) else None
    if nxt is not None and not last.whitespace_:
        after = doc[q.end + 1] if q.end + 1 < len(doc) else None
        joined = nxt.text in ("-", "–", "/", "+") and not nxt.whitespace_
        if joined and after is not None and (after.is_alpha or after.like_num):
            return True  # "35-year-old", "30-Point", "24/7", "10+2"
        if nxt.is_alpha and q.unit is None:
            return True  # a code: "4G", "3D"
    if nxt is not None and match_phrase(ctx.words, q.end, lex.never_unit) is not None:
        return True  # "seven months", "2,379 KB", "9 a.m."
    digits = parse_digits(first.text)
    return (  # a year: "In 2001", "the 2014 report"
        digits is not None
        and len(first.text) == 4
        and 1800 <= digits <= 2100
        and q.qualifier == "exact"
        and not q.currency
        and q.unit is None
    )


def _excluded_by_before(doc: Doc, q: Quantity, lex: FigureLexicon) -> bool:
    before = doc[q.start - 1]
    if before.text in ("-", "–", "/", "+", "#") and not before.whitespace_:
        return True  # "CT-30", "COVID-19", "F-150"
    prefix = before.lower_ in lex.id_prefix or before.lower_.rstrip(".") in lex.id_prefix
    if prefix and (not before.is_alpha or before.text[:1].isupper()):
        return True  # "Form 3171", "Interstate 19", "No. 5"
    if before.lower_ in lex.months and not q.spelled:
        return True  # "February 22", "Sept. 11"
    if is_ratio(doc, q.start):
        return True
    if before.is_alpha and before.is_upper and len(before) >= 2 and q.start == q.number_start:
        return not q.currency  # "CF 1400", "WMSL 756", "DC 20229"
    return before.text == "the" and doc[q.number_start].text[:1].isupper() and q.spelled
    # ... the last: a name, "the Five Countries"


def is_ratio(doc: Doc, start: int) -> bool:
    """True for the second number of a ratio: "1 in 3 travelers", "one out of 5"."""
    before = doc[max(0, start - 3) : start]
    words = [t.lower_ for t in before]
    if words[-1:] == ["in"] and len(before) >= 2:
        return before[-2].like_num
    if words[-2:] == ["out", "of"] and len(before) == 3:
        return before[0].like_num
    return False


def is_plural(token: Token, lex: FigureLexicon) -> bool:
    """A plural noun by shape and word class ("carriers", "CMAAs", "people", "memoranda")."""
    text, lower = token.text, token.lower_
    if lower in lex.irregular or lower in lex.agreement or lower in lex.seizure_noun:
        return True
    if not token.is_alpha or len(text) < 3 or lower in lex.not_counted:
        return False
    if lower in lex.stop_words:
        return False
    if text.endswith("s") and text[:-1].isupper():
        return True  # CMAAs, MRAs
    if text.isupper():
        return lower in lex.participant or lower in lex.seizure_noun or lower in lex.agreement
    return text.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))


def counted_noun(
    doc: Doc, j: int, q: Quantity, ctx: FigureContext, lex: FigureLexicon
) -> CountedNoun | None:
    """The noun a count counts, from token ``j`` on; None for a bare number."""
    words = ctx.words
    k = j
    program: str | None = None
    to_date = False
    if k < len(doc) and doc[k].text == "(":  # "825 (to date) LBCIP carriers"
        close = next((m for m in range(k + 1, min(k + 6, len(doc))) if doc[m].text == ")"), None)
        if close is None or any(doc[m].like_num for m in range(k + 1, close)):
            return None
        inside = match_phrase(words, k + 1, lex.to_date)
        to_date = inside is not None and inside[1] == close
        k = close + 1
    if q.vague and k < len(doc) and doc[k].lower_ == "of":
        k += 1  # "thousands of containers"
    partitive = match_phrase(words, k, lex.partitive)
    if partitive is not None and q.value != 1:
        k = partitive[1]  # "Six of the brick-shaped objects"
    modifiers = 0
    while k < len(doc) and modifiers <= MAX_MODIFIERS:
        token = doc[k]
        if k > j and (token.is_sent_start or token.is_space):
            return None
        phrase = match_phrase(words, k, lex.counted_phrase)
        if phrase is not None:
            counted = " ".join(w.lower() for w in words[k : phrase[1]])
            return CountedNoun(k, phrase[1], counted, program, to_date)
        entity = ctx.entity_at.get(k)
        if entity is not None:
            following = doc[entity.end] if entity.end < len(doc) else None
            ends = following is None or not following.is_alpha or following.is_stop
            agreement = entity.label_ == "AGREEMENT"
            if ends and (agreement or is_plural(doc[entity.end - 1], lex)):
                # The name is what is counted ("three Industry Partnership Programs"),
                # so the count belongs to no program.
                counted = entity.text if agreement else doc[entity.end - 1].lower_
                return CountedNoun(k, entity.end, counted, program, to_date, agreement)
            if entity.label_ == "PROGRAM" and entity.kb_id_:
                program = entity.kb_id_
            k, modifiers = entity.end, modifiers + 1
            continue
        if match_phrase(words, k, lex.never_unit) is not None:
            return None  # "three new months"
        if _hyphen_joined(doc, k):
            k, modifiers = k + 2, modifiers + 1  # "on-site", "brick-shaped"
            continue
        if token.is_alpha and not (
            token.is_lower or token.is_title or token.is_upper or token.text[:-1].isupper()
        ):
            return None  # glued words: "MegaportsNNSA"
        if is_plural(token, lex) and not (
            token.lower_ in lex.irregular and k + 1 < len(doc) and is_plural(doc[k + 1], lex)
        ):
            counted = token.text if token.text[:-1].isupper() else token.lower_
            program = _program_over(ctx, k) or program
            return CountedNoun(k, k + 1, counted, program, to_date)
        if q.value == 1 and q.qualifier != "exact" and token.is_alpha and not token.is_stop:
            return CountedNoun(k, k + 1, token.lower_, program, to_date)  # "more than one delivery"
        if token.like_num or parse_digits(token.text) is not None:
            return None
        if token.is_punct:
            joined = not token.whitespace_ and k > 0 and not doc[k - 1].whitespace_
            if token.text == "," or (token.text in ("-", "/") and joined):
                k += 1
                continue
            return None
        if token.lower_ in ("and", "or", "&") or token.lower_ in lex.modifiers:
            k += 1
            continue
        if token.is_stop or not any(c.isalpha() for c in token.text):
            return None
        program = _program_over(ctx, k) or program
        k, modifiers = k + 1, modifiers + 1
    return None


def _hyphen_joined(doc: Doc, k: int) -> bool:
    """True when token ``k`` is joined to the next word by a hyphen: "on-site"."""
    return (
        k + 1 < len(doc)
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
    )


def _program_over(ctx: FigureContext, k: int) -> str | None:
    return next((p.norm for p in ctx.programs if p.start <= k < p.end), None)
