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

from spacy.tokens import Span

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
    form: str = "noun"  # "noun", "compound" ("186-member") or "bare" ("reached 10,000")


@dataclass(frozen=True)
class FigureMatch:
    """A figure over tokens ``[quantity.start, end)``."""

    quantity: Quantity
    end: int
    noun: CountedNoun | None


def figure_at(ctx: FigureContext, i: int, lex: FigureLexicon) -> FigureMatch | None:
    """The figure starting at token ``i``, if one does."""
    q = read_quantity(ctx.words, i, lex.numbers, dollar=ctx.dollar)
    if q is None:
        return None
    compound = compound_noun(ctx, q, lex)
    if compound is not None:
        return FigureMatch(q, compound.end, compound)
    if excluded(ctx, q, lex):
        return None
    if q.unit is not None:
        return FigureMatch(q, _abbreviation_end(ctx, q.end, lex), None)
    # "Two Hundred and Seven Million in Drug Money": a sum without a currency sign.
    n = len(ctx.words)
    if q.end + 1 < n and ctx.lower[q.end] == "in":
        for k in range(q.end + 1, min(n, q.end + 4)):
            if match_phrase(ctx.words, k, lex.money_goods) is not None:
                return FigureMatch(replace(q, unit=ctx.dollar, currency=True), q.end, None)
    noun = counted_noun(ctx, q.end, q, lex) or bare_count(ctx, q, lex)
    return FigureMatch(q, noun.end, noun) if noun is not None else None


def compound_noun(ctx: FigureContext, q: Quantity, lex: FigureLexicon) -> CountedNoun | None:
    """A count glued to its noun by a hyphen: "the 186-member WCO", "the 27-nation bloc"."""
    k = q.end
    if q.unit is not None or q.currency or k + 1 >= len(ctx.words) or ctx.words[k] != "-":
        return None
    counted = lex.compound_noun.get(ctx.lower[k + 1])
    if counted is None or not (ctx.glued[k - 1] and ctx.glued[k]):
        return None
    if ctx.glued[k + 1] and k + 2 < len(ctx.words) and ctx.words[k + 2] in ("-", "/"):
        return None  # "a 12-member-state group"
    if any(m in ctx.blocked for m in range(q.number_start, k + 2)):
        return None
    if q.start > 0 and _excluded_by_before(ctx, q, lex):
        return None
    return CountedNoun(k, k + 2, str(counted), form="compound")


def _grown_from(ctx: FigureContext, q: Quantity, lex: FigureLexicon) -> CountedNoun | None:
    """The second count of "grew from seven companies in 2001 to more than 11,400"."""
    if ctx.lower[q.start - 1] != "to":
        return None
    for k in range(q.start - 2, max(-1, q.start - 14), -1):
        if ctx.sent_start[k + 1] or ctx.lower[k] in (";", "."):
            return None
        found = match_phrase(ctx.lower, k, lex.bare_from) if k > 0 else None
        if found is not None and any(
            is_plural(w, lex) for w in ctx.words[found[1] : q.start]
        ):  # the first count names the noun: "from seven companies", not "from 1,100"
            return CountedNoun(q.end, q.end, "", form="bare")
    return None


def bare_count(ctx: FigureContext, q: Quantity, lex: FigureLexicon) -> CountedNoun | None:
    """A count without a noun whose subject says what it counts: "membership has grown
    to more than 2 million", "the number of certified companies topped 11,000"."""
    if q.unit is not None or q.vague or q.start < 2:
        return None
    end, n = q.end, len(ctx.words)
    noun = ctx.alpha[end] and ctx.lower[end] not in lex.stop_words if end < n else False
    if noun and end not in ctx.blocked and ctx.lower[end] not in lex.bare_tail:
        return None  # a noun we could not read ("today", a date, may follow)
    verb_end = q.start - 1 if ctx.lower[q.start - 1] == "now" else q.start
    verb = next(
        (
            k
            for k in range(max(0, verb_end - 2), verb_end)
            if (found := match_phrase(ctx.lower, k, lex.bare_verb)) is not None
            and found[1] == verb_end
        ),
        None,
    )
    if verb is None:
        return _grown_from(ctx, q, lex)
    k = verb
    while k > 0 and verb - k < 10:
        k -= 1
        if ctx.punct[k] or ctx.sent_start[k + 1]:
            break
        subject = match_phrase(ctx.lower, k, lex.bare_subject)
        if subject is not None or match_phrase(ctx.lower, k, lex.membership) is not None:
            return CountedNoun(end, end, "", form="bare")
    return None


