"""Property tests over extract(): never raises, offsets are exact, output is deterministic."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import partnerex

SENTENCES = [
    "CBP signed a Mutual Recognition Arrangement with Brazil on Sept. 16, 2022.",
    "Over 4800 participants in CIP",
    "CBP Commissioner Chris Magnus said “these agreements help us”.",
    "The BASC operates in 12 countries: Colombia, Costa Rica and Mexico.",
    "more than 9,600 kilos of illegal narcotics have been seized",
    "Call 1-800-BE-ALERT or (202) 344-1780 24/7.",
]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    doc = partnerex.extract(text, published="2023-09-26")
    for span in doc.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for figure in doc.figures:
        assert 0 <= figure.start < figure.end <= len(text)
    ordered = sorted((s.start, s.end) for s in doc.spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))
    dumped = doc.model_dump_json()
    json.loads(dumped)
    assert partnerex.extract(text, published="2023-09-26").model_dump_json() == dumped


@FAST
@given(st.text(max_size=300))
def test_extract_any_string_never_raises_and_offsets_are_exact(text: str) -> None:
    check(text)


@FAST
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 400), st.sampled_from(["", " ", "\n", "(", "’s", "–", "\x00", "é"])), max_size=6),
)
def test_extract_mutated_seed_sentences(sentences: list[str], edits: list[tuple[int, str]]) -> None:
    text = " ".join(sentences)
    for position, insert in edits:
        position = min(position, len(text))
        text = text[:position] + insert + text[position:]
    check(text)


@pytest.mark.parametrize("bad", ["2023-13-45", "yesterday", "26/09/2023", 20230926, "2023"])
def test_extract_bad_published_gives_clear_value_error(bad) -> None:
    with pytest.raises(ValueError, match="published"):
        partnerex.extract("CBP signed an MRA.", published=bad)


def test_extract_published_accepts_a_date_object() -> None:
    doc = partnerex.extract("CBP signed an MRA today.", published=dt.date(2022, 9, 16))
    assert doc.meta.published == "2022-09-16"


def test_extract_rejects_non_string_text() -> None:
    with pytest.raises(TypeError):
        partnerex.extract(b"bytes")  # type: ignore[arg-type]
