"""Pure number parsing: digits, number words, scales, ranges, money, units and qualifiers.

The grammar works over a list of words (spaCy token texts, or the words of
``split_words``) so the pipeline and plain strings share one implementation.
Every vocabulary comes from ``patterns/figures.jsonl`` through ``NumberLexicon``:

* ``figure_number_word`` ("three" -> 3, "a dozen" -> 12), ``figure_scale`` ("million"),
  ``figure_scale_abbrev`` ("M", "bn"; only next to a currency), ``figure_vague``
  ("hundreds" -> 100, flagged vague so callers can treat "hundreds of" as approx);
* ``figure_qualifier`` ("more than" -> over), ``figure_range_between`` / ``figure_range_joiner``;
* ``figure_currency_prefix`` / ``figure_currency_suffix`` (ISO codes in lowercase; the value
  ``dollar`` stands for the document's dollar, ``usd`` unless told otherwise);
* ``figure_unit`` ("kilos" -> kg, "%" -> percent).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from partnerex.kb import KnowledgeBase, load_kb

Number = int | float
V = TypeVar("V")

#: A digit string: "4800", "9,600", "1.56", "2,424,000", ".5" is not accepted.
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
#: Digits with a glued unit or scale, as one token: "5lbs", "41B", "1.5bn".
GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([A-Za-z]{1,3})$")
#: A digit anywhere: every number written in digits has one.
ANY_DIGIT = re.compile(r"\d")
#: A decimal comma, read only before a scale word or a unit: "1,5 million", "2,75 tonnes".
DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
#: Word splitter for ``split_words``: currency symbols with letters, numbers, words, symbols.
WORD = re.compile(
    r"[A-Za-z]{1,3}\$|\d[\d,]*(?:\.\d+)?[A-Za-z]*|(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’]*\.?|\S"
)
#: Space tokens that group thousands in French-influenced formats ("2\u00a0300 kg").
GROUP_SPACES = frozenset({"\u00a0", "\u202f", "\u2009"})
#: The placeholder currency value that resolves to the document's dollar.
DOLLAR = "dollar"

Phrases = dict[tuple[str, ...], V]


def _phrases(values: Mapping[str, V], lower: bool = True) -> dict[tuple[str, ...], V]:
    return {tuple((t.lower() if lower else t).split()): v for t, v in values.items()}


@dataclass(frozen=True)
class NumberLexicon:
    """The vocabularies of the number grammar, keyed by word tuples (lowercase unless noted)."""

    words: dict[tuple[str, ...], int]
    scales: dict[tuple[str, ...], int]
    scale_abbrevs: dict[tuple[str, ...], int]  # case-sensitive
    vague: dict[tuple[str, ...], int]
    qualifiers: dict[tuple[str, ...], str]
    between: frozenset[str]
    joiners: frozenset[str]
    currency_prefix: dict[tuple[str, ...], str]  # case-sensitive
    currency_suffix: dict[tuple[str, ...], str]
    units: dict[tuple[str, ...], str]
    max_len: int = field(default=4)

    @functools.cached_property
    def number_starts(self) -> frozenset[str]:
        """The lowercase words a spelled or vague number can start with ("a" for "a million")."""
        firsts = {key[0] for table in (self.words, self.vague) for key in table if key}
        return frozenset(firsts | {"a"})

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> NumberLexicon:
        """Build the lexicon from the ``figure_*`` word classes of a knowledge base."""
        return cls(
            words=_phrases(kb.values("figure_number_word")),
            scales=_phrases(kb.values("figure_scale")),
            scale_abbrevs=_phrases(kb.values("figure_scale_abbrev"), lower=False),
            vague=_phrases(kb.values("figure_vague")),
            qualifiers=_phrases(kb.values("figure_qualifier")),
            between=frozenset(kb.terms("figure_range_between")),
            joiners=frozenset(kb.terms("figure_range_joiner")),
            currency_prefix=_phrases(kb.values("figure_currency_prefix"), lower=False),
            currency_suffix=_phrases(kb.values("figure_currency_suffix")),
            units=_phrases(kb.values("figure_unit")),
        )


@functools.lru_cache(maxsize=1)
def default_lexicon() -> NumberLexicon:
    """The lexicon of the bundled patterns."""
    return NumberLexicon.from_kb(load_kb())


#: Per phrase table (by identity): its first words with their phrase lengths, longest first.
_FIRST_WORDS: dict[int, tuple[Mapping[Any, Any], dict[str, tuple[int, ...]]]] = {}


def _lengths_by_first(table: Mapping[tuple[str, ...], Any]) -> dict[str, tuple[int, ...]]:
    cached = _FIRST_WORDS.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    lengths: dict[str, set[int]] = {}
    for key in table:
        if key:
            lengths.setdefault(key[0], set()).add(len(key))
    index = {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}
    _FIRST_WORDS[id(table)] = (table, index)
    return index


def first_words(table: Mapping[tuple[str, ...], Any]) -> Mapping[str, tuple[int, ...]]:
    """The first words of the entries of ``table`` (with their lengths): ``match_phrase``
    finds nothing at a word that is not one of them."""
    return _lengths_by_first(table)


def match_phrase(
    words: Sequence[str], i: int, table: Mapping[tuple[str, ...], V], lower: bool = True
) -> tuple[V, int] | None:
    """The longest entry of ``table`` starting at ``words[i]``: (value, end) or None."""
    size = len(words)
    if not 0 <= i < size:
        return None
    first = words[i].lower() if lower else words[i]
    cached = _FIRST_WORDS.get(id(table))  # _lengths_by_first, inlined: called very often
    index = cached[1] if cached is not None and cached[0] is table else _lengths_by_first(table)
    lengths = index.get(first)
    if lengths is None:
        return None
    for n in lengths:
        if i + n > size:
            continue
        if n == 1:
            key: tuple[str, ...] = (first,)
        else:
            key = tuple(w.lower() if lower else w for w in words[i : i + n])
        if key in table:
            return table[key], i + n
    return None


def to_number(value: Decimal) -> Number:
    """An int when the value is integral, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_digits(text: str) -> Decimal | None:
    """Digits: "9,600" -> 9600, "1.56" -> 1.56; None for anything else ("1,00", "4th", "10+2")."""
    if not DIGITS.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return None


