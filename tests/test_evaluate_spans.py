"""Span scorer: hand-counted strict, partial and normalization scores over several labels."""

from __future__ import annotations

from fractions import Fraction

import pytest

from partnerex.evaluate.report import PRF, SpanScores
from partnerex.evaluate.spans import match_spans, partial_pairs, score_spans, strict_pairs
from partnerex.models import Span

TEXT = "".join(chr(ord("a") + i % 26) for i in range(400))


def S(start: int, end: int, label: str = "ORG", norm: str | None = None) -> Span:
    return Span(start=start, end=end, label=label, text=TEXT[start:end], norm=norm)


def F(x: float | None) -> Fraction | None:
    """Compare floats with hand-counted fractions exactly (to 1e-12)."""
    return None if x is None else Fraction(x).limit_denominator(10_000)


def counts(prf: PRF) -> tuple[int, int, int]:
    return prf.tp, prf.fp, prf.fn


def test_spans_several_labels_with_different_counts() -> None:
    # ORG: 1 TP. DATE: 1 TP. COUNTRY: 2 TP + 1 FP. PERSON: 1 FN.
    gold = [S(0, 5), S(10, 15, "DATE"), S(20, 25, "COUNTRY"), S(30, 35, "COUNTRY"),
            S(50, 55, "PERSON")]
    pred = [S(0, 5), S(10, 15, "DATE"), S(20, 25, "COUNTRY"), S(30, 35, "COUNTRY"),
            S(40, 45, "COUNTRY")]
    scores = score_spans(gold, pred)
    assert counts(scores.strict["ORG"]) == (1, 0, 0)
    assert counts(scores.strict["DATE"]) == (1, 0, 0)
    assert counts(scores.strict["COUNTRY"]) == (2, 1, 0)
    assert counts(scores.strict["PERSON"]) == (0, 0, 1)
    assert counts(scores.strict["FIGURE"]) == (0, 0, 0)
    # micro: TP 1+1+2 = 4 (a set of counts {1, 2} would give 3), FP 1, FN 1
    micro = scores.strict_micro
    assert counts(micro) == (4, 1, 1)
    assert F(micro.precision) == Fraction(4, 5)
    assert F(micro.recall) == Fraction(4, 5)
    assert F(micro.f1) == Fraction(4, 5)
    assert F(scores.strict["COUNTRY"].precision) == Fraction(2, 3)
    assert F(scores.strict["COUNTRY"].f1) == Fraction(4, 5)
    assert scores.strict["PERSON"].precision is None
    assert scores.strict["PERSON"].recall == 0.0
    assert scores.strict["FIGURE"].f1 is None
    assert counts(scores.partial_micro) == (4, 1, 1)


def test_spans_three_labels_two_with_one_tp_one_with_two_tp_one_fp() -> None:
    gold = [S(0, 4, "PROGRAM"), S(5, 9, "AGREEMENT"), S(10, 14, "FIGURE"), S(15, 19, "FIGURE")]
    pred = [*gold, S(20, 24, "FIGURE")]
    scores = score_spans(gold, pred)
    micro = scores.strict_micro
    assert counts(micro) == (4, 1, 0)
    assert F(micro.precision) == Fraction(4, 5)
    assert F(micro.recall) == Fraction(1)
    assert F(micro.f1) == Fraction(8, 9)


def test_spans_empty_gold() -> None:
    scores = score_spans([], [S(0, 5), S(10, 15, "DATE")])
    assert counts(scores.strict_micro) == (0, 2, 0)
    assert scores.strict_micro.precision == 0.0
    assert scores.strict_micro.recall is None
    assert scores.strict_micro.f1 == 0.0
    assert counts(scores.partial["DATE"]) == (0, 1, 0)
    assert scores.norm_micro.accuracy is None


def test_spans_empty_prediction() -> None:
    scores = score_spans([S(0, 5), S(6, 9), S(10, 15, "DATE")], [])
    assert counts(scores.strict["ORG"]) == (0, 0, 2)
    assert counts(scores.strict_micro) == (0, 0, 3)
    assert scores.strict_micro.precision is None
    assert scores.strict_micro.recall == 0.0
    assert scores.strict_micro.f1 == 0.0


def test_spans_both_empty() -> None:
    scores = score_spans([], [])
    assert counts(scores.strict_micro) == (0, 0, 0)
    assert scores.strict_micro.f1 is None


def test_spans_partial_overlap_counts_for_partial_only() -> None:
    gold = [S(0, 5), S(10, 20, "DATE")]
    pred = [S(0, 8), S(12, 20, "DATE")]
    scores = score_spans(gold, pred)
    assert counts(scores.strict_micro) == (0, 2, 2)
    assert counts(scores.partial["ORG"]) == (1, 0, 0)
    assert counts(scores.partial["DATE"]) == (1, 0, 0)
    assert F(scores.partial_micro.f1) == Fraction(1)


def test_spans_touching_spans_do_not_overlap() -> None:
    scores = score_spans([S(0, 5)], [S(5, 9)])
    assert counts(scores.partial_micro) == (0, 1, 1)


def test_spans_partial_needs_same_label() -> None:
    scores = score_spans([S(0, 5, "ORG")], [S(0, 5, "COUNTRY")])
    assert counts(scores.strict_micro) == (0, 1, 1)
    assert counts(scores.partial_micro) == (0, 1, 1)


def test_spans_one_prediction_covering_two_gold_spans() -> None:
    scores = score_spans([S(0, 5), S(6, 10)], [S(0, 10)])
    assert counts(scores.strict["ORG"]) == (0, 1, 2)
    assert counts(scores.partial["ORG"]) == (1, 0, 1)
    assert F(scores.partial["ORG"].f1) == Fraction(2, 3)


