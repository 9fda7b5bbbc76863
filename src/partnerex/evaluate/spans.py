"""Span scoring: strict and partial matching per label, and normalization accuracy.

Matching (one document, each label on its own):

* **strict** — a predicted span matches a gold span with the same ``start``, ``end`` and
  ``label``. Spans are a multiset: each gold and each predicted span is used at most once,
  so a duplicated prediction is one true positive and one false positive.
* **partial** — a predicted span matches a gold span with the same label whose characters
  overlap it (``max(starts) < min(ends)``). Each gold and each predicted span is used at
  most once, and the pairing is a maximum one-to-one matching (Kuhn's augmenting paths),
  so one long prediction covering two gold spans is 1 TP + 1 FN, and two predictions
  inside one gold span are 1 TP + 1 FP. An exact match is always a partial match.
  (This is nervaluate's "ent_type" scheme with full credit for an overlap, not its
  half-credit "partial" scheme.)
* **normalization** — among strictly matched pairs, the share whose ``norm`` is equal
  (``None == None`` counts as equal, so labels without a norm score 1.0).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from partnerex.evaluate.report import PRF, Accuracy, SpanScores, _ordered
from partnerex.models import LABELS, Span


def overlaps(a: Span, b: Span) -> bool:
    """True when the two spans share at least one character."""
    return max(a.start, b.start) < min(a.end, b.end)


def strict_pairs(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs with equal start, end and label.

    Among equal predictions, the one with the gold's norm is taken first.
    """
    free: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for j, span in enumerate(pred):
        free[(span.start, span.end, span.label)].append(j)
    pairs: list[tuple[int, int]] = []
    for i, span in enumerate(gold):
        candidates = free.get((span.start, span.end, span.label))
        if not candidates:
            continue
        j = next((j for j in candidates if pred[j].norm == span.norm), candidates[0])
        candidates.remove(j)
        pairs.append((i, j))
    return pairs


def partial_pairs(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of overlapping same-label spans (gold index, pred index).

    Edges are tried exact match first, then by decreasing overlap, so the matching prefers
    the natural pairs; its SIZE is maximal whatever the order (augmenting paths).
    """
    edges: list[list[int]] = []
    for g in gold:
        options = [j for j, p in enumerate(pred) if p.label == g.label and overlaps(g, p)]
        options.sort(
            key=lambda j: (
                (pred[j].start, pred[j].end) != (g.start, g.end),
                -(min(g.end, pred[j].end) - max(g.start, pred[j].start)),
                j,
            )
        )
        edges.append(options)
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class SpanMatch:
    """The matching of one document's spans, from which scores and errors are read."""

    gold: Sequence[Span]
    pred: Sequence[Span]
    strict: list[tuple[int, int]] = field(default_factory=list)
    partial: list[tuple[int, int]] = field(default_factory=list)

    def scores(self) -> SpanScores:
        """Per-label counts for every label of the contract (and any other seen)."""
        labels = list(LABELS) + sorted(
            {s.label for s in (*self.gold, *self.pred)} - set(LABELS)
        )
        strict = {label: _prf(label, self.gold, self.pred, self.strict) for label in labels}
        partial = {label: _prf(label, self.gold, self.pred, self.partial) for label in labels}
        norm: dict[str, Accuracy] = {}
        for label in labels:
            compared = [(i, j) for i, j in self.strict if self.gold[i].label == label]
            correct = sum(self.gold[i].norm == self.pred[j].norm for i, j in compared)
            norm[label] = Accuracy(correct=correct, total=len(compared))
        return SpanScores(strict=_ordered(strict), partial=_ordered(partial), norm=_ordered(norm))


def _prf(
    label: str, gold: Sequence[Span], pred: Sequence[Span], pairs: list[tuple[int, int]]
) -> PRF:
    tp = sum(1 for i, _ in pairs if gold[i].label == label)
    n_gold = sum(1 for s in gold if s.label == label)
    n_pred = sum(1 for s in pred if s.label == label)
    return PRF(tp=tp, fp=n_pred - tp, fn=n_gold - tp)


def match_spans(gold: Sequence[Span], pred: Sequence[Span]) -> SpanMatch:
    """Match predicted spans against gold spans, strictly and partially."""
    return SpanMatch(gold, pred, strict_pairs(gold, pred), partial_pairs(gold, pred))


def score_spans(gold: Sequence[Span], pred: Sequence[Span]) -> SpanScores:
    """Strict/partial counts per label and normalization accuracy for one document."""
    return match_spans(gold, pred).scores()