def _scale_follows(words: Sequence[str], i: int, lex: NumberLexicon) -> bool:
    return i < len(words) and match_phrase(words, i, lex.scales) is not None


@dataclass(frozen=True)
class NumberMatch:
    """A number read from ``words[start:end]``."""

    start: int
    end: int
    value: Decimal
    spelled: bool = False  # written in words ("three")
    scaled: bool = False  # carries a scale word ("1.2 million")
    vague: bool = False  # "hundreds", "thousands"
    unit: str | None = None  # a unit glued to the digits: "5lbs", "10kg"


def _read_spelled(
    words: Sequence[str], i: int, lex: NumberLexicon, bare_scale: bool = False
) -> tuple[Decimal, int, bool] | None:
    """Number words with scales: "twenty-four", "two hundred and seven million"."""
    total = Decimal(0)
    current = Decimal(0)
    last = ""  # "unit", "teen", "ten", "hundred", "big"
    big = 0
    j = i
    seen = False
    while j < len(words):
        word = match_phrase(words, j, lex.words)
        scale = match_phrase(words, j, lex.scales)
        if word is not None:
            value, end = word
            kind = "ten" if value >= 20 else "teen" if value >= 10 else "unit"
            if value == 12 and end - j > 0 and words[j].lower() in ("dozen", "a"):
                kind = "teen"
            if last in ("unit", "teen") or (last == "ten" and kind != "unit"):
                break
            current += value
            last, j, seen = kind, end, True
            continue
        if scale is not None and (seen or (bare_scale and j == i)):
            value, end = scale
            if value == 100:
                if last == "hundred":
                    break
                current = (current or Decimal(1)) * 100
                last = "hundred"
            else:
                if last == "big" and value >= big:
                    break
                total += (current or Decimal(1)) * value
                current = Decimal(0)
                last, big = "big", value
            j, seen = end, True
            continue
        if (
            seen
            and j + 1 < len(words)
            and words[j] in ("-", "–")
            and last == "ten"
            and match_phrase(words, j + 1, lex.words) is not None
        ):
            j += 1
            continue
        if (
            seen
            and words[j].lower() == "and"
            and last in ("hundred", "big")
            and j + 1 < len(words)
            and match_phrase(words, j + 1, lex.words) is not None
        ):
            j += 1
            continue
        break
    if not seen:
        return None
    return total + current, j, big > 0