def _abbreviation_end(ctx: FigureContext, end: int, lex: FigureLexicon) -> int:
    """The end past the period of an abbreviated unit inside a sentence: "3,000 lbs. of"
    (the tokenizer splits the period off; at a sentence end it is the sentence's)."""
    words = ctx.words
    inside = end + 1 < len(words) and words[end] == "." and words[end + 1].islower()
    if inside and ctx.glued[end - 1] and (ctx.lower[end - 1] + ".",) in lex.numbers.units:
        return end + 1
    return end


def excluded(ctx: FigureContext, q: Quantity, lex: FigureLexicon) -> bool:
    """True for numbers that belong to something else (ids, compounds, dates, phones)."""
    words, glued = ctx.words, ctx.glued
    if any(i in ctx.blocked for i in range(q.number_start, q.end)):
        return True
    if q.start > 0 and _excluded_by_before(ctx, q, lex):
        return True
    nxt = q.end if q.end < len(words) else None
    if nxt is not None and glued[q.end - 1]:
        after = nxt + 1 if nxt + 1 < len(words) else None
        joined = words[nxt] in ("-", "–", "/", "+") and glued[nxt]
        if joined and after is not None and (ctx.alpha[after] or ctx.like_num[after]):
            return True  # "35-year-old", "30-Point", "24/7", "10+2"
        if ctx.alpha[nxt] and q.unit is None:
            return True  # a code: "4G", "3D"
    if nxt is not None and q.unit is None and match_phrase(words, q.end, lex.never_unit):
        return True  # "seven months", "2,379 KB", "9 a.m." (not "4.5 per cent year on year")
    first = words[q.number_start]
    digits = parse_digits(first)
    return (  # a year: "In 2001", "the 2014 report"
        digits is not None
        and len(first) == 4
        and 1800 <= digits <= 2100
        and q.qualifier == "exact"
        and not q.currency
        and q.unit is None
    )


def _excluded_by_before(ctx: FigureContext, q: Quantity, lex: FigureLexicon) -> bool:
    k = q.start - 1
    before, lower, alpha = ctx.words[k], ctx.lower[k], ctx.alpha[k]
    if before in ("-", "–", "/", "+", "#") and ctx.glued[k]:
        return True  # "CT-30", "COVID-19", "F-150"
    prefix = lower in lex.id_prefix or lower.rstrip(".") in lex.id_prefix
    if prefix and (not alpha or before[:1].isupper()):
        return True  # "Form 3171", "Interstate 19", "No. 5"
    if lower in lex.months and not q.spelled:
        return True  # "February 22", "Sept. 11"
    if is_ratio(ctx, q.start):
        return True
    if alpha and before.isupper() and len(before) >= 2 and q.start == q.number_start:
        return not q.currency  # "CF 1400", "WMSL 756", "DC 20229"
    return before == "the" and ctx.words[q.number_start][:1].isupper() and q.spelled
    # ... the last: a name, "the Five Countries"


def is_ratio(ctx: FigureContext, start: int) -> bool:
    """True for the second number of a ratio: "1 in 3 travelers", "one out of 5"."""
    first = max(0, start - 3)
    words = ctx.lower[first:start]
    if words[-1:] == ["in"] and len(words) >= 2:
        return ctx.like_num[start - 2]
    if words[-2:] == ["out", "of"] and len(words) == 3:
        return ctx.like_num[first]
    return False


def is_plural(word: str, lex: FigureLexicon) -> bool:
    """A plural noun by shape and word class ("carriers", "CMAAs", "people", "memoranda")."""
    lower = word.lower()
    if lower in lex.irregular or lower in lex.agreement or lower in lex.seizure_noun:
        return True
    if not word.isalpha() or len(word) < 3 or lower in lex.not_counted:
        return False
    if lower in lex.stop_words:
        return False
    if word.endswith("s") and word[:-1].isupper():
        return True  # CMAAs, MRAs
    if word.isupper():
        return lower in lex.participant or lower in lex.seizure_noun or lower in lex.agreement
    return word.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))