def test_spans_two_predictions_inside_one_gold_span() -> None:
    scores = score_spans([S(0, 10)], [S(0, 4), S(5, 10)])
    assert counts(scores.partial["ORG"]) == (1, 1, 0)
    assert F(scores.partial["ORG"].precision) == Fraction(1, 2)


def test_spans_nested_predictions() -> None:
    # An exact prediction and a nested one inside it: the nested one is a false positive.
    scores = score_spans([S(0, 10)], [S(2, 5), S(0, 10)])
    assert counts(scores.strict["ORG"]) == (1, 1, 0)
    assert counts(scores.partial["ORG"]) == (1, 1, 0)
    assert strict_pairs([S(0, 10)], [S(2, 5), S(0, 10)]) == [(0, 1)]
    assert partial_pairs([S(0, 10)], [S(2, 5), S(0, 10)]) == [(0, 1)]


def test_spans_nested_gold_and_overlapping_predictions() -> None:
    # Gold spans may overlap in a corpus under construction; each is still used once.
    gold = [S(0, 20), S(5, 10)]
    pred = [S(5, 10), S(12, 18)]
    scores = score_spans(gold, pred)
    assert counts(scores.strict["ORG"]) == (1, 1, 1)
    assert counts(scores.partial["ORG"]) == (2, 0, 0)


def test_spans_partial_matching_is_maximum_not_greedy() -> None:
    # Greedy by overlap would give gold A the prediction P1 and leave gold B unmatched.
    gold = [S(0, 10), S(8, 20)]
    pred = [S(5, 12), S(2, 6)]
    assert len(partial_pairs(gold, pred)) == 2
    assert counts(score_spans(gold, pred).partial["ORG"]) == (2, 0, 0)


def test_spans_duplicate_predictions_count_once() -> None:
    scores = score_spans([S(0, 5)], [S(0, 5), S(0, 5), S(0, 5)])
    assert counts(scores.strict["ORG"]) == (1, 2, 0)
    assert counts(scores.partial["ORG"]) == (1, 2, 0)
    assert F(scores.strict["ORG"].f1) == Fraction(1, 2)


def test_spans_norm_accuracy_among_strict_matches() -> None:
    gold = [
        S(0, 5, "ORG", "cbp"),
        S(10, 15, "COUNTRY", "US"), S(20, 25, "COUNTRY", "CA"),
        S(30, 35, "DATE", "2020"), S(40, 45, "DATE", None),
        S(50, 55, "PROGRAM", "ctpat"),  # only partially matched: not compared
    ]
    pred = [
        S(0, 5, "ORG", "cbp"),
        S(10, 15, "COUNTRY", "US"), S(20, 25, "COUNTRY", "MX"),
        S(30, 35, "DATE", "2020"), S(40, 45, "DATE", None),
        S(50, 58, "PROGRAM", "basc"),
    ]
    scores = score_spans(gold, pred)
    assert (scores.norm["ORG"].correct, scores.norm["ORG"].total) == (1, 1)
    assert (scores.norm["COUNTRY"].correct, scores.norm["COUNTRY"].total) == (1, 2)
    assert (scores.norm["DATE"].correct, scores.norm["DATE"].total) == (2, 2)
    assert scores.norm["PROGRAM"].total == 0
    assert F(scores.norm_micro.accuracy) == Fraction(4, 5)


def test_spans_duplicate_prediction_with_right_norm_is_preferred() -> None:
    gold = [S(0, 5, "ORG", "cbp")]
    pred = [S(0, 5, "ORG", "ice"), S(0, 5, "ORG", "cbp")]
    assert strict_pairs(gold, pred) == [(0, 1)]
    assert score_spans(gold, pred).norm_micro.accuracy == 1.0


def test_spans_scores_add_up_as_lists() -> None:
    one = score_spans([S(0, 5)], [S(0, 5)])
    two = score_spans([S(0, 5)], [S(0, 5)])
    total = one + two
    assert counts(total.strict["ORG"]) == (2, 0, 0)
    assert counts(total.strict_micro) == (2, 0, 0)
    assert list(total.strict) == list(SpanScores().strict)


@pytest.mark.parametrize(
    ("gold", "pred", "strict", "partial"),
    [
        ([S(0, 5)], [S(0, 5)], (1, 0, 0), (1, 0, 0)),
        ([S(0, 5)], [S(1, 5)], (0, 1, 1), (1, 0, 0)),
        ([S(0, 5)], [S(0, 6)], (0, 1, 1), (1, 0, 0)),
        ([S(0, 5)], [S(4, 9)], (0, 1, 1), (1, 0, 0)),
        ([S(0, 5)], [S(5, 9)], (0, 1, 1), (0, 1, 1)),
        ([S(0, 5)], [S(0, 5, "DATE")], (0, 1, 1), (0, 1, 1)),
        ([S(0, 5), S(0, 5, "DATE")], [S(0, 5, "DATE")], (1, 0, 1), (1, 0, 1)),
        ([S(0, 3), S(4, 6), S(7, 9)], [S(0, 9)], (0, 1, 3), (1, 0, 2)),
        ([S(0, 9)], [S(0, 3), S(4, 6), S(7, 9)], (0, 3, 1), (1, 2, 0)),
    ],
)
def test_spans_match_table(
    gold: list[Span], pred: list[Span], strict: tuple[int, ...], partial: tuple[int, ...]
) -> None:
    match = match_spans(gold, pred)
    scores = match.scores()
    assert counts(scores.strict_micro) == strict
    assert counts(scores.partial_micro) == partial