def read_number(
    words: Sequence[str], i: int, lex: NumberLexicon, allow_abbrev: bool = False
) -> NumberMatch | None:
    """Read a number at ``words[i]``: digits or number words, then scale words."""
    if i >= len(words):
        return None
    if words[i].lower() not in lex.number_starts and ANY_DIGIT.search(words[i]) is None:
        return None  # the quick answer: no digits, no number word
    vague = match_phrase(words, i, lex.vague)
    if vague is not None:
        return NumberMatch(i, vague[1], Decimal(vague[0]), spelled=True, vague=True)
    digits = parse_digits(words[i])
    end = i + 1
    if (
        digits is None
        and DECIMAL_COMMA.match(words[i])
        and (_scale_follows(words, end, lex) or match_phrase(words, end, lex.units) is not None)
    ):
        digits = Decimal(words[i].replace(",", "."))  # "1,5 million", "1,5 kg", "12,5 %"
    elif digits is not None and re.fullmatch(r"\d{1,3}", words[i]):
        while end < len(words):
            gap = end + 1 if words[end] in GROUP_SPACES else end  # "2\u00a0300" (Canada, EU)
            if gap >= len(words) or not re.fullmatch(r"\d{3}", words[gap]):
                break
            digits = digits * 1000 + Decimal(words[gap])  # "500 000"
            end = gap + 1
    glued = GLUED.match(words[i]) if digits is None else None
    if glued is not None:
        number = parse_digits(glued.group(1))
        suffix = glued.group(2)
        priced = allow_abbrev or match_phrase(words, i + 1, lex.currency_suffix) is not None
        scale = lex.scale_abbrevs.get((suffix,)) if priced else None
        unit = (
            lex.units.get((suffix.lower(),))
            if not (len(suffix) == 1 and suffix.isupper())
            else None
        )
        if number is not None and scale is not None:
            return NumberMatch(i, i + 1, number * scale, scaled=True)
        if number is not None and unit is not None:
            return NumberMatch(i, i + 1, number, unit=unit)
        return None
    if digits is None:
        a_scale = words[i].lower() == "a" and match_phrase(words, i + 1, lex.scales) is not None
        spelled = _read_spelled(words, i + 1, lex, bare_scale=True) if a_scale else None
        spelled = spelled or _read_spelled(words, i, lex)
        if spelled is None:
            return None
        value, end, scaled = spelled
        return NumberMatch(i, end, value, spelled=True, scaled=scaled)
    scaled = False
    while end < len(words):
        if (words[end].isspace() or words[end] == "-") and _scale_follows(words, end + 1, lex):
            end += 1  # "$50\nmillion", "$1.2-million"
        scale = match_phrase(words, end, lex.scales)
        if scale is None:
            abbrev = match_phrase(words, end, lex.scale_abbrevs, lower=False)
            priced = abbrev is not None and (
                allow_abbrev or match_phrase(words, abbrev[1], lex.currency_suffix) is not None
            )
            scale = abbrev if priced else None
        if scale is None:
            break
        digits *= scale[0]
        end = scale[1]
        scaled = True
    return NumberMatch(i, end, digits, scaled=scaled)


