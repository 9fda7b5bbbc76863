"""The rules behind ``partnerex_figures``: plural heads, ratios, goods, dollars, qualifiers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from partnerex.figures.context import (
    BLOCKED,
    FigureContext,
    blocked_formats,
    build_context,
    dollar_of,
    host,
    pattern_entry,
)
from partnerex.figures.extent import is_plural, is_ratio
from partnerex.figures.kinds import figure_sentence, goods_after, outer_qualifier
from partnerex.figures.lexicon import FigureLexicon
from partnerex.kb import load_kb
from partnerex.pipeline.state import token_table


@pytest.fixture(scope="module")
def lex() -> FigureLexicon:
    return FigureLexicon.from_kb(load_kb())


def context(nlp: Language, text: str, lex: FigureLexicon, full: bool = False) -> FigureContext:
    """The figure context of ``text``, tokenized only or run through the whole pipeline."""
    doc = nlp(text) if full else nlp.make_doc(text)
    return build_context(doc, lex, load_kb())


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
def test_rules_is_plural(lex: FigureLexicon, word: str, plural: bool) -> None:
    assert is_plural(word, lex) is plural


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
def test_rules_is_ratio(
    nlp: Language, lex: FigureLexicon, text: str, index: int, ratio: bool
) -> None:
    assert is_ratio(context(nlp, text, lex), index) is ratio


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
    ctx = context(nlp, text, lex)
    end = 2 if ctx.words[0] != "$" else 3
    assert goods_after(ctx, end, lex) == goods


def test_rules_list_items_read_their_introduction(nlp: Language, lex: FigureLexicon) -> None:
    text = "TCIU teams seized:\n- Over 232,218 pounds of narcotics;\n- 484 firearms;"
    ctx = context(nlp, text, lex, full=True)
    begin, end = figure_sentence(ctx, ctx.words.index("484"))
    assert "".join(ctx.words[begin:end]).startswith("TCIUteamsseized:")
    assert begin == 0


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


@pytest.mark.parametrize(
    "text",
    [
        "Call +1 555-123-4567 or (555) 123-4567 before 9 a.m. or at 10:30 tonight.",
        "Dial 1-800-BE-ALERT, 1.555.222.3333 or x+1-555-222-3333; open 8am-5pm.",
        "Seized 3,800 kilos on May 5 at 12pm; no phone numbers in 2019 or 555 1234.",
    ],
)
def test_rules_blocked_formats_align_like_char_span(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    expected: set[int] = set()
    for match in BLOCKED.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        assert span is not None
        expected.update(range(span.start, span.end))
    assert expected
    assert blocked_formats(token_table(doc)) == expected
