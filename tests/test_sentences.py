"""Sentence boundaries of ``partnerex_sentences``: rules on real release text, and the fast
rule (which skips tokens where nothing can change) equal to a plain token-by-token loop."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import partnerex
from partnerex.pipeline.sentences import CLOSERS, TERMINALS, sentence_starts
from partnerex.pipeline.state import sentence_bounds


def reference_starts(words: list[str]) -> list[bool]:
    """The rule written as one plain loop over every token (the specification)."""
    starts = [False] * len(words)
    if not words:
        return starts
    starts[0] = True
    after_break = after_terminal = False
    for i, word in enumerate(words):
        if i and (after_break or after_terminal) and not word.isspace():
            opens = word[:1].isupper() or word[:1].isdigit() or word[:1] in "“\"'‘(•*-–—"
            if after_break or opens:
                starts[i] = True
            after_break = after_terminal = False
        if word.isspace() or not word:
            if "\n" in word:
                after_break = True
            continue
        if (
            word in TERMINALS
            or (word.endswith((".", "!", "?")) and len(word) > 1 and word[-2] in "!?.")
            or (word in CLOSERS and after_terminal)
        ):
            after_terminal = True
        elif not starts[i]:
            after_terminal = False
    return starts


@pytest.fixture(scope="module")
def nlp():
    return partnerex.load()


def sentences(nlp, text: str) -> list[str]:
    doc = nlp.get_pipe("partnerex_sentences")(nlp.make_doc(text))
    return [doc[s:e].text.strip() for s, e in sentence_bounds(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CBP signed the arrangement. Commissioner Flores attended.",
            ["CBP signed the arrangement.", "Commissioner Flores attended."],
        ),
        ("Was it signed? Yes, in 2014.", ["Was it signed?", "Yes, in 2014."]),
        ("Seized 12 kilos! 2,000 pounds more.", ["Seized 12 kilos!", "2,000 pounds more."]),
        (
            "WASHINGTON\nU.S. Customs and Border Protection announced the plan",
            ["WASHINGTON", "U.S. Customs and Border Protection announced the plan"],
        ),
        (
            "• Mutual recognition\n• Joint training",
            ["• Mutual recognition", "• Joint training"],
        ),
    ],
)
def test_sentence_boundaries_match(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and Mexico signed the plan.",  # an abbreviation's period mid-sentence
        "Agreements signed in Jan. and Feb. of 2012 apply.",
        "It covers 3.5 million containers a year.",
        "See www.cbp.gov for details.",
        "They met at 10 a.m. in the capital.",
    ],
)
def test_sentence_near_misses_stay_one_sentence(nlp, text):
    assert sentences(nlp, text) == [text]


WORDS = st.sampled_from(
    [".", "!", "?", "…", '"', "”", "’", "'", ")", "]", "\n", " ", "\n\n", "", "A", "a", "1",
     "“", "(", "-", "•", "U.S.", "etc.", "?!", "word", "Word", "...", "CBP", "2014"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_sentence_fast_rule_equals_plain_loop(words):
    assert sentence_starts(words) == reference_starts(words)
