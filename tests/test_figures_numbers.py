"""Table-driven tests of the pure number grammar (``partnerex.normalize.numbers``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from partnerex.normalize.numbers import (
    default_lexicon,
    parse_digits,
    parse_quantity,
    read_quantity,
    split_words,
    to_number,
)

# (expression, value, max, unit, qualifier); unit None means a bare count.
QUANTITIES = [
    # digits, separators, decimals
    ("9,600 kilos", 9600, None, "kg", "exact"),
    ("19,000 kilos", 19000, None, "kg", "exact"),
    ("4800 participants", 4800, None, None, "exact"),
    ("2,424,000", 2424000, None, None, "exact"),
    ("1.56 pounds", 1.56, None, "lb", "exact"),
    ("164.59 pounds", 164.59, None, "lb", "exact"),
    ("28.88 pounds", 28.88, None, "lb", "exact"),
    ("0.5 grams", 0.5, None, "g", "exact"),
    ("709 grams", 709, None, "g", "exact"),
    ("12 ounces", 12, None, "oz", "exact"),
    ("3 oz", 3, None, "oz", "exact"),
    ("2 tons", 2, None, "t", "exact"),
    ("4.5 metric tons", 4.5, None, "t", "exact"),
    ("10 tonnes", 10, None, "t", "exact"),
    ("48 kilograms", 48, None, "kg", "exact"),
    ("250 kg", 250, None, "kg", "exact"),
    ("36 Kilos", 36, None, "kg", "exact"),
    ("80 Pounds", 80, None, "lb", "exact"),
    ("15 lbs", 15, None, "lb", "exact"),
    ("1 lb", 1, None, "lb", "exact"),
    ("20 miles", 20, None, "mi", "exact"),
    ("10 nautical miles", 10, None, "mi", "exact"),
    ("100 km", 100, None, "km", "exact"),
    ("12 kilometres", 12, None, "km", "exact"),
    # percentages
    ("89%", 89, None, "percent", "exact"),
    ("89 percent", 89, None, "percent", "exact"),
    ("25.8 percent", 25.8, None, "percent", "exact"),
    ("5 per cent", 5, None, "percent", "exact"),
    ("at least 80%", 80, None, "percent", "at_least"),
    ("approximately 89%", 89, None, "percent", "approx"),
    ("less than 5 percent", 5, None, "percent", "under"),
    # money
    ("$1.2 million", 1200000, None, "usd", "exact"),
    ("$3.3M", 3300000, None, "usd", "exact"),
    ("$41 billion", 41000000000, None, "usd", "exact"),
    ("$759 billion", 759000000000, None, "usd", "exact"),
    ("$5,000", 5000, None, "usd", "exact"),
    ("$2,424,000", 2424000, None, "usd", "exact"),
    ("$10 Million Dollars", 10000000, None, "usd", "exact"),
    ("$500K", 500000, None, "usd", "exact"),
    ("$1.5 bn", 1500000000, None, "usd", "exact"),
    ("US$ 2 million", 2000000, None, "usd", "exact"),
    ("USD 5 million", 5000000, None, "usd", "exact"),
    ("5 million USD", 5000000, None, "usd", "exact"),
    ("1.2 million dollars", 1200000, None, "usd", "exact"),
    ("approximately 1.2 million dollars", 1200000, None, "usd", "approx"),
    ("C$5 million", 5000000, None, "cad", "exact"),
    ("CAD 250,000", 250000, None, "cad", "exact"),
    ("2 million Canadian dollars", 2000000, None, "cad", "exact"),
    ("€5 million", 5000000, None, "eur", "exact"),
    ("EUR 3.5 billion", 3500000000, None, "eur", "exact"),
    ("5 million euros", 5000000, None, "eur", "exact"),
    ("£3m", 3000000, None, "gbp", "exact"),
    ("£250,000", 250000, None, "gbp", "exact"),
    ("A$1.2 million", 1200000, None, "aud", "exact"),
    ("Close to $9 Million", 9000000, None, "usd", "approx"),
    ("more than $6 million", 6000000, None, "usd", "over"),
    ("over $255 million", 255000000, None, "usd", "over"),
    ("more than $223 million", 223000000, None, "usd", "over"),
    ("approximately $2,424,000", 2424000, None, "usd", "approx"),
    ("up to $1 million", 1000000, None, "usd", "up_to"),
    # number words and scales
    ("three", 3, None, None, "exact"),
    ("Fourteen", 14, None, None, "exact"),
    ("Seventeen", 17, None, None, "exact"),
    ("twenty-four", 24, None, None, "exact"),
    ("twenty four", 24, None, None, "exact"),
    ("ninety-nine", 99, None, None, "exact"),
    ("a dozen", 12, None, None, "exact"),
    ("one hundred", 100, None, None, "exact"),
    ("a hundred", 100, None, None, "exact"),
    ("a thousand", 1000, None, None, "exact"),
    ("over one hundred", 100, None, None, "over"),
    ("Two Hundred and Seven Million", 207000000, None, None, "exact"),
    ("five thousand three hundred and two", 5302, None, None, "exact"),
    ("seven thousand five hundred", 7500, None, None, "exact"),
    ("1.2 million", 1200000, None, None, "exact"),
    ("nearly 1.6 million", 1600000, None, None, "approx"),
    ("3 million", 3000000, None, None, "exact"),
    ("1.5 billion", 1500000000, None, None, "exact"),
    ("two million", 2000000, None, None, "exact"),
    # vague quantities: approx
    ("hundreds of carriers", 100, None, None, "approx"),
    ("thousands of containers", 1000, None, None, "approx"),
    ("dozens of officers", 12, None, None, "approx"),
    ("millions of travelers", 1000000, None, None, "approx"),
    # ranges
    ("between 300 and 400", 300, 400, None, "exact"),
    ("300-400", 300, 400, None, "exact"),
    ("300 to 400", 300, 400, None, "exact"),
    ("300 – 400", 300, 400, None, "exact"),
    ("5-10 kilos", 5, 10, "kg", "exact"),
    ("5 to 10 percent", 5, 10, "percent", "exact"),
    ("$1-2 million", 1000000, 2000000, "usd", "exact"),
    ("between $1 million and $2 million", 1000000, 2000000, "usd", "exact"),
    ("1 to 2 million", 1000000, 2000000, None, "exact"),
    ("three to five", 3, 5, None, "exact"),
    ("between two and four", 2, 4, None, "exact"),
    ("up to 300-400", 300, 400, None, "up_to"),
    # qualifiers
    ("more than 9,600 kilos", 9600, None, "kg", "over"),
    ("over 19,000 kilos", 19000, None, "kg", "over"),
    ("More Than 160 Pounds", 160, None, "lb", "over"),
    ("in excess of 500", 500, None, None, "over"),
    ("upwards of 200", 200, None, None, "over"),
    ("about 40", 40, None, None, "approx"),
    ("approximately 48 kilograms", 48, None, "kg", "approx"),
    ("nearly 500 pounds", 500, None, "lb", "approx"),
    ("almost 20", 20, None, None, "approx"),
    ("roughly 30", 30, None, None, "approx"),
    ("some 500", 500, None, None, "approx"),
    ("an estimated 2,000", 2000, None, None, "approx"),
    ("close to 34 pounds", 34, None, "lb", "approx"),
    ("at least 12", 12, None, None, "at_least"),
    ("no fewer than 12", 12, None, None, "at_least"),
    ("under 50", 50, None, None, "under"),
    ("less than 10 kilos", 10, None, "kg", "under"),
    ("fewer than 100", 100, None, None, "under"),
    ("up to 500", 500, None, None, "up_to"),
    ("as many as 70", 70, None, None, "up_to"),
    # other writing conventions
    ("EUR 500 000", 500000, None, "eur", "exact"),
    ("12 345 678", 12345678, None, None, "exact"),
    ("1,5 million euros", 1500000, None, "eur", "exact"),
    ("$1.2-million", 1200000, None, "usd", "exact"),
    ("$50\nmillion", 50000000, None, "usd", "exact"),
    ("5.6bn euros", 5600000000, None, "eur", "exact"),
    ("10 crore rupees", 100000000, None, "inr", "exact"),
    ("5lbs", 5, None, "lb", "exact"),
    ("10kg", 10, None, "kg", "exact"),
    ("65,000+ employees", 65000, None, None, "at_least"),
    ("1,200+", 1200, None, None, "at_least"),
]


@pytest.mark.parametrize(("text", "value", "high", "unit", "qualifier"), QUANTITIES)
def test_numbers_parse_quantity(
    text: str, value: float, high: float | None, unit: str | None, qualifier: str
) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.max, quantity.unit, quantity.qualifier) == (
        value,
        high,
        unit,
        qualifier,
    )
    assert type(quantity.value) is type(value)


def test_numbers_table_is_large() -> None:
    assert len(QUANTITIES) >= 100


@pytest.mark.parametrize(
    "text",
    ["", "the program", "hundred", "million dollars", "Form", "fourth", "11th", "a few words", "+"],
)
def test_numbers_parse_quantity_near_misses(text: str) -> None:
    assert parse_quantity(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9,600", Decimal(9600)),
        ("1.56", Decimal("1.56")),
        ("4800", Decimal(4800)),
        ("2,424,000", Decimal(2424000)),
        ("1,00", None),
        ("12,34,567", None),
        ("4th", None),
        ("10+2", None),
        ("24/7", None),
        ("", None),
    ],
)
def test_numbers_parse_digits(text: str, expected: Decimal | None) -> None:
    assert parse_digits(text) == expected


def test_numbers_to_number_keeps_ints_and_floats() -> None:
    assert to_number(Decimal("1200000.0")) == 1200000
    assert isinstance(to_number(Decimal("1200000.0")), int)
    assert to_number(Decimal("1.56")) == 1.56


def test_numbers_dollar_follows_the_document() -> None:
    assert parse_quantity("$5 million", dollar="cad").unit == "cad"
    assert parse_quantity("5 million dollars", dollar="aud").unit == "aud"
    assert parse_quantity("US$5 million", dollar="cad").unit == "usd"


def test_numbers_range_needs_an_increasing_pair() -> None:
    quantity = parse_quantity("400-300 companies")
    assert quantity is not None and quantity.max is None and quantity.value == 400


def test_numbers_between_without_a_range_is_not_a_quantity() -> None:
    words = split_words("between 300 companies")
    assert read_quantity(words, 0, default_lexicon()) is None
    assert read_quantity(words, 1, default_lexicon()).value == 300


def test_numbers_scale_abbreviation_needs_a_currency() -> None:
    assert parse_quantity("3 M").value == 3
    assert parse_quantity("$3 M").value == 3000000


def test_numbers_number_words_do_not_run_together() -> None:
    quantity = parse_quantity("one two")
    assert quantity is not None and quantity.value == 1 and quantity.end == 1


def test_numbers_split_words() -> None:
    assert split_words("$3.3M") == ["$", "3.3M"]
    assert split_words("11th") == ["11th"]
    assert split_words("C$5 million") == ["C$", "5", "million"]
    assert split_words("89%") == ["89", "%"]


def test_numbers_span_offsets() -> None:
    quantity = parse_quantity("CBP seized more than 9,600 kilos of cocaine")
    assert quantity is not None
    assert (quantity.start, quantity.number_start, quantity.end) == (2, 4, 6)


def test_numbers_plus_between_digits_is_not_a_qualifier() -> None:
    quantity = parse_quantity("10+2")
    assert quantity is not None and quantity.value == 10 and quantity.end == 1
