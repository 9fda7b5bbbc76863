"""The per-document token table and flags equal what spaCy's Token objects say."""

from __future__ import annotations

import pytest

import partnerex
from partnerex.pipeline.state import (
    build_token_table,
    candidates,
    sentence_bounds,
    sentence_offsets,
    token_flags,
)

TEXTS = [
    "",
    " ",
    "CBP signed an MRA with Brazil.",
    "  Leading spaces,  double  spaces and a trailing one ",
    "WASHINGTON —\n\nU.S. Customs and Border Protection (CBP) and Mexico’s SAT signed.\n",
    "Émigré naïve café: 1,200 kg (2,645 lbs.) of cocaine — $3.5 million 🚢 seized!",
    "Tabs\there\tand\r\nwindows line ends.",
]


@pytest.fixture(scope="module")
def nlp():
    return partnerex.load(exclude=["partnerex_records"])


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_equals_token_attributes(nlp, text):
    doc = nlp.make_doc(text)
    table = build_token_table(doc)
    assert table.text == doc.text == text
    assert table.words == [t.text for t in doc]
    assert table.starts == [t.idx for t in doc]
    assert table.ends == [t.idx + len(t.text) for t in doc]
    assert table.glued == [not t.whitespace_ for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_token_flags_equal_token_attributes(nlp, text):
    doc = nlp(text)
    flags = token_flags(doc)
    assert flags.lower == [t.lower_ for t in doc]
    assert flags.punct == [t.is_punct for t in doc]
    assert flags.like_num == [t.like_num for t in doc]
    assert flags.alpha == [t.is_alpha for t in doc]
    if text.strip():  # spaCy leaves the start of a whitespace-only doc unset
        assert flags.sent_start == [bool(t.is_sent_start) for t in doc]
        assert sentence_offsets(doc) == [(s.start_char, s.end_char) for s in doc.sents]
        assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]


def test_candidate_cache_follows_the_span_group(nlp):
    doc = nlp("CBP signed an MRA with Brazil.")
    cached = candidates(doc)
    group = list(doc.spans["partnerex_candidates"])
    assert [(s.start, s.end, s.label_, s.kb_id_) for s in cached] == [
        (s.start, s.end, s.label_, s.kb_id_) for s in group
    ]
    # a change made outside partnerex is seen, not hidden by the cache
    doc.spans["partnerex_candidates"] = group[:1]
    assert len(candidates(doc)) == 1
