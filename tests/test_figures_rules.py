"""The rules behind ``partnerex_figures``: plural heads, ratios, goods, dollars, qualifiers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from partnerex.figures.context import dollar_of, host, pattern_entry
from partnerex.figures.extent import is_plural, is_ratio
from partnerex.figures.kinds import figure_sentence, goods_after, outer_qualifier
from partnerex.figures.lexicon import FigureLexicon
from partnerex.kb import load_kb


@pytest.fixture(scope="module")
def lex() -> FigureLexicon:
    return FigureLexicon.from_kb(load_kb())


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("carriers", True),
        ("companies", True),
        ("CMAAs", True),
        ("MRAs", True),
        ("people", True),
        ("personnel", True),
        ("memoranda", True),
        ("Megaports", True),
        ("Customs", False),
        ("news", False),
        ("process", False),
        ("status", False),
        ("various", False),
        ("DHS", False),
        ("has", False),
        ("kilos", False),
        ("program", False),
    ],
)
def test_rules_is_plural(nlp: Language, lex: FigureLexicon, word: str, plural: bool) -> None:
    assert is_plural(nlp.make_doc(word)[0], lex) is plural


@pytest.mark.parametrize(
    ("text", "index", "ratio"),
    [
        ("About 1 in 3 travelers", 3, True),
        ("one out of 5 containers", 3, True),
        ("arrested 12 in 3 states", 3, True),
        ("seized cocaine in 3 shipments", 3, False),
        ("3 travelers", 0, False),
    ],
)
def test_rules_is_ratio(nlp: Language, text: str, index: int, ratio: bool) -> None:
    assert is_ratio(nlp.make_doc(text), index) is ratio


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("5 kilos of cocaine", "cocaine"),
        ("5 kilos of illegal narcotics", "narcotics"),
        ("5 pounds of Cocaine, Hashish and Marijuana", "cocaine, hashish and marijuana"),
        ("$7.5 million in cocaine", "cocaine"),
        ("$223 million worth of drugs", "drugs"),
        ("13 pounds of meth", "methamphetamine"),
        ("5 kilos of wood flooring", None),
        ("5 kilos. Cocaine", None),
    ],
)
def test_rules_goods_after(nlp: Language, lex: FigureLexicon, text: str, goods: str | None) -> None:
    doc = nlp.make_doc(text)
    end = 2 if doc[0].text != "$" else 3
    assert goods_after(doc, end, lex) == goods


def test_rules_list_items_read_their_introduction(nlp: Language) -> None:
    doc = nlp("TCIU teams seized:\n- Over 232,218 pounds of narcotics;\n- 484 firearms;")
    start = next(t.i for t in doc if t.text == "484")
    assert figure_sentence(doc, start).text.startswith("TCIU teams seized:")


@pytest.mark.parametrize(
    ("words", "start", "qualifier"),
    [
        (["valued", "approximately", "at", "$", "900,000"], 3, "approx"),
        (["valued", "at", "$", "900,000"], 2, "exact"),
        (["nearly", "at", "$", "5"], 2, "approx"),
        (["worth", "$", "5"], 1, "exact"),
    ],
)
def test_rules_outer_qualifier(
    lex: FigureLexicon, words: list[str], start: int, qualifier: str
) -> None:
    assert outer_qualifier(words, start, "exact", lex) == qualifier
    assert outer_qualifier(words, start, "over", lex) == "over"


@pytest.mark.parametrize(
    ("hosts", "orgs", "dollar"),
    [
        (["cbsa-asfc.gc.ca", ""], [], "cad"),
        (["", "www.cbsa-asfc.gc.ca"], [], "cad"),
        (["abf.gov.au", ""], [], "aud"),
        (["cbp.gov", ""], [(3, "cbsa")], "cad"),
        (["", ""], [(9, "cbsa"), (2, "cbp")], "usd"),
        (["", ""], [], "usd"),
        (["notgc.ca", ""], [], "usd"),
    ],
)
def test_rules_dollar_of(
    lex: FigureLexicon, hosts: list[str], orgs: list[tuple[int, str]], dollar: str
) -> None:
    assert dollar_of(hosts, orgs, lex, load_kb()) == dollar


def test_rules_pattern_entry_and_host() -> None:
    assert pattern_entry("org:cbsa:acronym") == "cbsa"
    assert pattern_entry("figure:count") is None
    assert host("https://www.CBSA-asfc.gc.ca/media/x.html") == "www.cbsa-asfc.gc.ca"
    assert host("") == ""


@pytest.mark.parametrize(
    ("word", "may"),
    [
        ("9,600", True),
        ("more", True),
        ("$", True),
        ("three", True),
        ("between", True),
        ("the", False),
        ("carriers", False),
    ],
)
def test_rules_may_start(lex: FigureLexicon, word: str, may: bool) -> None:
    assert lex.may_start(word) is may