def counted_noun(ctx: FigureContext, j: int, q: Quantity, lex: FigureLexicon) -> CountedNoun | None:
    """The noun a count counts, from token ``j`` on; None for a bare number."""
    words, lower, n = ctx.words, ctx.lower, len(ctx.words)
    k = j
    program: str | None = None
    to_date = False
    if k < n and words[k] == "(":  # "825 (to date) LBCIP carriers"
        close = next((m for m in range(k + 1, min(k + 6, n)) if words[m] == ")"), None)
        if close is None or any(ctx.like_num[m] for m in range(k + 1, close)):
            return None
        inside = match_phrase(words, k + 1, lex.to_date)
        to_date = inside is not None and inside[1] == close
        k = close + 1
    if q.vague and k < n and lower[k] == "of":
        k += 1  # "thousands of containers"
    partitive = match_phrase(words, k, lex.partitive)
    if partitive is not None and q.value != 1:
        k = partitive[1]  # "Six of the brick-shaped objects"
    modifiers = 0
    while k < n and modifiers <= MAX_MODIFIERS:
        word = words[k]
        if k > j and (ctx.sent_start[k] or word.isspace()):
            return None
        phrase = match_phrase(words, k, lex.counted_phrase)
        if phrase is not None:
            counted = " ".join(w.lower() for w in words[k : phrase[1]])
            return CountedNoun(k, phrase[1], counted, program, to_date)
        entity = ctx.entity_at.get(k)
        if entity is not None:
            found = _entity_noun(ctx, entity, program, to_date, lex)
            if isinstance(found, CountedNoun):
                return found
            k, program, modifiers = entity.end, found, modifiers + 1
            continue
        if match_phrase(words, k, lex.never_unit) is not None:
            return None  # "three new months"
        if _hyphen_joined(ctx, k):
            program = _program_over(ctx, k) or program  # "AEO-certified companies"
            k, modifiers = k + 2, modifiers + 1  # "on-site", "brick-shaped"
            continue
        alpha = ctx.alpha[k]
        if alpha and not (
            word.islower() or word.istitle() or word.isupper() or word[:-1].isupper()
        ):
            return None  # glued words: "MegaportsNNSA"
        if is_plural(word, lex) and not (
            lower[k] in lex.irregular and k + 1 < n and is_plural(words[k + 1], lex)
        ):
            counted = word if word[:-1].isupper() else lower[k]
            program = _program_over(ctx, k) or program
            return CountedNoun(k, k + 1, counted, program, to_date)
        stop = lower[k] in lex.stop_words
        if q.value == 1 and q.qualifier != "exact" and alpha and not stop:
            return CountedNoun(k, k + 1, lower[k], program, to_date)  # "more than one delivery"
        if ctx.like_num[k] or parse_digits(word) is not None:
            return None
        if ctx.punct[k]:
            joined = ctx.glued[k] and k > 0 and ctx.glued[k - 1]
            if word == "," or (word in ("-", "/") and joined):
                k += 1
                continue
            return None
        if lower[k] in ("and", "or", "&") or lower[k] in lex.modifiers:
            k += 1
            continue
        if stop or not any(c.isalpha() for c in word):
            return None
        program = _program_over(ctx, k) or program
        k, modifiers = k + 1, modifiers + 1
    return None


def _entity_noun(
    ctx: FigureContext, entity: Span, program: str | None, to_date: bool, lex: FigureLexicon
) -> CountedNoun | str | None:
    """At a multi-token entity candidate: the counted noun when the entity ends the figure,
    else the program the figure belongs to so far (the entity's norm for a PROGRAM)."""
    start, end, label = entity.start, entity.end, entity.label_
    n = len(ctx.words)
    ends = end >= n or not ctx.alpha[end] or ctx.lower[end] in lex.stop_words
    agreement = label == "AGREEMENT"
    named = label == "PROGRAM" and entity.kb_id_
    if ends and named and ctx.lower[end - 1] in lex.participant:
        # The name is that of the participants: "2,300 Authorised Economic Operators"
        return CountedNoun(start, end, ctx.lower[end - 1], entity.kb_id_, to_date)
    if ends and (agreement or is_plural(ctx.words[end - 1], lex)):
        # The name is what is counted ("three Industry Partnership Programs"),
        # so the count belongs to no program.
        counted = entity.text if agreement else ctx.lower[end - 1]
        return CountedNoun(start, end, counted, program, to_date, agreement)
    if named:
        return entity.kb_id_
    return program


def _hyphen_joined(ctx: FigureContext, k: int) -> bool:
    """True when token ``k`` is joined to the next word by a hyphen: "on-site"."""
    return k + 1 < len(ctx.words) and ctx.words[k + 1] == "-" and ctx.glued[k] and ctx.glued[k + 1]


def _program_over(ctx: FigureContext, k: int) -> str | None:
    return next((p.norm for p in ctx.programs if p.start <= k < p.end), None)