@dataclass(frozen=True)
class Quantity:
    """A quantity read from ``words[start:end]``; ``number_start`` is where the digits begin."""

    start: int
    end: int
    number_start: int
    value: Number
    max: Number | None
    unit: str | None  # kg, lb, percent, usd, ... or None (a count, decided by the caller)
    qualifier: str
    spelled: bool = False
    vague: bool = False
    currency: bool = False

    def as_dict(self) -> dict[str, object]:
        """value, max, unit, qualifier as a plain dict."""
        return {
            "value": self.value,
            "max": self.max,
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


def _read_unit(
    words: Sequence[str], j: int, lex: NumberLexicon, currency: str | None
) -> tuple[str | None, str | None, int]:
    """After a number: a unit or a currency suffix. Returns (unit, currency, end)."""
    if j + 1 < len(words) and words[j] == "-" and words[j + 1].isalpha():
        hyphened = match_phrase(words, j + 1, lex.units)  # "a 25-percent rise", "500-pound"
        if hyphened is not None and hyphened[1] == j + 2:
            return hyphened[0], currency, hyphened[1]
    unit = match_phrase(words, j, lex.units)
    if unit is not None and not (len(words[j]) == 1 and words[j].isupper()):
        return unit[0], currency, unit[1]  # "5 g" but not "5 G"
    suffix = match_phrase(words, j, lex.currency_suffix)
    if suffix is not None and (currency is None or suffix[0] in (currency, DOLLAR)):
        return None, currency or suffix[0], suffix[1]
    return None, currency, j


def read_quantity(
    words: Sequence[str], i: int, lex: NumberLexicon | None = None, dollar: str = "usd"
) -> Quantity | None:
    """Read a quantity starting at ``words[i]`` (a qualifier, a currency or a number).

    ``dollar`` is the currency a bare "$" or "dollars" stands for.
    """
    lex = lex or default_lexicon()
    j = i
    qualifier = "exact"
    between = False
    found = match_phrase(words, j, lex.qualifiers)
    if found is not None:
        qualifier, j = found
    elif j < len(words) and words[j].lower() in lex.between:
        between, j = True, j + 1
    currency: str | None = None
    prefix = match_phrase(words, j, lex.currency_prefix, lower=False)
    if prefix is not None:
        currency, j = prefix
    first = read_number(words, j, lex, allow_abbrev=currency is not None)
    if first is None:
        return None
    number_end = first.end
    if (
        number_end < len(words)
        and words[number_end] == "+"
        and (number_end + 1 == len(words) or parse_digits(words[number_end + 1]) is None)
    ):
        number_end += 1  # "65,000+ employees"
        qualifier = "at_least" if qualifier == "exact" else qualifier
    if first.unit is not None:
        unit, end = first.unit, number_end
    else:
        unit, currency, end = _read_unit(words, number_end, lex, currency)
    value, high = first.value, None
    # A range: "300-400", "300 to 400", "between 300 and 400", "$1-2 million".
    if end < len(words):
        joiner = words[end].lower()
        if joiner in lex.joiners or (between and joiner == "and"):
            k = end + 1
            second_prefix = match_phrase(words, k, lex.currency_prefix, lower=False)
            if second_prefix is not None:
                k = second_prefix[1]
            second = read_number(words, k, lex, allow_abbrev=currency is not None)
            if second is not None and second.spelled == first.spelled and not second.vague:
                unit2, currency2, end2 = _read_unit(words, second.end, lex, currency)
                low = first.value
                if second.scaled and not first.scaled and second.value >= low * 1000:
                    scale = (
                        second.value / parse_digits(words[second.start])
                        if not second.spelled
                        else None
                    )
                    if scale is not None:
                        low = low * scale
                # a unit after the first number needs the same after the second: "12% to
                # 15%" is a range, "rose 12% to 1,300" is not
                same = unit is None or unit2 == unit or (currency is not None and unit2 is None)
                if second.value > low and same:
                    value, high = low, second.value
                    unit = unit or unit2
                    currency = currency or currency2
                    end = end2
    if between and high is None:
        return None
    if currency == DOLLAR:
        currency = dollar
    if first.vague and qualifier == "exact":
        qualifier = "approx"
    return Quantity(
        start=i,
        end=end,
        number_start=first.start,
        value=to_number(value),
        max=to_number(high) if high is not None else None,
        unit=currency or unit,
        qualifier=qualifier,
        spelled=first.spelled,
        vague=first.vague,
        currency=currency is not None,
    )


def split_words(text: str) -> list[str]:
    """Split a short expression into words the grammar reads ("$3.3M" -> "$", "3.3M")."""
    return WORD.findall(text)


def parse_quantity(
    text: str, lex: NumberLexicon | None = None, dollar: str = "usd"
) -> Quantity | None:
    """Parse the first quantity of ``text``: "more than 9,600 kilos" -> 9600 kg, over."""
    words = split_words(text)
    for i in range(len(words)):
        quantity = read_quantity(words, i, lex, dollar=dollar)
        if quantity is not None:
            return quantity
    return None
